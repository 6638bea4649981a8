package extract

import (
	"testing"
	"time"
)

var zeroTime time.Time

func TestCountries(t *testing.T) {
	runTable(t, []struct {
		text string
		want []expect
	}{
		{"Fewer than 300 Russians were granted asylum in the US last year.",
			[]expect{{typ: Country, name: "Russia", key: "country/ru", alias: "Russians"}, {typ: Country, name: "United States", alias: "US"}}},
		{"Spanish police said the man was American.",
			[]expect{{typ: Country, name: "Spain", alias: "Spanish"}, {typ: Country, name: "United States", alias: "American"}}},
		{"They lived in former Soviet states such as Kazakhstan.",
			[]expect{{typ: Country, name: "Soviet Union", key: "country/su"}, {typ: Country, name: "Kazakhstan"}}},
		{"Activists rallied at the Georgia-Russia border crossing with anti-Russian banners.",
			[]expect{{typ: Country, name: "Georgia"}, {typ: Country, name: "Russia"}, {typ: Place, name: "Georgia-Russia", absent: true}}},
		{"Let us go.", []expect{{typ: Country, name: "United States", absent: true}}},
		{"Many left the former Soviet Union for good.",
			[]expect{{typ: Country, name: "Soviet Union"}, {typ: Organization, name: "Soviet Union", absent: true}}},
	})
	doc := Analyze("Russia borders Finland.", zeroTime)
	if e, ok := entity(doc, Country, "Russia"); !ok || e.ISO3166 != "RU" || e.Wikidata != "Q159" {
		t.Errorf("Russia = %+v", e)
	}
}

func TestPlaces(t *testing.T) {
	runTable(t, []struct {
		text string
		want []expect
	}{
		{"Some apply for asylum at Madrid's Barajas airport.",
			[]expect{{typ: Place, name: "Madrid", key: "place/madrid-es"}, {typ: Place, name: "Barajas airport", key: "place/barajas-airport-es"}}},
		{"He was found dead in his flat in Valladolid, Spain.",
			[]expect{{typ: Place, name: "Valladolid", key: "place/valladolid-es"}}},
		{"Cars queued at the border crossing at Upper Lars, Georgia, for days.",
			[]expect{{typ: Place, name: "Upper Lars", key: "place/upper-lars-ge"}}},
		{"Guards at the Vaalimaa and Nuijamaa border crossings turned them back.",
			[]expect{{typ: Place, name: "Vaalimaa"}, {typ: Place, name: "Nuijamaa"}}},
		{"NARVA, Estonia (AP) — The queue grew overnight.",
			[]expect{{typ: Place, name: "Narva", key: "place/narva-ee"}}},
		{"He fled from Bucha, north of Kyiv, in Ukraine.",
			[]expect{{typ: Place, name: "Bucha", key: "place/bucha-ua"}, {typ: Place, name: "Kyiv", key: "place/kyiv-ua"}}},
		{"The Moscow-Belgrade flight was full.",
			[]expect{{typ: Place, name: "Moscow"}, {typ: Place, name: "Belgrade"}}},
		{"Are they spies? Police said no. The Victoria Station queue was long.",
			[]expect{{typ: Place, name: "Åre", absent: true}, {typ: Place, name: "Police", absent: true}, {typ: Place, name: "Victoria", absent: true}}},
		{"Male conscripts were called up. Nice words changed nothing. Paris Hilton was not there.",
			[]expect{{typ: Place, name: "Male", absent: true}, {typ: Place, name: "Nice", absent: true}, {typ: Place, name: "Paris", absent: true}}},
		{"A poster in St. Petersburg, Russia, urged men to sign up. The West did little.",
			[]expect{{typ: Place, name: "Saint Petersburg", key: "place/saint-petersburg-ru", alias: "St. Petersburg"},
				{typ: Place, name: "West", absent: true}}},
		{"He fled from Kiev to Cologne.",
			[]expect{{typ: Place, name: "Kyiv", key: "place/kyiv-ua", alias: "Kiev"}, {typ: Place, name: "Köln", key: "place/koln-de", alias: "Cologne"}}},
		{"Many Europeans welcomed them in Europe.",
			[]expect{{typ: Place, name: "Europe", alias: "Europeans"}}},
	})
}
