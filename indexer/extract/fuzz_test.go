package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary pages to the extractor. It calls the inner
// extract (without Extract's recover) so that a panic is a failure, and
// checks that every text field is valid UTF-8. Seeds: the fixture archive's
// UTF-8 pages and hand-made broken HTML.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "archive", "*", "*", "*.htm*"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "archive", "*", "*.htm*"))
	for _, p := range append(files, more...) {
		if b, err := os.ReadFile(p); err == nil && len(b) < 200<<10 {
			f.Add(string(b), "http://example.vn/a.html")
		}
	}
	f.Add("", "")
	f.Add("<html><body><div><p>Tin</p>", "::bad url")
	f.Add(strings.Repeat("<div>", 600)+"text", "")
	f.Add("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"@graph\":[[[[", "")
	f.Add("<p>\xff\xfe\xc3</p><time itemprop=datePublished datetime=\"9999-99-99\">", "http://x/")
	f.Fuzz(func(t *testing.T, html, url string) {
		r := extract(html, Meta{URL: url, Source: "fuzz.html"})
		a := r.article
		for name, s := range map[string]string{"title": a.Title, "body": a.Body, "author": a.Author, "lead": a.Lead, "published": a.Published, "url": a.URL, "reason": a.Reason} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		for _, c := range a.Captions {
			if !utf8.ValidString(c) {
				t.Fatalf("caption is not valid UTF-8: %q", c)
			}
		}
		if !a.IsArticle && a.Reason == "" {
			t.Fatalf("not an article without a reason")
		}
	})
}
