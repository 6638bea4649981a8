package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/pariz/gountries"
)

//go:embed data/countries.tsv
var countriesTSV []byte

// Country is a sovereign (or historical) state.
type Country struct {
	ISO2     string // ISO 3166-1 alpha-2, upper case ("RU"); ISO 3166-3 style for historical states ("SU")
	ISO3     string // alpha-3 when it has one
	Name     string // common English name ("Russia")
	Official string // official name ("Russian Federation")
	Wikidata string // "Q159"
	Capital  string
	// Names are every other name it goes by ("USA", "Britain").
	Names []string
	// Demonyms are its adjectives and inhabitant nouns, singular and plural
	// ("Russian", "Russians").
	Demonyms []string
	// BorderCodes are the ISO2 codes of the countries it has a land border with.
	BorderCodes []string
	Historical  bool
	// Subregion is the UN geoscheme subregion ("Eastern Europe").
	Subregion string
}

type countryIndex struct {
	all     []*Country
	byCode  map[string]*Country
	byName  map[string]*Country
	byDemo  map[string]*Country
	regions map[string]Place // subdivisions by Norm(name)
	loadErr error
}

var (
	countriesOnce sync.Once
	countries     countryIndex
)

func loadCountries() *countryIndex {
	countriesOnce.Do(func() {
		countries = buildCountries()
	})
	return &countries
}

func buildCountries() countryIndex {
	ix := countryIndex{
		byCode:  map[string]*Country{},
		byName:  map[string]*Country{},
		byDemo:  map[string]*Country{},
		regions: map[string]Place{},
	}
	q := gountries.New()
	alpha3 := map[string]string{}
	for _, gc := range q.FindAllCountries() {
		alpha3[gc.Alpha3] = gc.Alpha2
	}
	for _, gc := range q.FindAllCountries() {
		c := &Country{
			ISO2: gc.Alpha2, ISO3: gc.Alpha3, Name: gc.Name.Common, Official: gc.Name.Official,
			Capital: gc.Capital, Subregion: gc.SubRegion,
		}
		for _, b := range gc.Borders {
			if a2, ok := alpha3[b]; ok {
				c.BorderCodes = append(c.BorderCodes, a2)
			}
		}
		sort.Strings(c.BorderCodes)
		ix.byCode[c.ISO2] = c
		for _, sd := range gc.SubDivisions() {
			for _, n := range append([]string{sd.Name}, sd.Names...) {
				if i := strings.IndexAny(n, "[("); i > 0 {
					n = strings.TrimSpace(n[:i]) // "Stueng Traeng [Stœ̆ng Trêng]"
				}
				k := Norm(n)
				if len(k) < 4 || plainRegionWords[k] {
					continue // "St", "West": not safe to find in text
				}
				if _, dup := ix.regions[k]; !dup {
					// named as looked up: "Crimea", not "Respublika Krym"
					ix.regions[k] = Place{Name: n, Country: c.ISO2, Region: sd.Name, Kind: "region"}
				}
			}
		}
	}
	if err := applyCountryTable(ix.byCode, countriesTSV); err != nil {
		ix.loadErr = err
	}
	for _, c := range ix.byCode {
		ix.all = append(ix.all, c)
	}
	sort.Slice(ix.all, func(i, j int) bool { return ix.all[i].ISO2 < ix.all[j].ISO2 })
	// Names: common, official, table names. Earlier (sorted) countries do not
	// lose a name to later ones, except that a country's own common name wins.
	for _, c := range ix.all {
		ix.byName[Norm(c.Name)] = c
	}
	for _, c := range ix.all {
		for _, n := range append([]string{c.Official}, c.Names...) {
			if k := Norm(n); k != "" {
				if _, taken := ix.byName[k]; !taken {
					ix.byName[k] = c
				}
			}
		}
		for _, d := range c.Demonyms {
			if k := Norm(d); k != "" {
				ix.byDemo[k] = c
			}
		}
	}
	return ix
}

// plainRegionWords are subdivision names that are ordinary English words
// ("the West" is no region of Cameroon in news about Europe).
var plainRegionWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "centre": true,
	"center": true, "central": true, "capital": true, "coast": true, "border": true, "islands": true,
	"lakes": true, "mountains": true, "plateau": true, "river": true, "highlands": true, "lowlands": true,
	"littoral": true, "northern": true, "southern": true, "eastern": true, "western": true, "upper": true,
	"lower": true, "middle": true, "national": true, "federal": true, "north east": true, "north west": true,
	"south east": true, "south west": true, "far north": true, "city": true, "interior": true}

// applyCountryTable merges the embedded TSV (Wikidata ids, demonyms, short
// and historical names) into the gountries records.
func applyCountryTable(byCode map[string]*Country, data []byte) error {
	return eachRecord(bytes.NewReader(data), "countries.tsv", func(_ int, f []string) error {
		for len(f) < 5 {
			f = append(f, "")
		}
		if len(f[0]) != 2 {
			return fmt.Errorf("bad code %q", f[0])
		}
		c := byCode[f[0]]
		if c == nil {
			c = &Country{ISO2: f[0], Historical: true}
			byCode[f[0]] = c
		}
		c.Wikidata = f[1]
		if f[2] != "-" && f[2] != "" {
			if c.Name != "" && c.Name != f[2] {
				c.Names = append(c.Names, c.Name)
			}
			c.Name = f[2]
		}
		c.Demonyms = splitList(f[3])
		c.Names = append(c.Names, splitList(f[4])...)
		return nil
	})
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Countries returns every country, in ISO code order.
func Countries() []*Country { return loadCountries().all }

// CountryByCode finds a country by its ISO 3166 alpha-2 code (any case).
func CountryByCode(iso2 string) (*Country, bool) {
	c, ok := loadCountries().byCode[strings.ToUpper(iso2)]
	return c, ok
}

// CountryByName finds a country by a common, official or short name
// ("Russia", "Russian Federation", "the US", "Britain").
func CountryByName(name string) (*Country, bool) {
	var b [48]byte
	c, ok := loadCountries().byName[string(appendNorm(b[:0], name))]
	return c, ok
}

// CountryByDemonym finds the country an adjective or inhabitant noun refers
// to ("Spanish", "Russians", "Soviet").
func CountryByDemonym(word string) (*Country, bool) {
	var b [48]byte
	c, ok := loadCountries().byDemo[string(appendNorm(b[:0], word))]
	return c, ok
}

// Borders tells whether two countries (ISO2 codes) share a land border.
func Borders(a, b string) bool {
	c, ok := CountryByCode(a)
	if !ok {
		return false
	}
	b = strings.ToUpper(b)
	for _, x := range c.BorderCodes {
		if x == b {
			return true
		}
	}
	return false
}

// RegionByName finds a first-level subdivision (oblast, province, state) by
// name ("Kaliningrad Oblast", "Catalonia").
func RegionByName(name string) (Place, bool) {
	var b [48]byte
	p, ok := loadCountries().regions[string(appendNorm(b[:0], name))]
	return p, ok
}

// DataError reports a problem in the embedded data, nil when it loaded cleanly.
func DataError() error {
	if err := loadCountries().loadErr; err != nil {
		return err
	}
	if err := loadOrgs().loadErr; err != nil {
		return err
	}
	if _, err := LexiconData(); err != nil {
		return err
	}
	if err := loadPlaces().err; err != nil {
		return err
	}
	if loadAirports(); airports.err != nil {
		return airports.err
	}
	loadVariants()
	return variantsErr
}
