package loaders

import (
	"strings"
	"testing"
)

func TestHeadlineOf(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"headline then body", "Thousands flee the call-up\n\nMen queued at the border for days.", "Thousands flee the call-up"},
		{"question headline", "Will Europe take in deserters?\n\nThe debate goes on.", "Will Europe take in deserters?"},
		{"leading blank lines", "\n\n  Border queues grow  \n\nBody text here.", "Border queues grow"},
		{"first line is a sentence", "The border was closed on Monday.\n\nMore text.", ""},
		{"no blank line after", "Border queues grow\nMen waited for days.", ""},
		{"nothing after", "Border queues grow\n\n", ""},
		{"one line only", "Border queues grow", ""},
		{"single word", "Update\n\nMen waited for days.", ""},
		{"too long", strings.Repeat("word ", 31) + "\n\nbody", ""},
		{"ends with colon", "Here is what we know:\n\nbody", ""},
	}
	for _, tt := range tests {
		if got := headlineOf(tt.text); got != tt.want {
			t.Errorf("%s: headlineOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReadTxt(t *testing.T) {
	tests := []struct {
		file, title, textStart string
	}{
		{"mobilization.txt", "Call-up sends thousands of Russian men across the border", "Call-up sends thousands"},
		{"sub/kazakhstan.txt", "", "Kazakhstan said that more than 200,000"},
	}
	for _, tt := range tests {
		arts, err := readFixture(t, tt.file)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if len(arts) != 1 {
			t.Fatalf("%s: %d articles", tt.file, len(arts))
		}
		a := arts[0]
		if a.ID != tt.file || a.Title != tt.title || a.Format != "txt" || !strings.HasPrefix(a.Text, tt.textStart) {
			t.Errorf("%s: got id %q title %q format %q text %.40q", tt.file, a.ID, a.Title, a.Format, a.Text)
		}
		if strings.HasSuffix(a.Text, "\n") {
			t.Errorf("%s: trailing newline kept", tt.file)
		}
	}
}

func TestReadTxtNormalisesLineEndings(t *testing.T) {
	arts, err := readTxt(strings.NewReader("\ufeffBorder queues grow\r\n\r\nMen waited.\r\n"), "win.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := arts[0].Text; got != "Border queues grow\n\nMen waited." {
		t.Errorf("text = %q", got)
	}
	if _, err := readTxt(strings.NewReader("\xff\xfe bad"), "bin.txt"); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
}
