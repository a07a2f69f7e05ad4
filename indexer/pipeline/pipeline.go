// Package pipeline runs one archived page through the indexer's stages:
// decode (bytes → NFC UTF-8), extract (HTML → search.Article) and enrich
// (entities), and stamps the content hash that incremental indexing uses to
// skip unchanged pages.
//
// Process never panics: an unreadable page, a binary file or an internal
// failure comes back as an Article with IsArticle=false and the reason.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/frontsearch/frontsearch/indexer/decode"
	"github.com/frontsearch/frontsearch/indexer/extract"
	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
)

// Enricher fills an article's entities (event date, units, places, people,
// topics, document references). It must be safe for concurrent use.
type Enricher interface {
	Enrich(a *search.Article)
}

// Pipeline turns source pages into articles. It is safe for concurrent use
// when its Enricher is.
type Pipeline struct {
	enricher Enricher
}

// New returns a pipeline; e may be nil (no enrichment).
func New(e Enricher) *Pipeline {
	return &Pipeline{enricher: e}
}

// Process decodes, extracts and enriches one page.
func (p *Pipeline) Process(pg source.Page) (a search.Article) {
	meta := extract.Meta{Source: pg.Source, URL: pg.URL, Fetched: pg.Fetched}
	defer func() {
		if r := recover(); r != nil {
			a = failed(meta, fmt.Sprintf("pipeline: internal error: %v", r))
		}
	}()
	if pg.Err != nil {
		return failed(meta, pg.Err.Error())
	}
	res, err := decode.Decode(pg.Body, pg.ContentType)
	if err != nil {
		return failed(meta, err.Error())
	}
	meta.Charset = res.Charset
	meta.ValidUTF8 = true // Decode replaces invalid sequences with U+FFFD
	a = extract.Extract(res.Text, meta)
	if a.IsArticle && p.enricher != nil {
		p.enrich(&a)
	}
	a.Hash = Hash(&a)
	return a
}

// enrich runs the enricher, turning a panic into a reason on the article
// rather than losing the page.
func (p *Pipeline) enrich(a *search.Article) {
	defer func() {
		if r := recover(); r != nil {
			a.Reason = fmt.Sprintf("enrich: internal error: %v", r)
		}
	}()
	p.enricher.Enrich(a)
}

// failed is the article reported for a page that could not be processed.
func failed(meta extract.Meta, reason string) search.Article {
	a := extract.Extract("", meta)
	a.IsArticle = false
	a.Reason = reason
	a.Hash = Hash(&a)
	return a
}

// Hash is the hex SHA-256 of the article's title, publication date and
// body: what incremental indexing compares to skip unchanged pages.
func Hash(a *search.Article) string {
	// One buffer holds the three fields and their separators: the same
	// bytes as writing them in turn, with one copy instead of three.
	b := make([]byte, 0, len(a.Title)+len(a.Published)+len(a.Body)+2)
	b = append(append(b, a.Title...), 0)
	b = append(append(b, a.Published...), 0)
	b = append(b, a.Body...)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
