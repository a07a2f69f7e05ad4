package engine

import (
	"context"
	"fmt"
	"math"
	"sort"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

// similarTerms is how many weighted terms of an article make its
// "more like this" query.
const similarTerms = 25

// Similar returns up to n articles most like the one with this ID: its
// top tf-idf terms of title and body, plus its topics and units, as one
// boosted query excluding the article itself and its copies; copies of
// one story among the results fold into one Hit.
func (e *Engine) Similar(ctx context.Context, id string, n int) ([]search.Hit, error) {
	if n <= 0 {
		n = 5
	}
	if n > MaxSize {
		return nil, qerr("n", "%d is more than the maximum %d", n, MaxSize)
	}
	a, err := e.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	terms, err := e.weightedTerms(ctx, a)
	if err != nil {
		return nil, err
	}
	var should []query.Query
	for _, t := range terms {
		q := query.NewTermQuery(t.term)
		q.SetField(schema.FieldBody)
		q.SetBoost(t.weight)
		should = append(should, q)
		tq := query.NewTermQuery(t.term)
		tq.SetField(schema.FieldTitle)
		tq.SetBoost(t.weight * 0.5)
		should = append(should, tq)
	}
	vals := schema.FacetValuesOf(a)
	for _, f := range []struct {
		field string
		boost float64
	}{{search.FacetTopic, 2}, {search.FacetUnit, 1.5}, {search.FacetPerson, 1}, {search.FacetDoc, 2}} {
		for _, v := range vals[f.field] {
			q := query.NewTermQuery(v)
			q.SetField(f.field)
			q.SetBoost(f.boost)
			should = append(should, q)
		}
	}
	if len(should) == 0 {
		return []search.Hit{}, nil
	}
	dq := query.NewDisjunctionQuery(should)
	self := query.NewDocIDQuery([]string{id})
	sig := query.NewTermQuery(schema.Signature(a))
	sig.SetField(schema.FieldDup)
	bq := query.NewBooleanQuery([]query.Query{dq}, nil, []query.Query{self, sig})

	req := bleve.NewSearchRequestOptions(bq, 2*n, 0, false)
	req.Fields = []string{schema.FieldSource, schema.FieldDup}
	res, err := e.run(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("engine: similar to %q: %w", id, err)
	}
	hits, err := e.hits(ctx, res.Hits, nil, map[string]bool{id: true})
	if err != nil {
		return nil, err
	}
	// Copies of the article itself are never "similar".
	for i := range hits {
		hits[i].Duplicates = without(hits[i].Duplicates, id)
	}
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits, nil
}

func without(ids []string, id string) []string {
	out := ids[:0]
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

type weightedTerm struct {
	term   string
	weight float64
}

// weightedTerms returns the article's top terms by tf-idf over the body
// field (title terms count double); numbers and one-letter terms are left
// out.
func (e *Engine) weightedTerms(ctx context.Context, a *search.Article) ([]weightedTerm, error) {
	tf := map[string]float64{}
	for _, t := range e.analyze(schema.AnalyzerVi, a.Title) {
		tf[t] += 2
	}
	for _, t := range e.analyze(schema.AnalyzerVi, a.Body) {
		tf[t]++
	}
	total, err := e.idx.DocCount()
	if err != nil {
		return nil, fmt.Errorf("engine: similar: %w", err)
	}
	var terms []string
	for t := range tf {
		if useful(t) {
			terms = append(terms, t)
		}
	}
	dfs, err := e.docFreqs(ctx, schema.FieldBody, terms)
	if err != nil {
		return nil, fmt.Errorf("engine: similar: %w", err)
	}
	var out []weightedTerm
	for _, t := range terms {
		df := dfs[t]
		if df == 0 || float64(df) > 0.5*float64(total) && total > 10 {
			continue
		}
		idf := math.Log(1 + float64(total)/float64(df))
		out = append(out, weightedTerm{t, (1 + math.Log(tf[t])) * idf})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].weight != out[j].weight {
			return out[i].weight > out[j].weight
		}
		return out[i].term < out[j].term
	})
	if len(out) > similarTerms {
		out = out[:similarTerms]
	}
	if len(out) > 0 {
		top := out[0].weight
		for i := range out {
			out[i].weight /= top
		}
	}
	return out, nil
}

// useful reports whether a term can characterise an article: at least two
// runes and not a bare number.
func useful(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
