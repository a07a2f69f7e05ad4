package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
)

func init() {
	register(command{
		name:    "extract",
		summary: "print one JSON article per page (JSON Lines): extract [-workers N] [-gazetteer DIR] FILE|DIR...",
		run:     runExtract,
	})
}

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("extract", stderr)
	workers := flags.Int("workers", 0, "parallel page workers (0 = GOMAXPROCS)")
	gaz := flags.String("gazetteer", defaultGazetteerDir, "admin-unit data `directory` for enrichment (optional; \"\" disables)")
	topics := flags.String("topics", "", "topics.tsv `file` (\"\" = built-in taxonomy)")
	noEnrich := flags.Bool("no-enrich", false, "skip entity enrichment (extraction only)")
	maxBytes := flags.Int64("max-bytes", source.DefaultMaxBytes, "largest decompressed page accepted, in bytes")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: frontsearch extract [-workers N] [-gazetteer DIR] FILE|DIR...")
		fmt.Fprintln(stderr, "Prints one JSON object per page (search.Article) on stdout, in input order; a summary on stderr.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() == 0 {
		return usageError{"no FILE or DIR to extract"}
	}
	n := *workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	var p *pipeline.Pipeline
	if *noEnrich {
		p = pipeline.New(nil)
	} else {
		e, err := newEnricher(*gaz, *topics, *gaz != defaultGazetteerDir)
		if err != nil {
			return err
		}
		p = pipeline.New(e)
	}
	start := time.Now()
	sum, err := extractPages(ctx, p, flags.Args(), source.Options{MaxBytes: *maxBytes}, n, stdout)
	sum.write(stderr, time.Since(start))
	return err
}

// extractSummary counts what extract produced.
type extractSummary struct {
	pages, articles int
	reasons         map[string]int
}

func (s extractSummary) write(w io.Writer, d time.Duration) {
	var parts []string
	for r, k := range s.reasons {
		parts = append(parts, fmt.Sprintf("%s: %d", r, k))
	}
	sort.Strings(parts)
	msg := fmt.Sprintf("extract: %d pages, %d articles, %d skipped in %.1fs", s.pages, s.articles, s.pages-s.articles, d.Seconds())
	if len(parts) > 0 {
		msg += " (" + strings.Join(parts, "; ") + ")"
	}
	fmt.Fprintln(w, msg)
}

// extractPages runs the pipeline over every page under paths with n
// workers and writes the articles as JSON Lines in input order.
func extractPages(ctx context.Context, p *pipeline.Pipeline, paths []string, opts source.Options, n int, out io.Writer) (extractSummary, error) {
	sum := extractSummary{reasons: map[string]int{}}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		pg  source.Page
		res chan search.Article
	}
	jobs := make(chan job)
	order := make(chan chan search.Article, 4*n) // bounds pages in flight
	for i := 0; i < n; i++ {
		go func() {
			for j := range jobs {
				j.res <- p.Process(j.pg)
			}
		}()
	}
	writeErr := make(chan error, 1)
	go func() {
		bw := bufio.NewWriter(out)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		var err error
		for res := range order {
			a := <-res
			if err != nil {
				continue // drain so that the workers finish
			}
			sum.pages++
			if a.IsArticle {
				sum.articles++
			} else {
				sum.reasons[reasonKind(a.Reason)]++
			}
			if e := enc.Encode(&a); e != nil {
				err = fmt.Errorf("write output: %w", e)
				cancel()
			}
		}
		if e := bw.Flush(); e != nil && err == nil {
			err = fmt.Errorf("write output: %w", e)
		}
		writeErr <- err
	}()
	walkErr := source.Walk(ctx, paths, opts, func(pg source.Page) error {
		res := make(chan search.Article, 1)
		select {
		case order <- res:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case jobs <- job{pg, res}:
		case <-ctx.Done():
			res <- search.Article{}
			return ctx.Err()
		}
		return nil
	})
	close(jobs)
	close(order)
	werr := <-writeErr
	if werr != nil {
		return sum, werr
	}
	if walkErr != nil {
		return sum, fmt.Errorf("walk inputs: %w", walkErr)
	}
	return sum, nil
}

// reasonKind shortens a skip reason for the summary ("too large: 40 MiB"
// → "too large").
func reasonKind(r string) string {
	if i := strings.IndexAny(r, ":("); i > 0 && i < 40 {
		return strings.TrimSpace(r[:i])
	}
	if len(r) > 60 {
		return r[:60]
	}
	return r
}
