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
		// a capital that acts as its state is the country; one named as a
		// place stays the city
		{"Armenia held him on Moscow's warrant. Moscow announced the call-up, and the man was wanted by Moscow.",
			[]expect{{typ: Country, name: "Russia", alias: "Moscow"}, {typ: Place, name: "Moscow", absent: true}}},
		{"Months after Moscow sent its troops in, Kyrgyzstan, a member of the Moscow-led alliance, stayed bound to Moscow by treaties.",
			[]expect{{typ: Country, name: "Russia", alias: "Moscow"}, {typ: Place, name: "Moscow", absent: true}}},
		{"The Moscow-Belgrade flight was full.",
			[]expect{{typ: Place, name: "Moscow"}, {typ: Country, name: "Russia", absent: true}}},
		{"In December Helsinki closed the last crossings.",
			[]expect{{typ: Country, name: "Finland", alias: "Helsinki"}, {typ: Place, name: "Helsinki", absent: true}}},
		{"He flew from Moscow to Yerevan. A court in Astana ordered his release. Brussels said nothing.",
			[]expect{{typ: Place, name: "Moscow"}, {typ: Place, name: "Astana"}, {typ: Country, name: "Belgium", absent: true}}},
		{"Only a few hundred Russians won protection in the US last year.",
			[]expect{{typ: Country, name: "Russia", key: "country/ru", alias: "Russians"}, {typ: Country, name: "United States", alias: "US"}}},
		{"Spanish police said the man was American.",
			[]expect{{typ: Country, name: "Spain", alias: "Spanish"}, {typ: Country, name: "United States", alias: "American"}}},
		{"They lived in former Soviet states such as Kazakhstan.",
			[]expect{{typ: Country, name: "Soviet Union", key: "country/su"}, {typ: Country, name: "Kazakhstan"}}},
		{"Protesters waved anti-Russian flags at the Armenia-Georgia frontier post.",
			[]expect{{typ: Country, name: "Armenia"}, {typ: Country, name: "Georgia"}, {typ: Country, name: "Russia"},
				{typ: Place, name: "Armenia-Georgia", absent: true}}},
		{"Let us go.", []expect{{typ: Country, name: "United States", absent: true}}},
		// a country the text calls only by another full name is named so;
		// abbreviations and a region's word are not
		// a sentence's capital "The" is no part of the name the text uses
		{"He flew to Mexico. The United States did not comment.",
			[]expect{{typ: Country, name: "United States", key: "country/us", exact: true}}},
		{"He flew on to Türkiye, and Türkiye's police let him stay.",
			[]expect{{typ: Country, name: "Türkiye", key: "country/tr", exact: true}}},
		{"Some went to America, most to the US.",
			[]expect{{typ: Country, name: "United States", alias: "America", exact: true}}},
		{"Turkey, which the government now calls Türkiye, let him stay.",
			[]expect{{typ: Country, name: "Turkey", alias: "Türkiye", exact: true}}},
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
		{"The court in the Republic of Mari El sat; she is from Yurino, the capital of Chuvashia; they left after crossing at Verkhny Lars. The Republic of Moldova refused.",
			[]expect{{typ: Place, name: "Republic of Mari El"}, {typ: Place, name: "Chuvashia"}, {typ: Place, name: "Verkhny Lars"},
				{typ: Place, name: "Republic of Moldova", absent: true}}},
		{"Guards turned back 30 people at the Terespol road crossing and 9 at the Terespol rail crossing.",
			[]expect{{typ: Place, name: "Terespol road crossing"}, {typ: Place, name: "Terespol rail crossing"}}},
		{"He was killed near Verkhozerne in Ukraine's Kherson region; his friend grew up in Krutoyarovka in the Kursk region.",
			[]expect{{typ: Place, name: "Verkhozerne"}, {typ: Place, name: "Krutoyarovka"}}},
		// a country after a comma that owns what follows is not the town's
		{"He was stopped boarding a flight to Dubai, Armenia's Interior Ministry said. He had lived in Gyumri, Armenia.",
			[]expect{{typ: Place, name: "Dubai", key: "place/dubai-ae"}, {typ: Place, name: "Gyumri", key: "place/gyumri-am"}}},
		// a town of a country the text names, whatever its rank elsewhere ("Chita" beside Russia)
		{"He was tried by the garrison military court in Chita, in Russia's far east.",
			[]expect{{typ: Place, name: "Chita", key: "place/chita-ru"}}},
		// a region's demonym of two words; no town called "Central"
		{"At least 14 deserters were detained in Central Asian states. Asian and European rules differ.",
			[]expect{{typ: Place, name: "Central Asia", alias: "Central Asian"}, {typ: Place, name: "Central", absent: true},
				{typ: Place, name: "Asia", alias: "Asian"}, {typ: Place, name: "Europe", alias: "European"}}},
		// a city of four words; cities news names by an English form
		{"He took a bus to Mexico City, then flew on to Kuwait City. Mexico has not answered.",
			[]expect{{typ: Place, name: "Mexico City", key: "place/mexico-city-mx"}, {typ: Place, name: "Kuwait City", key: "place/kuwait-city-kw"},
				{typ: Country, name: "Mexico"}, {typ: Country, name: "Kuwait", absent: true}}},
		{"In May he flew to Ho Chi Minh City and later to Pattaya. The Russian Consulate General in Ho Chi Minh City said nothing.",
			[]expect{{typ: Place, name: "Ho Chi Minh City", key: "place/ho-chi-minh-city-vn"}, {typ: Place, name: "Ho", absent: true},
				{typ: Place, name: "Pattaya", key: "place/pattaya-th"}, {typ: Organization, name: "Russian Consulate General in Ho Chi Minh City"}}},
		{"She left Tallinn for Yerevan in March; the Office for Riga Affairs stayed.",
			[]expect{{typ: Place, name: "Tallinn"}, {typ: Place, name: "Yerevan"}, {typ: Place, name: "Riga", absent: true}}},
		{"A few landed at Lisbon's Portela airport with tourist visas.",
			[]expect{{typ: Place, name: "Lisbon", key: "place/lisbon-pt"}, {typ: Place, name: "Portela airport", key: "place/portela-airport-pt"}}},
		// a listed airport named otherwise lies in its listed country
		{"He was held at Zvartnots International Airport, then at Vnukovo airport.",
			[]expect{{typ: Place, name: "Zvartnots International Airport", key: "place/zvartnots-international-airport-am"},
				{typ: Place, name: "Vnukovo airport", key: "place/vnukovo-airport-ru"}}},
		// an airport named after a major city lies in that city's country
		{"Most applied for asylum at Helsinki Airport on arrival.",
			[]expect{{typ: Place, name: "Helsinki Airport", key: "place/helsinki-airport-fi"}}},
		// … also when more words follow the city's name
		{"She flew on from Oslo Gardermoen Airport the next day.",
			[]expect{{typ: Place, name: "Oslo Gardermoen Airport", key: "place/oslo-gardermoen-airport-no"}}},
		// "A and B airports": each town is a place
		{"Police turned back 40 men at Larnaca and Paphos airports.",
			[]expect{{typ: Place, name: "Larnaca", key: "place/larnaca-cy"}, {typ: Place, name: "Paphos", key: "place/paphos-cy"}}},
		{"He was found dead in his flat in Valladolid, Spain.",
			[]expect{{typ: Place, name: "Valladolid", key: "place/valladolid-es"}}},
		{"Trucks waited at the border crossing at Sarpi, Georgia, overnight.",
			[]expect{{typ: Place, name: "Sarpi", key: "place/sarpi-ge"}}},
		{"Guards at the Vaalimaa and Nuijamaa border crossings turned them back.",
			[]expect{{typ: Place, name: "Vaalimaa"}, {typ: Place, name: "Nuijamaa"}}},
		{"Four were taken to the Harku detention centre near Tallinn, Estonia.",
			[]expect{{typ: Place, name: "Harku", alias: "Harku detention centre"}}},
		// a site named by its town keeps the town's name, its full form an alias
		{"Two men were held at the Mashtakovo checkpoint in Russia.",
			[]expect{{typ: Place, name: "Mashtakovo", alias: "Mashtakovo checkpoint", exact: true}}},
		{"NARVA, Estonia (AP) — The queue grew overnight.",
			[]expect{{typ: Place, name: "Narva", key: "place/narva-ee", alias: ""}}},
		{"His family stayed in Irpin, outside Kyiv, in Ukraine.",
			[]expect{{typ: Place, name: "Irpin", key: "place/irpin-ua"}, {typ: Place, name: "Kyiv", key: "place/kyiv-ua"}}},
		{"Our Moscow-Belgrade plane was full.",
			[]expect{{typ: Place, name: "Moscow"}, {typ: Place, name: "Belgrade"}}},
		{"Are they spies? Police said no. The Victoria Station queue was long.",
			[]expect{{typ: Place, name: "Åre", absent: true}, {typ: Place, name: "Police", absent: true}, {typ: Place, name: "Victoria", absent: true}}},
		{"Male conscripts were called up. Nice words changed nothing. Paris Hilton was not there.",
			[]expect{{typ: Place, name: "Male", absent: true}, {typ: Place, name: "Nice", absent: true}, {typ: Place, name: "Paris", absent: true}}},
		{"A poster in St. Petersburg, Russia, urged men to sign up. The West did little.",
			[]expect{{typ: Place, name: "St. Petersburg", key: "place/saint-petersburg-ru"},
				{typ: Place, name: "Saint Petersburg", absent: true}, // the text's spelling names it
				{typ: Place, name: "West", absent: true}}},
		// a given name after a kin noun is no town; Russian republics by their English names
		{"He showed a picture of his daughter Vera. His mother came from Tatarstan, his father from North Ossetia.",
			[]expect{{typ: Place, name: "Vera", absent: true}, {typ: Place, name: "Tatarstan"}, {typ: Place, name: "North Ossetia"}}},
		// a hyphenated town the gazetteer knows is one place, not its parts
		{"The soldier was caught in Yoshkar-Ola in May.",
			[]expect{{typ: Place, name: "Yoshkar-Ola"}, {typ: Place, name: "Ola", absent: true}}},
		{"He fled from Kiev to Cologne.",
			[]expect{{typ: Place, name: "Kiev", key: "place/kyiv-ua"}, {typ: Place, name: "Cologne", key: "place/koln-de"},
				{typ: Place, name: "Köln", absent: true}}},
		{"Many Europeans welcomed them in Europe.",
			[]expect{{typ: Place, name: "Europe", alias: "Europeans"}}},
	})
}

// A crossing named before its noun and the same name alone elsewhere are
// one place when the gazetteer puts every reading of the name in one country.
func TestCrossingIsTheGazetteerPlace(t *testing.T) {
	doc := Analyze("The Vaalimaa and Nuijamaa crossings were shut. Vaalimaa was the busiest.", zeroTime)
	n := 0
	for _, e := range doc.Entities {
		if e.Type == Place && e.Name == "Vaalimaa" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one place Vaalimaa, got %d: %+v", n, doc.Entities)
	}
}
