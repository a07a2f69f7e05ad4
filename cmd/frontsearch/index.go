package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/frontsearch/frontsearch/indexer/build"
	"github.com/frontsearch/frontsearch/indexer/enrich"
	"github.com/frontsearch/frontsearch/indexer/gazetteer"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
)

func init() {
	register(command{
		name:    "index",
		summary: "index archived pages: index -index DIR [-rebuild | -prune] [-workers N] [-gazetteer DIR] PATH...",
		run:     runIndex,
	})
}

// defaultGazetteerDir is where the shared admin-unit data lives, relative to
// the repository root.
const defaultGazetteerDir = "../shared/data/admin-units"

func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("index", stderr)
	dir := flags.String("index", "", "index `directory` (created if missing)")
	rebuild := flags.Bool("rebuild", false, "build a new index from nothing and switch to it when complete")
	workers := flags.Int("workers", 0, "parallel page workers (0 = GOMAXPROCS)")
	batch := flags.Int("batch", build.DefaultBatchSize, "documents per index batch")
	noOptimize := flags.Bool("no-optimize", false, "publish a rebuilt index without merging each shard into one segment (faster to build, slower to query)")
	shards := flags.Int("shards", 0, "shards of a rebuilt index, searched in parallel (0 = 2); an update keeps the index's")
	gaz := flags.String("gazetteer", defaultGazetteerDir, "admin-unit data `directory` (optional; \"\" disables)")
	topics := flags.String("topics", "", "topics.tsv `file` (\"\" = built-in taxonomy)")
	maxBytes := flags.Int64("max-bytes", source.DefaultMaxBytes, "largest decompressed page accepted, in bytes")
	quiet := flags.Bool("q", false, "no progress lines")
	prune := flags.Bool("prune", false, "delete the articles of pages under PATH that are no longer there (an update only)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: frontsearch index -index DIR [-rebuild | -prune] [-workers N] [-gazetteer DIR] PATH...")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return usageError{"-index DIR is required"}
	}
	if flags.NArg() == 0 {
		return usageError{"no PATH to index"}
	}
	e, err := newEnricher(*gaz, *topics, *gaz != defaultGazetteerDir)
	if err != nil {
		return err
	}
	opts := build.Options{
		Rebuild:    *rebuild,
		Workers:    *workers,
		BatchSize:  *batch,
		Shards:     *shards,
		NoOptimize: *noOptimize,
		Prune:      *prune,
		Source:     source.Options{MaxBytes: *maxBytes},
	}
	opts.Processor = pipeline.New(e)
	if !*quiet {
		opts.Progress = stderr
	}
	tuneGCForIndexing()
	rep, err := build.Run(ctx, *dir, flags.Args(), opts)
	if rep != nil {
		rep.WriteText(stdout)
	}
	return err
}

// newEnricher loads the gazetteer (optional: a missing default directory
// only logs; a directory the user named must load) and builds the
// enricher.
func newEnricher(gazDir, topics string, required bool) (*enrich.Enricher, error) {
	var g *gazetteer.Gazetteer
	if gazDir != "" {
		if _, err := os.Stat(gazDir); err != nil {
			if required || !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("gazetteer: %w", err)
			}
			abs, _ := filepath.Abs(gazDir)
			slog.Info("no gazetteer data; places get no province/commune chain", "looked in", abs)
		} else {
			var err error
			if g, err = gazetteer.LoadDir(gazDir); err != nil {
				return nil, fmt.Errorf("load gazetteer %s: %w", gazDir, err)
			}
		}
	}
	e, err := enrich.New(enrich.Options{Gazetteer: g, Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("enricher: %w", err)
	}
	return e, nil
}
