package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"newsgraph/config"
	"newsgraph/graph"
	"newsgraph/queries"
)

func newServeCmd() *cobra.Command {
	var load []string
	cmd := &cobra.Command{
		Use:   "serve [--load PATH]...",
		Short: "Serve the HTTP API (Gizmo v1/v2, paths, entities, questions, conflicts)",
		Long: `Serve answers HTTP on http.addr (default 127.0.0.1:64210): Cayley's Gizmo API
(/api/v1/query/gizmo, /api/v2/query), dumps (/api/v2/read), paths, entity profiles,
questions and conflicts (/api/v1/...). --load loads articles into the store first.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(cmd, func(st *graph.Store, cfg *config.Config) error {
				if len(load) > 0 {
					sum, err := loadPaths(cmd, st, cfg, load, "txt")
					printSummary(cmd.ErrOrStderr(), sum, false)
					if err != nil {
						return err
					}
				}
				return serve(cmd, st, cfg)
			})
		},
	}
	cmd.Flags().StringSliceVar(&load, "load", nil, "articles to load before serving (files or directories; repeatable)")
	return cmd
}

// serve runs the HTTP server until SIGINT/SIGTERM, then drains requests.
func serve(cmd *cobra.Command, st *graph.Store, cfg *config.Config) error {
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("http.addr (%s): %w", cfg.Origin("http.addr"), err)
	}
	srv := &http.Server{
		Handler: queries.NewServer(st, queries.ServerOptions{
			QueryTimeout: cfg.HTTP.QueryTimeout,
			QueryLimit:   cfg.HTTP.QueryLimit,
			MaxBody:      cfg.HTTP.MaxBody,
			AllowWrites:  cfg.HTTP.AllowWrites,
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: serving %s store on http://%s (Ctrl-C to stop)\n", st.Backend(), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
