package schema

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search"
)

// HashField is the stored keyword field holding Article.Hash; the index
// writer reads it to skip pages whose content did not change.
const HashField = "content_hash"

// Analyzer names, registered in Bleve's registry by search/analysis.
const (
	AnalyzerVi            = "vi"
	AnalyzerViFold        = "vi_fold"
	AnalyzerViShingle     = "vi_shingle"
	AnalyzerViFoldShingle = "vi_fold_shingle"
	AnalyzerViKeyword     = "vi_keyword"
	AnalyzerViKeywordFold = "vi_keyword_fold"
)

// Field names of the indexed document. The text fields come in variants
// named by suffix: "" accented, FoldSuffix folded, ShingleSuffix accented
// shingles, FoldShingleSuffix folded shingles.
const (
	FieldTitle    = "title"
	FieldLead     = "lead"
	FieldBody     = "body"
	FieldCaptions = "captions"

	FoldSuffix        = "_f"
	ShingleSuffix     = "_s"
	FoldShingleSuffix = "_fs"

	// FieldDate is the facet date: EventDate, else Published (datetime).
	FieldDate = "date"
	// FieldPublished is Published (datetime).
	FieldPublished = "published"
	// FieldSource holds the whole Article as JSON, stored, not indexed.
	FieldSource = "src"
	// FieldDup is the near-duplicate signature (see Signature).
	FieldDup = "dup"
	// FieldPlain holds PlainValue for articles written without
	// diacritics (see Plain), and nothing for the others.
	FieldPlain = "plain"
	// PlainValue is the one term of FieldPlain.
	PlainValue = "1"

	// FacetFoldSuffix names the "folded\x1foriginal" copy of a facet field
	// that accent-optional prefix lookup scans.
	FacetFoldSuffix = "_fx"
	// FacetTextSuffix names the analyzed (vi_fold) copy of an entity facet
	// that query-language filters match as a phrase.
	FacetTextSuffix = "_t"
	// FoldSep separates the folded and the original value in a "_fx" term.
	FoldSep = "\x1f"
)

// Variants lists, per text field, the suffixes it is indexed with. The
// lead is not indexed on its own: it is the body's first paragraph, and a
// separate lead field did not improve the judged queries' ranking.
var Variants = map[string][]string{
	FieldTitle:    {"", FoldSuffix, ShingleSuffix, FoldShingleSuffix},
	FieldBody:     {"", FoldSuffix, FoldShingleSuffix},
	FieldCaptions: {"", FoldSuffix},
}

// Positional reports whether a text field keeps term positions, so that
// phrase queries work on it: the title in both unigram copies. The body
// and captions keep none, which makes the index 40% smaller and indexing
// a fifth faster: a phrase matches in the body as the chain of its
// syllable pairs in the folded shingle copy (see search/engine).
func Positional(field string) bool {
	switch field {
	case FieldTitle, FieldTitle + FoldSuffix:
		return true
	}
	return false
}

// FacetFields lists every facet field, in display order.
var FacetFields = []string{
	search.FacetUnit, search.FacetOrg, search.FacetLevel, search.FacetProvince,
	search.FacetDistrict, search.FacetCommune, search.FacetPlace, search.FacetPerson,
	search.FacetTopic, search.FacetDoc, search.FacetSite, search.FacetYear, search.FacetMonth,
}

// TextFacets are the facets that also get an analyzed FacetTextSuffix copy.
var TextFacets = []string{search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace, search.FacetDoc}

// IsFacet reports whether name is a facet field.
func IsFacet(name string) bool {
	for _, f := range FacetFields {
		if f == name {
			return true
		}
	}
	return false
}

func analyzerFor(suffix string) string {
	switch suffix {
	case FoldSuffix:
		return AnalyzerViFold
	case ShingleSuffix:
		return AnalyzerViShingle
	case FoldShingleSuffix:
		return AnalyzerViFoldShingle
	}
	return AnalyzerVi
}

// addKeyword maps a keyword field (indexed whole, not in _all, no term
// vectors), stored and with doc values as asked.
func addKeyword(doc *mapping.DocumentMapping, name string, store, docValues bool) {
	km := bleve.NewKeywordFieldMapping()
	km.Name = name
	km.Store = store
	km.DocValues = docValues
	km.IncludeInAll = false
	km.IncludeTermVectors = false
	doc.AddFieldMappingsAt(name, km)
}

// Mapping builds the index mapping: BM25 scoring, default analyzer "vi",
// no dynamic fields.
func Mapping() (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = AnalyzerVi
	im.ScoringModel = index.BM25Scoring
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	doc := bleve.NewDocumentStaticMapping()
	doc.Dynamic = false

	for field, suffixes := range Variants {
		for _, suf := range suffixes {
			fm := bleve.NewTextFieldMapping()
			fm.Name = field + suf
			fm.Analyzer = analyzerFor(suf)
			fm.Store = false
			fm.DocValues = false
			fm.IncludeInAll = false
			// Highlighting reads offsets of unigram matches only.
			// Phrase queries need term positions (Bleve keeps them as
			// term vectors); see Positional.
			fm.IncludeTermVectors = Positional(field + suf)
			doc.AddFieldMappingsAt(field+suf, fm)
		}
	}

	for _, f := range FacetFields {
		addKeyword(doc, f, false, true)
		addKeyword(doc, f+FacetFoldSuffix, false, false)
	}
	for _, f := range TextFacets {
		tm := bleve.NewTextFieldMapping()
		tm.Name = f + FacetTextSuffix
		tm.Analyzer = AnalyzerViFold
		tm.Store = false
		tm.DocValues = false
		tm.IncludeInAll = false
		tm.IncludeTermVectors = true // phrase matching
		doc.AddFieldMappingsAt(f+FacetTextSuffix, tm)
	}

	for _, f := range []string{FieldDate, FieldPublished} {
		dm := bleve.NewDateTimeFieldMapping()
		dm.Name = f
		dm.Store = false
		dm.DocValues = true
		dm.IncludeInAll = false
		doc.AddFieldMappingsAt(f, dm)
	}

	src := bleve.NewTextFieldMapping()
	src.Name = FieldSource
	src.Analyzer = keyword.Name
	src.Index = false
	src.Store = true
	src.DocValues = false
	src.IncludeInAll = false
	src.IncludeTermVectors = false
	doc.AddFieldMappingsAt(FieldSource, src)

	addKeyword(doc, FieldPlain, false, false)
	addKeyword(doc, HashField, true, false)
	addKeyword(doc, FieldDup, true, true)

	im.DefaultMapping = doc
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("schema: index mapping: %w", err)
	}
	return im, nil
}
