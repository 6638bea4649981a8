package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"newsgraph/loaders"
)

func newExtractCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Print the entities, relations and events found in articles (no store needed)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, p := range args {
				b, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				x := loaders.Extract(loaders.Article{ID: p, Text: string(b), Path: p, Published: time.Time{}})
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if format != "json" {
					return fmt.Errorf("unknown format %q", format)
				}
				if err := enc.Encode(x); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or text")
	return cmd
}
