package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

func TestZZDebugPage(t *testing.T) {
	want := os.Getenv("FRONTSEARCH_PAGE")
	if want == "" {
		t.Skip()
	}
	pages, _ := extracteval.Load(filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction"))
	for _, p := range pages {
		if !strings.Contains(p.URL, want) {
			continue
		}
		h, _ := p.ReadHTML()
		r := extract(h, Meta{URL: p.URL})
		gt := strings.Join(extracteval.Tokens(p.Expected), " ")
		for _, para := range r.paras {
			tok := strings.Join(extracteval.Tokens(para), " ")
			if !strings.Contains(gt, tok) {
				t.Logf("  XX %.150s", para)
			}
		}
		got := strings.Join(extracteval.Tokens(strings.Join(r.paras, "\n")), " ")
		for _, para := range strings.Split(p.Expected, "\n") {
			tok := strings.Join(extracteval.Tokens(para), " ")
			if tok != "" && !strings.Contains(got, tok) {
				t.Logf("  MISSING %.150s", para)
			}
		}
	}
}
