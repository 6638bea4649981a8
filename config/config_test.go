package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// clearEnv unsets every NEWSGRAPH_* variable for the test, so the developer's
// own environment cannot change the outcome.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, EnvPrefix+"_") {
			t.Setenv(name, "")
			os.Unsetenv(name)
		}
	}
}

// load runs Load in a fresh working directory holding file (when not empty)
// as newsgraph.yaml, with env set and args parsed as flags.
func load(t *testing.T, file string, env map[string]string, args ...string) (*Config, error) {
	t.Helper()
	clearEnv(t)
	dir := t.TempDir()
	t.Chdir(dir)
	if file != "" {
		if err := os.WriteFile(filepath.Join(dir, DefaultFile), []byte(file), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	flags := pflag.NewFlagSet("test", pflag.ContinueOnError)
	Bind(flags)
	if err := flags.Parse(args); err != nil {
		t.Fatalf("parse %v: %v", args, err)
	}
	return Load(flags)
}

func TestDefaults(t *testing.T) {
	c, err := load(t, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		Store: "bolt", DB: "./newsgraph.db",
		HTTP: HTTPSection{Addr: "127.0.0.1:64210", QueryTimeout: 10 * time.Second, QueryLimit: 100, MaxBody: 1 << 20},
		Load: LoadSection{Workers: runtime.NumCPU()},
	}
	if c.Store != want.Store || c.DB != want.DB || c.HTTP != want.HTTP || c.Load != want.Load || c.Extract != want.Extract {
		t.Errorf("defaults = %+v, want %+v", *c, want)
	}
	if c.File != "" {
		t.Errorf("File = %q without a config file", c.File)
	}
	for _, s := range c.Describe() {
		if s.Source != FromDefault {
			t.Errorf("%s: source %s, want default", s.Key, s.Source)
		}
	}
}

func TestPrecedence(t *testing.T) {
	const file = "store: memory\nhttp:\n  query_timeout: 20s\n  query_limit: 20\n  max_body: 2MiB\nload:\n  workers: 3\n"
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		key     string
		value   string
		source  Source
		fromEnd string // expected end of Setting.From
	}{
		{"file beats default", nil, nil, "http.query_timeout", "20s", FromFile, DefaultFile},
		{"env beats file", map[string]string{"NEWSGRAPH_HTTP_QUERY_TIMEOUT": "30s"}, nil, "http.query_timeout", "30s", FromEnv, "NEWSGRAPH_HTTP_QUERY_TIMEOUT"},
		{"flag beats env", map[string]string{"NEWSGRAPH_HTTP_QUERY_TIMEOUT": "30s"}, []string{"--query-timeout=40s"}, "http.query_timeout", "40s", FromFlag, "--query-timeout"},
		{"flag beats file", nil, []string{"--query-limit", "7"}, "http.query_limit", "7", FromFlag, "--query-limit"},
		{"env size in bytes", map[string]string{"NEWSGRAPH_HTTP_MAX_BODY": "1048576"}, nil, "http.max_body", "1MiB", FromEnv, "NEWSGRAPH_HTTP_MAX_BODY"},
		{"file size with unit", nil, nil, "http.max_body", "2MiB", FromFile, DefaultFile},
		{"flag size", nil, []string{"--max-body", "512KiB"}, "http.max_body", "512KiB", FromFlag, "--max-body"},
		{"env store", map[string]string{"NEWSGRAPH_STORE": "bolt"}, nil, "store", "bolt", FromEnv, "NEWSGRAPH_STORE"},
		{"empty env ignored", map[string]string{"NEWSGRAPH_STORE": ""}, nil, "store", "memory", FromFile, DefaultFile},
		{"bool flag without value", nil, []string{"--allow-writes"}, "http.allow_writes", "true", FromFlag, "--allow-writes"},
		{"bool env", map[string]string{"NEWSGRAPH_HTTP_ALLOW_WRITES": "true"}, nil, "http.allow_writes", "true", FromEnv, "NEWSGRAPH_HTTP_ALLOW_WRITES"},
		{"env addr", map[string]string{"NEWSGRAPH_HTTP_ADDR": "0.0.0.0:8080"}, nil, "http.addr", "0.0.0.0:8080", FromEnv, "NEWSGRAPH_HTTP_ADDR"},
		{"file workers", nil, nil, "load.workers", "3", FromFile, DefaultFile},
		{"untouched key stays default", nil, nil, "http.addr", "127.0.0.1:64210", FromDefault, ""},
		{"memory store drops the default db", nil, nil, "db", "", FromDefault, ""},
		{"bolt store keeps the default db", map[string]string{"NEWSGRAPH_STORE": "bolt"}, nil, "db", "./newsgraph.db", FromDefault, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, file, tt.env, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			var got *Setting
			for _, s := range c.Describe() {
				if s.Key == tt.key {
					got = &s
				}
			}
			if got == nil {
				t.Fatalf("Describe has no %s", tt.key)
			}
			if got.Value != tt.value || got.Source != tt.source || !strings.HasSuffix(got.From, tt.fromEnd) {
				t.Errorf("%s = %q from %s %q, want %q from %s %q", tt.key, got.Value, got.Source, got.From, tt.value, tt.source, tt.fromEnd)
			}
		})
	}
}

