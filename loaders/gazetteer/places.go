package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:embed data/places.tsv.gz
var placesGz []byte

//go:embed data/place_aliases.tsv
var placeAliasesTSV []byte

//go:embed data/crossings.tsv
var crossingsTSV []byte

// Place is a populated place, region or site below country level.
type Place struct {
	Name    string
	Country string // ISO2 code of its country, "" when unknown
	Region  string // first-level division, when known
	Kind    string // "city" (GeoNames), "region" (gountries subdivision), "crossing" (crossings.tsv)
	// Rank orders importance: 1 national capital, 2 seat of an
	// administrative division, 3 other place. Regions have rank 2.
	Rank int
}

type placeIndex struct {
	byName map[string][]Place
	// divisions: the first-level divisions the places file names in
	// English ("Lower Saxony", "Saxony") where gountries gives only the
	// local name ("Niedersachsen"), by Norm(name); see divisionsOf.
	divisions map[string]Place
	err       error
}

var (
	placesOnce sync.Once
	places     placeIndex
)

func loadPlaces() *placeIndex {
	placesOnce.Do(func() {
		places.byName, places.err = parsePlaces(placesGz)
		if places.err == nil {
			places.err = applyPlaceAliases(places.byName, placeAliasesTSV)
		}
		if places.err == nil {
			places.err = addCrossings(places.byName, crossingsTSV)
		}
		places.divisions = divisionsOf(places.byName)
	})
	return &places
}

func parsePlaces(gz []byte) (map[string][]Place, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return map[string][]Place{}, fmt.Errorf("places.tsv.gz: %w", err)
	}
	byName := make(map[string][]Place, 64000)
	err = eachRecord(zr, "places.tsv.gz", func(_ int, f []string) error {
		rank, ok := rankField(f[len(f)-1])
		if len(f) != 4 || !ok {
			return fmt.Errorf("want name, iso2, region, rank")
		}
		p := Place{Name: f[0], Country: f[1], Region: f[2], Kind: "city", Rank: rank}
		k := Norm(p.Name)
		byName[k] = append(byName[k], p)
		// Russian adjectives are spelt -iy and -y: "Nizhniy"/"Nizhny"
		if alt := strings.ReplaceAll(k, "iy", "y"); alt != k {
			byName[alt] = append(byName[alt], p)
		}
		return nil
	})
	for _, ps := range byName {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].Rank < ps[j].Rank })
	}
	return byName, err
}

// PlacesByName returns the places called name, most important first
// (capitals, then seats of divisions, then the rest), followed by a region of
// that name if there is one. It returns nil for unknown names.
func PlacesByName(name string) []Place {
	var b [48]byte
	k := appendNorm(b[:0], name)
	ps := loadPlaces().byName[string(k)]
	if ps == nil && len(k) > 3 && string(k[:3]) == "st " {
		// "St. Petersburg" is listed as "Saint Petersburg"
		var b2 [56]byte
		k2 := append(append(b2[:0], "saint"...), k[2:]...)
		ps = loadPlaces().byName[string(k2)]
	}
	r, ok := loadCountries().regions[string(k)]
	if !ok && ps == nil {
		r, ok = loadPlaces().divisions[string(k)]
	}
	if ok {
		r.Rank = 2
		out := make([]Place, 0, len(ps)+1)
		out = append(out, ps...)
		return append(out, r)
	}
	return ps
}

// genericDivision: a division name (normalised) made only of plain words
// and region nouns ("Eastern Region", "Federal District").
func genericDivision(k string, lex *Lexicon) bool {
	for _, w := range strings.Fields(k) {
		if !plainRegionWords[w] && !lex.RegionNouns[w] {
			return false
		}
	}
	return true
}

// divisionsOf collects the first-level divisions the places name, as
// regions. A name safe to look for in text is kept: one no place bears, of
// one country only ("Central" is a division of many), no country's name and
// no plain word.
func divisionsOf(byName map[string][]Place) map[string]Place {
	seen := map[string]Place{}
	shared := map[string]bool{}
	for _, ps := range byName {
		for _, p := range ps {
			if p.Kind != "city" || p.Region == "" || strings.ContainsAny(p.Region, "([") {
				continue
			}
			k := Norm(p.Region)
			if q, ok := seen[k]; ok && q.Country != p.Country {
				shared[k] = true
			}
			seen[k] = Place{Name: p.Region, Country: p.Country, Region: p.Region, Kind: "region"}
		}
	}
	lex, _ := LexiconData()
	out := make(map[string]Place, len(seen))
	for k, p := range seen {
		if shared[k] || len(k) < 4 || plainRegionWords[k] || byName[k] != nil {
			continue
		}
		if _, isCountry := CountryByName(p.Name); isCountry || lex != nil && (lex.FirstNames[p.Name] || lex.FemaleNames[p.Name] || genericDivision(k, lex)) {
			continue // "Diana" (Madagascar) is a woman; "Eastern Region" is no name
		}
		out[k] = p
	}
	return out
}

// addCrossings indexes border crossings under their names, as places of
// the country they lie in, ranked with seats: news names them alone ("the
// queues at Vaalimaa").
func addCrossings(byName map[string][]Place, data []byte) error {
	return eachRecord(bytes.NewReader(data), "crossings.tsv", func(_ int, f []string) error {
		if len(f) != 3 || f[0] == "" || len(f[1]) != 2 {
			return fmt.Errorf("want name, iso2, other names")
		}
		p := Place{Name: f[0], Country: f[1], Kind: "crossing", Rank: 2}
		if f[1] == "--" {
			p.Country = "" // named for both sides: the text tells which one a story means
		}
		for _, n := range recordNames(f[0], f[2]) {
			k := Norm(n)
			ps := append(byName[k], p)
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].Rank < ps[j].Rank })
			byName[k] = ps
		}
		return nil
	})
}

// applyPlaceAliases indexes exonyms and other spellings ("Kiev", "Cologne")
// under the GeoNames place they mean, and raises that place's rank to the
// table's.
func applyPlaceAliases(byName map[string][]Place, data []byte) error {
	return eachRecord(bytes.NewReader(data), "place_aliases.tsv", func(_ int, f []string) error {
		rank, ok := rankField(f[len(f)-1])
		if len(f) != 4 || !ok {
			return fmt.Errorf("want form, name, iso2, rank")
		}
		target := Place{Name: f[1], Country: f[2], Kind: "city", Rank: rank}
		for _, p := range byName[Norm(f[1])] {
			if p.Country == f[2] {
				target.Region = p.Region
				break
			}
		}
		for _, k := range []string{Norm(f[0]), Norm(f[1])} {
			ps := byName[k]
			listed := -1
			for i := range ps {
				if ps[i].Country == f[2] && Norm(ps[i].Name) == Norm(f[1]) {
					ps[i].Rank = min(ps[i].Rank, rank)
					listed = i
				}
			}
			if listed < 0 {
				ps = append(ps, target)
				listed = len(ps) - 1
			}
			// the table's city goes first among places of its rank: it is
			// the one news means ("Hanover" is Hannover, not the town in
			// Virginia, even where the story names both countries)
			ps[0], ps[listed] = ps[listed], ps[0]
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].Rank < ps[j].Rank })
			byName[k] = ps
		}
		return nil
	})
}
