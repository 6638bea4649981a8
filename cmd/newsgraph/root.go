package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"newsgraph/config"
	"newsgraph/graph"
)

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Turn news articles into a knowledge graph and ask how people, organisations and countries are connected",
		Long: `newsgraph reads news articles (txt, md, html, jsonl), finds the people, organisations,
countries and places they name, the relations between them and the events they report,
stores all of it with its evidence (article and sentence) in a Cayley graph, and answers
Gizmo queries, path questions and plain-word questions about it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	config.Bind(root.PersistentFlags())
	root.AddCommand(
		newExtractCmd(), newEvalCmd(),
		newLoadCmd(), newDeleteCmd(), newArticlesCmd(), newStatsCmd(), newImportCmd(), newExportCmd(),
		newQueryCmd(), newPathCmd(), newEntityCmd(), newAskCmd(), newConflictsCmd(), newPictureCmd(),
		newServeCmd(), newConfigCmd(),
	)
	return root
}

// loadConfig reads the effective configuration for cmd.
func loadConfig(cmd *cobra.Command) (*config.Config, error) {
	return config.Load(cmd.Flags())
}

// openStore opens the configured store; the caller closes it.
func openStore(cmd *cobra.Command) (*graph.Store, *config.Config, error) {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return nil, nil, err
	}
	st, err := graph.Open(cfg.Store, cfg.DB)
	if err != nil {
		return nil, nil, err
	}
	return st, cfg, nil
}

// withStore runs fn on the configured store and closes it afterwards.
func withStore(cmd *cobra.Command, fn func(st *graph.Store, cfg *config.Config) error) error {
	st, cfg, err := openStore(cmd)
	if err != nil {
		return err
	}
	ferr := fn(st, cfg)
	if cerr := st.Close(); ferr == nil && cerr != nil {
		ferr = fmt.Errorf("close store: %w", cerr)
	}
	return ferr
}
