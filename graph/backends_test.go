package graph

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// testBackend opens a fresh, empty store of one backend for one test.
type testBackend struct {
	name string
	// addr returns the address of a fresh empty store ("" for memory).
	addr func(t testing.TB) string
}

var testBackends = []testBackend{
	{"bolt", func(t testing.TB) string { return filepath.Join(t.TempDir(), "graph.bolt") }},
	{"memory", func(testing.TB) string { return "" }},
	{"postgres", freshPostgres},
}

const postgresAdminDSN = "host=127.0.0.1 port=5432 user=postgres dbname=test sslmode=disable connect_timeout=3"

func postgresDSN(db string) string {
	return fmt.Sprintf("host=127.0.0.1 port=5432 user=postgres dbname=%s sslmode=disable connect_timeout=3", db)
}

// freshPostgres creates a database for the test on the local PostgreSQL and
// drops it afterwards. It skips when PostgreSQL is unreachable, except on CI.
func freshPostgres(t testing.TB) string {
	t.Helper()
	admin, err := sql.Open("postgres", postgresAdminDSN)
	if err == nil {
		err = admin.Ping()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL at 127.0.0.1:5432 unreachable on CI: %v", err)
		}
		t.Skipf("PostgreSQL at 127.0.0.1:5432 unreachable, skipping postgres case: %v", err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "newsgraph_test_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	return postgresDSN(name)
}

// forEachBackend runs fn as a subtest against a fresh store of every backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, b testBackend, addr string, s *Store)) {
	for _, b := range testBackends {
		t.Run(b.name, func(t *testing.T) {
			addr := b.addr(t)
			s, err := Open(b.name, addr)
			if err != nil {
				t.Fatalf("open %s: %v", b.name, err)
			}
			t.Cleanup(func() { s.Close() })
			fn(t, b, addr, s)
		})
	}
}
