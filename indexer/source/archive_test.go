package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixtureArchive walks the project's fixture archive (written by other
// code than this package's reader): every input must come out readable,
// WARC records with their URL, date and HTTP Content-Type.
func TestFixtureArchive(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "archive")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no fixture archive: %v", err)
	}
	pages := collect(t, context.Background(), []string{dir}, Options{})
	if len(pages) == 0 {
		t.Skip("fixture archive is empty")
	}
	// Pages listed in MANIFEST.tsv must be readable (other files may be
	// deliberately broken ones).
	listed := map[string]bool{}
	if m, err := os.ReadFile(filepath.Join(dir, "MANIFEST.tsv")); err == nil {
		for _, l := range strings.Split(string(m), "\n") {
			path, _, _ := strings.Cut(l, "\t")
			path, _, _ = strings.Cut(path, "#")
			listed[filepath.Join(dir, path)] = true
		}
	}
	warc := 0
	for _, p := range pages {
		file, _, _ := strings.Cut(p.Source, "#")
		if p.Err != nil {
			if listed[file] {
				t.Errorf("%s: %v", p.Source, p.Err)
			}
			continue
		}
		if strings.Contains(p.Source, ".warc") {
			warc++
			if !strings.Contains(p.Source, "#<urn:") || p.URL == "" || p.Fetched.IsZero() || !strings.HasPrefix(p.ContentType, "text/html") {
				t.Errorf("WARC page %s: URL %q Fetched %v ContentType %q", p.Source, p.URL, p.Fetched, p.ContentType)
			}
		}
	}
	t.Logf("%d pages, %d from WARC files", len(pages), warc)
}
