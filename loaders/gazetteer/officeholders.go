package gazetteer

import (
	_ "embed"
	"sync"
)

//go:embed data/officeholders.tsv
var officeholdersTSV []byte

// OfficeHolder is a head of state or government, or a foreign or defence
// minister, of a state the field's news names (officeholders.tsv).
type OfficeHolder struct {
	Name    string
	Country string // ISO 3166-1 alpha-2
	Office  string // "president", "prime minister" …
}

var officeholders struct {
	once   sync.Once
	byName map[string]OfficeHolder
	err    error
}

// OfficeHolderByName finds a listed office holder by full name or another
// spelling of it ("Volodymyr Zelenskyy"); a surname alone is not enough,
// since many people share it.
func OfficeHolderByName(name string) (OfficeHolder, bool) {
	officeholders.once.Do(func() {
		officeholders.byName, officeholders.err = parseOfficeHolders(officeholdersTSV)
	})
	if officeholders.err != nil {
		panic(officeholders.err) // embedded data, checked by the tests
	}
	h, ok := officeholders.byName[Norm(name)]
	return h, ok
}

func parseOfficeHolders(data []byte) (map[string]OfficeHolder, error) {
	return parseNamedTable(data, "officeholders.tsv", "want name, iso2, office, other spellings", func(f []string) OfficeHolder {
		return OfficeHolder{Name: f[0], Country: f[1], Office: f[2]}
	})
}
