package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

func count(t *testing.T, idx bleve.Index) uint64 {
	t.Helper()
	n, err := idx.DocCount()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func write(t *testing.T, w *Writer, ids ...string) {
	t.Helper()
	b := w.NewBatch()
	for _, id := range ids {
		if err := b.Index(id, map[string]any{"title": "bài " + id}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Apply(b); err != nil {
		t.Fatal(err)
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := Open(t.TempDir())
	if !errors.Is(err, ErrNoIndex) {
		t.Fatalf("Open(empty dir) = %v, want ErrNoIndex", err)
	}
}

func TestCreateUpdateRebuildReload(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := bleve.NewIndexMapping()
	if err := Create(ctx, dir, m); err != nil {
		t.Fatal(err)
	}
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := count(t, st.Index()); got != 0 {
		t.Fatalf("new index has %d docs", got)
	}

	w, err := BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	write(t, w, "a", "b")
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if swapped, err := st.Reload(); err != nil || !swapped {
		t.Fatalf("Reload = %v, %v; want swap", swapped, err)
	}
	if got := count(t, st.Index()); got != 2 {
		t.Fatalf("after update: %d docs, want 2", got)
	}

	// An update clones: earlier documents stay.
	w, err = BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	if w.Empty() {
		t.Fatal("update generation claims to be empty")
	}
	write(t, w, "c")
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	st.Reload()
	if got := count(t, st.Index()); got != 3 {
		t.Fatalf("after second update: %d docs, want 3", got)
	}

	// A rebuild starts empty.
	w, err = BeginRebuild(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	if !w.Empty() {
		t.Fatal("fresh rebuild is not empty")
	}
	write(t, w, "x")
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	st.Reload()
	if got := count(t, st.Index()); got != 1 {
		t.Fatalf("after rebuild: %d docs, want 1", got)
	}
	gens, _ := generations(dir)
	if len(gens) > 2 {
		t.Errorf("old generations not swept: %v", gens)
	}
}

func TestAbortResumes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := bleve.NewIndexMapping()
	w, err := BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	gen := w.Generation()
	write(t, w, "a")
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	// Not live.
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := count(t, st.Index()); got != 0 {
		t.Fatalf("aborted work is live: %d docs", got)
	}
	st.Close()

	// A rebuild discards a pending update.
	w, err = BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	if !w.Resumed() || w.Generation() != gen {
		t.Fatalf("update did not resume %s (got %s, resumed %v)", gen, w.Generation(), w.Resumed())
	}
	if got := count(t, w.Index()); got != 1 {
		t.Fatalf("resumed generation has %d docs, want 1", got)
	}
	w.Abort()
	w, err = BeginRebuild(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	if w.Resumed() {
		t.Fatal("rebuild resumed a pending update")
	}
	w.Abort()
}

func TestCommitInterruptedAfterCurrent(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := bleve.NewIndexMapping()
	w, err := BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	write(t, w, "a")
	gen := w.Generation()
	// Simulate a crash between replacing CURRENT and removing PENDING.
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, PendingFile), []byte(gen+" update gen-000001\n"), 0o644)
	w, err = BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	if w.Resumed() || w.Generation() == gen {
		t.Fatalf("resumed the live generation %s", gen)
	}
	w.Abort()
}

func TestReadCurrentRejectsGarbage(t *testing.T) {
	for _, content := range []string{"", "../etc", "gen-", "gen-12", "gen-00000x", "gen-000000"} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, CurrentFile), []byte(content), 0o644)
		if g, err := ReadCurrent(dir); err == nil {
			t.Errorf("ReadCurrent(%q) = %q, want error", content, g)
		}
	}
}

// TestQueriesDuringSwaps runs searches through the alias while generations
// are committed and reloaded: none may fail or come back empty.
func TestQueriesDuringSwaps(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := bleve.NewIndexMapping()
	w, err := BeginUpdate(ctx, dir, m)
	if err != nil {
		t.Fatal(err)
	}
	write(t, w, "seed")
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	var stop atomic.Bool
	var queries atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				res, err := st.Index().Search(bleve.NewSearchRequest(bleve.NewMatchAllQuery()))
				if err == nil && res.Total == 0 {
					err = fmt.Errorf("empty result in generation %s", st.Generation())
				}
				if err != nil {
					errc <- err
					return
				}
				queries.Add(1)
			}
		}()
	}
	for i := 0; i < 6; i++ {
		var w *Writer
		if i%2 == 0 {
			w, err = BeginRebuild(ctx, dir, m)
		} else {
			w, err = BeginUpdate(ctx, dir, m)
		}
		if err != nil {
			t.Fatal(err)
		}
		write(t, w, fmt.Sprintf("doc%d", i))
		if err := w.Commit(); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Reload(); err != nil {
			t.Fatal(err)
		}
	}
	stop.Store(true)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if !strings.HasPrefix(st.Generation(), "gen-") {
		t.Errorf("generation %q", st.Generation())
	}
	t.Logf("%d queries across 6 swaps", queries.Load())
}

// FuzzControlFiles feeds arbitrary CURRENT and PENDING contents: reading
// them must never panic, and a CURRENT accepted must name a generation
// that cannot escape the directory.
func FuzzControlFiles(f *testing.F) {
	for _, s := range []string{"gen-000001\n", "gen-000002 update gen-000001\n", "../x", "gen-\x00", "gen-0000001 rebuild", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, CurrentFile), []byte(s), 0o644)
		os.WriteFile(filepath.Join(dir, PendingFile), []byte(s), 0o644)
		if g, err := ReadCurrent(dir); err == nil {
			if strings.ContainsAny(g, "/\\.") || !strings.HasPrefix(g, "gen-") {
				t.Fatalf("accepted %q", g)
			}
		}
		if p, ok := readPending(dir); ok && strings.ContainsAny(p.gen, "/\\.") {
			t.Fatalf("pending %q", p.gen)
		}
	})
}
