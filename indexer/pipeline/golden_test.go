package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
)

// golden is testdata/golden/<page>.json (format: testdata/mkarchive.go).
type golden struct {
	Title          string   `json:"title"`
	Published      string   `json:"published"`
	Author         string   `json:"author"`
	BodyParagraphs []string `json:"body_paragraphs"`
	Captions       []string `json:"captions"`
	IsArticle      bool     `json:"is_article"`
	URL            string   `json:"url"`
	Chrome         []string `json:"chrome"`
}

const (
	archiveDir = "../../testdata/archive"
	goldenDir  = "../../testdata/golden"
)

// archivePages runs every page of the fixture archive through the pipeline
// and returns the articles keyed by golden name: the path relative to the
// archive, and "warc/x.warc.gz#n" (n from 1) for WARC records.
func archivePages(t *testing.T) map[string]search.Article {
	t.Helper()
	p := New(nil)
	out := map[string]search.Article{}
	warcN := map[string]int{}
	err := source.Walk(context.Background(), []string{archiveDir}, source.Options{}, func(pg source.Page) error {
		a := p.Process(pg)
		src := pg.Source
		file, _, isRecord := strings.Cut(src, "#")
		rel, err := filepath.Rel(archiveDir, file)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if isRecord {
			warcN[rel]++
			rel = fmt.Sprintf("%s#%d", rel, warcN[rel])
		}
		out[rel] = a
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", archiveDir, err)
	}
	return out
}

// TestGolden checks every golden page: is_article, title, published and
// author exact, every body paragraph present in order, no chrome string in
// the body, every caption present.
func TestGolden(t *testing.T) {
	if _, err := os.Stat(goldenDir); err != nil {
		t.Skipf("no goldens at %s: %v", goldenDir, err)
	}
	pages := archivePages(t)
	var names []string
	err := filepath.WalkDir(goldenDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			rel, _ := filepath.Rel(goldenDir, path)
			names = append(names, strings.TrimSuffix(filepath.ToSlash(rel), ".json"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Skip("no golden files yet")
	}
	pass := 0
	for _, name := range names {
		raw, err := os.ReadFile(filepath.Join(goldenDir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var g golden
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Errorf("%s: bad golden: %v", name, err)
			continue
		}
		a, ok := pages[name]
		if !ok {
			t.Errorf("%s: page not produced by the pipeline", name)
			continue
		}
		problems := checkGolden(g, a)
		if len(problems) == 0 {
			pass++
			continue
		}
		t.Errorf("%s:\n\t%s", name, strings.Join(problems, "\n\t"))
	}
	t.Logf("golden pages passing: %d/%d", pass, len(names))
}

// checkGolden lists how a differs from g.
func checkGolden(g golden, a search.Article) []string {
	var p []string
	if a.IsArticle != g.IsArticle {
		p = append(p, fmt.Sprintf("is_article = %v (reason %q), want %v", a.IsArticle, a.Reason, g.IsArticle))
	}
	if !g.IsArticle {
		return p
	}
	if a.Title != g.Title {
		p = append(p, fmt.Sprintf("title = %q\n\t     want %q", a.Title, g.Title))
	}
	if g.Published != "" && a.Published != g.Published {
		p = append(p, fmt.Sprintf("published = %q, want %q", a.Published, g.Published))
	}
	if g.Author != "" && a.Author != g.Author {
		p = append(p, fmt.Sprintf("author = %q, want %q", a.Author, g.Author))
	}
	if g.URL != "" && a.URL != g.URL {
		p = append(p, fmt.Sprintf("url = %q, want %q", a.URL, g.URL))
	}
	rest := a.Body
	for i, para := range g.BodyParagraphs {
		j := strings.Index(rest, para)
		if j < 0 {
			if strings.Contains(a.Body, para) {
				p = append(p, fmt.Sprintf("body paragraph %d out of order: %.80q", i+1, para))
			} else {
				p = append(p, fmt.Sprintf("body paragraph %d missing: %.80q", i+1, para))
			}
			continue
		}
		rest = rest[j+len(para):]
	}
	if len(g.BodyParagraphs) > 0 && a.Lead != "" && a.Lead != g.BodyParagraphs[0] {
		p = append(p, fmt.Sprintf("lead = %.60q, want the first paragraph %.60q", a.Lead, g.BodyParagraphs[0]))
	}
	for _, c := range g.Chrome {
		if strings.Contains(a.Body, c) {
			p = append(p, fmt.Sprintf("chrome in body: %q", c))
		}
	}
	for _, c := range g.Captions {
		found := false
		for _, ac := range a.Captions {
			if ac == c || strings.Contains(ac, c) {
				found = true
				break
			}
		}
		if !found {
			p = append(p, fmt.Sprintf("caption missing: %q (have %q)", c, a.Captions))
		}
		if strings.Contains(a.Body, c) {
			p = append(p, fmt.Sprintf("caption in body: %q", c))
		}
	}
	return p
}
