// Package eval runs scored Bleve queries over a scorch index snapshot in a
// document-at-a-time loop of its own, giving every match the score Bleve
// would give it.
//
// Bleve scores a match by passing a DocumentMatch up its tree of
// searchers: every term, disjunction and conjunction takes one from a
// pool, compares byte-slice IDs and calls through interfaces. For a broad
// query at 100,000 articles (30 posting lists, 85,000 matches) that
// overhead is most of the query's time. eval compiles the same query tree
// into iterators over each segment's postings, addressed by uint32
// document numbers, and computes Bleve's score from the same parts: BM25
// with the snapshot's document count, document frequencies and average
// field lengths, the query norm of the outermost composite searcher, the
// coord factor of disjunctions, and exact phrase positions.
//
// Subtrees that cannot change a score (every boost zero, such as the
// engine's filters), exclusions (must-not) and Bleve filter clauses are
// matched by Bleve itself, unscored, into a bitset per segment: they are
// cheap there, and any query type may appear in them.
//
// A scored node of another type (fuzzy, prefix, regexp, ranges with a
// boost, …) is not supported: Supported says so before a search, and the
// caller uses Bleve. Scores agree with Bleve's up to the order of float
// additions (a relative difference of about 1e-15).
package eval

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// ErrUnsupported is returned by Run for a query with a scored node of a
// type it does not evaluate, or for an index that is not a scorch
// snapshot.
var ErrUnsupported = errors.New("eval: query or index not supported")

// Supported reports whether Run can evaluate q.
func Supported(q query.Query) bool {
	if zero(q) {
		// Nothing scores: the caller's unscored path is as fast.
		return false
	}
	return supported(q)
}

// supported reports whether q is evaluated natively, its clauses
// supported in turn, or scores nothing (a set, matched by Bleve).
func supported(q query.Query) bool {
	switch q := q.(type) {
	case *query.BooleanQuery:
		return (q.Must == nil || supported(q.Must)) && (q.Should == nil || supported(q.Should))
	case *query.ConjunctionQuery:
		return all(q.Conjuncts, supported)
	case *query.DisjunctionQuery:
		return all(q.Disjuncts, supported)
	case *query.TermQuery:
		if q.FieldVal != "" {
			return true
		}
	case *query.PhraseQuery:
		// (Auto-fuzzy phrases cannot be told apart from outside Bleve;
		// the engine never makes them.)
		if q.FieldVal != "" && q.Fuzziness == 0 && len(q.Terms) > 0 {
			return true
		}
	case *query.MatchAllQuery, *query.MatchNoneQuery:
		return true
	}
	return zero(q)
}

// zero reports whether q scores 0 for every document: every scoring leaf
// has boost 0 (the boosts of conjunctions and disjunctions are not used
// by Bleve).
func zero(q query.Query) bool {
	switch q := q.(type) {
	case *query.ConjunctionQuery:
		return all(q.Conjuncts, zero)
	case *query.DisjunctionQuery:
		return all(q.Disjuncts, zero)
	case *query.BooleanQuery:
		if q.Must == nil && q.Should == nil {
			return false // Bleve matches all documents, scored
		}
		return (q.Must == nil || zero(q.Must)) && (q.Should == nil || zero(q.Should))
	case *query.MatchNoneQuery:
		return true
	case query.BoostableQuery:
		return q.Boost() == 0
	}
	return false
}

// all reports whether ok holds for every query of qs.
func all(qs []query.Query, ok func(query.Query) bool) bool {
	for _, q := range qs {
		if !ok(q) {
			return false
		}
	}
	return true
}

// Match is called for every match, in increasing document number: num is
// the snapshot's internal document number (what Bleve encodes, big-endian,
// as a match's IndexInternalID).
type Match func(num uint64, score float64) error

// Run evaluates q over r, which must be a scorch index snapshot, with the
// mapping m, calling fn for every match; it returns how many matched.
func Run(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, q query.Query, fn Match) (uint64, error) {
	return RunLazy(ctx, r, m, q, func(num uint64, s Scored) error { return fn(num, s.Score()) })
}

// LazyMatch is called for every match, in increasing document number, as
// Match is, with the match's score still to compute: a caller that keeps
// only the best matches asks for the score of those that may make it.
// s is valid only during the call.
type LazyMatch func(num uint64, s Scored) error

