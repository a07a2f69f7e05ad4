package engine

import (
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/abbrev"
	"github.com/frontsearch/frontsearch/search/analysis"
	qlang "github.com/frontsearch/frontsearch/search/query"
	"github.com/frontsearch/frontsearch/search/schema"
)

// fieldBoost is one text field a word is looked up in and its weight.
type fieldBoost struct {
	field string
	boost float64
}

// Text fields per variant, with their weights: a title hit counts three
// times a body hit.
var (
	accentedFields = []fieldBoost{{"title", 3}, {"body", 1}, {"captions", 0.4}}
	foldedFields   = []fieldBoost{{"title_f", 3}, {"body_f", 1}, {"captions_f", 0.4}}
	shingleFields  = []fieldBoost{{"title_s", 6}}
	// A folded shingle in the body weighs most: two syllables in order are
	// how Vietnamese spells a word, and without that weight a short title
	// holding the query's syllables apart ("Xã … Ngày hội Biên phòng")
	// outranked a body with the phrase ("phản biện xã hội"). On the judged
	// set 4 → 12 moved nDCG@10 from 0.969 to 0.972.
	fshingleFields = []fieldBoost{{"title_fs", 4}, {"body_fs", 12}}
	// fallbackFields are where an accented word is also looked up folded
	// in every article; the folded body too, in plain articles (see
	// plainFallback).
	fallbackFields = []fieldBoost{{"title_f", 3}}
)

// foldedFallback is the weight of folded-field matches for an accented
// word: "phản biện" still finds "phan bien" typed without accents in an
// article, but exact-diacritic matches rank first.
const foldedFallback = 0.35

// built is a query split into its scoring part and its filters, so that a
// disjunctive facet request can drop one facet's filter.
type built struct {
	scoring      query.Query
	matching     query.Query            // scoring without the score-only clauses
	queryFilters []query.Query          // from the query language, always applied
	facetFilters map[string]query.Query // from Request.Filters, by facet
	dateFilter   query.Query            // From/To
}

// build turns validated parameters into Bleve queries.
func (e *Engine) build(p *params) *built {
	b := &built{facetFilters: map[string]query.Query{}}
	bq := query.NewBooleanQuery(nil, nil, nil)
	hasMust := false
	if p.root != nil {
		kids := []*qlang.Node{p.root}
		if p.root.Op == qlang.And {
			kids = p.root.Children
		}
		hasMust = e.addAnd(bq, kids, &b.queryFilters)
	}
	if !hasMust {
		bq.AddMust(query.NewMatchAllQuery())
	}
	b.scoring = bq
	b.matching = matchOnly(bq)

	for f, vals := range p.filters {
		var alts []query.Query
		for _, v := range vals {
			alts = append(alts, e.facetQuery(f, v, false))
		}
		b.facetFilters[f] = query.NewDisjunctionQuery(alts)
	}
	if p.hasFrom || p.hasTo {
		b.dateFilter = dateRange(p.from, p.to, p.hasFrom, p.hasTo)
	}
	return b
}

// addAnd adds the children of an And node to bq: runs of consecutive words
// become required word queries plus optional adjacency boosts; filters go
// to *filters when it is non-nil (the top level), else they are required
// clauses. It reports whether it added a required clause.
func (e *Engine) addAnd(bq *query.BooleanQuery, kids []*qlang.Node, filters *[]query.Query) bool {
	hasMust := false
	var run []string
	flush := func() {
		if len(run) > 0 {
			for _, q := range e.wordRun(run) {
				bq.AddMust(q)
				hasMust = true
			}
			for _, q := range e.adjacency(run) {
				bq.AddShould(q)
			}
		}
		run = nil
	}
	for _, n := range kids {
		if n.Op == qlang.Term {
			run = append(run, n.Text)
			continue
		}
		flush()
		switch n.Op {
		case qlang.Not:
			bq.AddMustNot(e.nodeQuery(n.Children[0]))
		case qlang.Field, qlang.Range:
			if filters != nil {
				*filters = append(*filters, e.nodeQuery(n))
			} else {
				bq.AddMust(e.nodeQuery(n))
				hasMust = true
			}
		default:
			bq.AddMust(e.nodeQuery(n))
			hasMust = true
			if n.Op == qlang.Phrase {
				// A phrase's words also score as shingles in the title.
				for _, q := range e.adjacency(strings.Fields(n.Text)) {
					bq.AddShould(q)
				}
			}
		}
	}
	flush()
	return hasMust
}

