package queries

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRequestLog(t *testing.T) {
	var buf syncBuffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	srv := startCayleyServer(t, openFixtureStore(t, cayleyFixture{people: 1, units: 1, articles: 1}), ServerOptions{Logger: log})
	call(t, "POST", srv.URL+"/api/v1/query/gizmo", "", strings.NewReader(`g.V(`))
	call(t, "GET", srv.URL+"/healthz", "", nil)
	out := buf.String()
	for _, want := range []string{"method=POST path=/api/v1/query/gizmo status=400", "method=GET path=/healthz status=200"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
}
