package gazetteer

import (
	_ "embed"
	"sync"
)

//go:embed data/airports.tsv
var airportsTSV []byte

// Airport is an airport news names by a name other than its city's
// ("Schiphol", "Zvartnots"), with the country it lies in and the city it
// serves (airports.tsv).
type Airport struct {
	Name    string
	Country string // ISO 3166-1 alpha-2
	City    string
}

var airports struct {
	once   sync.Once
	byName map[string]Airport
	err    error
}

func loadAirports() {
	airports.once.Do(func() {
		airports.byName, airports.err = parseAirports(airportsTSV)
	})
}

// AirportByName finds a listed airport by the name written before
// "airport" ("Sheremetyevo", "Charles de Gaulle", "Zvartnots
// International") or another name of it ("Roissy").
func AirportByName(name string) (Airport, bool) {
	loadAirports()
	if airports.err != nil {
		panic(airports.err) // embedded data, checked by the tests
	}
	a, ok := airports.byName[Norm(name)]
	return a, ok
}

func parseAirports(data []byte) (map[string]Airport, error) {
	return parseNamedTable(data, "airports.tsv", "want name, iso2, city, other names", func(f []string) Airport {
		return Airport{Name: f[0], Country: f[1], City: f[2]}
	})
}
