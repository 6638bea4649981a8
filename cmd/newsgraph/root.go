package main

import (
	"github.com/spf13/cobra"
)

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "Turn news articles into a knowledge graph and ask it how people, organisations and countries are connected",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newExtractCmd())
	return root
}