// nodeQuery is the query matching one AST node on its own.
func (e *Engine) nodeQuery(n *qlang.Node) query.Query {
	switch n.Op {
	case qlang.Term:
		return e.wordRunQuery([]string{n.Text})
	case qlang.Phrase:
		return e.phraseQuery(n.Text)
	case qlang.Doc:
		return e.textQuery(n.Text)
	case qlang.Field:
		q := e.facetQuery(n.Field, n.Text, true)
		if n.Field == search.FacetDoc {
			// Also articles citing the number where enrichment missed it.
			q = query.NewDisjunctionQuery([]query.Query{q, e.textQuery(n.Text)})
		}
		return q
	case qlang.Range:
		from, to, hasFrom, hasTo := rangeBounds(n)
		return dateRange(from, to, hasFrom, hasTo)
	case qlang.Not:
		return query.NewBooleanQuery([]query.Query{query.NewMatchAllQuery()}, nil, []query.Query{e.nodeQuery(n.Children[0])})
	case qlang.Or:
		var alts []query.Query
		for _, c := range n.Children {
			alts = append(alts, e.nodeQuery(c))
		}
		return query.NewDisjunctionQuery(alts)
	case qlang.And:
		bq := query.NewBooleanQuery(nil, nil, nil)
		if !e.addAnd(bq, n.Children, nil) {
			bq.AddMust(query.NewMatchAllQuery())
		}
		return bq
	}
	return query.NewMatchNoneQuery()
}

// rangeBounds reads a year or date Range node (the parser validated it).
func rangeBounds(n *qlang.Node) (from, to time.Time, hasFrom, hasTo bool) {
	if n.From != "" {
		if t, _, err := dateBoundsTime(n.From); err == nil {
			from, hasFrom = t, true
		}
	}
	if n.To != "" {
		if _, t, err := dateBoundsTime(n.To); err == nil {
			to, hasTo = t, true
		}
	}
	return from, to, hasFrom, hasTo
}

// phraseQuery matches an exact phrase, or any of its abbreviation
// variants ("Ủy ban MTTQ tỉnh" also as "Ủy ban Mặt trận Tổ quốc tỉnh").
func (e *Engine) phraseQuery(text string) query.Query {
	variants := e.abbr.Expand(text, 8)
	if len(variants) <= 1 {
		return e.textQuery(text)
	}
	alts := []query.Query{e.textQuery(text)}
	for _, v := range variants[1:] {
		alts = append(alts, e.textQuery(v))
	}
	return query.NewDisjunctionQuery(alts)
}

// wordRun returns one required query per word (or per abbreviation span)
// of a run of plain words: "MTTQ" also finds "Mặt trận Tổ quốc", and the
// words "Mặt trận Tổ quốc" also find "MTTQ".
func (e *Engine) wordRun(words []string) []query.Query {
	// Tokens of every word, remembering where each word starts.
	var toks []string
	startOf := map[int]int{} // token index → word index, at word starts
	endOf := map[int]int{}   // token index just past a word → word index
	for i, w := range words {
		startOf[len(toks)] = i
		toks = append(toks, abbrev.Tokens(w)...)
		endOf[len(toks)] = i
	}
	spans := map[int]abbrev.Match{} // first word → match covering whole words
	for _, m := range e.abbr.Find(toks) {
		wi, ok1 := startOf[m.Start]
		wj, ok2 := endOf[m.End]
		if ok1 && ok2 && wj >= wi {
			m.Start, m.End = wi, wj+1
			spans[wi] = m
		}
	}
	var out []query.Query
	for i := 0; i < len(words); {
		if m, ok := spans[i]; ok {
			var conj []query.Query
			for _, w := range words[m.Start:m.End] {
				conj = append(conj, e.textQuery(w))
			}
			alts := []query.Query{query.NewConjunctionQuery(conj)}
			if len(conj) == 1 {
				alts[0] = conj[0]
			}
			for _, v := range m.Variants {
				alts = append(alts, e.textQuery(v))
			}
			out = append(out, query.NewDisjunctionQuery(alts))
			i = m.End
			continue
		}
		out = append(out, e.textQuery(words[i]))
		i++
	}
	return out
}

func (e *Engine) wordRunQuery(words []string) query.Query {
	qs := e.wordRun(words)
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}

// textQuery matches a word or phrase: as a term (or phrase, if it analyses
// to several tokens) in the accented fields when the text has diacritics,
// with the folded fields as a weaker fallback; in the folded fields only
// when it has none.
func (e *Engine) textQuery(text string) query.Query {
	var alts []query.Query
	if analysis.HasDiacritics(text) {
		alts = append(alts, e.fieldQueries(schema.AnalyzerVi, text, accentedFields, 1)...)
		if len(e.analyze(schema.AnalyzerViFold, text)) == 1 {
			// The folded fallback for single words only: for a phrase it
			// would cost two more phrase searches for articles typed
			// without accents, which are rare.
			alts = append(alts, e.fieldQueries(schema.AnalyzerViFold, text, fallbackFields, foldedFallback)...)
			alts = append(alts, e.plainFallback(text))
		}
	} else {
		alts = append(alts, e.fieldQueries(schema.AnalyzerViFold, text, foldedFields, 1)...)
	}
	if len(alts) == 0 {
		return query.NewMatchNoneQuery()
	}
	return query.NewDisjunctionQuery(alts)
}

