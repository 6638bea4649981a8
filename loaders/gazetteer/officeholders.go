package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
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
	byName := map[string]OfficeHolder{}
	err := eachRecord(bytes.NewReader(data), "officeholders.tsv", func(_ int, f []string) error {
		if len(f) != 4 || f[0] == "" || len(f[1]) != 2 || f[2] == "" {
			return fmt.Errorf("want name, iso2, office, other spellings")
		}
		h := OfficeHolder{Name: f[0], Country: f[1], Office: f[2]}
		for _, n := range recordNames(f[0], f[3]) {
			byName[Norm(n)] = h
		}
		return nil
	})
	return byName, err
}
