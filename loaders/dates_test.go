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
