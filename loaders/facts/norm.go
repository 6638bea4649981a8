package facts

import (
	"sync"
	"sync/atomic"

	"newsgraph/loaders/gazetteer"
)

// norm is gazetteer.Norm, remembered: the same names (the Kremlin, the
// European Union) come back in article after article.
func norm(s string) string {
	if n, ok := normMemo.Load(s); ok {
		return n.(string)
	}
	n := gazetteer.Norm(s)
	if normCount.Add(1) <= maxNormMemo {
		normMemo.Store(s, n)
	}
	return n
}

var (
	normMemo  sync.Map
	normCount atomic.Int64
)

const maxNormMemo = 100000
