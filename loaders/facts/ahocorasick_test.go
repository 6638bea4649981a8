package facts

import "testing"

// A needle longer than maxNeedle is looked for by its prefix: where it
// occurs, the scan reports where it begins, both as a prefilter needle and
// as a word matches start with.
func TestNeedleIndexLongNeedles(t *testing.T) {
	long := "crossed into the country through the checkpoint"
	if len(long) <= maxNeedle {
		t.Fatalf("the test needle (%d bytes) must be longer than maxNeedle (%d)", len(long), maxNeedle)
	}
	for _, tc := range []struct {
		name                string
		text                string
		wantLong, wantShort int32 // where the needles' last occurrences begin, -1 if none
		wantStart           int32 // where the long start needle begins, -1 if none
	}{
		{"long needle found where it begins", "men " + long + " at night", 4, -1, 4},
		{"short needle found", "they left russia", -1, 10, -1},
		{"neither", "nothing here", -1, -1, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ix needleIndex
			ix.addNeedle(long, 0, false)
			ix.addNeedle("russia", 1, false)
			ix.addNeedle(long, 2, true)
			ix.build()
			last := []int32{-1, -1, -1}
			starts := ix.scan(tc.text, last, nil)
			if last[0] != tc.wantLong || last[1] != tc.wantShort {
				t.Errorf("last = %v, want long at %d, short at %d", last[:2], tc.wantLong, tc.wantShort)
			}
			start := int32(-1)
			for _, h := range starts {
				if h.id == 2 {
					start = h.pos
				}
			}
			if start != tc.wantStart {
				t.Errorf("start = %d, want %d", start, tc.wantStart)
			}
		})
	}
}

// The prefilter's automaton keeps its states within an int16, the
// half-size transition table the scan is fastest with.
func TestNeedleAutomatonFitsInt16(t *testing.T) {
	c, err := loadCues()
	if err != nil {
		t.Fatal(err)
	}
	if c.needles.delta16 == nil {
		t.Errorf("the needle automaton has %d states, more than an int16 holds: choose needles more sparingly or lower maxNeedle", len(c.needles.nodes))
	}
}
