package evaluate

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// CommandTimeout bounds one run of an extractor command, as in score.py.
const CommandTimeout = 120 * time.Second

// CommandExtractor runs name with args and the article path appended, and
// decodes the JSON document it prints, as score.py runs its COMMAND. A
// non-zero exit is an error carrying the command's stderr.
func CommandExtractor(name string, args ...string) Extractor {
	return func(path string) (Document, error) {
		ctx, cancel := context.WithTimeout(context.Background(), CommandTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, name, append(append([]string(nil), args...), path)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return Document{}, fmt.Errorf("%s timed out after %s", name, CommandTimeout)
			}
			if msg := strings.TrimSpace(stderr.String()); msg != "" {
				return Document{}, errors.New(stderr.String())
			}
			return Document{}, fmt.Errorf("%s: %w", name, err)
		}
		d, err := DecodeDocument(stdout.Bytes())
		if err != nil {
			return Document{}, fmt.Errorf("%s printed no JSON document for %s: %w", name, path, err)
		}
		return d, nil
	}
}

// DirExtractor reads the prediction for the article NAME.txt from
// dir/NAME.json instead of running anything: the output of another system,
// or a second annotator's gold, scored as score.py scores an extractor.
func DirExtractor(dir string) Extractor {
	return func(path string) (Document, error) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt") + ".json"
		d, err := ReadDocument(filepath.Join(dir, name))
		if err != nil {
			return Document{}, fmt.Errorf("no prediction for %s: %w", filepath.Base(path), err)
		}
		return d, nil
	}
}
