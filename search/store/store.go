package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	// The schema registers (through search/analysis) the analyzers that a
	// frontsearch index's stored mapping names; without them Open fails.
	_ "github.com/frontsearch/frontsearch/search/schema"
)

// File and directory names inside an index directory.
const (
	CurrentFile = "CURRENT"
	PendingFile = "PENDING"
	LockFile    = "LOCK"
	// ReportFile is where indexer/build writes its last report.
	ReportFile = "last-report.json"
	genPrefix  = "gen-"
)

// ErrNoIndex is wrapped by Open's error when DIR holds no index.
var ErrNoIndex = errors.New("no index")

// boltTimeout bounds how long opening a generation waits for a lock held by
// another process, so that a conflict is an error, never a hang.
const boltTimeout = "10s"

// Store is an open index directory, for reading. Its Index survives
// generation swaps. Safe for concurrent use.
type Store struct {
	dir   string
	alias bleve.IndexAlias

	mu     sync.Mutex // serialises Reload and Close
	live   *generation
	gen    string
	closed bool
}

// Open opens the live generation of the index directory dir, read-only.
func Open(dir string) (*Store, error) {
	gen, g, err := openLive(dir)
	if err != nil {
		return nil, err
	}
	alias, err := newAlias(g.shards)
	if err != nil {
		g.Close()
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	return &Store{dir: dir, alias: alias, live: g, gen: gen}, nil
}

// openLive reads CURRENT and opens that generation read-only. A writer may
// remove an old generation between our reading CURRENT and opening it, so a
// failure is retried after re-reading CURRENT.
func openLive(dir string) (string, *generation, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		gen, err := ReadCurrent(dir)
		if err != nil {
			return "", nil, err
		}
		g, err := openGeneration(filepath.Join(dir, gen), "")
		if err == nil {
			return gen, g, nil
		}
		lastErr = err
		again, err2 := ReadCurrent(dir)
		if err2 == nil && again == gen {
			break // CURRENT is stable: the failure is real
		}
	}
	return "", nil, fmt.Errorf("store: open %s: %w", dir, lastErr)
}

// ReadCurrent returns the name of the live generation of dir.
func ReadCurrent(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, CurrentFile))
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("store: %s: %w (no %s file; run frontsearch index first)", dir, ErrNoIndex, CurrentFile)
	}
	if err != nil {
		return "", fmt.Errorf("store: read %s: %w", CurrentFile, err)
	}
	gen := strings.TrimSpace(string(b))
	if _, ok := genNumber(gen); !ok {
		return "", fmt.Errorf("store: %s: %s names %q, not a generation", dir, CurrentFile, gen)
	}
	return gen, nil
}

// Dir is the index directory.
func (s *Store) Dir() string { return s.dir }

// Index is the live index, as an alias that keeps working across swaps.
func (s *Store) Index() bleve.Index { return s.alias }

// Generation names the generation the store currently serves.
func (s *Store) Generation() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen
}

// Reload switches to the generation CURRENT names, if it changed. It
// reports whether it swapped. Queries running during the swap finish on the
// old generation; later ones see the new one; none sees an empty alias.
func (s *Store) Reload() (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false, fmt.Errorf("store: reload %s: %w", s.dir, bleve.ErrorIndexClosed)
	}
	gen, err := ReadCurrent(s.dir)
	if err != nil {
		return false, err
	}
	if gen == s.gen {
		return false, nil
	}
	gen, g, err := openLive(s.dir)
	if err != nil {
		return false, err
	}
	if gen == s.gen { // raced back; keep what we have
		_ = g.Close()
		return false, nil
	}
	old := s.live
	// Swap adds before it removes, under the alias's write lock, which
	// waits for every running search: after it returns nobody uses old.
	s.alias.Swap(g.shards, old.shards)
	if a, ok := s.alias.(interface {
		SetIndexMapping(mapping.IndexMapping) error
	}); ok {
		// A rebuild may have changed the mapping.
		_ = a.SetIndexMapping(g.shards[0].Mapping())
	}
	s.live, s.gen = g, gen
	if err := old.Close(); err != nil {
		slog.Warn("store: closing old generation", "dir", s.dir, "err", err)
	}
	return true, nil
}

