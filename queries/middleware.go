package queries

import (
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

// jsonFallback answers requests no route matches (404) or whose method no
// route accepts (405) with a JSON error, like every other answer of the API.
func jsonFallback(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		h.ServeHTTP(&jsonStatusWriter{ResponseWriter: w, r: r}, r)
	})
}

// jsonStatusWriter replaces the plain-text body net/http writes for 404 and
// 405 with {"error": ...}; other answers (redirects) pass through.
type jsonStatusWriter struct {
	http.ResponseWriter
	r        *http.Request
	replaced bool
}

func (w *jsonStatusWriter) WriteHeader(code int) {
	switch code {
	case http.StatusNotFound:
		w.replaced = true
		writeError(w.ResponseWriter, code, fmt.Sprintf("no such endpoint: %s %s", w.r.Method, w.r.URL.Path))
	case http.StatusMethodNotAllowed:
		w.replaced = true
		allow := w.Header().Get("Allow")
		writeError(w.ResponseWriter, code, fmt.Sprintf("method %s is not allowed on %s (allowed: %s)", w.r.Method, w.r.URL.Path, allow))
	default:
		w.ResponseWriter.WriteHeader(code)
	}
}

func (w *jsonStatusWriter) Write(b []byte) (int, error) {
	if w.replaced {
		return len(b), nil
	}
	return w.ResponseWriter.Write(b)
}

// notFoundJSON and methodNotAllowedJSON serve the same errors for routers
// other than the mux (Cayley's APIv2 runs on httprouter).
func notFoundJSON(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s %s", r.Method, r.URL.Path))
}

func methodNotAllowedJSON(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s is not allowed on %s (allowed: %s)",
		r.Method, r.URL.Path, w.Header().Get("Allow")))
}

// logRequests logs one line per request: method, path, status, bytes, time.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.Info("http", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes", rec.bytes, "duration", time.Since(start).Round(time.Microsecond))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusRecorder) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Flush lets streaming handlers (APIv2 read) flush through the recorder.
func (w *statusRecorder) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
