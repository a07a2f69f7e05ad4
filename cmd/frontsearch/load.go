package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/frontsearch/frontsearch/web/loadtest"
)

func init() {
	register(command{
		name:    "load",
		summary: "load-test a running server: load -addr http://127.0.0.1:8080 -clients 8 -duration 30s",
		run:     runLoad,
	})
}

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("load", stderr)
	addr := flags.String("addr", "http://127.0.0.1:8080", "server base `URL` (or host:port)")
	clients := flags.Int("clients", 8, "concurrent clients")
	dur := flags.Duration("duration", 30*time.Second, "length of the run")
	seed := flags.Uint64("seed", 1, "random seed of the request sequence")
	noExport := flags.Bool("no-export", false, "leave exports out of the mix")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: frontsearch load [-addr URL] [-clients N] [-duration D]")
		fmt.Fprintln(stderr, "Runs N clients mixing searches, facet look-ups, article pages, similar articles,")
		fmt.Fprintln(stderr, "exports and feeds; exits with status 1 on any error. Start the server with")
		fmt.Fprintln(stderr, "-rate -1 (no rate limit): all clients share one IP address.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", flags.Arg(0))}
	}
	if *clients < 1 || *dur <= 0 {
		return usageError{"-clients must be at least 1 and -duration positive"}
	}
	base := *addr
	if !strings.Contains(base, "://") {
		base = "http://" + base
	}
	fmt.Fprintf(stderr, "load: %d clients for %s against %s\n", *clients, *dur, base)
	res, err := loadtest.Run(ctx, loadtest.Config{BaseURL: base, Clients: *clients, Duration: *dur, Seed: *seed, NoExport: *noExport})
	if err != nil {
		return err
	}
	res.WriteText(stdout)
	if res.Errors > 0 {
		return fmt.Errorf("%d of %d requests failed", res.Errors, res.Requests)
	}
	return nil
}
