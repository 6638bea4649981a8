package gazetteer

//go:generate go run ./internal/genplaces -o data/places.tsv.gz
