package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
	"golang.org/x/text/unicode/norm"

	"github.com/frontsearch/frontsearch/search"
	qlang "github.com/frontsearch/frontsearch/search/query"
	"github.com/frontsearch/frontsearch/search/schema"
)

// The judged-query evaluation: testdata/queries/queries.json over the
// fixture articles in testdata/articles, run through this engine and
// through a plain Bleve index with the standard analyzer, reporting
// nDCG@10 and recall@10 per query class. Run it with
//
//	go test ./search/engine -run TestJudgedQueries -v

const (
	articlesDir = "../../testdata/articles"
	queriesFile = "../../testdata/queries/queries.json"
	evalDepth   = 10
)

// fixture is the part of a testdata/articles/*.json file the evaluation
// indexes.
type fixture struct {
	ID         string `json:"id"`
	Page       string `json:"page"`
	Site       string `json:"site"`
	URL        string `json:"url"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	Lead       string `json:"lead"`
	Paragraphs []string
	Images     []struct {
		Caption string `json:"caption"`
	} `json:"images"`
	Republished []struct {
		Page      string `json:"page"`
		Site      string `json:"site"`
		URL       string `json:"url"`
		Published string `json:"published"`
	} `json:"republished"`
}

type judgedQuery struct {
	ID    string         `json:"id"`
	Class string         `json:"class"`
	Q     string         `json:"q"`
	Form  string         `json:"form"`
	Pair  string         `json:"pair"`
	Rel   map[string]int `json:"rel"`
	Note  string         `json:"note"`
}

// loadFixtures reads the fixture articles; republished copies become
// articles of their own, and group maps every article ID to the fixture ID
// its judgments use.
func loadFixtures(t testing.TB) (arts []*search.Article, group map[string]string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(articlesDir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no fixture articles in %s", articlesDir)
	}
	group = map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var fx fixture
		if err := json.Unmarshal(b, &fx); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		body := append([]string{fx.Lead}, fx.Paragraphs...)
		a := &search.Article{
			ID: fx.ID, URL: fx.URL, Site: fx.Site, Title: fx.Title, Published: fx.Published,
			Lead: fx.Lead, Body: strings.Join(body, "\n\n"), IsArticle: true, Source: fx.Page,
		}
		for _, im := range fx.Images {
			if im.Caption != "" {
				a.Captions = append(a.Captions, im.Caption)
			}
		}
		arts = append(arts, a)
		group[a.ID] = fx.ID
		for _, r := range fx.Republished {
			c := *a
			c.ID, c.URL, c.Site, c.Source = r.Page, r.URL, r.Site, r.Page
			if r.Published != "" {
				c.Published = r.Published
			}
			arts = append(arts, &c)
			group[c.ID] = fx.ID
		}
	}
	return arts, group
}

func loadQueries(t testing.TB) []judgedQuery {
	t.Helper()
	b, err := os.ReadFile(queriesFile)
	if err != nil {
		t.Skipf("no judged queries: %v", err)
	}
	var doc struct {
		Queries []judgedQuery `json:"queries"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", queriesFile, err)
	}
	for i := range doc.Queries {
		if doc.Queries[i].Form == "nfd" {
			doc.Queries[i].Q = norm.NFD.String(doc.Queries[i].Q)
		}
	}
	return doc.Queries
}

// ranker returns the ranked article IDs for a query.
type ranker func(q string) ([]string, error)

