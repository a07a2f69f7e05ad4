package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/frontsearch/frontsearch/indexer/build/bench"
)

func init() {
	register(command{
		name:    "bench",
		summary: "benchmark indexing and queries on a generated corpus: bench [-n N] [-work DIR] [-json]",
		run:     runBench,
	})
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("bench", stderr)
	n := flags.Int("n", 10000, "pages to generate and index")
	seed := flags.Int64("seed", 1, "corpus seed")
	work := flags.String("work", "", "work `directory` for the corpus (kept and reused) and the index; \"\" = temporary")
	workers := flags.Int("workers", 0, "indexing workers (0 = GOMAXPROCS)")
	queries := flags.Int("queries", 1000, "timed queries")
	asJSON := flags.Bool("json", false, "print the result as JSON")
	cpuprofile := flags.String("cpuprofile", "", "write a CPU profile of the whole run to `file`")
	memprofile := flags.String("memprofile", "", "write an allocation profile of the whole run to `file` (sampled every 512 KB)")
	gaz := flags.String("gazetteer", defaultGazetteerDir, "admin-unit data `directory` (optional; \"\" disables)")
	noEnrich := flags.Bool("no-enrich", false, "index without entity enrichment")
	skipIndex := flags.Bool("skip-index", false, "reuse the index in -work and only run the queries")
	quiet := flags.Bool("q", false, "no progress lines")
	drop := flags.String("drop-fields", "", "comma-separated index `fields` to leave out of the mapping (to measure their cost)")
	batch := flags.Int("batch", 0, "documents per index batch (0 = the indexer's default)")
	shards := flags.Int("shards", 0, "index shards (0 = the store's default)")
	noOptimize := flags.Bool("no-optimize", false, "leave the index unmerged after building it")
	textOnly := flags.Bool("text-only", false, "index only the title and body variants, without enrichment: the floor of the text features (implies -no-enrich)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usageError{"bench takes no arguments"}
	}
	if *skipIndex && *work == "" {
		return usageError{"-skip-index needs -work DIR"}
	}
	cfg := bench.Config{Pages: *n, Seed: *seed, Work: *work, Workers: *workers, Queries: *queries, SkipIndex: *skipIndex, BatchSize: *batch, Shards: *shards, NoOptimize: *noOptimize}
	if !*skipIndex {
		cfg.GC = tuneGCForIndexing()
	}
	if *drop != "" {
		cfg.DropFields = strings.Split(*drop, ",")
	}
	if *textOnly {
		fields, err := bench.TextOnlyFields()
		if err != nil {
			return err
		}
		cfg.DropFields = append(cfg.DropFields, fields...)
	}
	if !*noEnrich && !*textOnly {
		e, err := newEnricher(*gaz, "", *gaz != defaultGazetteerDir)
		if err != nil {
			return err
		}
		cfg.Enricher = e
	}
	if !*quiet {
		cfg.Progress = stderr
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("cpuprofile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpuprofile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	if *memprofile != "" {
		runtime.MemProfileRate = 512 << 10
	}
	res, err := bench.Run(ctx, cfg)
	if err != nil {
		return err
	}
	if *memprofile != "" {
		if err := writeHeapProfile(*memprofile); err != nil {
			return fmt.Errorf("memprofile: %w", err)
		}
	}
	if *asJSON {
		return res.WriteJSON(stdout)
	}
	res.WriteTable(stdout)
	return nil
}

// writeHeapProfile writes the allocation profile (alloc_space and
// inuse_space samples) to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