func TestTypedValues(t *testing.T) {
	aliases := filepath.Join(t.TempDir(), "aliases.yaml")
	if err := os.WriteFile(aliases, []byte("organisations: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := load(t, "http:\n  allow_writes: true\n", map[string]string{
		"NEWSGRAPH_DB":              "postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
		"NEWSGRAPH_EXTRACT_ALIASES": aliases,
	}, "--store", "postgres", "--workers", "0", "--max-body", "1.5MiB")
	if err != nil {
		t.Fatal(err)
	}
	if c.Store != "postgres" || !strings.HasPrefix(c.DB, "postgres://") || !c.HTTP.AllowWrites ||
		c.Load.Workers != runtime.NumCPU() || c.HTTP.MaxBody != 3<<19 || c.Extract.Aliases != aliases {
		t.Errorf("got %+v", *c)
	}
	if o := c.Origin("http.allow_writes"); o.Source != FromFile {
		t.Errorf("allow_writes origin %v", o)
	}
}

func TestExplicitConfigFile(t *testing.T) {
	other := filepath.Join(t.TempDir(), "other.yml")
	if err := os.WriteFile(other, []byte("store: memory\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The default newsgraph.yaml in the working directory must be ignored.
	c, err := load(t, "store: postgres\n", nil, "--config", other)
	if err != nil {
		t.Fatal(err)
	}
	if c.Store != "memory" || c.File != other || c.Origin("store") != (Origin{FromFile, other}) {
		t.Errorf("store %q from %v, file %q", c.Store, c.Origin("store"), c.File)
	}
}

func TestErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	tests := []struct {
		name string
		file string
		env  map[string]string
		args []string
		want []string // every substring must appear in the error
	}{
		{"unknown store from env", "", map[string]string{"NEWSGRAPH_STORE": "mongo"}, nil,
			[]string{`store: "mongo" from env NEWSGRAPH_STORE is not a known store`, "bolt", "memory", "postgres"}},
		{"bad duration from env", "", map[string]string{"NEWSGRAPH_HTTP_QUERY_TIMEOUT": "ten"}, nil,
			[]string{`http.query_timeout: "ten" from env NEWSGRAPH_HTTP_QUERY_TIMEOUT is not a duration`}},
		{"bare number is not a duration", "http:\n  query_timeout: 10\n", nil, nil,
			[]string{`http.query_timeout: "10" from file `, DefaultFile, "is not a duration"}},
		{"bad duration from flag", "", nil, []string{"--query-timeout", "soon"},
			[]string{`http.query_timeout: "soon" from flag --query-timeout is not a duration`}},
		{"zero duration", "", map[string]string{"NEWSGRAPH_HTTP_QUERY_TIMEOUT": "0s"}, nil,
			[]string{"http.query_timeout", "must be positive"}},
		{"bad size from file", "http:\n  max_body: lots\n", nil, nil,
			[]string{`http.max_body: "lots" from file `, DefaultFile, "is not a size"}},
		{"bad size unit from flag", "", nil, []string{"--max-body", "1 parsec"},
			[]string{`http.max_body: "1 parsec" from flag --max-body is not a size`}},
		{"negative workers from flag", "", nil, []string{"--workers", "-2"},
			[]string{`load.workers: "-2" from flag --workers must not be negative`}},
		{"workers not a number", "", map[string]string{"NEWSGRAPH_LOAD_WORKERS": "many"}, nil,
			[]string{`load.workers: "many" from env NEWSGRAPH_LOAD_WORKERS is not a whole number`}},
		{"query limit zero", "http:\n  query_limit: 0\n", nil, nil,
			[]string{`http.query_limit: "0" from file`, "must be at least 1"}},
		{"bad bool from env", "", map[string]string{"NEWSGRAPH_HTTP_ALLOW_WRITES": "perhaps"}, nil,
			[]string{`http.allow_writes: "perhaps" from env NEWSGRAPH_HTTP_ALLOW_WRITES is not true or false`}},
		{"bad address", "", nil, []string{"--addr", "localhost"},
			[]string{`http.addr: "localhost" from flag --addr is not a host:port address`}},
		{"missing aliases file", "extract:\n  aliases: does-not-exist.yaml\n", nil, nil,
			[]string{`extract.aliases: "does-not-exist.yaml" from file`, "cannot be read"}},
		{"postgres without DSN", "", map[string]string{"NEWSGRAPH_STORE": "postgres"}, nil,
			[]string{`db: "./newsgraph.db" from default is not a PostgreSQL DSN`}},
		{"memory with a db", "", map[string]string{"NEWSGRAPH_STORE": "memory", "NEWSGRAPH_DB": "x.db"}, nil,
			[]string{`db: "x.db" from env NEWSGRAPH_DB cannot be used: store memory`}},
		{"two errors reported together", "", map[string]string{"NEWSGRAPH_STORE": "x", "NEWSGRAPH_LOAD_WORKERS": "-1"}, nil,
			[]string{`store: "x"`, `load.workers: "-1"`}},
		{"file does not parse", "store: [bolt\nhttp: {\n", nil, nil,
			[]string{"config file " + DefaultFile + ":", "yaml"}},
		{"unknown key in file", "http:\n  adr: 1.2.3.4:5\n", nil, nil,
			[]string{"config file " + DefaultFile + ": unknown key(s) http.adr"}},
		{"named file missing", "", nil, []string{"--config", missing},
			[]string{"config file " + missing + ":"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, tt.file, tt.env, tt.args...)
			if err == nil {
				t.Fatalf("no error; got %+v", *c)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestBoolFlagRejectsGarbage(t *testing.T) {
	flags := pflag.NewFlagSet("test", pflag.ContinueOnError)
	flags.SetOutput(new(strings.Builder))
	Bind(flags)
	err := flags.Parse([]string{"--allow-writes=sometimes"})
	if err == nil || !strings.Contains(err.Error(), "allow-writes") {
		t.Fatalf("err = %v", err)
	}
}

func TestEnvName(t *testing.T) {
	for key, want := range map[string]string{
		"store":              "NEWSGRAPH_STORE",
		"http.query_timeout": "NEWSGRAPH_HTTP_QUERY_TIMEOUT",
		"extract.aliases":    "NEWSGRAPH_EXTRACT_ALIASES",
	} {
		if got := EnvName(key); got != want {
			t.Errorf("EnvName(%q) = %q, want %q", key, got, want)
		}
	}
}
