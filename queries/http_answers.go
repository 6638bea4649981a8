package queries

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// The answer endpoints: paths, entity profiles, questions and conflicts.
func init() {
	register("GET /api/v1/path", (*Server).handlePath)
	register("GET /api/v1/entity", (*Server).handleEntity)
	register("GET /api/v1/ask", (*Server).handleAsk)
	register("GET /api/v1/conflicts", (*Server).handleConflicts)
}

// answerContext bounds a question by the server's query timeout.
func (s *Server) answerContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opts.QueryTimeout)
}

// writeAnswerError maps the answer errors to statuses: ambiguous names are
// 409 with the candidates, unknown names 404, questions of no known form
// 400 with the forms, bad options 400, timeouts 504.
func writeAnswerError(w http.ResponseWriter, err error) {
	var amb *AmbiguousError
	var nu *NotUnderstoodError
	var opt *OptionError
	switch {
	case errors.As(err, &amb):
		writeJSON(w, http.StatusConflict, map[string]any{"error": err.Error(), "name": amb.Name, "candidates": amb.Candidates})
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error())
	case errors.As(err, &nu):
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": fmt.Sprintf("cannot understand %q", nu.Question), "forms": nu.Forms})
	case errors.As(err, &opt), errors.Is(err, ErrSameEntity):
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, "the query ran out of time: "+err.Error())
	default:
		writeError(w, http.StatusInternalServerError, err.Error())
	}
}

// pathOptionsOf reads k, max_hops, predicates, exclude, since, until,
// outlet and via (relation, event, mention; comma-separated) from a query.
func pathOptionsOf(r *http.Request) (PathOptions, error) {
	q := r.URL.Query()
	var o PathOptions
	for _, f := range []struct {
		name string
		dst  *int
	}{{"k", &o.K}, {"max_hops", &o.MaxHops}} {
		if v := q.Get(f.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return o, &OptionError{fmt.Sprintf("%s=%q: want a positive whole number", f.name, v)}
			}
			*f.dst = n
		}
	}
	o.Predicates = splitList(q.Get("predicates"))
	o.ExcludePredicates = splitList(q.Get("exclude"))
	o.Since, o.Until, o.Outlet = q.Get("since"), q.Get("until"), q.Get("outlet")
	for _, d := range []struct{ name, v string }{{"since", o.Since}, {"until", o.Until}} {
		if d.v != "" && !isDatePrefix(d.v) {
			return o, &OptionError{fmt.Sprintf("%s=%q: want an ISO 8601 date or prefix (2022, 2022-09, 2022-09-21)", d.name, d.v)}
		}
	}
	for _, v := range splitList(q.Get("via")) {
		switch v {
		case "relation":
			o.Via |= ViaRelation
		case "event":
			o.Via |= ViaEvent
		case "mention":
			// co-mentions come on top of the default kinds
			o.Via |= ViaMention
		default:
			return o, &OptionError{fmt.Sprintf("via=%q: want relation, event or mention", v)}
		}
	}
	if o.Via == ViaMention {
		o.Via |= ViaRelation | ViaEvent
	}
	return o, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isDatePrefix accepts "2022", "2022-09", "2022-09-21".
func isDatePrefix(s string) bool {
	for i, c := range s {
		switch {
		case i == 4 || i == 7:
			if c != '-' {
				return false
			}
		case c < '0' || c > '9':
			return false
		}
	}
	return len(s) == 4 || len(s) == 7 || len(s) == 10
}

// findPaths runs the path query of r (from, to and the path options),
// answering the error itself; ok is false when it did.
func (s *Server) findPaths(ctx context.Context, w http.ResponseWriter, r *http.Request) (from, to string, paths []Path, ok bool) {
	from, to = r.URL.Query().Get("from"), r.URL.Query().Get("to")
	if from == "" || to == "" {
		writeError(w, http.StatusBadRequest, "both from and to are required: "+r.URL.Path+"?from=NAME&to=NAME")
		return from, to, nil, false
	}
	opts, err := pathOptionsOf(r)
	if err == nil {
		paths, err = FindPaths(ctx, s.store, from, to, opts)
	}
	if err != nil {
		writeAnswerError(w, err)
		return from, to, nil, false
	}
	return from, to, paths, true
}

func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.answerContext(r)
	defer cancel()
	from, to, paths, ok := s.findPaths(ctx, w, r)
	if !ok {
		return
	}
	if paths == nil {
		paths = []Path{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"from": from, "to": to, "paths": paths})
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		writeError(w, http.StatusBadRequest, "name is required: /api/v1/entity?name=NAME")
		return
	}
	ctx, cancel := s.answerContext(r)
	defer cancel()
	p, err := Profile(ctx, s.store, name)
	if err != nil {
		writeAnswerError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) handleAsk(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if strings.TrimSpace(q) == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "q is required: /api/v1/ask?q=QUESTION", "forms": QuestionForms()})
		return
	}
	ctx, cancel := s.answerContext(r)
	defer cancel()
	a, err := Ask(ctx, s.store, q)
	if err != nil {
		writeAnswerError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) handleConflicts(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.answerContext(r)
	defer cancel()
	cs, err := Conflicts(ctx, s.store)
	if err != nil {
		writeAnswerError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"conflicts": cs})
}