func oursRanker(e *Engine) ranker {
	return func(q string) ([]string, error) {
		res, err := e.Search(context.Background(), search.Request{Query: q, Size: evalDepth, Sort: search.SortRelevance})
		if err != nil {
			return nil, err
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		return out, nil
	}
}

// standardIndex is the comparison: the same articles in a Bleve index whose
// text fields use the standard analyzer, queried with the same query
// language (words ANDed, phrases, exclusions, OR, year/date filters) and the
// same field weights, without any Vietnamese analysis or abbreviations.
func standardIndex(t testing.TB, dir string, arts []*search.Article) bleve.Index {
	t.Helper()
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = standard.Name
	im.ScoringModel = index.BM25Scoring
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{"title", "lead", "body", "captions"} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = standard.Name
		fm.IncludeInAll = false
		doc.AddFieldMappingsAt(f, fm)
	}
	yr := bleve.NewKeywordFieldMapping()
	yr.Analyzer = keyword.Name
	doc.AddFieldMappingsAt("year", yr)
	doc.AddFieldMappingsAt(schema.FieldDate, bleve.NewDateTimeFieldMapping())
	im.DefaultMapping = doc
	idx, err := bleve.New(dir, im)
	if err != nil {
		t.Fatal(err)
	}
	b := idx.NewBatch()
	for _, a := range arts {
		d := map[string]any{"title": a.Title, "lead": a.Lead, "body": a.Body, "captions": a.Captions}
		if tm, ok := schema.FacetDate(a); ok {
			d[schema.FieldDate] = tm
			d["year"] = tm.Format("2006")
		}
		if err := b.Index(a.ID, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	return idx
}

func standardRanker(idx bleve.Index) ranker {
	fields := []fieldBoost{{"title", 3}, {"lead", 1.5}, {"body", 1}, {"captions", 0.7}}
	text := func(s string, phrase bool) query.Query {
		var alts []query.Query
		for _, f := range fields {
			if phrase {
				q := query.NewMatchPhraseQuery(s)
				q.SetField(f.field)
				q.SetBoost(f.boost)
				alts = append(alts, q)
				continue
			}
			q := query.NewMatchQuery(s)
			q.SetField(f.field)
			q.SetBoost(f.boost)
			q.SetOperator(query.MatchQueryOperatorAnd)
			alts = append(alts, q)
		}
		return query.NewDisjunctionQuery(alts)
	}
	var nodeQ func(n *qlang.Node) query.Query
	nodeQ = func(n *qlang.Node) query.Query {
		switch n.Op {
		case qlang.Phrase:
			return text(n.Text, true)
		case qlang.Term, qlang.Doc:
			return text(n.Text, false)
		case qlang.Field:
			q := query.NewTermQuery(n.Text)
			q.SetField(n.Field)
			return q
		case qlang.Range:
			from, to, hasFrom, hasTo := rangeBounds(n)
			q := dateRange(from, to, hasFrom, hasTo)
			return q
		case qlang.Not:
			return query.NewBooleanQuery([]query.Query{query.NewMatchAllQuery()}, nil, []query.Query{nodeQ(n.Children[0])})
		case qlang.Or:
			var alts []query.Query
			for _, c := range n.Children {
				alts = append(alts, nodeQ(c))
			}
			return query.NewDisjunctionQuery(alts)
		}
		var all []query.Query
		for _, c := range n.Children {
			all = append(all, nodeQ(c))
		}
		return query.NewConjunctionQuery(all)
	}
	return func(qs string) ([]string, error) {
		root, err := qlang.Parse(qs)
		if err != nil {
			return nil, err
		}
		bq := nodeQ(root)
		res, err := idx.Search(bleve.NewSearchRequestOptions(bq, evalDepth, 0, false))
		if err != nil {
			return nil, err
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.ID)
		}
		return out, nil
	}
}

// scores are nDCG@10 and recall@10 of one ranking.
type scores struct{ ndcg, recall float64 }

// evaluate scores a ranking against graded judgments; copies of an
// article count once, at the rank of the first.
func evaluate(ranked []string, group map[string]string, rel map[string]int) scores {
	seen := map[string]bool{}
	var gains []int
	found := 0
	for _, id := range ranked {
		g := group[id]
		if g == "" {
			g = id
		}
		if seen[g] {
			continue
		}
		seen[g] = true
		gains = append(gains, rel[g])
		if rel[g] > 0 && len(gains) <= evalDepth {
			found++
		}
	}
	dcg := func(gs []int) float64 {
		s := 0.0
		for i, g := range gs {
			if i >= evalDepth {
				break
			}
			s += (math.Pow(2, float64(g)) - 1) / math.Log2(float64(i+2))
		}
		return s
	}
	var ideal []int
	for _, g := range rel {
		if g > 0 {
			ideal = append(ideal, g)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ideal)))
	if len(ideal) == 0 {
		return scores{}
	}
	return scores{ndcg: dcg(gains) / dcg(ideal), recall: float64(found) / float64(min(len(ideal), evalDepth))}
}

// classStats accumulates mean scores per query class.
type classStats struct {
	n                   int
	ours, std           scores
	emptyOurs, emptyStd int // for "none" queries: how many returned nothing
}

