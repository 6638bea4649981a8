package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/config"
	"newsgraph/graph"
	"newsgraph/loaders"
)

func newLoadCmd() *cobra.Command {
	var stdinFormat, format string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Load articles (files, directories, - for stdin) into the store",
		Long: `Load reads .txt, .md, .html/.htm and .jsonl articles (directories recursively, - for stdin),
extracts entities, relations and events, resolves names across the articles and the store,
and writes each article in its own transaction. Re-loading an unchanged article changes
nothing; a changed version replaces the old one. A file or line that cannot be read is
skipped with its reason, the rest is loaded, and the command then exits with status 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, cfg *config.Config) error {
				sum, err := loadPaths(cmd, st, cfg, args, stdinFormat)
				if format == "json" {
					if jerr := printJSON(cmd.OutOrStdout(), sum); jerr != nil {
						return jerr
					}
				} else {
					printSummary(cmd.OutOrStdout(), sum, verbose)
				}
				if err == nil && len(sum.Skipped) > 0 {
					// the rest is loaded; the exit status tells scripts that not all was
					err = fmt.Errorf("%d input(s) skipped; see the reasons above", len(sum.Skipped))
				}
				return err
			})
		},
	}
	cmd.Flags().StringVar(&stdinFormat, "stdin-format", "txt", "format of articles read from - (stdin): "+strings.Join(loaders.FormatNames(), ", "))
	cmd.Flags().StringVar(&format, "format", "text", "summary format: text or json")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every article and what happened to it")
	return cmd
}

// loadPaths loads paths into st with the configured workers, drawing progress
// bars when stderr is a terminal.
func loadPaths(cmd *cobra.Command, st *graph.Store, cfg *config.Config, paths []string, stdinFormat string) (loaders.Summary, error) {
	extractor, err := configuredExtractor(cfg)
	if err != nil {
		return loaders.Summary{}, err
	}
	opts := loaders.LoadOptions{
		Workers:     cfg.Load.Workers,
		Stdin:       cmd.InOrStdin(),
		StdinFormat: stdinFormat,
		Extract:     extractor,
	}
	if p := loaders.TerminalProgress(os.Stderr); p != nil {
		opts.Progress = p
	}
	return loaders.LoadPaths(cmd.Context(), st, "", paths, opts)
}

func printSummary(w io.Writer, sum loaders.Summary, verbose bool) {
	if verbose {
		for _, a := range sum.Articles {
			fmt.Fprintf(w, "%-9s %s (%d quads)\n", a.Outcome, a.ID, a.Quads)
		}
	}
	fmt.Fprintf(w, "articles: %d loaded (%d added, %d replaced, %d unchanged), %d skipped\n",
		sum.Loaded(), sum.Added, sum.Replaced, sum.Unchanged, len(sum.Skipped))
	fmt.Fprintf(w, "written:  %d entities, %d relations, %d events, %d quads\n",
		sum.Entities, sum.Relations, sum.Events, sum.Quads)
	for _, r := range sum.Resolved {
		fmt.Fprintf(w, "resolved: %q → %s\n", r.Name, r.To)
	}
	for _, s := range sum.Skipped {
		fmt.Fprintf(w, "skipped:  %s\n", s)
	}
}

func newDeleteCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "delete ARTICLE_ID...",
		Short: "Remove articles and every fact only they supported",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				for _, id := range args {
					n, err := st.DeleteArticle(cmd.Context(), id)
					if err != nil {
						return fmt.Errorf("delete %s: %w", id, err)
					}
					fmt.Fprintf(cmd.OutOrStdout(), "deleted %s (%d quads)\n", id, n)
				}
				return nil
			})
		},
	}
}

func newArticlesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "articles",
		Short: "List the ids of the stored articles",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				ids, err := st.Articles(cmd.Context())
				if err != nil {
					return err
				}
				sort.Strings(ids)
				for _, id := range ids {
					fmt.Fprintln(cmd.OutOrStdout(), id)
				}
				return nil
			})
		},
	}
}

func newStatsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count quads, articles, entities by type and events by kind",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				s, err := st.Stats(cmd.Context())
				if err != nil {
					return err
				}
				w := cmd.OutOrStdout()
				if format == "json" {
					return printJSON(w, s)
				}
				fmt.Fprintf(w, "quads     %d\narticles  %d\nclaims    %d\n", s.Quads, s.Articles, s.Claims)
				for _, t := range []string{"Person", "Organization", "Country", "Place"} {
					fmt.Fprintf(w, "%-13s %d\n", t, s.Entities[t])
				}
				kinds := make([]string, 0, len(s.Events))
				for k := range s.Events {
					kinds = append(kinds, k)
				}
				sort.Strings(kinds)
				for _, k := range kinds {
					fmt.Fprintf(w, "event %-17s %d\n", k, s.Events[k])
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func newImportCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "import FILE...",
		Short: "Load graph dumps (N-Quads, JSON-LD, ...) as they are",
		Long: `Import adds the quads of graph dumps unchanged, for round trips and for merging graphs.
The format comes from the file extension (.nq, .jsonld, ...) or --format. A dump that
does not parse is rejected whole: nothing of it is written.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				for _, p := range args {
					var n int
					var err error
					if format != "" {
						f, oerr := os.Open(p)
						if oerr != nil {
							return oerr
						}
						n, err = st.ImportFormat(cmd.Context(), f, format)
						f.Close()
					} else {
						n, err = st.ImportFile(cmd.Context(), p)
					}
					if err != nil {
						return fmt.Errorf("import %s: %w", p, err)
					}
					fmt.Fprintf(cmd.OutOrStdout(), "imported %s: %d quads\n", p, n)
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "dump format (default: from the file extension): "+strings.Join(graph.ImportFormats(), ", "))
	return cmd
}

func newExportCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph as N-Quads, JSON-LD, GraphML, GML or DOT",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				w := cmd.OutOrStdout()
				var f *os.File
				if out != "" && out != "-" {
					var err error
					if f, err = os.Create(out); err != nil {
						return err
					}
					w = f
				}
				n, err := st.ExportFormat(cmd.Context(), w, format)
				if f != nil {
					if cerr := f.Close(); err == nil {
						err = cerr
					}
				}
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				if f != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "exported %d quads to %s\n", n, out)
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "nquads", "dump format: "+strings.Join(graph.ExportFormats(), ", "))
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write (default stdout)")
	return cmd
}
