package config

import (
	"testing"
	"time"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		raw  any
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"1MiB", 1 << 20, true},
		{"1 mib", 1 << 20, true},
		{"512KiB", 512 << 10, true},
		{"1MB", 1_000_000, true},
		{"2GiB", 2 << 30, true},
		{"1.5MiB", 3 << 19, true},
		{"100B", 100, true},
		{1048576, 1 << 20, true},
		{float64(4096), 4096, true},
		{"", 0, false},
		{"MiB", 0, false},
		{"1 furlong", 0, false},
		{"1e400", 0, false},
		{float64(1.5), 0, false},
		{true, 0, false},
		{"9999999999GiB", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.raw)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%#v) = %d, %v; want %d, ok=%v", tt.raw, got, err, tt.want, tt.ok)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{1 << 20: "1MiB", 3 << 19: "1536KiB", 1000: "1000", 2 << 30: "2GiB"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestParseDurationIntBool(t *testing.T) {
	if d, err := parseDuration("1m30s"); err != nil || d != 90*time.Second {
		t.Errorf("parseDuration(1m30s) = %v, %v", d, err)
	}
	for _, bad := range []any{"10", 10, "ten", nil} {
		if _, err := parseDuration(bad); err == nil {
			t.Errorf("parseDuration(%#v) accepted", bad)
		}
	}
	if n, err := parseInt(" 42 "); err != nil || n != 42 {
		t.Errorf("parseInt = %d, %v", n, err)
	}
	for _, bad := range []any{"4.5", 4.5, "x", true} {
		if _, err := parseInt(bad); err == nil {
			t.Errorf("parseInt(%#v) accepted", bad)
		}
	}
	if b, err := parseBool("TRUE"); err != nil || !b {
		t.Errorf("parseBool(TRUE) = %v, %v", b, err)
	}
	if _, err := parseBool("yes please"); err == nil {
		t.Error("parseBool accepted garbage")
	}
}
