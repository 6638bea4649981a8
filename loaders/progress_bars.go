package loaders

import (
	"io"
	"os"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// Bars draws one progress bar per load stage with mpb.
type Bars struct {
	p    *mpb.Progress
	bars map[string]*mpb.Bar
}

// NewBars draws progress bars on w, terminal or not (TerminalProgress
// decides whether bars are wanted).
func NewBars(w io.Writer) *Bars {
	return &Bars{p: mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithAutoRefresh()), bars: map[string]*mpb.Bar{}}
}

// TerminalProgress is bars on f when f is a terminal, and nil otherwise:
// bars written into a log or pipe are noise.
func TerminalProgress(f *os.File) Progress {
	if f == nil || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return NewBars(f)
}

func (b *Bars) Start(stage string, total int) {
	bar := b.p.AddBar(int64(total),
		mpb.PrependDecorators(decor.Name(stage, decor.WC{W: 8, C: decor.DindentRight})),
		mpb.AppendDecorators(decor.CountersNoUnit("%d / %d"), decor.Name(" "), decor.Elapsed(decor.ET_STYLE_GO)),
	)
	if total == 0 {
		bar.SetTotal(0, true)
	}
	b.bars[stage] = bar
}

func (b *Bars) Step(stage string) {
	if bar := b.bars[stage]; bar != nil {
		bar.Increment()
	}
}

// Finish completes every bar (a stage may end early when articles are
// skipped) and waits for the last render.
func (b *Bars) Finish() {
	for _, bar := range b.bars {
		if !bar.Completed() {
			bar.SetTotal(bar.Current(), true)
		}
	}
	b.p.Wait()
}
