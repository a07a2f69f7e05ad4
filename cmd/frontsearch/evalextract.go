package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/frontsearch/frontsearch/indexer/extract"
	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

func init() {
	register(command{
		name:    "eval-extract",
		summary: "score the extractor on the article-extraction benchmark: eval-extract [-dir DIR] [-worst N]",
		run:     runEvalExtract,
	})
}

// defaultBenchmarkDir is the shared benchmark, relative to the repo root.
const defaultBenchmarkDir = "../shared/benchmarks/article-extraction"

func runEvalExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("eval-extract", stderr)
	dir := flags.String("dir", defaultBenchmarkDir, "benchmark `directory` (html/*.html.gz and ground-truth.json)")
	worst := flags.Int("worst", 0, "also list the N pages with the lowest F1")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: frontsearch eval-extract [-dir DIR] [-worst N]")
		fmt.Fprintln(stderr, "Prints precision, recall and F1 of the main-text extractor (metric: ../shared/README.md).")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() != 0 {
		return usageError{"eval-extract takes no arguments"}
	}
	res, err := extracteval.Evaluate(ctx, *dir, func(html, url string) string {
		return extract.MainText(html, extract.Meta{URL: url})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "pages %d\nprecision %.4f\nrecall %.4f\nF1 %.4f\n", res.N, res.P, res.R, res.F1)
	if *worst > 0 {
		type row struct {
			f1, p, r float64
			url      string
		}
		var rows []row
		for i, c := range res.PerPage {
			p, _ := c.Precision()
			r, _ := c.Recall()
			f := 0.0
			if p+r > 0 {
				f = 2 * p * r / (p + r)
			}
			rows = append(rows, row{f, p, r, res.Pages[i].URL})
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].f1 < rows[j].f1 })
		for _, r := range rows[:min(*worst, len(rows))] {
			fmt.Fprintf(stdout, "%.3f  P %.3f R %.3f  %s\n", r.f1, r.p, r.r, r.url)
		}
	}
	return nil
}
