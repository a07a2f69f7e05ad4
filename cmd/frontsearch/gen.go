package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/frontsearch/frontsearch/indexer/corpus"
)

func init() {
	register(command{
		name:    "gen",
		summary: "generate a deterministic synthetic archive (-n pages, -seed, -out DIR, -warc)",
		run:     runGen,
	})
}

// runGen implements "frontsearch gen -n N -seed S -out DIR [-warc [-files F]]".
func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("gen", stderr)
	n := fs.Int("n", 1000, "number of pages to generate")
	seed := fs.Int64("seed", 1, "random seed; the same seed and n give the same archive")
	out := fs.String("out", "", "output directory (required)")
	warc := fs.Bool("warc", false, "write .warc.gz files instead of one file per page")
	files := fs.Int("files", 0, "with -warc: number of .warc.gz files (default: one per 10,000 pages, at least one per CPU)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return usageError{"-out DIR is required"}
	}
	if *n < 0 {
		return usageError{"-n must not be negative"}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected arguments: %v", fs.Args())}
	}
	start := time.Now()
	var err error
	if *warc {
		f := *files
		if f <= 0 {
			// about 10,000 pages per file, at least one file per CPU
			f = max(runtime.GOMAXPROCS(0), (*n+9999)/10000)
		}
		err = corpus.WriteWARC(ctx, *out, *n, *seed, f)
	} else {
		err = corpus.Write(ctx, *out, *n, *seed)
	}
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	el := time.Since(start)
	fmt.Fprintf(stdout, "generated %d pages (seed %d) into %s in %s (%.0f pages/s)\n", *n, *seed, *out, el.Round(time.Millisecond), float64(*n)/el.Seconds())
	return nil
}
