// Package enrich adds entities to an extracted article: the event date,
// the organising units, places, people, document numbers and topics. Each
// kind has its own subpackage (eventdate, units, places, people, docref,
// topics) with its policy documented there; this package runs them over
// one canonical copy of the text.
//
// Text is canonicalised once per article (vntext.Canon: NFC, "Uỷ"→"Ủy",
// "Hoà"→"Hòa"); everything is precompiled in New, so Enrich allocates only
// per-article data and is safe for concurrent use.
package enrich

import (
	"fmt"
	"strings"
	"sync"

	"github.com/frontsearch/frontsearch/indexer/enrich/docref"
	"github.com/frontsearch/frontsearch/indexer/enrich/eventdate"
	"github.com/frontsearch/frontsearch/indexer/enrich/people"
	"github.com/frontsearch/frontsearch/indexer/enrich/places"
	"github.com/frontsearch/frontsearch/indexer/enrich/topics"
	"github.com/frontsearch/frontsearch/indexer/enrich/units"
	"github.com/frontsearch/frontsearch/indexer/enrich/vnlex"
	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/indexer/gazetteer"
	"github.com/frontsearch/frontsearch/search"
)

// Options configures an Enricher. Every field is optional.
type Options struct {
	// Gazetteer resolves places and maps them to the 2025 units.
	Gazetteer *gazetteer.Gazetteer
	// Topics is a topics.tsv path; "" uses the built-in taxonomy.
	Topics string
	// Surnames is a surname frequency file (first column a surname) that
	// extends the built-in list; "" uses the built-in list only.
	Surnames string
}

// Enricher fills an article's entity fields.
type Enricher struct {
	gaz    *gazetteer.Gazetteer
	topics *topics.Taxonomy
	people *people.Finder
	units  *units.Finder
	places *places.Finder
}

// New prepares an Enricher.
func New(opts Options) (*Enricher, error) {
	tx, err := topics.Load(opts.Topics)
	if err != nil {
		return nil, fmt.Errorf("enrich: %w", err)
	}
	sn, err := vnlex.LoadSurnames(opts.Surnames)
	if err != nil {
		return nil, fmt.Errorf("enrich: %w", err)
	}
	e := &Enricher{
		gaz:    opts.Gazetteer,
		topics: tx,
		people: people.New(sn),
		units:  &units.Finder{},
		places: &places.Finder{Gaz: opts.Gazetteer},
	}
	if g := opts.Gazetteer; g != nil {
		e.units.IsCentral = func(name string) bool {
			for _, u := range g.Lookup(search.LevelTinh, name) {
				if u.Type == "Thành phố" {
					return true
				}
			}
			return false
		}
		// A bare name after a body ("Ủy ban MTTQ Việt Nam Gia Lâm") names
		// a province or district far more often than a commune.
		e.units.LevelOf = func(name string) string {
			for _, l := range []string{search.LevelTinh, search.LevelHuyen, search.LevelXa} {
				if g.Has(l, name) {
					return l
				}
			}
			return ""
		}
	}
	return e, nil
}

// tokenBlocks recycles the block of tokens of an article's paragraphs
// (vntext.NewParasIn) between articles: it was the largest allocation of
// enrichment.
var tokenBlocks = sync.Pool{New: func() any { return new([]vntext.Token) }}

// maxPooledTokens is the largest token block kept for reuse (a 100 KB
// article's); larger ones are left to the garbage collector.
const maxPooledTokens = 1 << 14

// Enrich sets a.EventDate, Units, Places, People, Topics and DocRefs. The
// slices are never nil. It never panics on odd input.
func (e *Enricher) Enrich(a *search.Article) {
	// The title and the paragraphs are tokenized together (one block of
	// tokens for the article); raws are the paragraphs as written and
	// texts their canonical forms.
	raws := append(make([]string, 0, strings.Count(a.Body, "\n\n")+2), a.Title)
	for p := range strings.SplitSeq(a.Body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			raws = append(raws, p)
		}
	}
	bp := tokenBlocks.Get().(*[]vntext.Token)
	ps, block := vntext.NewParasIn(*bp, raws)
	defer func() {
		// No token outlives Enrich: the entities are strings. Cleared,
		// the block keeps no article text alive in the pool.
		if cap(block) <= maxPooledTokens {
			clear(block)
			*bp = block[:0]
			tokenBlocks.Put(bp)
		}
	}()
	title, paras := ps[0], ps[1:]
	raws = raws[1:]
	var texts []string
	if len(paras) == 0 {
		paras = nil
	} else {
		texts = make([]string, len(paras))
		for i, p := range paras {
			texts[i] = p.Text
		}
	}
	li := leadIndex(a, title.Text, raws, texts)
	lead := vntext.Para{}
	var rest []vntext.Para
	switch {
	case li >= 0:
		lead = paras[li]
		rest = make([]vntext.Para, 0, len(paras))
		rest = append(append(rest, paras[:li]...), paras[li+1:]...)
	case strings.TrimSpace(a.Lead) != "":
		lead = vntext.NewPara(strings.TrimSpace(a.Lead))
		rest = paras
	default:
		rest = paras
	}

	a.EventDate = eventdate.Find(texts, eventdate.ParsePublished(a.Published))
	a.Units = e.units.FindParas(title, lead)
	a.Places = e.places.FindParas(title, paras, a.Site)
	a.People = e.people.FindParas(paras, a.Author)
	size := len(title.Text)
	for _, p := range texts {
		size += 1 + len(p)
	}
	var all strings.Builder
	all.Grow(size)
	all.WriteString(title.Text)
	for _, p := range texts {
		all.WriteByte('\n')
		all.WriteString(p)
	}
	a.DocRefs = docref.Find(all.String())
	a.Topics = e.topics.ClassifyParas(title, lead, rest)
}

// leadIndex returns the index of the lead paragraph: the paragraph equal
// to the page's marked lead, else the first paragraph long enough to be
// prose (skipping a repeated title, datelines and chrome lines); -1 when
// the marked lead is not among the paragraphs or there are none.
//
// raws are the paragraphs as written and paras their canonical forms;
// title is the canonical title.
func leadIndex(a *search.Article, title string, raws, paras []string) int {
	if l := strings.TrimSpace(a.Lead); l != "" {
		l = canonLike(l, raws, paras)
		for i, p := range paras {
			if p == l {
				return i
			}
		}
		return -1
	}
	t := vntext.CanonKey(title)
	for i, p := range paras {
		if i >= 4 {
			break
		}
		if len(p) < 60 || vntext.Key(p) == t {
			continue
		}
		return i
	}
	if len(paras) > 0 {
		return 0
	}
	return -1
}

// canonLike returns vntext.Canon(s), taken from paras when s is written
// exactly as one of raws (paras[i] is Canon(raws[i])): the marked lead
// usually is a paragraph, and is then not canonicalised a second time.
func canonLike(s string, raws, paras []string) string {
	for i, r := range raws {
		if r == s {
			return paras[i]
		}
	}
	return vntext.Canon(s)
}
