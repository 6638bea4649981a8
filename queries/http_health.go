package queries

import (
	"context"
	"net/http"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
)

func init() {
	register("GET /healthz", (*Server).handleHealth)
}

// pingStore asks for the store's counts and reads one quad: kv stores report
// a closed database only through Stats (their iterators swallow the error),
// SQL stores answer Stats from cached counters and reach the database only
// when iterating.
func pingStore(ctx context.Context, qs cgraph.QuadStore) error {
	if _, err := qs.Stats(ctx, false); err != nil {
		return err
	}
	it := qs.QuadsAllIterator()
	defer it.Close()
	it.Next(ctx)
	return it.Err()
}

// healthTimeout bounds the store ping so a hung database shows as unhealthy.
const healthTimeout = 2 * time.Second

// handleHealth pings the store: 200 {"status": "ok"} or 503 with the error.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
	defer cancel()
	if err := pingStore(ctx, s.store.QuadStore()); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "store": s.store.Backend()})
}
