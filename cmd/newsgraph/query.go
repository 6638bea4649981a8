package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/config"
	"newsgraph/graph"
	"newsgraph/queries"
)

func newQueryCmd() *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "query 'GIZMO'",
		Short: "Run a Gizmo query against the store and print its results as JSON",
		Long: `Query runs a Gizmo (JavaScript) query, the language of Cayley's own query API, and prints
{"result": [...]} as Cayley's HTTP API would. The query stops at http.query_timeout and
returns at most http.query_limit results. Use -f FILE (or -f -) to read the query from a file.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := queryText(cmd, args, file)
			if err != nil {
				return err
			}
			return withStore(cmd, func(st *graph.Store, cfg *config.Config) error {
				res, err := queries.RunGizmo(cmd.Context(), st.QuadStore(), q, cfg.HTTP.QueryLimit, cfg.HTTP.QueryTimeout)
				if err != nil {
					return err
				}
				if res == nil {
					res = []interface{}{}
				}
				return printJSON(cmd.OutOrStdout(), map[string]any{"result": res})
			})
		},
	}
	cmd.Flags().StringVarP(&file, "file", "f", "", "read the query from FILE (- for stdin)")
	return cmd
}

func queryText(cmd *cobra.Command, args []string, file string) (string, error) {
	switch {
	case file != "" && len(args) > 0:
		return "", fmt.Errorf("give the query as an argument or with -f, not both")
	case file == "-":
		b, err := io.ReadAll(cmd.InOrStdin())
		return string(b), err
	case file != "":
		b, err := os.ReadFile(file)
		return string(b), err
	case len(args) == 1 && strings.TrimSpace(args[0]) != "":
		return args[0], nil
	}
	return "", fmt.Errorf("no query given")
}
