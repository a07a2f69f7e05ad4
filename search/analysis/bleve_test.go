package analysis

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/unicode/norm"
)

// TestInBleveIndex checks the analyzers through a real in-memory index:
// the mapping refers to them by name, unaccented and old-style queries
// match, phrases work on syllables and shingles, and highlight offsets
// land on the original (NFD) words.
func TestInBleveIndex(t *testing.T) {
	im := bleve.NewIndexMapping()
	dm := mapping.NewDocumentMapping()
	add := func(name, analyzer string) {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = true
		f.IncludeTermVectors = true
		dm.AddFieldMappingsAt(name, f)
	}
	add("body", Vi)
	add("body_fold", ViFold)
	add("body_sh", ViShingle)
	add("unit", ViKeyword)
	im.DefaultMapping = dm
	idx, err := bleve.NewMemOnly(im)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	body := norm.NFD.String("Uỷ ban MTTQ tỉnh hoà giải theo Nghị quyết 34-NQ/TU.")
	doc := map[string]any{"body": body, "body_fold": body, "body_sh": body, "unit": "Ủy ban MTTQ tỉnh"}
	if err := idx.Index("a", doc); err != nil {
		t.Fatal(err)
	}
	if err := idx.Index("b", map[string]any{"body": "Tổ hòa giải ở thôn", "body_fold": "Tổ hòa giải ở thôn", "body_sh": "Tổ hòa giải ở thôn"}); err != nil {
		t.Fatal(err)
	}
	search := func(q query.Query) []string {
		t.Helper()
		req := bleve.NewSearchRequest(q)
		req.Highlight = bleve.NewHighlightWithStyle("html")
		req.Highlight.AddField("body")
		res, err := idx.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		return ids
	}
	phrase := func(field, text string) query.Query {
		q := bleve.NewMatchPhraseQuery(text)
		q.SetField(field)
		return q
	}
	cases := []struct {
		q    query.Query
		want string
	}{
		{phrase("body", "Ủy ban"), "[a]"},
		{phrase("body", "hòa giải"), "[a b]"},
		{phrase("body_fold", "uy ban mttq"), "[a]"},
		{phrase("body", "34-NQ/TU"), "[a]"},
		{phrase("body_fold", "34-NQ/TU"), "[a]"}, // query.DocNumber uppercases typed doc numbers
		{phrase("body_sh", "uỷ ban"), "[a]"},
		{phrase("body_sh", "ban tỉnh"), "[]"},
		{phrase("unit", "uỷ ban mttq tỉnh"), "[a]"},
	}
	for _, c := range cases {
		got := search(c.q)
		if len(got) > 1 && got[0] > got[1] {
			got[0], got[1] = got[1], got[0]
		}
		if s := "[" + strings.Join(got, " ") + "]"; s != c.want {
			t.Errorf("%+v: hits %s, want %s", c.q, s, c.want)
		}
	}
	// highlight marks the original NFD word
	req := bleve.NewSearchRequest(phrase("body", "Ủy ban"))
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.AddField("body")
	res, err := idx.Search(req)
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v %v", err, res)
	}
	frag := res.Hits[0].Fragments["body"][0]
	if !strings.Contains(frag, "<mark>"+norm.NFD.String("Uỷ")+"</mark>") {
		t.Errorf("highlight %q does not mark the original word", frag)
	}
}
