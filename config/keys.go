package config

import (
	"fmt"
	"net"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"newsgraph/graph"
)

// setting describes one configuration key: where it can be set, its default
// and how its raw value (a string from env or flag, any YAML scalar from the
// file) becomes a field of Config.
type setting struct {
	key   string // viper key, e.g. "http.query_timeout"
	flag  string // command-line flag without dashes
	kind  string // shown in --help: string, duration, size, number, bool
	usage string
	def   func() string                  // default, as text a user could have written
	apply func(c *Config, raw any) error // parses raw into c; the error says what is wrong with it
	show  func(c *Config) string         // the effective value, for Describe
}

// settings is every key newsgraph reads, in the order Describe lists them.
var settings = []setting{
	{
		key: "store", flag: "store", kind: "string",
		usage: "graph store backend: " + strings.Join(graph.Backends(), ", "),
		def:   constant("bolt"),
		apply: func(c *Config, raw any) error {
			s, err := asString(raw)
			if err != nil {
				return err
			}
			s = strings.ToLower(strings.TrimSpace(s))
			if !slices.Contains(graph.Backends(), s) {
				return fmt.Errorf("is not a known store (known: %s)", strings.Join(graph.Backends(), ", "))
			}
			c.Store = s
			return nil
		},
		show: func(c *Config) string { return c.Store },
	},
	{
		key: "db", flag: "db", kind: "string",
		usage: "bolt file path, or PostgreSQL DSN for store postgres",
		def:   constant("./newsgraph.db"),
		apply: func(c *Config, raw any) error {
			s, err := asString(raw)
			if err != nil {
				return err
			}
			if strings.TrimSpace(s) == "" {
				return fmt.Errorf("is empty")
			}
			c.DB = s
			return nil
		},
		show: func(c *Config) string { return c.DB },
	},
	{
		key: "http.addr", flag: "addr", kind: "string",
		usage: "HTTP listen address (host:port)",
		def:   constant("127.0.0.1:64210"),
		apply: func(c *Config, raw any) error {
			s, err := asString(raw)
			if err != nil {
				return err
			}
			_, port, err := net.SplitHostPort(s)
			if err != nil {
				return fmt.Errorf("is not a host:port address")
			}
			if _, err := strconv.ParseUint(port, 10, 16); err != nil {
				return fmt.Errorf("has no valid port number")
			}
			c.HTTP.Addr = s
			return nil
		},
		show: func(c *Config) string { return c.HTTP.Addr },
	},
	{
		key: "http.query_timeout", flag: "query-timeout", kind: "duration",
		usage: "deadline of one Gizmo query or question (e.g. 10s, 1m)",
		def:   constant("10s"),
		apply: func(c *Config, raw any) error {
			d, err := parseDuration(raw)
			if err != nil {
				return err
			}
			if d <= 0 {
				return fmt.Errorf("must be positive")
			}
			c.HTTP.QueryTimeout = d
			return nil
		},
		show: func(c *Config) string { return c.HTTP.QueryTimeout.String() },
	},
	{
		key: "http.query_limit", flag: "query-limit", kind: "number",
		usage: "maximum number of results of one Gizmo query",
		def:   constant("100"),
		apply: func(c *Config, raw any) error {
			n, err := parseInt(raw)
			if err != nil {
				return err
			}
			if n < 1 {
				return fmt.Errorf("must be at least 1")
			}
			c.HTTP.QueryLimit = n
			return nil
		},
		show: func(c *Config) string { return strconv.Itoa(c.HTTP.QueryLimit) },
	},
	{
		key: "http.max_body", flag: "max-body", kind: "size",
		usage: "largest accepted HTTP request body (e.g. 1MiB, 512KiB, 1048576)",
		def:   constant("1MiB"),
		apply: func(c *Config, raw any) error {
			n, err := parseSize(raw)
			if err != nil {
				return err
			}
			if n <= 0 {
				return fmt.Errorf("must be positive")
			}
			c.HTTP.MaxBody = n
			return nil
		},
		show: func(c *Config) string { return formatSize(c.HTTP.MaxBody) },
	},
	{
		key: "http.allow_writes", flag: "allow-writes", kind: "bool",
		usage: "enable the /api/v2/write and /api/v2/delete endpoints",
		def:   constant("false"),
		apply: func(c *Config, raw any) error {
			b, err := parseBool(raw)
			if err != nil {
				return err
			}
			c.HTTP.AllowWrites = b
			return nil
		},
		show: func(c *Config) string { return strconv.FormatBool(c.HTTP.AllowWrites) },
	},
	{
		key: "load.workers", flag: "workers", kind: "number",
		usage: "articles extracted in parallel while loading (0: one per CPU)",
		def:   func() string { return strconv.Itoa(runtime.NumCPU()) },
		apply: func(c *Config, raw any) error {
			n, err := parseInt(raw)
			if err != nil {
				return err
			}
			if n < 0 {
				return fmt.Errorf("must not be negative")
			}
			if n == 0 {
				n = runtime.NumCPU()
			}
			c.Load.Workers = n
			return nil
		},
		show: func(c *Config) string { return strconv.Itoa(c.Load.Workers) },
	},
	{
		key: "extract.aliases", flag: "aliases", kind: "string",
		usage: "YAML file of extra organisation aliases (optional)",
		def:   constant(""),
		apply: func(c *Config, raw any) error {
			s, err := asString(raw)
			if err != nil {
				return err
			}
			if s != "" {
				fi, err := os.Stat(s)
				if err != nil {
					return fmt.Errorf("cannot be read: %v", err)
				}
				if fi.IsDir() {
					return fmt.Errorf("is a directory, not a YAML file")
				}
			}
			c.Extract.Aliases = s
			return nil
		},
		show: func(c *Config) string { return c.Extract.Aliases },
	},
}

func constant(s string) func() string { return func() string { return s } }

// EnvName is the environment variable that sets key, e.g.
// "http.query_timeout" → NEWSGRAPH_HTTP_QUERY_TIMEOUT.
func EnvName(key string) string {
	return EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// Keys lists every configuration key in the order Describe uses.
func Keys() []string {
	out := make([]string, len(settings))
	for i, s := range settings {
		out[i] = s.key
	}
	return out
}

func lookupSetting(key string) (setting, bool) {
	for _, s := range settings {
		if s.key == key {
			return s, true
		}
	}
	return setting{}, false
}
