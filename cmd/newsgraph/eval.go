package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/spf13/cobra"

	"newsgraph/loaders/evaluate"
	"newsgraph/loaders/extract"
)

func newEvalCmd() *cobra.Command {
	var floorFile, predDir string
	var verbose, asJSON bool
	cmd := &cobra.Command{
		Use:   "eval GOLD_DIR CORPUS_DIR",
		Short: "Score extraction against hand-written gold annotations (P/R/F1 per type, relations, events)",
		Long: `Eval runs the extractor on CORPUS_DIR/NAME.txt for every GOLD_DIR/NAME.json and prints
the same table as ../shared/eval/score.py. With --floor FILE (a JSON object of row name →
minimum F1, e.g. {"entities": 0.9}) it fails when a score drops below its floor.
With --pred DIR it extracts nothing and scores DIR/NAME.json instead: another system's
output, or a second annotator's gold (agreement between annotators).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			run, err := extractorOf(cmd)
			if err != nil {
				return err
			}
			var extractor evaluate.Extractor = func(path string) (evaluate.Document, error) {
				arts, err := readArticles(cmd, []string{path}, "txt")
				if err != nil {
					return evaluate.Document{}, err
				}
				xs := make([]extract.Extraction, len(arts))
				for i, a := range arts {
					xs[i] = run(a)
				}
				b, err := json.Marshal(extract.Merge(xs...))
				if err != nil {
					return evaluate.Document{}, err
				}
				return evaluate.DecodeDocument(b)
			}
			if predDir != "" {
				if _, err := os.Stat(predDir); err != nil {
					return fmt.Errorf("--pred: %w", err)
				}
				extractor = evaluate.DirExtractor(predDir)
			}
			rep, err := evaluate.EvaluateDir(args[0], args[1], extractor)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for _, f := range rep.Failures {
				fmt.Fprintln(cmd.ErrOrStderr(), f)
			}
			if err := rep.Write(w, verbose, asJSON); err != nil {
				return err
			}
			if floorFile != "" {
				return checkFloor(rep.Total, floorFile)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&floorFile, "floor", "", "JSON file of minimum F1 per row; fail below it")
	cmd.Flags().StringVar(&predDir, "pred", "", "score the documents DIR/NAME.json instead of extracting")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary line as JSON, as score.py --json does")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list what was wrong, duplicated or missed per article")
	return cmd
}

// checkFloor fails when any row of res scores below the floor file's minimum.
func checkFloor(res evaluate.Result, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var floor map[string]float64
	if err := json.Unmarshal(b, &floor); err != nil {
		return fmt.Errorf("floor file %s: %w", path, err)
	}
	got := map[string]float64{}
	for _, r := range res.Rows() {
		_, _, f := r.PRF()
		got[r.Name] = f
	}
	var names []string
	for n := range floor {
		names = append(names, n)
	}
	sort.Strings(names)
	var below []string
	for _, n := range names {
		f, ok := got[n]
		if !ok {
			return fmt.Errorf("floor file %s: no score row %q", path, n)
		}
		if f+1e-9 < floor[n] {
			below = append(below, fmt.Sprintf("%s F1 %.3f < floor %.3f", n, f, floor[n]))
		}
	}
	if len(below) > 0 {
		return fmt.Errorf("extraction scores dropped below the floor in %s: %v", path, below)
	}
	return nil
}
