// Package analysis is frontsearch's Vietnamese text analysis for bleve.
//
// Importing it (a blank import is enough) registers, in bleve's registry,
// the tokenizer "vi_syllable" (package tokenizer/vi), the token filters
// "vi_nfc", "vi_tonemark", "vi_docnum", "vi_unaccent" and "vi_shingle2"
// (packages under token/), and these analyzers, usable by name in an index
// mapping:
//
//	vi               vi_syllable → vi_nfc → vi_docnum → vi_tonemark → to_lower
//	vi_fold          vi + vi_unaccent (diacritics removed, đ→d)
//	vi_shingle       vi + vi_shingle2 (two-syllable shingles only)
//	vi_fold_shingle  vi_fold + vi_shingle2
//	vi_keyword       single (whole value) → vi_nfc → vi_tonemark → to_lower
//	vi_keyword_fold  vi_keyword + vi_unaccent
//
// There is no stopword removal: "an", "in", "no" are Vietnamese words.
// Every step that changes text is a token filter, so token offsets stay
// exact byte offsets into the original field text (NFC, NFD or mixed) and
// highlighting marks the right words. Tone marks are put in one canonical
// place (the traditional style: "hòa", "Ủy", "thủy", "khỏe"), so both
// spelling styles produce the same terms.
//
// Normalize and Fold apply the same normalisation to plain strings, for
// code that compares or builds terms outside bleve (facet prefix search,
// the query parser, the enricher).
package analysis

import (
	"strings"
	"unicode/utf8"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
	"github.com/frontsearch/frontsearch/search/analysis/token/docnum"
	"github.com/frontsearch/frontsearch/search/analysis/token/fold"
	"github.com/frontsearch/frontsearch/search/analysis/token/nfc"
	"github.com/frontsearch/frontsearch/search/analysis/token/shingle2"
	"github.com/frontsearch/frontsearch/search/analysis/token/tonemark"
	"github.com/frontsearch/frontsearch/search/analysis/tokenizer/vi"
)

// Analyzer names registered in bleve's registry.
const (
	Vi            = "vi"
	ViFold        = "vi_fold"
	ViShingle     = "vi_shingle"
	ViFoldShingle = "vi_fold_shingle"
	ViKeyword     = "vi_keyword"
	ViKeywordFold = "vi_keyword_fold"
)

// ShingleSep joins the two syllables of a vi_shingle / vi_fold_shingle
// term ("mặt trận").
const ShingleSep = shingle2.Separator

// TokenizerName is the registered name of the syllable tokenizer.
const TokenizerName = vi.Name

// DocNumberToken is the token Type the tokenizer gives legal document
// numbers ("34-NQ/TU").
const DocNumberToken = vi.DocNumber

// chains lists each analyzer's tokenizer and token filters.
var chains = map[string]struct {
	tokenizer string
	filters   []string
}{
	Vi:            {vi.Name, []string{nfc.Name, docnum.Name, tonemark.Name, lowercase.Name}},
	ViFold:        {vi.Name, []string{nfc.Name, docnum.Name, tonemark.Name, lowercase.Name, fold.Name}},
	ViShingle:     {vi.Name, []string{nfc.Name, docnum.Name, tonemark.Name, lowercase.Name, shingle2.Name}},
	ViFoldShingle: {vi.Name, []string{nfc.Name, docnum.Name, tonemark.Name, lowercase.Name, fold.Name, shingle2.Name}},
	ViKeyword:     {single.Name, []string{nfc.Name, tonemark.Name, lowercase.Name}},
	ViKeywordFold: {single.Name, []string{nfc.Name, tonemark.Name, lowercase.Name, fold.Name}},
}

func init() {
	for name, c := range chains {
		err := registry.RegisterAnalyzer(name, func(_ map[string]interface{}, cache *registry.Cache) (bleveanalysis.Analyzer, error) {
			tok, err := cache.TokenizerNamed(c.tokenizer)
			if err != nil {
				return nil, err
			}
			a := &bleveanalysis.DefaultAnalyzer{Tokenizer: tok}
			for _, fn := range c.filters {
				f, err := cache.TokenFilterNamed(fn)
				if err != nil {
					return nil, err
				}
				a.TokenFilters = append(a.TokenFilters, f)
			}
			return a, nil
		})
		if err != nil {
			panic(err)
		}
	}
}

// Analyzer returns the named analyzer (one of the constants above) built
// from a fresh registry cache, for tests and for code analysing text
// outside an index.
func Analyzer(name string) (bleveanalysis.Analyzer, error) {
	return registry.NewCache().AnalyzerNamed(name)
}

// Normalize returns s in NFC with Ð/ð replaced by Đ/đ and the canonical
// tone-mark placement ("Uỷ ban hoà giải" → "Ủy ban hòa giải"). Case and
// everything else are kept.
func Normalize(s string) string {
	if isASCII(s) || viet.Canonical(s) {
		return s // no copy: most text is canonical already
	}
	b := viet.Tones(viet.NFC([]byte(s)))
	if string(b) == s { // no allocation: most text is canonical already
		return s
	}
	return string(b)
}

// Fold returns Normalize(s) lowercased and without diacritics, đ→d:
// "Ủy ban MTTQ Đà Nẵng" → "uy ban mttq da nang". It is exactly the term
// the vi_keyword_fold analyzer makes of s, so facet values can be looked
// up by folded prefix.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	if f, ok := viet.FoldLower(s); ok {
		return f // most text: one pass
	}
	tok := &bleveanalysis.Token{Term: []byte(s)}
	ts := bleveanalysis.TokenStream{tok}
	for _, f := range foldChain {
		ts = f.Filter(ts)
	}
	return string(tok.Term)
}

// foldChain is the vi_keyword_fold filter chain (stateless filters)
// without vi_tonemark: that filter only moves a tone mark from one vowel
// of a syllable to another, keeping each vowel and its case, and folding
// removes every tone mark, so the result is the same without it (as
// FuzzAnalyzers checks), and Fold of a 4 KB body takes half the time.
var foldChain = []bleveanalysis.TokenFilter{nfc.New(), lowercase.NewLowerCaseFilter(), fold.New()}

// HasDiacritics reports whether s has any diacritic (tone or shape mark,
// đ, or a combining mark): "mat tran" false, "mặt trận" true. The engine
// uses it to choose between accented and folded fields.
func HasDiacritics(s string) bool { return viet.HasDiacritics(s) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
