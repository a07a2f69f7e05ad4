package build

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

// fakeProcessor stands in for indexer/pipeline in the tests of this
// package, which are about writing, not extraction: a page is
// "ARTICLE|id|title|body" or "LISTING|…" (not an article); anything else
// is "garbage". Delay slows each page so a killed run dies mid-way.
type fakeProcessor struct{ delay time.Duration }

func (f fakeProcessor) Process(pg source.Page) search.Article {
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	a := search.Article{Source: pg.Source, Captions: []string{}, Units: []search.Unit{},
		Places: []search.Place{}, People: []search.Person{}, Topics: []search.Topic{}, DocRefs: []search.DocRef{}}
	parts := strings.SplitN(string(pg.Body), "|", 4)
	switch {
	case len(parts) == 4 && parts[0] == "ARTICLE":
		a.IsArticle, a.ID, a.Title, a.Body = true, parts[1], parts[2], parts[3]
	case len(parts) > 0 && parts[0] == "LISTING":
		a.Reason = "listing page"
	default:
		a.Reason = "garbage"
	}
	return a
}

// writeCorpus writes n pages under dir: every 7th a listing, every 11th
// garbage, the rest articles. It returns the article IDs.
func writeCorpus(t testing.TB, dir string, n int) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	for i := 0; i < n; i++ {
		var body string
		switch {
		case i%7 == 3:
			body = "LISTING|tin tức"
		case i%11 == 5:
			body = "\x00\x01binary"
		default:
			id := fmt.Sprintf("a%05d", i)
			ids[id] = true
			body = fmt.Sprintf("ARTICLE|%s|Hội nghị Ủy ban MTTQ số %d|Mặt trận Tổ quốc xã %d tổ chức hội nghị.", id, i, i)
		}
		sub := filepath.Join(dir, fmt.Sprintf("site%d", i%4))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("p%05d.html", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

func docIDs(t testing.TB, idx bleve.Index) []string {
	t.Helper()
	n, err := idx.DocCount()
	if err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), int(n)+10, 0, false)
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestRunIncremental(t *testing.T) {
	ctx := context.Background()
	arch, dir := t.TempDir(), t.TempDir()
	want := writeCorpus(t, arch, 60)
	opts := Options{Processor: fakeProcessor{}, BatchSize: 7, Workers: 3}

	rep, err := Run(ctx, dir, []string{arch}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Indexed != len(want) || rep.Replaced != 0 || rep.Unchanged != 0 || !rep.Committed {
		t.Fatalf("first run: %+v, want %d indexed", rep, len(want))
	}
	if rep.Pages != 60 || rep.Skipped != 60-len(want) {
		t.Errorf("pages %d skipped %d", rep.Pages, rep.Skipped)
	}
	if rep.Reasons["listing page"] == nil || rep.Reasons["garbage"] == nil {
		t.Errorf("reasons %v", rep.Reasons)
	}
	for _, r := range rep.Reasons {
		if len(r.Examples) == 0 || len(r.Examples) > 5 {
			t.Errorf("examples %v", r.Examples)
		}
	}
	var saved Report
	b, err := os.ReadFile(filepath.Join(dir, store.ReportFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &saved); err != nil || saved.Indexed != rep.Indexed {
		t.Fatalf("saved report %s: %v", b, err)
	}

	// Nothing changed: everything unchanged, no new generation.
	gen, _ := store.ReadCurrent(dir)
	rep, err = Run(ctx, dir, []string{arch}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Unchanged != len(want) || rep.Indexed+rep.Replaced != 0 || rep.Committed {
		t.Fatalf("second run: %+v", rep)
	}
	if g, _ := store.ReadCurrent(dir); g != gen {
		t.Errorf("no-op run switched generation %s → %s", gen, g)
	}

	// One page changed, one added.
	os.WriteFile(filepath.Join(arch, "site0", "p00000.html"), []byte("ARTICLE|a00000|Tiêu đề mới|Nội dung mới"), 0o644)
	os.WriteFile(filepath.Join(arch, "new.html"), []byte("ARTICLE|new1|Bài mới|Nội dung"), 0o644)
	rep, err = Run(ctx, dir, []string{arch}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Replaced != 1 || rep.Indexed != 1 || rep.Unchanged != len(want)-1 || !rep.Committed {
		t.Fatalf("third run: %+v", rep)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Index().DocCount(); n != uint64(len(want)+1) {
		t.Errorf("doc count %d, want %d", n, len(want)+1)
	}
}

func TestDuplicateIDsLastWins(t *testing.T) {
	ctx := context.Background()
	arch, dir := t.TempDir(), t.TempDir()
	for i := 0; i < 30; i++ {
		os.WriteFile(filepath.Join(arch, fmt.Sprintf("p%02d.html", i)), []byte(fmt.Sprintf("ARTICLE|same|copy %d|body %d", i, i)), 0o644)
	}
	rep, err := Run(ctx, dir, []string{arch}, Options{Processor: fakeProcessor{}, BatchSize: 4, Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Duplicates != 29 {
		t.Errorf("duplicates %d, want 29", rep.Duplicates)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if ids := docIDs(t, st.Index()); len(ids) != 1 {
		t.Fatalf("ids %v", ids)
	}
	req := bleve.NewSearchRequest(bleve.NewMatchAllQuery())
	req.Fields = []string{"src"}
	res, err := st.Index().Search(req)
	if err != nil || len(res.Hits) != 1 {
		t.Fatal(err)
	}
	if src, _ := res.Hits[0].Fields["src"].(string); !strings.Contains(src, "copy 29") {
		t.Errorf("kept %q, want the last page in walk order (copy 29)", src)
	}
}

func TestRebuildWhileQuerying(t *testing.T) {
	ctx := context.Background()
	arch, dir := t.TempDir(), t.TempDir()
	writeCorpus(t, arch, 200)
	opts := Options{Processor: fakeProcessor{}, BatchSize: 50}
	if _, err := Run(ctx, dir, []string{arch}, opts); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	var stop atomic.Bool
	var queries atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, 8)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				q := bleve.NewMatchQuery("hội nghị")
				q.SetField(schema.FieldTitle)
				req := bleve.NewSearchRequest(q)
				res, err := st.Index().Search(req)
				if err == nil && res.Total == 0 {
					err = fmt.Errorf("empty result (generation %s)", st.Generation())
				}
				if err != nil {
					errc <- err
					return
				}
				queries.Add(1)
			}
		}()
	}
	opts.Rebuild = true
	for i := 0; i < 3; i++ {
		rep, err := Run(ctx, dir, []string{arch}, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Committed || rep.Mode != store.ModeRebuild {
			t.Fatalf("rebuild not committed: %+v", rep)
		}
		if swapped, err := st.Reload(); err != nil || !swapped {
			t.Fatalf("reload: %v %v", swapped, err)
		}
	}
	stop.Store(true)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if queries.Load() == 0 {
		t.Error("no query ran")
	}
	t.Logf("%d queries during 3 rebuilds", queries.Load())
}

func TestWatchIndexesNewPages(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	arch, dir := t.TempDir(), t.TempDir()
	writeCorpus(t, arch, 10)
	commits := make(chan *Report, 10)
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, dir, []string{arch}, WatchOptions{
			Options:  Options{Processor: fakeProcessor{}},
			Interval: 20 * time.Millisecond,
			OnCommit: func(r *Report) { commits <- r },
		})
	}()
	first := <-commits
	if first.Indexed == 0 {
		t.Fatalf("first watch run: %+v", first)
	}
	os.WriteFile(filepath.Join(arch, "late.html"), []byte("ARTICLE|late|Bài đến muộn|Nội dung"), 0o644)
	second := <-commits
	if second.Indexed != 1 || second.Pages != 1 {
		t.Fatalf("second watch run: %+v, want exactly the new page", second)
	}
	cancel()
	<-done
}

// The crash test re-executes this test binary as the indexer: with
// childEnv set, TestMain runs one index run and exits.
const childEnv = "FRONTSEARCH_BUILD_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(childIndex(spec))
	}
	os.Exit(m.Run())
}

// childIndex runs "index" as the test's child process: spec is
// "DIR|ARCHIVE|DELAY".
func childIndex(spec string) int {
	f := strings.Split(spec, "|")
	delay, _ := time.ParseDuration(f[2])
	_, err := Run(context.Background(), f[0], []string{f[1]}, Options{
		Processor: fakeProcessor{delay: delay}, BatchSize: 25, Workers: 2, NoReport: true,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestKill9 kills the indexer with SIGKILL at random moments, checks after
// each kill that the index opens and answers, then lets a run finish and
// checks that every article is there exactly once.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	arch, dir := t.TempDir(), t.TempDir()
	want := writeCorpus(t, arch, 1500)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	t.Logf("%d pages, %d articles", 1500, len(want))
	run := func(dir string, kill time.Duration) (killed bool) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir+"|"+arch+"|1ms")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		if kill > 0 {
			select {
			case err := <-exited:
				if err != nil {
					t.Fatalf("child failed before kill: %v\n%s", err, stderr.String())
				}
				return false
			case <-time.After(kill):
				cmd.Process.Signal(syscall.SIGKILL)
				<-exited
				return true
			}
		}
		if err := <-exited; err != nil {
			t.Fatalf("child failed: %v\n%s", err, stderr.String())
		}
		return false
	}
	// A complete run elsewhere tells how long a run takes on this machine
	// now; kills land between 5% and 95% of that.
	t0 := time.Now()
	run(t.TempDir(), 0)
	full := time.Since(t0)
	kills, opened := 0, false
	for i := 0; i < 10 && kills < 4; i++ {
		d := full/20 + time.Duration(rng.Int63n(int64(full*3/4)))
		if run(dir, d) {
			kills++
		}
		st, err := store.Open(dir)
		if errors.Is(err, store.ErrNoIndex) && !opened {
			// Killed before its first milliseconds created the directory.
			t.Logf("kill %d at %v: before the index existed", i, d)
			continue
		}
		opened = true
		if err != nil {
			t.Fatalf("after kill %d at %v: index does not open: %v", i, d, err)
		}
		res, err := st.Index().Search(bleve.NewSearchRequest(bleve.NewMatchAllQuery()))
		if err != nil {
			t.Fatalf("after kill %d at %v: query fails: %v", i, d, err)
		}
		t.Logf("kill %d at %v: live %s answers, %d docs", i, d, st.Generation(), res.Total)
		st.Close()
	}
	if kills < 3 {
		t.Fatalf("only %d runs were killed", kills)
	}
	run(dir, 0)
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ids := docIDs(t, st.Index())
	got := map[string]bool{}
	for _, id := range ids {
		if got[id] {
			t.Errorf("duplicate id %s", id)
		}
		got[id] = true
		if !want[id] {
			t.Errorf("unexpected id %s", id)
		}
	}
	n, _ := st.Index().DocCount()
	if len(got) != len(want) || n != uint64(len(want)) {
		t.Errorf("%d distinct ids, doc count %d; want %d articles", len(got), n, len(want))
	}
	if _, err := os.Stat(filepath.Join(dir, store.PendingFile)); err == nil {
		t.Error("PENDING left after a complete run")
	}
	t.Logf("%d kills, final %d docs", kills, n)
}

// TestRebuildOptimizes checks that a rebuild publishes each shard as one
// segment, unless told not to (then Bleve's own merges decide).
func TestRebuildOptimizes(t *testing.T) {
	ctx := context.Background()
	arch := t.TempDir()
	for i := 0; i < 60; i++ {
		os.WriteFile(filepath.Join(arch, fmt.Sprintf("p%02d.html", i)), []byte(fmt.Sprintf("ARTICLE|a%02d|tiêu đề %d|nội dung %d", i, i, i)), 0o644)
	}
	for _, tc := range []struct {
		noOptimize bool
	}{{false}, {true}} {
		dir := t.TempDir()
		opts := Options{Processor: fakeProcessor{}, BatchSize: 4, Workers: 2, Rebuild: true, NoOptimize: tc.noOptimize}
		rep, err := Run(ctx, dir, []string{arch}, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.OptimizeSeconds > 0; got == tc.noOptimize {
			t.Errorf("NoOptimize=%v: OptimizeSeconds %v", tc.noOptimize, rep.OptimizeSeconds)
		}
		if tc.noOptimize {
			continue
		}
		gen := filepath.Join(dir, rep.Generation)
		for i := 0; i < store.DefaultShards; i++ {
			idx, err := bleve.OpenUsing(filepath.Join(gen, fmt.Sprintf("shard-%d", i)), map[string]any{"read_only": true})
			if err != nil {
				t.Fatal(err)
			}
			n := segments(t, idx)
			idx.Close()
			if n != 1 {
				t.Errorf("shard %d has %d segments, want 1", i, n)
			}
			if zaps, _ := filepath.Glob(filepath.Join(gen, fmt.Sprintf("shard-%d", i), "store", "*.zap")); len(zaps) != 1 {
				t.Errorf("shard %d keeps %d segment files, want 1 (merged-away files deleted)", i, len(zaps))
			}
		}
	}
}

// segments is the number of segments of a scorch index's current snapshot.
func segments(t *testing.T, idx bleve.Index) uint64 {
	t.Helper()
	a, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := a.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		t.Fatalf("reader %T is not a scorch snapshot", r)
	}
	return uint64(len(snap.Segments()))
}
