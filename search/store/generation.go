package store

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// DefaultShards is the number of shards of a new generation. Bleve
// searches and builds one index on one goroutine at a time; two shards let
// one query, and the indexer's segment building, use two cores.
const DefaultShards = 2

// shardsFile, in a generation directory, holds the number of shards. It is
// written last when a generation is created: a directory without it is an
// incomplete generation (or one from before shards, see openGeneration).
const shardsFile = "SHARDS"

// generation is one open generation: its shards, and an alias over them
// for reading.
type generation struct {
	path   string
	shards []bleve.Index
	alias  bleve.IndexAlias
}

// ShardOf returns the shard (of n) that holds the article with this ID.
func ShardOf(id string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(n))
}

func shardPath(gen string, i int) string {
	return filepath.Join(gen, fmt.Sprintf("shard-%d", i))
}

// createGeneration makes the directory path a generation of n empty shards
// built with mapping m.
func createGeneration(path string, m mapping.IndexMapping, n int) error {
	if err := os.MkdirAll(path, 0o755); err != nil {
		return fmt.Errorf("create generation %s: %w", path, err)
	}
	for i := 0; i < n; i++ {
		// Created with Bleve's defaults, so that index_meta.json records
		// no writer options.
		idx, err := bleve.New(shardPath(path, i), m)
		if err != nil {
			return fmt.Errorf("create generation %s: %w", path, err)
		}
		if err := idx.Close(); err != nil {
			return fmt.Errorf("create generation %s: %w", path, err)
		}
	}
	if err := syncTree(path); err != nil {
		return err
	}
	return writeFileAtomic(path, shardsFile, []byte(strconv.Itoa(n)+"\n"))
}

// shardCount reads a generation's number of shards; legacy reports a
// generation from before shards (one Bleve index in the directory itself).
func shardCount(path string) (n int, legacy bool, err error) {
	b, err := os.ReadFile(filepath.Join(path, shardsFile))
	if errors.Is(err, fs.ErrNotExist) {
		if _, statErr := os.Stat(filepath.Join(path, "index_meta.json")); statErr == nil {
			return 1, true, nil
		}
		return 0, false, fmt.Errorf("generation %s is incomplete (no %s)", path, shardsFile)
	}
	if err != nil {
		return 0, false, fmt.Errorf("generation %s: %w", path, err)
	}
	n, err = strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || n < 1 || n > 64 {
		return 0, false, fmt.Errorf("generation %s: %s holds %q, not a shard count", path, shardsFile, strings.TrimSpace(string(b)))
	}
	return n, false, nil
}

// openGeneration opens every shard of the generation at path: read-only
// for serving (mode ""), or with the writer options of the mode (see
// writerConfig).
func openGeneration(path string, mode string) (*generation, error) {
	n, legacy, err := shardCount(path)
	if err != nil {
		return nil, fmt.Errorf("open %w", err)
	}
	cfg := map[string]any{"bolt_timeout": boltTimeout}
	if mode == "" {
		cfg["read_only"] = true
	} else {
		for k, v := range writerConfig(mode) {
			cfg[k] = v
		}
	}
	g := &generation{path: path}
	for i := 0; i < n; i++ {
		p := shardPath(path, i)
		if legacy {
			p = path
		}
		idx, err := bleve.OpenUsing(p, cfg)
		if err != nil {
			g.Close()
			return nil, fmt.Errorf("open generation %s: %w", p, err)
		}
		g.shards = append(g.shards, idx)
	}
	if g.alias, err = newAlias(g.shards); err != nil {
		g.Close()
		return nil, fmt.Errorf("open generation %s: %w", path, err)
	}
	return g, nil
}

// newAlias returns an alias over the shards of one generation. They share
// one mapping, which an alias over several indexes answers Mapping with
// only when told it.
func newAlias(shards []bleve.Index) (bleve.IndexAlias, error) {
	// A copy: the alias edits its slice in place when indexes are removed.
	a := bleve.NewIndexAlias(slices.Clone(shards)...)
	if err := a.SetIndexMapping(shards[0].Mapping()); err != nil {
		return nil, err
	}
	return a, nil
}

// Close closes every shard.
func (g *generation) Close() error {
	var errs []error
	for _, s := range g.shards {
		if err := s.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close generation %s: %w", g.path, err)
	}
	return nil
}

// parallel calls fn for every shard, each on its own goroutine, and
// returns their errors joined.
func (g *generation) parallel(fn func(i int, s bleve.Index) error) error {
	errs := make([]error, len(g.shards))
	var wg sync.WaitGroup
	for i, s := range g.shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn(i, s)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// waitPersisted waits (see the function of the same name) for every shard.
func (g *generation) waitPersisted(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for _, s := range g.shards {
		if err := waitPersisted(s, time.Until(deadline)); err != nil {
			return err
		}
	}
	return nil
}
