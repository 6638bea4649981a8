// Package queries answers questions about the graph: Gizmo, paths, entity
// profiles, plain-word questions and conflicting claims, over Go calls and HTTP.
package queries

import (
	"encoding/json"
	"net/http"
	"time"

	"newsgraph/graph"
)

// ServerOptions are the HTTP settings of config's "http" section.
type ServerOptions struct {
	QueryTimeout time.Duration // Gizmo and question deadline; 0 means 10s
	QueryLimit   int           // maximum Gizmo results; 0 means 100
	MaxBody      int64         // request body limit in bytes; 0 means 1 MiB
	AllowWrites  bool          // enables APIv2 write and delete endpoints
}

// Server serves the HTTP API over one store.
type Server struct {
	store *graph.Store
	opts  ServerOptions
	mux   *http.ServeMux
}

// route is one entry of the HTTP API. Each handler file registers its routes
// in init, so the API is the union of the files of this package.
type route struct {
	pattern string // a net/http ServeMux pattern, e.g. "GET /api/v1/stats"
	handle  func(*Server, http.ResponseWriter, *http.Request)
}

var routes []route

func register(pattern string, h func(*Server, http.ResponseWriter, *http.Request)) {
	routes = append(routes, route{pattern, h})
}

// NewServer builds the handler tree for store.
func NewServer(store *graph.Store, opts ServerOptions) *Server {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	if opts.QueryLimit <= 0 {
		opts.QueryLimit = 100
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = 1 << 20
	}
	s := &Server{store: store, opts: opts, mux: http.NewServeMux()}
	for _, rt := range routes {
		h := rt.handle
		s.mux.HandleFunc(rt.pattern, func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
			h(s, w, r)
		})
	}
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// writeJSON answers v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// writeError answers {"error": msg}, the shape Cayley's own API uses.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