// plainFallback looks an accented word up folded in the bodies of
// articles written without diacritics (schema.Plain). Searching every
// folded body instead would read the postings of the folded word, a
// superset of the accented word's, for every word of every accented query:
// a third of the query time at 100,000 articles.
func (e *Engine) plainFallback(word string) query.Query {
	plain := query.NewTermQuery(schema.PlainValue)
	plain.SetField(schema.FieldPlain)
	plain.SetBoost(0)
	folded := e.fieldQueries(schema.AnalyzerViFold, word, []fieldBoost{{schema.FieldBody + schema.FoldSuffix, 1}}, foldedFallback)
	return query.NewConjunctionQuery(append([]query.Query{plain}, folded...))
}

// fieldQueries analyses text with the analyzer and returns a term or
// phrase query per field.
func (e *Engine) fieldQueries(analyzer, text string, fields []fieldBoost, factor float64) []query.Query {
	toks := e.analyze(analyzer, text)
	if len(toks) == 0 {
		return nil
	}
	var out []query.Query
	for _, f := range fields {
		if len(toks) == 1 {
			q := query.NewTermQuery(toks[0])
			q.SetField(f.field)
			q.SetBoost(f.boost * factor)
			out = append(out, q)
			continue
		}
		if schema.Positional(f.field) {
			q := query.NewPhraseQuery(toks, f.field)
			q.SetBoost(f.boost * factor)
			out = append(out, q)
			continue
		}
		if f.field == schema.FieldBody+schema.FoldSuffix {
			out = append(out, e.chain(text, f.boost*factor))
			continue
		}
		// No positions: every token in the field, and for the body the
		// words adjacent in its folded copy.
		var conj []query.Query
		for _, t := range toks {
			q := query.NewTermQuery(t)
			q.SetField(f.field)
			q.SetBoost(f.boost * factor / float64(len(toks)))
			conj = append(conj, q)
		}
		if f.field == schema.FieldBody {
			conj = append(conj, e.chain(text, 0))
		}
		out = append(out, query.NewConjunctionQuery(conj))
	}
	return out
}

// chain matches a phrase in the body as the chain of its adjacent
// syllable pairs, each a term of the folded shingle copy: "phản biện xã
// hội" as "phan bien", "bien xa" and "xa hoi". Every two-syllable phrase
// matches exactly; a longer one could also match its pairs scattered
// through an article, which almost never happens in real text. Terms cost
// far less than Bleve's phrase search, which reads the positions of every
// article holding all the words, and the body then needs no positions.
func (e *Engine) chain(text string, boost float64) query.Query {
	pairs := e.analyze(schema.AnalyzerViFoldShingle, text)
	var conj []query.Query
	for _, p := range pairs {
		q := query.NewTermQuery(p)
		q.SetField(schema.FieldBody + schema.FoldShingleSuffix)
		q.SetBoost(boost / float64(len(pairs)))
		conj = append(conj, q)
	}
	if len(conj) == 1 {
		return conj[0]
	}
	return query.NewConjunctionQuery(conj)
}

// adjacency returns optional queries rewarding adjacent words: each pair
// of neighbours as a shingle in the shingle fields (accented when both
// words are, always folded).
func (e *Engine) adjacency(words []string) []query.Query {
	var out []query.Query
	for i := 0; i+1 < len(words); i++ {
		pair := words[i] + " " + words[i+1]
		if analysis.HasDiacritics(words[i]) && analysis.HasDiacritics(words[i+1]) {
			out = append(out, e.shingleQueries(schema.AnalyzerViShingle, pair, shingleFields)...)
		}
		out = append(out, e.shingleQueries(schema.AnalyzerViFoldShingle, pair, fshingleFields)...)
	}
	return out
}

func (e *Engine) shingleQueries(analyzer, pair string, fields []fieldBoost) []query.Query {
	var out []query.Query
	for _, tok := range e.analyze(analyzer, pair) {
		for _, f := range fields {
			q := query.NewTermQuery(tok)
			q.SetField(f.field)
			q.SetBoost(f.boost)
			out = append(out, q)
		}
	}
	return out
}

