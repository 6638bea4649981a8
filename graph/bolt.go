package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// boltLockWait bounds the wait for another process's lock on the file;
// bolt's default is to wait forever.
const boltLockWait = 2 * time.Second

// openBoltFile opens Cayley's kv quad store on a single bolt file at path,
// creating the file (and its directory) when missing. Cayley's own "bolt"
// registration wants a directory holding indexes.bolt instead.
func openBoltFile(path string, opts cgraph.Options) (cgraph.QuadStore, error) {
	fresh := false
	switch fi, err := os.Stat(path); {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create bolt store %s: %w", path, err)
		}
		fresh = true
	case err != nil:
		return nil, fmt.Errorf("open bolt store %s: %w", path, err)
	case fi.IsDir():
		return nil, fmt.Errorf("open bolt store %s: is a directory, want a bolt file path", path)
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("open bolt store %s: not a regular file", path)
	case fi.Size() == 0:
		fresh = true
	}
	db, err := hbolt.Open(path, &bolt.Options{Timeout: boltLockWait})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fmt.Errorf("open bolt store %s: locked by another process (is newsgraph already running on it?)", path)
	case err != nil:
		return nil, fmt.Errorf("open bolt store %s: not a bolt database: %w", path, err)
	}
	qs, err := kv.New(db, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) && fresh {
		if err = kv.Init(db, opts); err == nil {
			qs, err = kv.New(db, opts)
		}
	}
	if errors.Is(err, cgraph.ErrNotInitialized) {
		db.Close()
		return nil, fmt.Errorf("open bolt store %s: a bolt file but not a graph store", path)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open bolt store %s: %w", path, err)
	}
	return qs, nil
}
