package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/config"
	"newsgraph/loaders"
	"newsgraph/loaders/extract"
	"newsgraph/loaders/gazetteer"
)

func newExtractCmd() *cobra.Command {
	var format, stdinFormat string
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print the entities, relations and events found in articles (no store needed)",
		Long: `Extract prints what newsgraph finds in the articles given, without touching the store.
--format json prints one JSON document for all the files (entities merged by identity),
in the shape of the extraction contract, with evidence for every relation and event.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "json", "text"); err != nil {
				return err
			}
			run, err := extractorOf(cmd)
			if err != nil {
				return err
			}
			arts, err := readArticles(cmd, args, stdinFormat)
			if err != nil {
				return err
			}
			xs := make([]extract.Extraction, len(arts))
			for i, a := range arts {
				xs[i] = run(a)
			}
			if format == "json" {
				return printJSON(cmd.OutOrStdout(), extract.Merge(xs...))
			}
			for i, a := range arts {
				printExtraction(cmd.OutOrStdout(), a, xs[i])
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json (the extraction contract) or text")
	cmd.Flags().StringVar(&stdinFormat, "stdin-format", "txt", "format of articles read from - (stdin)")
	return cmd
}

// extractorOf is the extractor as cmd's configuration sets it up.
func extractorOf(cmd *cobra.Command) (func(loaders.Article) extract.Extraction, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	return configuredExtractor(cfg)
}

// configuredExtractor is the extractor with the configured alias file added.
func configuredExtractor(cfg *config.Config) (func(loaders.Article) extract.Extraction, error) {
	if cfg.Extract.Aliases != "" {
		if err := gazetteer.LoadAliases(cfg.Extract.Aliases); err != nil {
			return nil, fmt.Errorf("extract.aliases (%s): %w", cfg.Origin("extract.aliases"), err)
		}
	}
	return loaders.Extract, nil
}

// readArticles reads every article of paths; any file that cannot be read
// is an error naming it, since extract has no store to protect.
func readArticles(cmd *cobra.Command, paths []string, stdinFormat string) ([]loaders.Article, error) {
	srcs, skipped := loaders.Walk("", paths)
	var arts []loaders.Article
	sf := loaders.FormatByName(stdinFormat)
	if sf == nil {
		return nil, fmt.Errorf("unknown --stdin-format %q (known: %s)", stdinFormat, strings.Join(loaders.FormatNames(), ", "))
	}
	for _, src := range srcs {
		a, sk := loaders.ReadSource(src, cmd.InOrStdin(), sf)
		arts = append(arts, a...)
		skipped = append(skipped, sk...)
	}
	if len(skipped) > 0 {
		msgs := make([]string, len(skipped))
		for i, s := range skipped {
			msgs[i] = s.String()
		}
		return nil, fmt.Errorf("%s", strings.Join(msgs, "\n"))
	}
	return arts, nil
}

func printExtraction(w io.Writer, a loaders.Article, x extract.Extraction) {
	fmt.Fprintf(w, "== %s", a.ID)
	if a.Title != "" {
		fmt.Fprintf(w, " — %s", a.Title)
	}
	fmt.Fprintln(w)
	for _, e := range x.Entities {
		fmt.Fprintf(w, "  %-12s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(w, " (also: %s)", strings.Join(e.Aliases, ", "))
		}
		fmt.Fprintln(w)
	}
	for _, r := range x.Relations {
		fmt.Fprintf(w, "  %s —%s→ %s", r.S, r.P, r.O)
		if r.Role != "" {
			fmt.Fprintf(w, " [%s]", r.Role)
		}
		fmt.Fprintln(w)
		if r.Evidence != nil {
			fmt.Fprintf(w, "      “%s”\n", r.Evidence.Sentence)
		}
	}
	for _, e := range x.Events {
		fmt.Fprintf(w, "  event %s", e.Kind)
		for _, p := range e.Participants() {
			fmt.Fprintf(w, " %s=%s", p[0], p[1])
		}
		if e.Count != nil {
			fmt.Fprintf(w, " count=%s%g", qualifierPrefix(e.Qualifier), *e.Count)
		}
		if e.Date != "" {
			fmt.Fprintf(w, " date=%s", e.Date)
		}
		fmt.Fprintln(w)
		if e.Evidence != nil {
			fmt.Fprintf(w, "      “%s”\n", e.Evidence.Sentence)
		}
	}
}

func qualifierPrefix(q string) string {
	if q == "" {
		return ""
	}
	return q + " "
}
