package graph

import (
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
)

// Text is the plain text of a stored value: a literal without N-Quads
// quoting, an IRI's string, a number in its shortest form, a date as ISO 8601
// (date only at midnight UTC); "" for nil.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'f', -1, 64)
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	case quad.Time:
		t := time.Time(v).UTC()
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
			return t.Format("2006-01-02")
		}
		return t.Format(time.RFC3339)
	}
	if n, ok := quad.NativeOf(v).(interface{ String() string }); ok {
		return n.String()
	}
	return v.String()
}
