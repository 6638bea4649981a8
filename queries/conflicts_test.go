package queries

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestConflicts(t *testing.T) {
	st := openWorld(t)
	cs, err := Conflicts(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Conflict{}
	for _, c := range cs {
		got[c.Kind+" "+c.Field] = c
	}
	if len(cs) != 2 {
		t.Errorf("%d conflicts, want 2: %+v", len(cs), cs)
	}
	em, ok := got["Emigration count"]
	if !ok || len(em.Sides) != 2 || em.Sides[0].Value != "400000" || em.Sides[1].Value != "more than 200000" {
		t.Fatalf("emigration conflict %+v", em)
	}
	if em.Sides[0].Sources[0].Name != "Free Passage" || em.Sides[1].Sources[0].Name != "Exit Route" ||
		em.Sides[1].Evidence[0].ArticleID != "steppe-deserter" || !strings.Contains(em.Sides[0].Evidence[0].Sentence, "400,000") {
		t.Errorf("emigration sides %+v", em.Sides)
	}
	inv, ok := got["Invasion date"]
	if !ok || len(inv.Sides) != 2 || inv.Sides[0].Value != "2022-02-23" || inv.Sides[1].Value != "2022-02-24" ||
		inv.Sides[0].Evidence[0].ArticleID != "baltic-borders" {
		t.Errorf("invasion conflict %+v", inv)
	}
	// the two entry refusals have different agents: not the same report
	if _, ok := got["EntryRefusal date"]; ok {
		t.Error("entry refusals by different countries reported as a conflict")
	}
	var buf bytes.Buffer
	if err := FormatConflicts(&buf, cs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "more than 200000 according to Exit Route") {
		t.Errorf("FormatConflicts:\n%s", buf.String())
	}
}

func TestConflictsIgnorePrecision(t *testing.T) {
	a := newFxArticle("month-only", "A vaguer report", "2022-12-01", "Other Outlet")
	a.entities(fxRussia, fxUkraine)
	a.event(fxEvent{Kind: "Invasion", Roles: map[string]string{"agent": fxRussia.Key, "location": fxUkraine.Key}, Date: "2022-02",
		Sentence: "Russia invaded Ukraine in February 2022."})
	b := newFxArticle("day-given", "A precise report", "2022-12-02", "Other Outlet")
	b.entities(fxRussia, fxUkraine)
	b.event(fxEvent{Kind: "Invasion", Roles: map[string]string{"agent": fxRussia.Key, "location": fxUkraine.Key}, Date: "2022-02-24",
		Sentence: "The invasion began on 24 February 2022."})
	st := openFixture(t, a, b)
	cs, err := Conflicts(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 0 {
		t.Errorf("a month and a day of that month reported as a conflict: %+v", cs)
	}
}

// Two reports of one person's death that name its place differently (or not
// at all) and give different days are one event in conflict.
func TestConflictsSamePersonDifferentPlaces(t *testing.T) {
	a := newFxArticle("first-report", "Defector found dead", "2023-03-01", "Coast News")
	a.entities(fxSergeiP, fxMarseille)
	a.event(fxEvent{Kind: "Death", Roles: map[string]string{"subject": fxSergeiP.Key, "location": fxMarseille.Key}, Date: "2023-02-10",
		Sentence: "Sergei Petrov was found dead in Marseille on 10 February 2023."})
	b := newFxArticle("second-report", "Inquiry into defector's death", "2023-03-05", "Harbour Daily")
	b.entities(fxSergeiP)
	b.event(fxEvent{Kind: "Death", Roles: map[string]string{"subject": fxSergeiP.Key}, Date: "2023-02-12",
		Sentence: "Petrov was killed on 12 February 2023, investigators said."})
	st := openFixture(t, a, b)
	cs, err := Conflicts(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Kind != "Death" || cs[0].Field != "date" || len(cs[0].Sides) != 2 {
		t.Fatalf("conflicts %+v, want one Death date conflict", cs)
	}
}