// Scored is the current match of a RunLazy evaluation.
type Scored struct{ it iterator }

// Score is the match's score, exactly as Run gives it.
func (s Scored) Score() float64 { return s.it.score() }

// Bound is at least Score (+Inf when the scoring model has no bound),
// and cheaper: it sums every matching term's highest possible score
// instead of scoring its posting. Matches whose bound is below the worst
// score a caller keeps need no score.
func (s Scored) Bound() float64 { return s.it.bound() }

// Below reports whether the match certainly scores below t (its Bound
// is below t), working out no more of the bound than that takes: the
// optional clauses of the outermost boolean query (the engine's
// adjacency boosts) are first counted at their highest, and looked at
// only when that leaves the question open.
func (s Scored) Below(t float64) bool {
	if b, ok := s.it.(*boolIter); ok {
		return b.below(t)
	}
	return s.it.bound() < t
}

// RunLazy is Run with each match's score computed on demand (Scored).
func RunLazy(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, q query.Query, fn LazyMatch) (uint64, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, ErrUnsupported
	}
	c := &compiler{ctx: ctx, r: r, snap: snap, m: m, bm25: scoringModel(m) == index.BM25Scoring}
	var err error
	if c.docCount, err = r.DocCount(); err != nil {
		return 0, fmt.Errorf("eval: document count: %w", err)
	}
	root, err := c.compile(q)
	if err != nil {
		return 0, err
	}
	// Bleve's outermost composite searcher normalises every term's weight
	// by 1/sqrt(sum of squared weights); a lone term or match-all
	// searcher is never normalised.
	switch root.kind {
	case kindTerm, kindAll:
		root.setNorm(0, false)
	default:
		root.setNorm(1/math.Sqrt(root.weight()), true)
	}

	var (
		total uint64
		base  uint64
	)
	for i, ss := range snap.Segments() {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		seg := &segment{ss: ss, index: i}
		it, err := c.iterator(root, seg)
		if err != nil {
			return total, err
		}
		for d, n := it.next(0), 0; d != end; d, n = it.next(d+1), n+1 {
			if n&4095 == 4095 {
				if err := ctx.Err(); err != nil {
					return total, err
				}
			}
			if err := fn(base+uint64(d), Scored{it}); err != nil {
				return total, err
			}
			total++
		}
		seg.release()
		if seg.err != nil {
			return total, fmt.Errorf("eval: segment %d: %w", i, seg.err)
		}
		base += ss.Segment().Count()
	}
	return total, nil
}

// scoringModel is the mapping's scoring model ("" for Bleve's default).
func scoringModel(m mapping.IndexMapping) string {
	if im, ok := m.(*mapping.IndexMappingImpl); ok {
		return im.ScoringModel
	}
	return ""
}

// kind is the type of a compiled node.
type kind int

const (
	kindTerm kind = iota
	kindPhrase
	kindConj
	kindDisj
	kindBool
	kindAll
	kindNone
	kindSet
)

// node is a query compiled against one snapshot: its statistics and
// weights, shared by the iterators of every segment.
type node struct {
	kind  kind
	field string
	terms []termStat // kindTerm: one; kindPhrase: one per position
	boost float64
	kids  []*node // kindConj, kindDisj
	min   int     // kindDisj: matching children needed
	// kindBool: must or should may be nil; not and filter are sets.
	must, should *node
	not, filter  *set
	set          *set    // kindSet
	qw           float64 // kindAll: the constant score
}

// termStat is one term of a term or phrase node and its scoring
// constants.
type termStat struct {
	term  []byte
	count uint64  // documents with the term
	idf   float64 // Bleve's TermQueryScorer.idf
	avgdl float64 // average field length (0: TF-IDF scoring)
	qw    float64 // query weight (boost·idf·norm), or 1
	max   float64 // at least score's result for any posting (+Inf: unknown)
}

// weight is Bleve's Searcher.Weight: the sum of squared boost·idf of the
// scoring leaves.
func (n *node) weight() float64 {
	switch n.kind {
	case kindTerm, kindPhrase:
		w := 0.0
		for _, t := range n.terms {
			x := n.boost * t.idf
			w += x * x
		}
		return w
	case kindConj, kindDisj:
		w := 0.0
		for _, k := range n.kids {
			w += k.weight()
		}
		return w
	case kindBool:
		w := 0.0
		if n.must != nil {
			w += n.must.weight()
		}
		if n.should != nil {
			w += n.should.weight()
		}
		return w
	case kindAll:
		return n.boost * n.boost
	}
	return 0
}