// facetQuery matches articles having value v in facet field f. Exact
// values match the keyword field; accent- and case-insensitive whole values
// match the folded copy; with loose (query-language filters), entity facets
// also match v as a phrase inside a value (unit:"mttq bac thuy").
func (e *Engine) facetQuery(f, v string, loose bool) query.Query {
	v = strings.TrimSpace(v)
	if f == search.FacetSite {
		v = strings.TrimPrefix(strings.ToLower(v), "www.")
	}
	term := query.NewTermQuery(schema.Normalize(v))
	term.SetField(f)
	fx := query.NewTermRangeInclusiveQuery(schema.Fold(v)+schema.FoldSep, schema.Fold(v)+schema.FoldSep+"\U0010FFFF", nil, nil)
	fx.SetField(f + schema.FacetFoldSuffix)
	alts := []query.Query{term, fx}
	if loose {
		textField := ""
		switch f {
		case search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace, search.FacetDoc:
			textField = f + schema.FacetTextSuffix
		case search.FacetProvince, search.FacetDistrict, search.FacetCommune:
			textField = search.FacetPlace + schema.FacetTextSuffix
		}
		if textField != "" {
			if toks := e.analyze(schema.AnalyzerViFold, v); len(toks) > 0 {
				var q query.Query
				if len(toks) == 1 {
					t := query.NewTermQuery(toks[0])
					t.SetField(textField)
					q = t
				} else {
					q = query.NewPhraseQuery(toks, textField)
				}
				alts = append(alts, q)
			}
		}
	}
	return query.NewDisjunctionQuery(alts)
}

// analyze returns the terms an analyzer makes of text.
func (e *Engine) analyze(name, text string) []string {
	a := e.idx.Mapping().AnalyzerNamed(name)
	if a == nil {
		return strings.Fields(strings.ToLower(text))
	}
	var out []string
	for _, t := range a.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out
}

// query assembles the final query, leaving out the filter of one facet
// ("" keeps all) and, when noDate, the From/To range.
func (b *built) query(without string, noDate bool) query.Query {
	return b.assemble(b.scoring, without, noDate)
}

// count is query for requests that only count matches: the same
// documents, without the clauses that only score.
func (b *built) count(without string, noDate bool) query.Query {
	return b.assemble(b.matching, without, noDate)
}

func (b *built) assemble(base query.Query, without string, noDate bool) query.Query {
	var filters []query.Query
	filters = append(filters, b.queryFilters...)
	for f, q := range b.facetFilters {
		if f != without {
			filters = append(filters, q)
		}
	}
	if b.dateFilter != nil && !noDate {
		filters = append(filters, b.dateFilter)
	}
	if len(filters) == 0 {
		return base
	}
	// Filters join the required clauses, with no weight: Bleve's own
	// filter clause runs only after the query has found and scored every
	// match, while a required clause lets the conjunction skip straight to
	// the next article the filter allows.
	bq := *base.(*query.BooleanQuery) // a copy: base serves other requests
	var must []query.Query
	if bq.Must != nil {
		must = append(must, bq.Must)
	}
	for _, f := range filters {
		must = append(must, unweighted(f))
	}
	bq.Must = query.NewConjunctionQuery(must)
	return &bq
}

// unweighted sets the boost of every clause of q to 0, so that q selects
// articles without changing their scores, and returns q.
func unweighted(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			unweighted(c)
		}
	case *query.DisjunctionQuery:
		for _, c := range q.Disjuncts {
			unweighted(c)
		}
	case *query.BooleanQuery:
		for _, c := range []query.Query{q.Must, q.Should, q.MustNot, q.Filter} {
			if c != nil {
				unweighted(c)
			}
		}
	}
	if b, ok := q.(query.BoostableQuery); ok {
		b.SetBoost(0)
	}
	return q
}

// dateRange matches facet dates between from and to, inclusive; a missing
// end is open.
func dateRange(from, to time.Time, hasFrom, hasTo bool) query.Query {
	t := true
	var start, end time.Time
	if hasFrom {
		start = from
	}
	if hasTo {
		end = to
	}
	q := query.NewDateRangeInclusiveQuery(start, end, &t, &t)
	q.SetField(schema.FieldDate)
	return q
}

// matchOnly returns a copy of q without the parts that only change
// scores: the optional (should) clauses of Boolean queries that have
// required clauses. It matches the same documents as q and is what
// requests that only count (facets, histogram) run, saving the searchers
// of the adjacency boosts.
func matchOnly(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		c := *q
		if c.Must != nil {
			c.Should = nil
			c.Must = matchOnly(c.Must)
		}
		return &c
	case *query.ConjunctionQuery:
		c := *q
		c.Conjuncts = make([]query.Query, len(q.Conjuncts))
		for i, k := range q.Conjuncts {
			c.Conjuncts[i] = matchOnly(k)
		}
		return &c
	case *query.DisjunctionQuery:
		c := *q
		c.Disjuncts = make([]query.Query, len(q.Disjuncts))
		for i, k := range q.Disjuncts {
			c.Disjuncts[i] = matchOnly(k)
		}
		return &c
	}
	return q
}
