package queries

import "net/http"

func init() {
	register("GET /api/v1/picture", (*Server).handlePicture)
}

// handlePicture draws the paths between from and to as SVG; it takes the
// options of /api/v1/path.
func (s *Server) handlePicture(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.answerContext(r)
	defer cancel()
	from, to, paths, ok := s.findPaths(ctx, w, r)
	if !ok {
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
