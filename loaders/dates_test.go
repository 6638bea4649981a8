package loaders

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
		bad  bool
	}{
		{in: "2022-09-21", want: day(2022, 9, 21)},
		{in: "2022-09-21T10:15:00Z", want: time.Date(2022, 9, 21, 10, 15, 0, 0, time.UTC)},
		{in: "2022-09-21T13:15:00+03:00", want: time.Date(2022, 9, 21, 10, 15, 0, 0, time.UTC)},
		{in: "2022-09-21 10:15:00", want: time.Date(2022, 9, 21, 10, 15, 0, 0, time.UTC)},
		{in: "Sept. 21, 2022", want: day(2022, 9, 21)},
		{in: "Sep 21, 2022", want: day(2022, 9, 21)},
		{in: "September 21, 2022", want: day(2022, 9, 21)},
		{in: "21 September 2022", want: day(2022, 9, 21)},
		{in: "September 21st, 2022", want: day(2022, 9, 21)},
		{in: "Wednesday, September 21, 2022", want: day(2022, 9, 21)},
		{in: "Published: Oct. 3, 2022", want: day(2022, 10, 3)},
		{in: "Wed, 21 Sep 2022 10:15:00 GMT", want: time.Date(2022, 9, 21, 10, 15, 0, 0, time.UTC)},
		{in: "2022/09/21", want: day(2022, 9, 21)},
		{in: "21.09.2022", want: day(2022, 9, 21)},
		{in: "2022-09", want: day(2022, 9, 1)},
		{in: "", bad: true},
		{in: "sometime next spring", bad: true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestLeadDate(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"published line", "Headline here\n\nPublished 9 April 2025\n\nBody text.", "2025-04-09"},
		{"labelled with time", "Headline\n\nUpdated: Jan 12, 2024 | 10:30\n\nBody.", "2024-01-12"},
		{"dateline with agency", "Headline\n\nPRAGUE, Sept 22, 2022 (Vltava Wire) - The Czech Republic will not …", "2022-09-22"},
		{"dateline with dash", "Headline\n\nKIRKENES, 20 February 2024 — On a grey Sunday …", "2024-02-20"},
		{"place and date alone", "Headline\n\nYerevan, 14 March 2024\n\nSince Russia invaded …", "2024-03-14"},
		{"no year is no date", "Headline\n\nASTANA, Jan 12 — Kazakhstan has expelled …", ""},
		{"a date in the body is no publication date", "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nIn this photo taken on September 20, 2022 a billboard …", ""},
		{"a sentence with a date is no dateline", "In this photo taken on September 20, 2022 a billboard promoting service.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if d := leadDate(tc.text); !d.IsZero() {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("leadDate = %q, want %q", got, tc.want)
			}
		})
	}
}