// setNorm is Bleve's SetQueryNorm: each leaf's query weight becomes
// boost·idf·norm (match-all: boost·norm); without norm it stays 1.
func (n *node) setNorm(norm float64, apply bool) {
	switch n.kind {
	case kindTerm, kindPhrase:
		for i := range n.terms {
			t := &n.terms[i]
			t.qw = 1
			if apply {
				t.qw = n.boost * t.idf * norm
			}
			t.max = t.maxScore()
		}
	case kindAll:
		n.qw = 1
		if apply {
			n.qw = n.boost * norm
		}
	case kindConj, kindDisj:
		for _, k := range n.kids {
			k.setNorm(norm, apply)
		}
	case kindBool:
		if n.must != nil {
			n.must.setNorm(norm, apply)
		}
		if n.should != nil {
			n.should.setNorm(norm, apply)
		}
	}
}

// compiler turns a query into nodes for one snapshot.
type compiler struct {
	ctx      context.Context
	r        index.IndexReader
	snap     *scorch.IndexSnapshot
	m        mapping.IndexMapping
	bm25     bool
	docCount uint64
	avgdl    map[string]float64
}

// compile compiles q natively when it can (a clause that scores nothing
// is cheaper walked along with the rest, scoring 0 as in Bleve, than
// matched apart), else into a set when it scores nothing.
func (c *compiler) compile(q query.Query) (*node, error) {
	switch q := q.(type) {
	case *query.TermQuery:
		if q.FieldVal == "" {
			break
		}
		t, err := c.termStat(q.FieldVal, []byte(q.Term))
		if err != nil {
			return nil, err
		}
		return &node{kind: kindTerm, field: q.FieldVal, boost: q.BoostVal.Value(), terms: []termStat{t}}, nil
	case *query.PhraseQuery:
		if q.FieldVal == "" || q.Fuzziness != 0 || len(q.Terms) == 0 {
			break
		}
		n := &node{kind: kindPhrase, field: q.FieldVal, boost: q.BoostVal.Value()}
		for _, term := range q.Terms {
			t, err := c.termStat(q.FieldVal, []byte(term))
			if err != nil {
				return nil, err
			}
			n.terms = append(n.terms, t)
		}
		return n, nil
	case *query.ConjunctionQuery:
		return c.composite(&node{kind: kindConj}, q.Conjuncts)
	case *query.DisjunctionQuery:
		return c.composite(&node{kind: kindDisj, min: int(q.Min)}, q.Disjuncts)
	case *query.BooleanQuery:
		return c.boolean(q)
	case *query.MatchAllQuery:
		return &node{kind: kindAll, boost: q.BoostVal.Value()}, nil
	case *query.MatchNoneQuery:
		return &node{kind: kindNone}, nil
	}
	if zero(q) {
		return c.setNode(q)
	}
	return nil, ErrUnsupported
}

// composite compiles the clauses of a conjunction or disjunction n; with
// none, it matches nothing (as Bleve's searcher does).
func (c *compiler) composite(n *node, clauses []query.Query) (*node, error) {
	for _, k := range clauses {
		kn, err := c.compile(k)
		if err != nil {
			return nil, err
		}
		n.kids = append(n.kids, kn)
	}
	if len(n.kids) == 0 {
		return &node{kind: kindNone}, nil
	}
	return n, nil
}

// boolean compiles a BooleanQuery the way Bleve builds its searcher: a
// clause that matches nothing is dropped, a lone must or should clause is
// the searcher itself, and exclusions alone exclude from all documents.
func (c *compiler) boolean(q *query.BooleanQuery) (*node, error) {
	n := &node{kind: kindBool}
	var err error
	clause := func(sub query.Query) (*node, error) {
		if sub == nil {
			return nil, nil
		}
		k, err := c.compile(sub)
		if err != nil || k.kind == kindNone {
			return nil, err
		}
		return k, nil
	}
	if n.must, err = clause(q.Must); err != nil {
		return nil, err
	}
	if n.should, err = clause(q.Should); err != nil {
		return nil, err
	}
	if q.MustNot != nil {
		if _, none := q.MustNot.(*query.MatchNoneQuery); !none {
			if n.not, err = c.matchSet(q.MustNot); err != nil {
				return nil, err
			}
		}
	}
	if q.Filter != nil {
		if n.filter, err = c.matchSet(q.Filter); err != nil {
			return nil, err
		}
	}
	switch {
	case n.must == nil && n.should == nil && n.not == nil && n.filter == nil:
		return &node{kind: kindNone}, nil
	case n.not == nil && n.filter == nil && (n.must == nil) != (n.should == nil):
		if n.must != nil {
			return n.must, nil
		}
		return n.should, nil
	case n.must == nil && n.should == nil:
		n.must = &node{kind: kindAll, boost: 1}
	}
	return n, nil
}

