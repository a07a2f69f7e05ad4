package schema

// STAND-IN: until search/analysis (helper E) exists, this file registers
// minimal analyzers under the agreed names — only names nobody registered —
// and provides Normalize/Fold. Once search/analysis lands, the blank import
// in mapping.go makes its analyzers win (they register first) and Normalize
// and Fold delegate to it.

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

func init() {
	type spec struct {
		keyword, fold, shingle bool
	}
	for name, s := range map[string]spec{
		AnalyzerVi:            {},
		AnalyzerViFold:        {fold: true},
		AnalyzerViShingle:     {shingle: true},
		AnalyzerViFoldShingle: {fold: true, shingle: true},
		AnalyzerViKeyword:     {keyword: true},
		AnalyzerViKeywordFold: {keyword: true, fold: true},
	} {
		s := s
		// An error means the name is taken: the real analyzer wins.
		_ = registry.RegisterAnalyzer(name, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
			a := &analysis.DefaultAnalyzer{Tokenizer: unicode.NewUnicodeTokenizer()}
			if s.keyword {
				a.Tokenizer = single.NewSingleTokenTokenizer()
			}
			a.TokenFilters = []analysis.TokenFilter{nfcFilter{}, lowercase.NewLowerCaseFilter()}
			if s.fold {
				a.TokenFilters = append(a.TokenFilters, foldFilter{})
			}
			if s.shingle {
				a.TokenFilters = append(a.TokenFilters, shingle.NewShingleFilter(2, 2, false, " ", ""))
			}
			return a, nil
		})
	}
}

type nfcFilter struct{}

func (nfcFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		t.Term = []byte(Normalize(string(t.Term)))
	}
	return ts
}

type foldFilter struct{}

func (foldFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		t.Term = []byte(Fold(string(t.Term)))
	}
	return ts
}

// Normalize is NFC with Đ variants unified, case kept.
func Normalize(s string) string {
	s = norm.NFC.String(s)
	return strings.NewReplacer("Ð", "Đ", "ð", "đ", "\u200b", "", "\ufeff", "").Replace(s)
}

// Fold lowercases s and strips its diacritics (đ→d).
func Fold(s string) string {
	d := norm.NFD.String(strings.ToLower(Normalize(s)))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