// Watch calls Reload every interval until ctx ends. Errors are logged, not
// fatal: the store keeps serving the generation it has.
func (s *Store) Watch(ctx context.Context, interval time.Duration) {
	if interval <= 0 {
		interval = 2 * time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			swapped, err := s.Reload()
			if err != nil {
				slog.Warn("store: reload", "dir", s.dir, "err", err)
			} else if swapped {
				slog.Info("store: switched generation", "dir", s.dir, "generation", s.Generation())
			}
		}
	}
}

// Close closes the live generation.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	s.alias.Remove(s.live.shards...)
	if err := s.live.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.dir, err)
	}
	return nil
}

// Create makes dir an index directory with an empty first generation built
// with mapping m, unless it already is one (then it does nothing). It is
// what lets an index directory open from the moment indexing starts.
func Create(ctx context.Context, dir string, m mapping.IndexMapping) error {
	if _, err := ReadCurrent(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("store: create %s: %w", dir, err)
	}
	unlock, err := lockDir(ctx, dir)
	if err != nil {
		return err
	}
	defer unlock()
	return create(dir, m)
}

// create is Create with the writer lock held.
func create(dir string, m mapping.IndexMapping) error {
	if _, err := ReadCurrent(dir); err == nil {
		return nil // created meanwhile
	}
	gen, err := nextGeneration(dir)
	if err != nil {
		return err
	}
	if err := createGeneration(filepath.Join(dir, gen), m, DefaultShards); err != nil {
		return fmt.Errorf("store: create %s: %w", dir, err)
	}
	return writeCurrent(dir, gen)
}

// writeCurrent replaces CURRENT atomically: temp file, fsync, rename, fsync
// of the directory.
func writeCurrent(dir, gen string) error {
	return writeFileAtomic(dir, CurrentFile, []byte(gen+"\n"))
}

// WriteFileAtomic writes dir/name so that a crash leaves either the old or
// the new content, never a mix.
func WriteFileAtomic(dir, name string, data []byte) error {
	return writeFileAtomic(dir, name, data)
}

func writeFileAtomic(dir, name string, data []byte) error {
	tmp := filepath.Join(dir, name+".tmp")
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("store: write %s: %w", name, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("store: write %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("store: sync %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", name, err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("store: rename %s: %w", name, err)
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("store: sync dir %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store: sync dir %s: %w", dir, err)
	}
	return nil
}

// syncTree fsyncs every file and directory under root, directories last.
func syncTree(root string) error {
	var dirs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			dirs = append(dirs, p)
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Sync()
	})
	if err != nil {
		return fmt.Errorf("store: sync %s: %w", root, err)
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if err := syncDir(dirs[i]); err != nil {
			return err
		}
	}
	return syncDir(filepath.Dir(root))
}

func genNumber(name string) (int, bool) {
	if !strings.HasPrefix(name, genPrefix) {
		return 0, false
	}
	digits := name[len(genPrefix):]
	if len(digits) < 6 || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

func genName(n int) string { return fmt.Sprintf("%s%06d", genPrefix, n) }

// generations lists the generation directories of dir, oldest first.
func generations(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("store: list %s: %w", dir, err)
	}
	var gens []string
	for _, e := range ents {
		if _, ok := genNumber(e.Name()); ok && e.IsDir() {
			gens = append(gens, e.Name())
		}
	}
	sort.Slice(gens, func(i, j int) bool {
		a, _ := genNumber(gens[i])
		b, _ := genNumber(gens[j])
		return a < b
	})
	return gens, nil
}

func nextGeneration(dir string) (string, error) {
	gens, err := generations(dir)
	if err != nil {
		return "", err
	}
	n := 1
	if len(gens) > 0 {
		last, _ := genNumber(gens[len(gens)-1])
		n = last + 1
	}
	return genName(n), nil
}
