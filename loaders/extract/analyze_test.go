package extract

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestAnalyzeArticle runs the whole pipeline over the benchmark article
// (written for the tests) and compares every entity it reports: a new false
// positive fails the test as surely as a miss.
func TestAnalyzeArticle(t *testing.T) {
	doc := Analyze(benchArticle, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
	checkInvariants(t, doc)
	var got [][3]string
	for _, e := range doc.Entities {
		got = append(got, [3]string{e.Type, e.Name, e.Key})
	}
	want := [][3]string{
		{Country, "Kazakhstan", "country/kz"},
		{Country, "Russia", "country/ru"},
		{Person, "Anna Smirnova", "person/anna-smirnova"},
		{Place, "Almaty", "place/almaty-kz"},
		{Organization, "Reuters", "org/reuters"},
		{Place, "Belgorod region", "place/belgorod-ru"}, // the fullest form: name and region noun,
		{Country, "Ukraine", "country/ua"},
		{Person, "Dmitry Orlov", "person/dmitry-orlov"},
		{Place, "Chelyabinsk", "place/chelyabinsk-ru"},
		{Organization, "Idite Lesom", "org/go-by-the-forest"}, // named "Idite Lesom" in the text: the alias table joins its names,
		{Person, "Grigory Sverdlin", "person/grigory-sverdlin"},
		{Place, "Semey", "place/semey-kz"},
		{Organization, "court in Astana", "org/court-in-astana"}, // a court named by its seat
		{Place, "Astana", "place/astana-kz"},
		{Organization, "Kazakh police", "org/kazakh-police"},
		{Organization, "Kazakh Interior Ministry", "org/kazakh-interior-ministry"},
		{Organization, "Human Rights Watch", "org/human-rights-watch"},
		{Person, "Tanya Lokshina", "person/tanya-lokshina"},
		{Place, "Europe", "place/europe"},
		{Place, "Central Asia", "place/central-asia"},
		{Place, "Moscow", "place/moscow-ru"},
		{Organization, "Kremlin", "org/kremlin"},
		{Person, "Dmitry Peskov", "person/dmitry-peskov"},
		{Organization, "Russian Defence Ministry", "org/russian-defence-ministry"},
		{Person, "Vladimir Putin", "person/vladimir-putin"},
		{Country, "Georgia", "country/ge"},
		{Country, "Armenia", "country/am"},
		{Country, "Turkey", "country/tr"},
		{Country, "Germany", "country/de"},
		{Country, "France", "country/fr"},
		{Country, "Portugal", "country/pt"},
		{Organization, "European Union", "org/european-union"},
		{Organization, "European Union Agency for Asylum", "org/european-union-agency-for-asylum"},
		{Country, "Estonia", "country/ee"},
		{Country, "Latvia", "country/lv"},
		{Country, "Lithuania", "country/lt"},
		{Country, "Finland", "country/fi"},
		{Person, "Mari Rantanen", "person/mari-rantanen"},
		{Organization, "Yle", "org/yle"},
		{Organization, "European Commission", "org/european-commission"},
		{Organization, "court in Paris", "org/court-in-paris"},
		{Place, "Paris", "place/paris-fr"},
		{Organization, "Guardian", "org/guardian"},
		{Place, "Torrevieja", "place/torrevieja-es"},
		{Country, "Spain", "country/es"},
		{Person, "Elena Volkova", "person/elena-volkova"},
		{Place, "Tbilisi", "place/tbilisi-ge"},
		{Country, "United Arab Emirates", "country/ae"},
		{Person, "Pavel Mikheyev", "person/pavel-mikheyev"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities differ:\n got %v\nwant %v", got, want)
	}
	if !doc.Published.Equal(time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)) {
		t.Error("publication date lost")
	}
	orlov, _ := entity(doc, Person, "Dmitry Orlov")
	if !hasString(orlov.Aliases, "Orlov") || len(orlov.Mentions) < 4 {
		t.Errorf("Orlov: aliases %v, %d mentions", orlov.Aliases, len(orlov.Mentions))
	}
	kz, _ := entity(doc, Country, "Kazakhstan")
	if kz.ISO3166 != "KZ" || kz.Wikidata != "Q232" || !hasString(kz.Aliases, "Kazakh") {
		t.Errorf("Kazakhstan = %+v", kz)
	}
	police, _ := entity(doc, Organization, "Kazakh police")
	if police.ISO3166 != "KZ" {
		t.Errorf("Kazakh police has no country: %+v", police)
	}
	// a demonym mention is flagged as such
	demonyms := 0
	for _, s := range doc.Sentences {
		for _, m := range s.Mentions {
			if m.Demonym && doc.Entities[m.Entity].Key == "country/ru" {
				demonyms++
			}
		}
	}
	if demonyms == 0 {
		t.Error("no demonym mention of Russia flagged")
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	for _, text := range []string{"", "   \n\n", "Share this article\nComments"} {
		doc := Analyze(text, time.Time{})
		if len(doc.Entities) != 0 || len(doc.Sentences) != 0 {
			t.Errorf("%q: %d entities, %d sentences", text, len(doc.Entities), len(doc.Sentences))
		}
	}
}

// TestAnalyzeOddInput feeds text a news feed can hold and a recogniser can
// trip over; every Doc must still hold its invariants.
func TestAnalyzeOddInput(t *testing.T) {
	for _, text := range []string{
		"By", "By \n", "AP Photo/", "Copyright /AFP", "(AP photo by )", "Reporting by ; editing by",
		"Владимир Путин объявил мобилизацию в России.", "\x00\x01 Russia \xff\xfe", "ALL CAPS HEADLINE ABOUT NOTHING",
		"Russia's", "the bloc", "Brussels", "The Russian", "St.", "Mr. Tamm said.", "-- , ; :",
		strings.Repeat("Russian soldiers fled to Georgia. ", 300),
	} {
		doc := Analyze(text, time.Time{})
		checkInvariants(t, doc)
	}
}

// TestAnalyzeConcurrent checks that Analyze may run on many goroutines at
// once (the loaders extract articles in parallel) and gives each the same
// answer; run it with -race.
func TestAnalyzeConcurrent(t *testing.T) {
	want := summary(Analyze(benchArticle, time.Time{}))
	got := make(chan string, 8)
	for i := 0; i < cap(got); i++ {
		go func() { got <- summary(Analyze(benchArticle, time.Time{})) }()
	}
	for i := 0; i < cap(got); i++ {
		if s := <-got; s != want {
			t.Fatalf("concurrent run differs:\n%s\n%s", s, want)
		}
	}
}
