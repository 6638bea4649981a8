package evaluate

import "testing"

var normCases = []struct{ in, want string }{
	{"Mart Kask", "mart kask"},
	{"The Guardian", "guardian"},
	{"  the   Kremlin ", "kremlin"},
	{"Theodor", "theodor"},
	{"the", "the"},
	{"Lithuania's interior ministry", "lithuania interior ministry"},
	{"Lithuania\u2019s interior ministry", "lithuania interior ministry"},
	{"Putin's", "putin s"},
	{"Zoë Müller-Øst", "zoe muller st"},
	{"Pavel Orlov", "pavel orlov"},
	{"Идите лесом", ""},
	{"Go By The Forest (Idite Lesom)", "go by the forest idite lesom"},
	{"U.S.", "u s"},
	{"ＯＫ Ｒｕｓｓｉａｎｓ", "ok russians"},
	{"Côte d’Ivoire", "cote d ivoire"},
	{"Straße", "stra e"},
	{"İstanbul", "istanbul"},
	{"Ålesund ﬁnal", "alesund final"},
	{"146,215 visas", "146 215 visas"},
	{"", ""},
}

func TestNorm(t *testing.T) {
	for _, c := range normCases {
		if got := Norm(c.in); got != c.want {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormMatchesScorePy(t *testing.T) {
	var in []string
	for _, c := range normCases {
		in = append(in, c.in)
	}
	in = append(in, "Ki\u0307ev", "e\u0301 a", "Ǆemal", "Ⅻ Legion", "Ωmega", "n̈ ñ", "The the Hague", "it's ok's ", "Ｔｈｅ Ｂｌｏｃ")
	var want []string
	pyEval(t, "print(json.dumps([score.norm(s) for s in data]))", in, &want)
	for i, s := range in {
		if got := Norm(s); got != want[i] {
			t.Errorf("Norm(%q) = %q, score.norm = %q", s, got, want[i])
		}
	}
}
