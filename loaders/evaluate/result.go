package evaluate

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add adds other's counts to c.
func (c *Counts) Add(other Counts) {
	c.TP += other.TP
	c.FP += other.FP
	c.FN += other.FN
}

// PRF returns precision, recall and F1, each 0 when undefined.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Result is the score of one article, or the micro-averaged sum of several.
type Result struct {
	// Entities holds the counts per entity type (the keys of Types).
	Entities  map[string]Counts `json:"entities"`
	Relations Counts            `json:"relations"`
	Events    Counts            `json:"events"`
}

// Add sums other into r (micro-averaging).
func (r *Result) Add(other Result) {
	if r.Entities == nil {
		r.Entities = map[string]Counts{}
	}
	for t, c := range other.Entities {
		sum := r.Entities[t]
		sum.Add(c)
		r.Entities[t] = sum
	}
	r.Relations.Add(other.Relations)
	r.Events.Add(other.Events)
}

// EntityTotal is the sum of the entity counts over all types.
func (r Result) EntityTotal() Counts {
	var total Counts
	for _, t := range Types {
		total.Add(r.Entities[t])
	}
	return total
}

// Row is one line of the score table.
type Row struct {
	Name string
	Counts
}

// Rows lists the table lines: each entity type, "entities", "relations",
// "events".
func (r Result) Rows() []Row {
	var rows []Row
	for _, t := range Types {
		rows = append(rows, Row{t, r.Entities[t]})
	}
	return append(rows, Row{"entities", r.EntityTotal()}, Row{"relations", r.Relations}, Row{"events", r.Events})
}