// setNode compiles a subtree that scores nothing into a set.
func (c *compiler) setNode(q query.Query) (*node, error) {
	s, err := c.matchSet(q)
	if err != nil {
		return nil, err
	}
	return &node{kind: kindSet, set: s}, nil
}

// termStat reads a term's document frequency and the field's average
// length, and computes Bleve's idf.
func (c *compiler) termStat(field string, term []byte) (termStat, error) {
	tfr, err := c.r.TermFieldReader(c.ctx, term, field, false, false, false)
	if err != nil {
		return termStat{}, fmt.Errorf("eval: term %s:%q: %w", field, term, err)
	}
	count := tfr.Count()
	if err := tfr.Close(); err != nil {
		return termStat{}, fmt.Errorf("eval: term %s:%q: %w", field, term, err)
	}
	avgdl, err := c.avgLength(field)
	if err != nil {
		return termStat{}, err
	}
	return termStat{term: term, count: count, avgdl: avgdl, idf: idf(avgdl, c.docCount, count)}, nil
}

// avgLength is Bleve's BM25 average field length: the field's total
// length over the document count, rounded up; 0 without BM25.
func (c *compiler) avgLength(field string) (float64, error) {
	if !c.bm25 {
		return 0, nil
	}
	if v, ok := c.avgdl[field]; ok {
		return v, nil
	}
	var card int
	if br, ok := c.r.(index.BM25Reader); ok {
		var err error
		if card, err = br.FieldCardinality(field); err != nil {
			return 0, fmt.Errorf("eval: field %s: %w", field, err)
		}
	}
	v := 0.0
	if c.docCount > 0 || card > 0 {
		v = math.Ceil(float64(card) / float64(c.docCount))
	}
	if c.avgdl == nil {
		c.avgdl = map[string]float64{}
	}
	c.avgdl[field] = v
	return v, nil
}

// idf is Bleve's TermQueryScorer.computeIDF.
func idf(avgdl float64, docTotal, docTerm uint64) float64 {
	if avgdl > 0 {
		return math.Log(1 + (float64(docTotal)-float64(docTerm)+0.5)/(float64(docTerm)+0.5))
	}
	return 1.0 + math.Log(float64(docTotal)/float64(docTerm+1.0))
}

// maxScore is an upper bound of score over every posting. With BM25,
// tf·k1/(tf + k1·(1-b+b·len/avgdl)) < k1 for every frequency and length:
// the bound is idf·k1·qw, raised by far more than the rounding of
// score's few float operations (a relative 1e-9). TF-IDF scores have no
// bound.
func (t *termStat) maxScore() float64 {
	k1, b := bsearch.BM25_k1, bsearch.BM25_b
	if t.avgdl <= 0 || k1 < 0 || b < 0 || b > 1 || t.idf < 0 || t.qw < 0 || math.IsNaN(t.idf*t.qw) {
		return math.Inf(1)
	}
	return t.idf * k1 * t.qw * (1 + 1e-9)
}

// termScore is Bleve's TermQueryScorer score of one posting.
func (t *termStat) score(freq uint64, norm float64) float64 {
	tf := math.Sqrt(float64(freq))
	var s float64
	if t.avgdl > 0 {
		fieldLength := 1 / (norm * norm)
		s = t.idf * (tf * bsearch.BM25_k1) /
			(tf + bsearch.BM25_k1*(1-bsearch.BM25_b+(bsearch.BM25_b*fieldLength/t.avgdl)))
	} else {
		s = tf * norm * t.idf
	}
	if t.qw != 1.0 {
		s *= t.qw
	}
	return s
}
