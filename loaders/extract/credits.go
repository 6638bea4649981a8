package extract

import (
	"regexp"
	"strings"
	"unicode"

	"newsgraph/loaders/gazetteer"
)

// Credits and bylines name people the prose never mentions: photographers
// ("AP Photo/Jaan Tamm", "(AP photo by Jaan Tamm)", "Copyright JAAN
// TAMM/AFP") and authors ("By Jaan Tamm"), with the agency they work for.
const creditName = `([A-Z][\p{L}'’.-]+(?:[ \t\p{Zs}]+[A-Z][\p{L}'’.-]+){1,2})`

var creditPatterns = []struct {
	re           *regexp.Regexp
	agency, name int // submatch indexes, 0 when absent
}{
	// "AP Photo/Jaan Tamm", "Reuters Photo / Jaan Tamm"
	{regexp.MustCompile(`\b([A-Z][A-Za-z]{1,14})[ \t\p{Zs}]+[Pp]hoto[ \t\p{Zs}]*/[ \t\p{Zs}]*` + creditName), 1, 2},
	// "(AP photo by Jaan Tamm)"
	{regexp.MustCompile(`\(([A-Z][A-Za-z]{1,14})[ \t\p{Zs}]+[Pp]hoto[ \t\p{Zs}]+by[ \t\p{Zs}]+` + creditName + `[ \t\p{Zs}]*\)`), 1, 2},
	// "Copyright JAAN TAMM/AFP", "© Jaan Tamm / Reuters"
	{regexp.MustCompile(`(?:Copyright|©)[ \t\p{Zs}]*(?:©[ \t\p{Zs}]*)?` + creditName + `[ \t\p{Zs}]*/[ \t\p{Zs}]*([A-Z][A-Za-z]{1,14})\b`), 2, 1},
	// "Photo: Jaan Tamm/AFP", "Photograph by Jaan Tamm"
	{regexp.MustCompile(`\bPhoto(?:graph)?(?:[ \t\p{Zs}]*:|[ \t\p{Zs}]+by)[ \t\p{Zs}]*` + creditName + `(?:[ \t\p{Zs}]*/[ \t\p{Zs}]*([A-Z][A-Za-z]{1,14})\b)?`), 2, 1},
}

// byline is an article's author line: "By Jaan Tamm", "By Jaan Tamm and
// Mari Mets", possibly glued to the outlet ("By Jaan TammReuters").
var byline = regexp.MustCompile(`^By[ \t\p{Zs}]+` + creditName + `(?:[ \t\p{Zs}]*(?:,|and|&)[ \t\p{Zs}]*` + creditName + `)?[ \t\p{Zs}]*$`)

// credits reads the photo credits and the byline of a sentence.
func (f *finder) credits(s int) {
	st := f.sents[s]
	if !strings.Contains(st.Text, "hoto") && !strings.Contains(st.Text, "Copyright") && !strings.Contains(st.Text, "©") {
		goto byLine
	}
	for _, p := range creditPatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(st.Text, -1) {
			f.creditName(s, st.Start+m[2*p.name], st.Start+m[2*p.name+1])
			if p.agency > 0 && m[2*p.agency] >= 0 {
				f.creditAgency(s, st.Start+m[2*p.agency], st.Start+m[2*p.agency+1])
			}
		}
	}
byLine:
	if len(st.Text) < 90 && strings.HasPrefix(st.Text, "By") {
		if m := byline.FindStringSubmatchIndex(st.Text); m != nil {
			for g := 1; g <= 2; g++ {
				if m[2*g] >= 0 {
					f.bylineName(s, st.Start+m[2*g], st.Start+m[2*g+1])
				}
			}
		}
	}
}

// validCredit tells whether every word of a credited name is name-shaped
// and no word is a known non-name ("Staff", an agency, a country).
func (f *finder) validCredit(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !nameShaped(w) || f.notPersonWord(titleCase(w)) || f.notPersonWord(w) {
			return false
		}
	}
	return true
}

func (f *finder) creditName(s, start, end int) {
	name := f.text[start:end]
	if !f.validCredit(name) {
		return
	}
	f.addSpan(s, start, end, personCand(name), true)
}

// creditAgency records the agency of a credit: a known organisation or an
// acronym ("AFP", "EPA").
func (f *finder) creditAgency(s, start, end int) {
	name := f.text[start:end]
	if o, ok := gazetteer.OrgByName(name); ok {
		f.addSpan(s, start, end, orgCand(o), true)
		return
	}
	if allCaps(name) {
		f.addSpan(s, start, end, cand{typ: Organization, key: gazetteer.OrgKey(name), name: name}, true)
	}
}

// bylineName records an author; when the outlet's name is glued to the
// last word ("TammReuters") it is split off and recorded too.
func (f *finder) bylineName(s, start, end int) {
	name := f.text[start:end]
	words := strings.Fields(name)
	last := words[len(words)-1]
	lastStart := start + strings.LastIndex(name, last)
	for i, r := range last {
		if i < 2 || !unicode.IsUpper(r) {
			continue
		}
		if o, ok := gazetteer.OrgByName(last[i:]); ok {
			personEnd := lastStart + i
			if f.validCredit(f.text[start:personEnd]) {
				f.addSpan(s, start, personEnd, personCand(f.text[start:personEnd]), true)
				f.addSpan(s, personEnd, end, orgCand(o), false)
			}
			return
		}
	}
	if f.validCredit(name) {
		f.addSpan(s, start, end, personCand(name), true)
	}
}
