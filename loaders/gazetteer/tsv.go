package gazetteer

import (
	"bufio"
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
