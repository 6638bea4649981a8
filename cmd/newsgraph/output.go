package main

import (
	"encoding/json"
	"fmt"
	"io"
)

// checkFormat rejects an output format the command does not know.
func checkFormat(format string, known ...string) error {
	for _, k := range known {
		if format == k {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (known: %v)", format, known)
}

// printJSON writes v indented, as every --format json output is.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
