package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Raw values come as strings from env and flags and as YAML scalars (string,
// int, float, bool) from the file. The parsers accept both and never guess:
// a bare number is not a duration, "yes" is not a size.

func asString(raw any) (string, error) {
	switch v := raw.(type) {
	case string:
		return v, nil
	case int, int64, float64, bool:
		return fmt.Sprint(v), nil
	}
	return "", fmt.Errorf("is not a single value")
}

func parseDuration(raw any) (time.Duration, error) {
	switch v := raw.(type) {
	case time.Duration:
		return v, nil
	case string:
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if err != nil {
			return 0, fmt.Errorf("is not a duration (write e.g. 10s, 1m30s)")
		}
		return d, nil
	}
	return 0, fmt.Errorf("is not a duration (write e.g. 10s, 1m30s)")
}

func parseInt(raw any) (int, error) {
	switch v := raw.(type) {
	case int:
		return v, nil
	case int64:
		return int(v), nil
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<31 {
			return int(v), nil
		}
	case string:
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
			return n, nil
		}
	}
	return 0, fmt.Errorf("is not a whole number")
}

func parseBool(raw any) (bool, error) {
	switch v := raw.(type) {
	case bool:
		return v, nil
	case string:
		if b, err := strconv.ParseBool(strings.TrimSpace(v)); err == nil {
			return b, nil
		}
	}
	return false, fmt.Errorf("is not true or false")
}

// sizeUnits are the suffixes parseSize understands, matched case-insensitively:
// SI units are powers of 1000, IEC units powers of 1024.
var sizeUnits = []struct {
	suffix string
	bytes  int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9},
	{"b", 1},
}

// parseSize reads a byte count: 1048576, "1048576", "1MiB", "1.5 MiB", "512KB".
func parseSize(raw any) (int64, error) {
	const msg = "is not a size (write e.g. 1MiB, 512KiB or a number of bytes)"
	switch v := raw.(type) {
	case int:
		return int64(v), nil
	case int64:
		return v, nil
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<62 {
			return int64(v), nil
		}
		return 0, fmt.Errorf("%s", msg)
	case string:
		s := strings.ToLower(strings.TrimSpace(v))
		mult := int64(1)
		for _, u := range sizeUnits {
			if strings.HasSuffix(s, u.suffix) {
				s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.bytes
				break
			}
		}
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			if n > math.MaxInt64/mult || n < math.MinInt64/mult {
				return 0, fmt.Errorf("is too large")
			}
			return n * mult, nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("%s", msg)
		}
		if b := f * float64(mult); math.Abs(b) < 1<<62 {
			return int64(b), nil
		}
		return 0, fmt.Errorf("is too large")
	}
	return 0, fmt.Errorf("%s", msg)
}

// formatSize writes n in the largest IEC unit that divides it exactly.
func formatSize(n int64) string {
	for _, u := range []struct {
		suffix string
		bytes  int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n != 0 && n%u.bytes == 0 {
			return strconv.FormatInt(n/u.bytes, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}
