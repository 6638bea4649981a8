package config

import (
	"fmt"
	"strconv"
)

// rawFlag keeps a flag's text as typed so that Load validates flags with the
// same parsers, and the same messages, as file and environment values.
// Booleans are checked at once: viper turns any unparsable bool into false.
type rawFlag struct {
	kind string
	text string
}

func (f *rawFlag) String() string { return f.text }
func (f *rawFlag) Type() string   { return f.kind }

func (f *rawFlag) Set(s string) error {
	if f.kind == "bool" {
		if _, err := strconv.ParseBool(s); err != nil {
			return fmt.Errorf("%q is not true or false", s)
		}
	}
	f.text = s
	return nil
}
