package graph

import (
	"database/sql"
	"fmt"
)

// preparePostgres opens a plain connection beside Cayley's and adds an index
// on quads.label_hash. Cayley's schema indexes spo, ops, pos and osp only, so
// finding one article's quads (all labelled with its IRI) would scan the table.
func preparePostgres(s *Store, dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return fmt.Errorf("open postgres store: %w", err)
	}
	db.SetMaxOpenConns(2)
	s.db = db
	if _, err := db.Exec(`CREATE INDEX IF NOT EXISTS ng_label_index ON quads (label_hash)`); err != nil {
		return fmt.Errorf("open postgres store: create label index: %w", err)
	}
	return nil
}

// postgresHasTables reports whether Cayley's tables exist at dsn.
func postgresHasTables(dsn string) (bool, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var quads, nodes sql.NullString
	if err := db.QueryRow(`SELECT to_regclass('quads')::text, to_regclass('nodes')::text`).Scan(&quads, &nodes); err != nil {
		return false, err
	}
	return quads.Valid && nodes.Valid, nil
}

// analyzeEvery is how many quads article writes may change before the
// statistics are refreshed.
const analyzeEvery = 50000

// wrote notes quads written by article writes and refreshes the planner
// statistics when enough changed since the last refresh. A failed refresh
// does not fail the write that was committed; the next one retries.
func (s *Store) wrote(n int) {
	if s.db == nil {
		return
	}
	s.unanalyzed += n
	if s.unanalyzed >= analyzeEvery {
		_ = s.analyze()
	}
}

// analyze refreshes PostgreSQL's planner statistics; after a bulk load the
// planner otherwise picks sequential scans (3-hop queries 5x slower at 100k quads).
func (s *Store) analyze() error {
	if s.db == nil {
		return nil
	}
	if _, err := s.db.Exec(`ANALYZE quads; ANALYZE nodes;`); err != nil {
		return fmt.Errorf("analyze postgres store: %w", err)
	}
	s.unanalyzed = 0
	return nil
}