func TestJudgedQueries(t *testing.T) {
	arts, group := loadFixtures(t)
	qs := loadQueries(t)
	if len(qs) < 40 {
		t.Errorf("only %d judged queries, want at least 40", len(qs))
	}
	dir := t.TempDir()
	// Sharded as search/store serves it.
	eng := newTestEngine(t, arts)
	std := standardIndex(t, filepath.Join(dir, "standard"), arts)
	defer std.Close()
	ours, base := oursRanker(eng), standardRanker(std)

	for _, q := range qs {
		for id := range q.Rel {
			if _, ok := group[id]; !ok {
				t.Errorf("%s: judged article %q is not in %s", q.ID, id, articlesDir)
			}
		}
	}

	stats := map[string]*classStats{}
	all := &classStats{}
	pairs := map[string]map[string]scores{} // pair → class → ours
	for _, q := range qs {
		ro, err := ours(q.Q)
		if err != nil {
			t.Errorf("%s %q: %v", q.ID, q.Q, err)
			continue
		}
		rs, err := base(q.Q)
		if err != nil {
			t.Errorf("%s %q (standard): %v", q.ID, q.Q, err)
			continue
		}
		cs := stats[q.Class]
		if cs == nil {
			cs = &classStats{}
			stats[q.Class] = cs
		}
		if len(q.Rel) == 0 {
			cs.n++
			if len(ro) == 0 {
				cs.emptyOurs++
			} else {
				t.Errorf("%s %q must find nothing, got %v", q.ID, q.Q, ro)
			}
			if len(rs) == 0 {
				cs.emptyStd++
			}
			continue
		}
		so, ss := evaluate(ro, group, q.Rel), evaluate(rs, group, q.Rel)
		t.Logf("%s %-9s %-45q ours nDCG %.2f R %.2f | standard nDCG %.2f R %.2f  top3 %v", q.ID, q.Class, norm.NFC.String(q.Q), so.ndcg, so.recall, ss.ndcg, ss.recall, first(ro, 3))
		for _, c := range []*classStats{cs, all} {
			c.n++
			c.ours.ndcg += so.ndcg
			c.ours.recall += so.recall
			c.std.ndcg += ss.ndcg
			c.std.recall += ss.recall
		}
		if q.Pair != "" {
			if pairs[q.Pair] == nil {
				pairs[q.Pair] = map[string]scores{}
			}
			pairs[q.Pair][q.Class] = so
		}
	}

	var classes []string
	for c := range stats {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	var tbl strings.Builder
	fmt.Fprintf(&tbl, "\n%-11s %3s  %-17s  %-17s\n", "class", "n", "ours nDCG/R@10", "standard nDCG/R@10")
	for _, c := range classes {
		s := stats[c]
		if c == "none" {
			fmt.Fprintf(&tbl, "%-11s %3d  empty %d/%d         empty %d/%d\n", c, s.n, s.emptyOurs, s.n, s.emptyStd, s.n)
			continue
		}
		n := float64(s.n)
		fmt.Fprintf(&tbl, "%-11s %3d  %.3f / %.3f     %.3f / %.3f\n", c, s.n, s.ours.ndcg/n, s.ours.recall/n, s.std.ndcg/n, s.std.recall/n)
	}
	n := float64(all.n)
	fmt.Fprintf(&tbl, "%-11s %3d  %.3f / %.3f     %.3f / %.3f\n", "ALL judged", all.n, all.ours.ndcg/n, all.ours.recall/n, all.std.ndcg/n, all.std.recall/n)

	var acc, unacc float64
	np := 0
	for _, p := range pairs {
		a, okA := p["accented"]
		u, okU := p["unaccented"]
		if okA && okU {
			acc += a.recall
			unacc += u.recall
			np++
		}
	}
	if np > 0 {
		fmt.Fprintf(&tbl, "paired accented/unaccented (%d pairs): recall@10 %.3f / %.3f\n", np, acc/float64(np), unacc/float64(np))
		if unacc < 0.95*acc {
			t.Errorf("unaccented recall %.3f < 0.95 × accented recall %.3f", unacc/float64(np), acc/float64(np))
		}
	}
	t.Log(tbl.String())
	if all.ours.ndcg < all.std.ndcg {
		t.Errorf("nDCG@10 %.3f is below the standard analyzer's %.3f", all.ours.ndcg/n, all.std.ndcg/n)
	}
	if all.ours.ndcg/n < 0.8 || all.ours.recall/n < 0.85 {
		t.Errorf("nDCG@10 %.3f / recall@10 %.3f below the floor 0.80 / 0.85", all.ours.ndcg/n, all.ours.recall/n)
	}
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
