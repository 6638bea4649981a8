package facts

import (
	"reflect"
	"testing"
)

func TestStartWords(t *testing.T) {
	for _, tc := range []struct {
		expr     string
		want     []string
		boundary bool
	}{
		// optional openers join the words after them
		{`\b(?:then-|former )?(?:president|king) said`, []string{"then-president said", "then-king said", "former president said", "former king said", "president said", "king said"}, true},
		// a placeholder opens: its type letters
		{`(?P<s>@[CD]\d+@)'s minister`, []string{"@C", "@D"}, false},
		// extended as far as the set stays exact; one byte is too short
		{`a(?:b|c)d+`, []string{"abd", "acd"}, false},
		{`(?:x|y)z*`, nil, false},
		// an assertion before anything is consumed: no start words
		{`(?:former )?\bminister`, nil, false},
		// \b before a non-word byte cannot be told at an anchored start
		{`\b@P\d+@`, nil, false},
	} {
		got, boundary := startWords(tc.expr)
		if !reflect.DeepEqual(got, tc.want) || got != nil && boundary != tc.boundary {
			t.Errorf("startWords(%q) = %q, %v; want %q, %v", tc.expr, got, boundary, tc.want, tc.boundary)
		}
	}
}

func TestPlaceholderFollow(t *testing.T) {
	for _, tc := range []struct {
		expr   string
		lead   int
		follow []string
	}{
		{`(?P<s>@[P]\d+@)'s (?:[a-z]+ )?government`, 2, []string{"@'s "}},
		{`(?P<o>@[CD]\d+@),? (?P<s>@[P]\d+@)`, 2, []string{"@, @P", "@ @P"}},
		{`@[P]\d+(?:x|@)`, 0, nil},         // what follows may not be "@"
		{`(?:the )?@[P]\d+@ said`, 0, nil}, // openings of two lengths
	} {
		lead, follow := placeholderFollow(tc.expr)
		if lead != tc.lead || !reflect.DeepEqual(follow, tc.follow) {
			t.Errorf("placeholderFollow(%q) = %d, %q; want %d, %q", tc.expr, lead, follow, tc.lead, tc.follow)
		}
	}
	if !followsPlaceholder("x @P12@'s y", 2, 2, []string{"@'s "}) || followsPlaceholder("x @P12@ y", 2, 2, []string{"@'s "}) {
		t.Error("followsPlaceholder misreads the digits of a placeholder")
	}
}

func TestRequiredSets(t *testing.T) {
	got := requiredSets(`(?P<o>@[D]\d+@) (?:[a-z-]+ ){0,3}?[a-z-]+,? (?P<s>@[P]\d+@)`, []string{"@D"})
	if want := [][]string{{"@P"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("requiredSets = %q, want %q", got, want)
	}
}
