package queries

import "net/http"

func init() {
	register("GET /api/v1/picture", (*Server).handlePicture)
}

// handlePicture draws the paths between from and to as SVG; it takes the
// options of /api/v1/path.
func (s *Server) handlePicture(w http.ResponseWriter, r *http.Request) {
	from, to := r.URL.Query().Get("from"), r.URL.Query().Get("to")
	if from == "" || to == "" {
		writeError(w, http.StatusBadRequest, "both from and to are required: /api/v1/picture?from=NAME&to=NAME")
		return
	}
	opts, err := pathOptionsOf(r)
	if err != nil {
		writeAnswerError(w, err)
		return
	}
	ctx, cancel := s.answerContext(r)
	defer cancel()
	paths, err := FindPaths(ctx, s.store, from, to, opts)
	if err != nil {
		writeAnswerError(w, err)
		return
	}
	if len(paths) == 0 {
		writeError(w, http.StatusNotFound, "no connection between "+from+" and "+to)
		return
	}
	svg, err := PictureOfPaths(from+" — "+to, paths).SVG(ctx)
	if err != nil {
		writeAnswerError(w, err)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	_, _ = w.Write(svg)
}
