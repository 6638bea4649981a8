package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// run executes newsgraph with args in-process, as a user would from a shell.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetIn(strings.NewReader(""))
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

// mustRun is run that fails the test on an error.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, err := run(t, args...)
	if err != nil {
		t.Fatalf("newsgraph %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// stats returns the store's stats as the JSON command prints them.
func stats(t *testing.T, db string) map[string]any {
	t.Helper()
	var s map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, "--db", db, "stats", "--format", "json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// sortedLines is a dump as a set, for comparing two dumps.
func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return lines
}

// sharedDir is ../shared beside the checkout; tests that need it skip without
// it, except under CI where it must be there.
func sharedDir(t *testing.T, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing: %v", dir, err)
		}
		t.Skipf("no %s beside the checkout", dir)
	}
	return dir
}
