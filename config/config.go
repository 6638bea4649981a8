// Package config reads newsgraph's one configuration with viper from, in
// rising precedence: built-in defaults, a YAML file (newsgraph.yaml in the
// working directory, or --config FILE), NEWSGRAPH_* environment variables and
// command-line flags. Load returns a typed, validated Config that remembers
// where each value came from.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

const (
	// EnvPrefix starts every environment variable newsgraph reads.
	EnvPrefix = "NEWSGRAPH"
	// DefaultFile is read from the working directory when --config is not given.
	DefaultFile = "newsgraph.yaml"
	// ConfigFlag names the flag (and, as NEWSGRAPH_CONFIG, the variable) choosing the file.
	ConfigFlag = "config"
)

// Config is newsgraph's effective configuration.
type Config struct {
	Store   string // store backend: bolt, memory, postgres
	DB      string // bolt file or PostgreSQL DSN
	HTTP    HTTPSection
	Load    LoadSection
	Extract ExtractSection

	// File is the configuration file that was read, "" when none was.
	File string

	origins map[string]Origin
}

// HTTPSection is the "http" section.
type HTTPSection struct {
	Addr         string
	QueryTimeout time.Duration
	QueryLimit   int
	MaxBody      int64 // bytes
	AllowWrites  bool
}

// LoadSection is the "load" section.
type LoadSection struct {
	Workers int
}

// ExtractSection is the "extract" section.
type ExtractSection struct {
	Aliases string // path of a user YAML file of organisation aliases, "" for none
}

// Source is the layer a value came from.
type Source string

const (
	FromDefault Source = "default"
	FromFile    Source = "file"
	FromEnv     Source = "env"
	FromFlag    Source = "flag"
)

// Origin says where one value came from: the layer and, for file, env and
// flag, the file name, variable name or flag.
type Origin struct {
	Source Source
	Name   string // e.g. "newsgraph.yaml", "NEWSGRAPH_DB", "--db"; "" for defaults
}

func (o Origin) String() string {
	if o.Name == "" {
		return string(o.Source)
	}
	return string(o.Source) + " " + o.Name
}

// ValueError is a configuration value that cannot be used.
type ValueError struct {
	Key     string
	Raw     string
	Origin  Origin
	Problem string // e.g. "is not a duration"
}

func (e *ValueError) Error() string {
	return fmt.Sprintf("%s: %q from %s %s", e.Key, e.Raw, e.Origin, e.Problem)
}

// Bind registers newsgraph's configuration flags on flags (the persistent
// flags of the root command). Their values are read back by Load.
func Bind(flags *pflag.FlagSet) {
	flags.String(ConfigFlag, "", "configuration file (default ./"+DefaultFile+" when present)")
	for _, s := range settings {
		v := &rawFlag{kind: s.kind, text: s.def()}
		f := flags.VarPF(v, s.flag, "", s.usage)
		if s.kind == "bool" {
			f.NoOptDefVal = "true"
		}
	}
}

// Load reads the configuration. flags should have been registered with Bind
// and parsed; nil means no command-line flags.
func Load(flags *pflag.FlagSet) (*Config, error) {
	if flags == nil {
		flags = pflag.NewFlagSet("newsgraph", pflag.ContinueOnError)
	}
	v := viper.New()
	for _, s := range settings {
		v.SetDefault(s.key, s.def())
		if err := v.BindEnv(s.key, EnvName(s.key)); err != nil {
			return nil, err
		}
		if f := flags.Lookup(s.flag); f != nil {
			if err := v.BindPFlag(s.key, f); err != nil {
				return nil, err
			}
		}
	}

	c := &Config{origins: map[string]Origin{}}
	file, explicit := configFile(flags)
	if file != "" {
		v.SetConfigFile(file)
		if filepath.Ext(file) == "" {
			v.SetConfigType("yaml")
		}
		if err := v.ReadInConfig(); err != nil {
			if !explicit && errors.Is(err, os.ErrNotExist) {
				file = ""
			} else {
				return nil, fmt.Errorf("config file %s: %w", file, err)
			}
		}
		c.File = file
	}
	if c.File != "" {
		if err := checkFileKeys(v, c.File); err != nil {
			return nil, err
		}
	}

	var errs []error
	for _, s := range settings {
		o := origin(s, v, flags, c.File)
		c.origins[s.key] = o
		raw := v.Get(s.key)
		if err := s.apply(c, raw); err != nil {
			errs = append(errs, &ValueError{Key: s.key, Raw: rawText(raw), Origin: o, Problem: err.Error()})
		}
	}
	if err := crossCheck(c); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

// configFile is the file to read and whether the user named it (a named file
// must exist; the default one is optional).
func configFile(flags *pflag.FlagSet) (string, bool) {
	if f := flags.Lookup(ConfigFlag); f != nil && f.Changed {
		return f.Value.String(), true
	}
	if p := os.Getenv(EnvPrefix + "_CONFIG"); p != "" {
		return p, true
	}
	return DefaultFile, false
}

// checkFileKeys rejects keys newsgraph does not know, so that a typo such as
// "http.adr" is reported instead of silently ignored.
func checkFileKeys(v *viper.Viper, file string) error {
	var unknown []string
	for _, k := range v.AllKeys() {
		if _, ok := lookupSetting(k); !ok {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("config file %s: unknown key(s) %s (known: %s)", file,
			strings.Join(unknown, ", "), strings.Join(Keys(), ", "))
	}
	return nil
}

// origin finds the highest layer that sets s, mirroring viper's precedence.
func origin(s setting, v *viper.Viper, flags *pflag.FlagSet, file string) Origin {
	if f := flags.Lookup(s.flag); f != nil && f.Changed {
		return Origin{FromFlag, "--" + s.flag}
	}
	if os.Getenv(EnvName(s.key)) != "" { // viper ignores empty variables too
		return Origin{FromEnv, EnvName(s.key)}
	}
	if file != "" && v.InConfig(s.key) {
		return Origin{FromFile, file}
	}
	return Origin{FromDefault, ""}
}

// crossCheck validates combinations of keys. The memory store takes no
// address, so the default db path is dropped for it.
func crossCheck(c *Config) error {
	dbOrigin := c.origins["db"]
	if c.Store == "memory" {
		if dbOrigin.Source != FromDefault {
			return &ValueError{Key: "db", Raw: c.DB, Origin: dbOrigin, Problem: "cannot be used: store memory keeps nothing on disk and takes no db"}
		}
		c.DB = ""
	}
	if c.Store == "postgres" && dbOrigin.Source == FromDefault {
		return &ValueError{Key: "db", Raw: c.DB, Origin: dbOrigin,
			Problem: "is not a PostgreSQL DSN: store postgres needs db set (e.g. postgres://user@127.0.0.1:5432/news?sslmode=disable)"}
	}
	return nil
}

func rawText(raw any) string {
	if s, ok := raw.(string); ok {
		return s
	}
	return fmt.Sprint(raw)
}

// Origin tells where key's value came from.
func (c *Config) Origin(key string) Origin { return c.origins[key] }
