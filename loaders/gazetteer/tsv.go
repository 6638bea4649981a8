package gazetteer

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// eachRecord calls fn with the tab-separated fields of every line of r that
// is neither blank nor a "#" comment, and its line number. file names the
// data in errors; an error from fn stops the reading.
func eachRecord(r io.Reader, file string, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		if err := fn(line, strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("%s line %d: %w", file, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// rankField reads a place rank: "1" (capital), "2" (seat of a division) or "3".
func rankField(s string) (int, bool) {
	if len(s) != 1 || s[0] < '1' || s[0] > '3' {
		return 0, false
	}
	return int(s[0] - '0'), true
}

// recordNames: a record's name and the other names of its comma-separated
// column, trimmed, empty ones left out.
func recordNames(name, others string) []string {
	names := []string{name}
	for _, n := range strings.Split(others, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// parseNamedTable reads a table of a name, an ISO2 code, a third field and
// other names (comma-separated) into its records by every name (Norm);
// record builds one from its fields, want says the columns in errors.
func parseNamedTable[T any](data []byte, file, want string, record func(f []string) T) (map[string]T, error) {
	byName := map[string]T{}
	err := eachRecord(bytes.NewReader(data), file, func(_ int, f []string) error {
		if len(f) != 4 || f[0] == "" || len(f[1]) != 2 || f[2] == "" {
			return errors.New(want)
		}
		r := record(f)
		for _, n := range recordNames(f[0], f[3]) {
			byName[Norm(n)] = r
		}
		return nil
	})
	return byName, err
}
