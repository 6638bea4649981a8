package queries

import (
	"encoding/json"
	"net/http"
	"strconv"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/julienschmidt/httprouter"

	"newsgraph/graph"
)

// Cayley-compatible endpoints: the v1 query and shape API (Cayley's
// internal/http, which cannot be imported, reproduced here) and Cayley's own
// APIv2 mounted under /api/v2/.
func init() {
	register("POST /api/v1/query/{lang}", (*Server).handleV1Query)
	register("POST /api/v1/shape/{lang}", (*Server).handleV1Shape)
	register("/api/v2/", (*Server).handleV2)
}

// gizmoNames are the v1 language names served by Gizmo; "gremlin" is the
// name older Cayley clients use for the same language.
var gizmoNames = map[string]bool{"gizmo": true, "gremlin": true}

// handleV1Query answers {"result": [...]} or, with status 400, {"error": "..."}.
// ?limit=N lowers the configured result limit.
func (s *Server) handleV1Query(w http.ResponseWriter, r *http.Request) {
	body, ok := gizmoBody(w, r)
	if !ok {
		return
	}
	limit := s.opts.QueryLimit
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n > 0 && n < limit {
		limit = n
	}
	res, err := RunGizmo(r.Context(), s.store.QuadStore(), string(body), limit, s.opts.QueryTimeout)
	if err != nil {
		writeCayley(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	writeCayley(w, http.StatusOK, map[string]any{"result": res})
}

// handleV1Shape answers the query's shape ({"nodes": [...], "links": [...]})
// or, with status 400, {"error": "..."}.
func (s *Server) handleV1Shape(w http.ResponseWriter, r *http.Request) {
	body, ok := gizmoBody(w, r)
	if !ok {
		return
	}
	shape, err := ShapeGizmo(r.Context(), s.store.QuadStore(), string(body), s.opts.QueryTimeout)
	if err != nil {
		writeCayley(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	writeCayley(w, http.StatusOK, shape)
}

// gizmoBody reads the query text of a v1 request for a Gizmo language name,
// answering the error itself (ok false) as Cayley's v1 server does.
func gizmoBody(w http.ResponseWriter, r *http.Request) (body []byte, ok bool) {
	if !gizmoNames[r.PathValue("lang")] {
		writeCayley(w, http.StatusBadRequest, map[string]string{"error": "Unknown query language."})
		return nil, false
	}
	return readBody(w, r)
}

func (s *Server) handleV2(w http.ResponseWriter, r *http.Request) { s.v2.ServeHTTP(w, r) }

// newAPIv2 builds Cayley's APIv2 over the store: /api/v2/query, read,
// formats, write, delete and node/delete.
func newAPIv2(store *graph.Store, opts ServerOptions) http.Handler {
	api := cayleyhttp.NewAPIv2(store.Handle())
	api.SetQueryTimeout(opts.QueryTimeout)
	api.SetQueryLimit(opts.QueryLimit)
	r := httprouter.New()
	r.NotFound = http.HandlerFunc(notFoundJSON)
	r.MethodNotAllowed = http.HandlerFunc(methodNotAllowedJSON)
	// Routes are registered while the API is still writable, so that with
	// writes off /api/v2/write answers 403 "database is read-only" instead of 404.
	api.RegisterOn(r)
	api.SetReadOnly(!opts.AllowWrites)
	return r
}

// writeCayley writes v the way Cayley's HTTP API does: compact JSON, HTML
// characters unescaped (IRIs keep their <>), one trailing newline.
func writeCayley(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
