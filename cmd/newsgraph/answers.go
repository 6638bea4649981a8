package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/config"
	"newsgraph/graph"
	"newsgraph/queries"
)

// pathFlags are the options shared by path and picture.
type pathFlags struct {
	k, maxHops           int
	predicates, exclude  []string
	since, until, outlet string
	viaMention, noEvents bool
}

func (f *pathFlags) bind(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.IntVarP(&f.k, "k", "k", 3, "number of paths")
	fl.IntVar(&f.maxHops, "max-hops", 4, "longest path searched (at most 8)")
	fl.StringSliceVar(&f.predicates, "predicates", nil, "only hops with these predicates, event roles or event kinds")
	fl.StringSliceVar(&f.exclude, "exclude-predicates", nil, "no hops with these predicates, event roles or event kinds")
	fl.StringVar(&f.since, "since", "", "only facts from articles published on or after this date (2022, 2022-09, 2022-09-21)")
	fl.StringVar(&f.until, "until", "", "only facts from articles published on or before this date")
	fl.StringVar(&f.outlet, "outlet", "", "only facts from articles of this outlet")
	fl.BoolVar(&f.viaMention, "via-mention", false, "also join entities named in the same article (weakest link)")
	fl.BoolVar(&f.noEvents, "no-events", false, "do not pass through event nodes")
}

func (f *pathFlags) options() queries.PathOptions {
	o := queries.PathOptions{
		K: f.k, MaxHops: f.maxHops, Predicates: f.predicates, ExcludePredicates: f.exclude,
		ArticleFilter: queries.ArticleFilter{Since: f.since, Until: f.until, Outlet: f.outlet},
		Via:           queries.ViaRelation | queries.ViaEvent,
	}
	if f.noEvents {
		o.Via = queries.ViaRelation
	}
	if f.viaMention {
		o.Via |= queries.ViaMention
	}
	return o
}

func newPathCmd() *cobra.Command {
	var pf pathFlags
	var format string
	cmd := &cobra.Command{
		Use:   "path FROM TO",
		Short: "The shortest connections between two entities, with the sentence behind every hop",
		Long: `Path finds the k shortest simple paths between two entities named by any of their names
or aliases (case and accents ignored), over relations in both directions and through events,
and prints each hop with its predicate and the article sentence that states it.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				paths, err := queries.FindPaths(cmd.Context(), st, args[0], args[1], pf.options())
				if err != nil {
					return err
				}
				if format == "json" {
					return printJSON(cmd.OutOrStdout(), map[string]any{"from": args[0], "to": args[1], "paths": nonNil(paths)})
				}
				if len(paths) == 0 {
					fmt.Fprintf(cmd.OutOrStdout(), "no connection between %q and %q within %d hops\n", args[0], args[1], pf.maxHops)
					return nil
				}
				return queries.FormatPaths(cmd.OutOrStdout(), paths)
			})
		},
	}
	pf.bind(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func newPictureCmd() *cobra.Command {
	var pf pathFlags
	var out string
	cmd := &cobra.Command{
		Use:   "picture FROM TO",
		Short: "Draw the paths between two entities as an SVG picture",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				paths, err := queries.FindPaths(cmd.Context(), st, args[0], args[1], pf.options())
				if err != nil {
					return err
				}
				if len(paths) == 0 {
					return fmt.Errorf("no connection between %q and %q within %d hops", args[0], args[1], pf.maxHops)
				}
				svg, err := queries.PictureOfPaths(args[0]+" — "+args[1], paths).SVG(cmd.Context())
				if err != nil {
					return err
				}
				if out == "" || out == "-" {
					_, err = cmd.OutOrStdout().Write(svg)
					return err
				}
				if err := os.WriteFile(out, svg, 0o644); err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s\n", out)
				return nil
			})
		},
	}
	pf.bind(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "SVG file to write (default stdout)")
	return cmd
}

func newEntityCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "entity NAME",
		Short: "Everything the graph knows about one entity, with evidence",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				p, err := queries.Profile(cmd.Context(), st, args[0])
				if err != nil {
					return err
				}
				if format == "json" {
					return printJSON(cmd.OutOrStdout(), p)
				}
				return queries.FormatProfile(cmd.OutOrStdout(), p)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func newAskCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "ask QUESTION",
		Short: "Answer a plain-English question about the graph, with evidence",
		Long:  "Ask answers a fixed set of question forms without any language model:\n\n" + questionForms(),
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				a, err := queries.Ask(cmd.Context(), st, strings.Join(args, " "))
				if err != nil {
					return err
				}
				if format == "json" {
					return printJSON(cmd.OutOrStdout(), a)
				}
				return queries.FormatAnswer(cmd.OutOrStdout(), a)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func newConflictsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "conflicts",
		Short: "Claims where sources disagree: same event, different counts or dates",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, _ *config.Config) error {
				cs, err := queries.Conflicts(cmd.Context(), st)
				if err != nil {
					return err
				}
				if format == "json" {
					return printJSON(cmd.OutOrStdout(), map[string]any{"conflicts": nonNil(cs)})
				}
				return queries.FormatConflicts(cmd.OutOrStdout(), cs)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

// nonNil makes an empty result print as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// questionForms lists the question forms ask understands, one per line.
func questionForms() string {
	var b strings.Builder
	if err := queries.FormatQuestionForms(&b); err != nil {
		return err.Error()
	}
	return b.String()
}
