package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/frontsearch/frontsearch/search/store"
)

// TestPrune checks that an update with Prune deletes the articles of pages
// gone from the indexed folder, and only those: not the articles of pages
// outside the paths of the run, nor those of pages still there but now
// skipped; and that without Prune nothing is deleted.
func TestPrune(t *testing.T) {
	ctx := context.Background()
	arch, other, dir := t.TempDir(), t.TempDir(), t.TempDir()
	want := writeCorpus(t, arch, 40)
	if err := os.WriteFile(filepath.Join(other, "x.html"), []byte("ARTICLE|other1|Bài khác|Nội dung"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := Options{Processor: fakeProcessor{}, BatchSize: 7, NoReport: true}
	if _, err := Run(ctx, dir, []string{arch, other}, opts); err != nil {
		t.Fatal(err)
	}

	// a00000 deleted; a00001 now garbage (skipped, kept); a00002 kept.
	if err := os.Remove(filepath.Join(arch, "site0", "p00000.html")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(arch, "site1", "p00001.html"), []byte("\x00garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := Run(ctx, dir, []string{arch}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Removed != 0 || rep.Committed {
		t.Fatalf("update without Prune: %+v", rep)
	}

	opts.Prune = true
	rep, err = Run(ctx, dir, []string{arch}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Removed != 1 || !rep.Committed {
		t.Fatalf("update with Prune: removed %d, committed %v", rep.Removed, rep.Committed)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ids := docIDs(t, st.Index())
	st.Close()
	if slices.Contains(ids, "a00000") {
		t.Error("the deleted page's article is still there")
	}
	for _, id := range []string{"a00001", "a00002", "other1"} {
		if !slices.Contains(ids, id) {
			t.Errorf("article %s was removed", id)
		}
	}
	if len(ids) != len(want) { // -a00000 +other1
		t.Errorf("%d articles, want %d", len(ids), len(want))
	}

	// Nothing more gone: nothing removed, nothing published.
	rep, err = Run(ctx, dir, []string{arch}, opts)
	if err != nil || rep.Removed != 0 || rep.Committed {
		t.Fatalf("second pruning update: %+v, %v", rep, err)
	}
}

func TestUnder(t *testing.T) {
	for _, tc := range []struct {
		src   string
		roots []string
		want  bool
	}{
		{"arch/a/b.html", []string{"arch"}, true},
		{"arch/a/b.html", []string{"arch/"}, true},
		{"arch/a/b.html", []string{"./arch"}, true},
		{"archive/b.html", []string{"arch"}, false},
		{"arch/crawl.warc.gz#<urn:uuid:1>", []string{"arch/crawl.warc.gz"}, true},
		{"arch/crawl.warc.gz#offset=10", []string{"arch"}, true},
		{"arch/a#b.html", []string{"arch/a#b.html"}, true},
		{"/abs/arch/b.html", []string{"arch"}, false},
		{"b.html", []string{"."}, true},
		{"../b.html", []string{"."}, false},
	} {
		roots := make([]string, len(tc.roots))
		for i, r := range tc.roots {
			roots[i] = filepath.Clean(r)
		}
		if got := under(tc.src, roots); got != tc.want {
			t.Errorf("under(%q, %q) = %v, want %v", tc.src, tc.roots, got, tc.want)
		}
	}
}
