package loaders

// Progress hears how far a load has got. Stages are "read" (sources),
// "extract" and "write" (articles); Start is called once per stage before
// its steps, Step once per finished step, Finish once at the end. A load
// calls these from one goroutine at a time.
type Progress interface {
	Start(stage string, total int)
	Step(stage string)
	Finish()
}

// Load stages.
const (
	StageRead    = "read"
	StageExtract = "extract"
	StageWrite   = "write"
)

// noProgress is the Progress of a load nobody watches.
type noProgress struct{}

func (noProgress) Start(string, int) {}
func (noProgress) Step(string)       {}
func (noProgress) Finish()           {}
