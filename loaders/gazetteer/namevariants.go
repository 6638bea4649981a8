package gazetteer

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/name_variants.tsv
var nameVariantsTSV []byte

var (
	variantsOnce sync.Once
	variants     map[string]string
	variantsErr  error
)

func loadVariants() map[string]string {
	variantsOnce.Do(func() {
		variants = map[string]string{}
		variantsErr = eachRecord(bytes.NewReader(nameVariantsTSV), "name_variants.tsv", func(_ int, f []string) error {
			if len(f) != 2 {
				return fmt.Errorf("want variant, spelling")
			}
			variants[f[0]] = f[1]
			return nil
		})
	})
	return variants
}

// foldNameToken gives one spelling to romanisation variants of a name token
// (already normalised: lower case ASCII): a given name through the variants
// table, a surname ending by rule.
func foldNameToken(tok string) string {
	if k, ok := loadVariants()[tok]; ok {
		return k
	}
	for _, end := range [][2]string{{"skiy", "sky"}, {"skyy", "sky"}, {"skii", "sky"}, {"tskiy", "tsky"}} {
		if strings.HasSuffix(tok, end[0]) && len(tok) > len(end[0])+2 {
			return strings.TrimSuffix(tok, end[0]) + end[1]
		}
	}
	if strings.HasSuffix(tok, "yy") && len(tok) > 4 {
		return strings.TrimSuffix(tok, "y")
	}
	return tok
}

// FoldPersonName is a person's name reduced to the spelling keys use:
// normalised, transliterated and with romanisation variants folded
// ("Maxim Navalnyy" → "maksim navalny").
func FoldPersonName(name string) string {
	toks := strings.Fields(Norm(name))
	for i, t := range toks {
		toks[i] = foldNameToken(t)
	}
	return strings.Join(toks, " ")
}
