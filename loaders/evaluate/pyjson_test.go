package evaluate

import (
	"math"
	"testing"
)

func TestPyFloatMatchesRepr(t *testing.T) {
	in := []float64{0, 1, -1, 0.5, 2.5, 1e16, 1e15, 123456789012345678, 0.0001, 0.00001, 1.5e-7,
		1.0 / 3, 2.0 / 3, 700000, 158972, 0.1 + 0.2, -2.75e-5, 1e300, math.SmallestNonzeroFloat64, 9999999999999998}
	var want []string
	pyEval(t, "print(json.dumps([repr(float(x)) for x in data]))", in, &want)
	for i, f := range in {
		if got := pyFloat(f); got != want[i] {
			t.Errorf("pyFloat(%v) = %q, repr = %q", f, got, want[i])
		}
	}
}

func TestPyRound3MatchesRound(t *testing.T) {
	var in []float64
	for tp := 0; tp <= 12; tp++ {
		for wrong := 0; wrong <= 12; wrong++ {
			_, _, f := Counts{TP: tp, FP: wrong, FN: 12 - wrong}.PRF()
			in = append(in, f)
		}
	}
	in = append(in, 0.0625, 0.0005, 0.1235, 0.9995, 0.4445)
	var want []string
	pyEval(t, "print(json.dumps([repr(round(float(x), 3)) for x in data]))", in, &want)
	for i, f := range in {
		if got := pyRound3(f); got != want[i] {
			t.Errorf("pyRound3(%v) = %q, round = %q", f, got, want[i])
		}
	}
}

func TestPyDumps(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"kind":"Death","subject":"Pavel Orlov"}`, `{"kind": "Death", "subject": "Pavel Orlov"}`},
		{`{"b":1,"a":[1.50,2e3,-0,{}],"c":null,"d":true}`, `{"b": 1, "a": [1.5, 2000.0, 0, {}], "c": null, "d": true}`},
		{`{"s":"Идите \"лесом\"\n\u0007"}`, `{"s": "Идите \"лесом\"\n\u0007"}`},
	}
	for _, c := range cases {
		got, err := pyDumps([]byte(c.in))
		if err != nil || got != c.want {
			t.Errorf("pyDumps(%s) = %s, %v; want %s", c.in, got, err, c.want)
		}
	}
	if _, err := pyDumps([]byte(`{"a":`)); err == nil {
		t.Error("pyDumps accepted truncated JSON")
	}
}
