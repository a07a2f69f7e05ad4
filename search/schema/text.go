package schema

import (
	"unicode"

	"github.com/frontsearch/frontsearch/search/analysis"
)

// Normalize is analysis.Normalize: NFC, canonical tone marks, case kept.
func Normalize(s string) string { return analysis.Normalize(s) }

// Fold is analysis.Fold: normalised, lowercased, diacritics removed (đ→d).
func Fold(s string) string { return analysis.Fold(s) }

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
