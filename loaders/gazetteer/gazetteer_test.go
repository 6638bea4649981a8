package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDataLoads(t *testing.T) {
	if err := DataError(); err != nil {
		t.Fatal(err)
	}
	if _, err := LexiconData(); err != nil {
		t.Fatal(err)
	}
	if len(Countries()) < 240 {
		t.Fatalf("only %d countries", len(Countries()))
	}
}

func TestNormAndSlug(t *testing.T) {
	for _, c := range []struct{ in, norm, slug string }{
		{"The European Union", "european union", "european-union"},
		{"Latvia's interior ministry", "latvia interior ministry", "latvia-interior-ministry"},
		{"Édgars Rinkēvičs", "edgars rinkevics", "edgars-rinkevics"},
		{"Владимир Путин", "vladimir putin", "vladimir-putin"},
		{"  AP Photo/Name ", "ap photo name", "ap-photo-name"},
	} {
		if got := Norm(c.in); got != c.norm {
			t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.norm)
		}
		if got := Slug(c.in); got != c.slug {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.slug)
		}
	}
	if got := PlaceKey("Valencia", "ES"); got != "place/valencia-es" {
		t.Errorf("PlaceKey = %q", got)
	}
	if got := CountryKey("RU"); got != "country/ru" {
		t.Errorf("CountryKey = %q", got)
	}
}

func TestCountryLookups(t *testing.T) {
	for _, c := range []struct {
		how, in, iso, wikidata string
	}{
		{"name", "Russia", "RU", "Q159"},
		{"name", "Russian Federation", "RU", "Q159"},
		{"name", "the US", "US", "Q30"},
		{"name", "United States of America", "US", "Q30"},
		{"name", "Britain", "GB", "Q145"},
		{"name", "Soviet Union", "SU", "Q15180"},
		{"name", "South Korea", "KR", "Q884"},
		{"demonym", "Spanish", "ES", "Q29"},
		{"demonym", "Russians", "RU", "Q159"},
		{"demonym", "Lithuanian", "LT", "Q37"},
		{"demonym", "American", "US", "Q30"},
		{"demonym", "Soviet", "SU", "Q15180"},
		{"code", "ge", "GE", "Q230"},
	} {
		var got *Country
		var ok bool
		switch c.how {
		case "name":
			got, ok = CountryByName(c.in)
		case "demonym":
			got, ok = CountryByDemonym(c.in)
		default:
			got, ok = CountryByCode(c.in)
		}
		if !ok || got.ISO2 != c.iso || got.Wikidata != c.wikidata {
			t.Errorf("%s %q = %+v, %v; want %s %s", c.how, c.in, got, ok, c.iso, c.wikidata)
		}
	}
	if _, ok := CountryByName("Moscow"); ok {
		t.Error("Moscow is no country")
	}
	if _, ok := CountryByDemonym("Monday"); ok {
		t.Error("Monday is no demonym")
	}
}

func TestBorders(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"EE", "RU", true}, {"RU", "GE", true}, {"lt", "ru", true}, {"ES", "RU", false}, {"FR", "KZ", false},
	} {
		if got := Borders(c.a, c.b); got != c.want {
			t.Errorf("Borders(%s,%s) = %v", c.a, c.b, got)
		}
	}
}

func TestPlaces(t *testing.T) {
	for _, c := range []struct {
		name, iso string
		rank      int
	}{
		{"Madrid", "ES", 1}, {"Kyiv", "UA", 1}, {"Moscow", "RU", 1}, {"Kaliningrad", "RU", 2},
		{"Tbilisi", "GE", 1}, {"Avtovo", "RU", 3}, {"Narva", "EE", 2},
		{"Kiev", "UA", 1}, {"Cologne", "DE", 2}, {"Lyon", "FR", 2}, {"Zaporizhzhia", "UA", 2},
		{"Hanover", "DE", 2}, {"Nuremberg", "DE", 2}, {"Gothenburg", "SE", 2}, // English exonyms (place_aliases.tsv)
		// border crossings (crossings.tsv), by name and by another spelling
		{"Storskog", "NO", 2}, {"Raja Jooseppi", "FI", 2}, {"Nuijamaa", "FI", 2}, {"Torfianovka", "RU", 2},
		{"Sagarchin", "RU", 2}, {"Zhaisan", "KZ", 2}, {"Salla", "FI", 2}, // each side of one crossing is its own country's
		{"Upper Lars", "", 2}, {"Verkhny Lars", "", 2}, // a crossing named for both sides is no one country's
		{"Tatarstan", "RU", 2}, {"North Ossetia", "RU", 2}, {"South Karelia", "FI", 2}, // regions by English names (place_aliases.tsv)
		{"Yekaterinburg", "RU", 2}, {"Chita", "RU", 2}, {"Grozny", "RU", 2}, {"Ho Chi Minh City", "VN", 2}, // regional centres and cities the extract lacks or ranks low
	} {
		ps := PlacesByName(c.name)
		found := false
		for _, p := range ps {
			if p.Country == c.iso && p.Rank == c.rank {
				found = true
			}
		}
		if !found {
			t.Errorf("PlacesByName(%q) = %+v, want %s rank %d", c.name, ps, c.iso, c.rank)
		}
	}
	// a city the alias table lists comes first among places of its rank
	for _, c := range []struct{ name, iso string }{{"Hanover", "DE"}, {"Chita", "RU"}, {"Sacramento", "US"}, {"San Diego", "US"}} {
		if ps := PlacesByName(c.name); len(ps) == 0 || ps[0].Country != c.iso {
			t.Errorf("PlacesByName(%q) = %+v, want %s first", c.name, ps, c.iso)
		}
	}
	if ps := PlacesByName("Qwertyville"); ps != nil {
		t.Errorf("unknown place found: %+v", ps)
	}
}

