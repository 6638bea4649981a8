// Command genplaces writes loaders/gazetteer/data/places.tsv.gz, the trimmed
// place gazetteer newsgraph embeds, from the GeoNames extract shipped in
// github.com/ringsaturn/go-cities.json (GeoNames, CC-BY 3.0: populated
// places of more than 1,000 people or seats of administrative divisions).
//
// GeoNames there carries no population, so importance is approximated by
// rank:
//
//	1  national capital (gountries)
//	2  seat of an administrative division: the place shares its name with
//	   its first- or second-level division ("Valencia" in the Provincia de
//	   Valencia, "Kaliningrad" in Kaliningrad Oblast)
//	3  any other place, kept only in the countries news about Russia's war
//	   and its emigrants mostly names: Europe, the former Soviet Union,
//	   Western and Central Asia
//
// Places of rank 3 are matched in text only with a place cue (see the
// extract package). Output lines are name, ISO2 code, first-level division
// name and rank, tab-separated, sorted.
//
// Run with `go generate ./loaders/gazetteer` (a few seconds).
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mozillazg/go-unidecode"
	"github.com/pariz/gountries"
	gocities "github.com/ringsaturn/go-cities.json"
)

func main() {
	out := flag.String("o", "data/places.tsv.gz", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genplaces:", err)
		os.Exit(1)
	}
}

type admin struct{ Code, Name string }

func readAdmin(dir, file string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "upstream", file))
	if err != nil {
		return nil, err
	}
	var rows []admin
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		m[r.Code] = r.Name
	}
	return m, nil
}

func moduleDir() (string, error) {
	b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ringsaturn/go-cities.json").Output()
	if err != nil {
		return "", fmt.Errorf("locating go-cities.json: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// focus reports whether all places of a country are kept.
func focus(c gountries.Country) bool {
	switch {
	case c.Region == "Europe":
		return true
	case c.SubRegion == "Western Asia" || c.SubRegion == "Central Asia":
		return true
	}
	return false
}

// capitalSpelling maps capitals gountries spells the old way to the
// spelling GeoNames and current news use.
var capitalSpelling = map[string]string{"Kiev": "Kyiv"}

// fold is the comparison form of a name: ASCII, lower case, letters and
// digits only, words separated by one space.
func fold(s string) string {
	s = strings.ToLower(unidecode.Unidecode(s))
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i, w := range words {
		if w == "st" || w == "sankt" || w == "sainte" {
			words[i] = "saint" // "St.-Petersburg" names the division of Saint Petersburg
		}
	}
	return strings.Join(words, " ")
}

// seat reports whether a place names the division it lies in.
func seat(name, div string) bool {
	n, d := fold(name), fold(div)
	if n == "" || d == "" {
		return false
	}
	if n == d || strings.Contains(" "+d+" ", " "+n+" ") {
		return true
	}
	// "Kaliningrad" / "Kaliningradskiy Gorodskoy Okrug", "Tbilisi" / "T'bilisi":
	// same stem.
	nd := strings.ReplaceAll(n, " ", "")
	dd := strings.ReplaceAll(d, " ", "")
	return len(nd) >= 5 && strings.HasPrefix(dd, nd)
}

func run(out string) error {
	dir, err := moduleDir()
	if err != nil {
		return err
	}
	a1, err := readAdmin(dir, "admin1.json")
	if err != nil {
		return err
	}
	a2, err := readAdmin(dir, "admin2.json")
	if err != nil {
		return err
	}
	q := gountries.New()
	all := q.FindAllCountries()
	byA2 := map[string]gountries.Country{}
	for _, c := range all {
		byA2[c.Alpha2] = c
	}
	type row struct {
		name, cc, region string
		rank             int
	}
	best := map[string]row{} // name|cc → best-ranked row
	for _, c := range gocities.Cities {
		gc, known := byA2[c.Country]
		r1 := a1[c.Country+"."+c.Admin1]
		r2 := a2[c.Country+"."+c.Admin1+"."+c.Admin2]
		rank := 3
		switch {
		case known && (fold(gc.Capital) == fold(c.Name) || capitalSpelling[gc.Capital] == c.Name):
			rank = 1
		case seat(c.Name, r1) || seat(c.Name, r2):
			rank = 2
		case !known || !focus(gc):
			continue
		}
		k := c.Name + "|" + c.Country
		if old, ok := best[k]; ok && old.rank <= rank {
			continue
		}
		best[k] = row{c.Name, c.Country, r1, rank}
	}
	rows := make([]row, 0, len(best))
	for _, r := range best {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].name != rows[j].name {
			return rows[i].name < rows[j].name
		}
		return rows[i].cc < rows[j].cc
	})
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Places from GeoNames (www.geonames.org, CC-BY 3.0) via github.com/ringsaturn/go-cities.json v0.5.4, trimmed by cmd genplaces.")
	fmt.Fprintln(w, "# name\tiso2\tfirst-level division\trank (1 capital, 2 division seat, 3 other)")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\n", r.name, r.cc, r.region, r.rank)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
