package queries

import (
	"net/http"
)

func init() { register("GET /api/v1/stats", (*Server).handleStats) }

// statsJSON is the answer of /api/v1/stats.
type statsJSON struct {
	Quads    int64          `json:"quads"`
	Articles int            `json:"articles"`
	Entities map[string]int `json:"entities"` // by type: Person, Organization, Country, Place
	Events   map[string]int `json:"events"`   // by kind
	Claims   int            `json:"claims"`
}

// handleStats answers the store's counts.
func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, statsJSON{
		Quads: st.Quads, Articles: st.Articles, Entities: st.Entities, Events: st.Events, Claims: st.Claims,
	})
}
