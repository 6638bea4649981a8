// Package queries answers questions about the graph: Gizmo, paths, entity
// profiles, plain-word questions and conflicting claims, over Go calls and HTTP.
package queries

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
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
	Logger       *slog.Logger  // logs one line per request when set
}

// Server serves the HTTP API over one store.
type Server struct {
	store *graph.Store
	opts  ServerOptions
	mux   *http.ServeMux
	v2    http.Handler // Cayley's own APIv2 over the store
	serve http.Handler // mux behind the middleware
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
	s.v2 = newAPIv2(store, opts)
	for _, rt := range routes {
		h := rt.handle
		s.mux.HandleFunc(rt.pattern, func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > s.opts.MaxBody {
				writeTooLarge(w, s.opts.MaxBody)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
			h(s, w, r)
		})
	}
	s.serve = jsonFallback(s.mux)
	if opts.Logger != nil {
		s.serve = logRequests(opts.Logger, s.serve)
	}
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.serve.ServeHTTP(w, r) }

// Options are the settings the server runs with, defaults filled in.
func (s *Server) Options() ServerOptions { return s.opts }

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

// readBody reads the whole request body. When the body is over the limit or
// cannot be read it answers the request (413 or 400) and returns ok=false.
func readBody(w http.ResponseWriter, r *http.Request) (body []byte, ok bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeTooLarge(w, tooLarge.Limit)
		} else {
			writeError(w, http.StatusBadRequest, "reading request body: "+err.Error())
		}
		return nil, false
	}
	return body, true
}

func writeTooLarge(w http.ResponseWriter, limit int64) {
	writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than the limit of %d bytes", limit))
}