// First-level divisions the places file names in English are regions,
// unless the name is generic, a woman's name or shared by several countries.
func TestDivisionsAsRegions(t *testing.T) {
	for _, c := range []struct {
		name, iso string
		region    bool
	}{
		{"Lower Saxony", "DE", true}, {"Saxony", "DE", true}, {"Castille and León", "ES", true},
		{"Eastern Region", "", false}, {"Federal District", "", false}, {"Diana", "", false}, {"Michael", "", false},
	} {
		ps := PlacesByName(c.name)
		got := len(ps) > 0 && ps[len(ps)-1].Kind == "region" && (ps[len(ps)-1].Country == c.iso || !c.region)
		if got != c.region {
			t.Errorf("PlacesByName(%q) = %+v, want region of %q: %v", c.name, ps, c.iso, c.region)
		}
	}
}

func TestOrgAliases(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"EU", "European Union"}, {"the Kremlin", "Kremlin"}, {"AP", "Associated Press"},
		{"EU Commission", "European Commission"}, {"UN refugee agency", "UNHCR"}, {"Nato", "NATO"},
		{"Seimas", "Seimas"}, {"Stortinget", "Storting"}, {"OVD Info", "OVD-Info"},
		{"F.S.B.", "FSB"}, {"U.N.", "United Nations"}, {"U.N. refugee agency", "UNHCR"}, {"Rosstat", "Rosstat"}, {"CSU", "Christian Social Union"},
	} {
		o, ok := OrgByName(c.in)
		if !ok || o.Name != c.want {
			t.Errorf("OrgByName(%q) = %v, %v; want %s", c.in, o, ok, c.want)
		}
	}
	if o, ok := OrgByContextualName("the bloc"); !ok || o.Name != "European Union" {
		t.Errorf("the bloc = %v %v", o, ok)
	}
	if _, ok := OrgByName("the bloc"); ok {
		t.Error("the bloc must be contextual only")
	}
}

func TestLoadAliases(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "orgs.yaml")
	os.WriteFile(good, []byte("- name: Idite Lesom Test Network\n  aliases: [ILTN]\n  kind: ngo\n"), 0o644)
	if err := LoadAliases(good); err != nil {
		t.Fatal(err)
	}
	if o, ok := OrgByName("ILTN"); !ok || o.Name != "Idite Lesom Test Network" {
		t.Errorf("user alias not found: %v %v", o, ok)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("- aliases: [X]\n"), 0o644)
	err := LoadAliases(bad)
	if err == nil || !strings.Contains(err.Error(), "bad.yaml") || !strings.Contains(err.Error(), "no name") {
		t.Errorf("bad file error = %v", err)
	}
	if err := LoadAliases(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing file accepted")
	}
}

func TestLexicon(t *testing.T) {
	l := Lex()
	for _, c := range []struct {
		got, want bool
		what      string
	}{
		{l.IsTitle("Interior Minister"), true, "interior minister is a title"},
		{l.IsTitle("weather"), false, "weather is no title"},
		{l.HasSurnameSuffix("Kuznetsov"), true, "Kuznetsov"},
		{l.HasSurnameSuffix("Tkachenko"), true, "Tkachenko"},
		{l.HasSurnameSuffix("Ov"), false, "too short"},
		{l.FirstNames["Vladimir"], true, "Vladimir"},
		{l.NotNames["September"], true, "September"},
		{l.StateOrgans["military"] == "army", true, "military is the army"},
		{l.IsTitle("presenter"), true, "presenter is a role before a name"},
		{l.OrgHeads["Observatory"], true, "Observatory ends an organisation's name"},
		{l.OrgOpeners["Radio"], true, "Radio opens an organisation's name"},
		{l.RegionNouns["oblast"] && l.RegionNouns["Oblast"], true, "oblast makes a region in either case"},
		{l.FeatureOpeners["Gulf"] && l.FeatureHeads["Sea"], true, "Gulf of …, … Sea"},
		{l.SiteNouns["border post"] && l.SiteNounWords >= 2, true, "border post is a two-word site noun"},
		{l.SiteNouns["weather"], false, "weather is no site"},
		{l.Gender("Olga Petrova") == 'f' && l.Gender("Claire Martin") == 'f', true, "women by given name"},
		{l.Gender("A. Sokolova") == 'f', true, "a woman by her surname's ending"},
		{l.Gender("Ivan Petrov") == 'm', true, "a man by given name"},
		{l.Gender("Zhanibek Sarsenov") == 'm' && l.Gender("Marat Kaminski") == 'm', true, "a man by his surname's ending"},
		{l.Gender("Petrov") == 0 && l.Gender("Zhanibek Sarsen") == 0, true, "a surname alone or an unknown given name tells nothing"},
	} {
		if c.got != c.want {
			t.Error(c.what)
		}
	}
}

