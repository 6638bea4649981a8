package config

// Setting is one key with its effective value and where it came from, as
// `newsgraph config` prints it.
type Setting struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	Source Source `json:"source"`
	From   string `json:"from,omitempty"` // file, variable or flag name
	Env    string `json:"env"`            // the variable that would set it
	Flag   string `json:"flag"`           // the flag that would set it
}

// Describe lists every key in a fixed order.
func (c *Config) Describe() []Setting {
	out := make([]Setting, 0, len(settings))
	for _, s := range settings {
		o := c.origins[s.key]
		out = append(out, Setting{
			Key: s.key, Value: s.show(c),
			Source: o.Source, From: o.Name,
			Env: EnvName(s.key), Flag: "--" + s.flag,
		})
	}
	return out
}