func TestAppendNormMatchesNorm(t *testing.T) {
	for _, s := range []string{"Russia", "the E.U.", "The  Kremlin", "Latvia's interior ministry", "AP Photo/Name",
		"Kyïv", "St.-Petersburg", "rock'n'roll", "", "---", "Theodor", "the", "Tamm's", "Tamm's  office", "the the army"} {
		if got := string(AppendNorm(nil, s)); got != Norm(s) {
			t.Errorf("AppendNorm(%q) = %q, Norm = %q", s, got, Norm(s))
		}
		// ASCII takes a short cut; a trailing no-break space forces the
		// general path, and must change nothing
		if slow := Norm(s + "\u00a0"); slow != Norm(s) {
			t.Errorf("Norm(%q) = %q, general path %q", s, Norm(s), slow)
		}
	}
}

func TestPlaceSpellings(t *testing.T) {
	for _, c := range []struct{ name, iso string }{
		{"St. Petersburg", "RU"}, {"Saint Petersburg", "RU"}, {"Nizhny Novgorod", "RU"}, {"Nizhniy Novgorod", "RU"},
	} {
		ps := PlacesByName(c.name)
		if len(ps) == 0 || ps[0].Country != c.iso {
			t.Errorf("PlacesByName(%q) = %+v, want %s first", c.name, ps, c.iso)
		}
	}
	if p, ok := RegionByName("West"); ok {
		t.Errorf("plain word read as a region: %+v", p)
	}
	if p, ok := RegionByName("St"); ok {
		t.Errorf("two-letter region found: %+v", p)
	}
}

func TestOrgFormWords(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{{"European", 4}, {"EU", 2}, {"Kremlin", 1}, {"bloc", 1}, {"Weather", 0}} {
		if got := OrgFormWords(c.word); got < c.want || c.want == 0 && got != 0 {
			t.Errorf("OrgFormWords(%q) = %d, want ≥ %d", c.word, got, c.want)
		}
	}
}

func TestOfficeHolderByName(t *testing.T) {
	for _, tc := range []struct {
		name, country string
		ok            bool
	}{
		{"Volodymyr Zelenskyy", "UA", true},   // another spelling
		{"Sauli Niinistö", "FI", true},        // accents ignored
		{"Kassym-Jomart Tokayev", "KZ", true}, // hyphenated given name
		{"Tokayev", "", false},                // a surname alone is shared by many
		{"Ivan Petrov", "", false},
	} {
		h, ok := OfficeHolderByName(tc.name)
		if ok != tc.ok || h.Country != tc.country {
			t.Errorf("OfficeHolderByName(%q) = %+v, %v; want country %q, %v", tc.name, h, ok, tc.country, tc.ok)
		}
	}
	if _, err := parseOfficeHolders([]byte("Jan Novak\tCZ\n")); err == nil || !strings.Contains(err.Error(), "officeholders.tsv line 1") {
		t.Errorf("a short record gives %v, want an error naming the file and line", err)
	}
}

func TestAirportByName(t *testing.T) {
	for _, tc := range []struct {
		name, country, city string
		ok                  bool
	}{
		{"Sheremetyevo", "RU", "Moscow", true},
		{"Zvartnots International", "AM", "Yerevan", true}, // another name
		{"Charles de Gaulle", "FR", "Paris", true},
		{"Roissy", "FR", "Paris", true},
		{"Schonefeld", "DE", "Berlin", true}, // accents ignored
		{"Helsinki", "", "", false},          // named after its city: no row
	} {
		a, ok := AirportByName(tc.name)
		if ok != tc.ok || a.Country != tc.country || a.City != tc.city {
			t.Errorf("AirportByName(%q) = %+v, %v; want %q %q, %v", tc.name, a, ok, tc.country, tc.city, tc.ok)
		}
	}
	if _, err := parseAirports([]byte("Schiphol\tNL\n")); err == nil || !strings.Contains(err.Error(), "airports.tsv line 1") {
		t.Errorf("a short record gives %v, want an error naming the file and line", err)
	}
}
