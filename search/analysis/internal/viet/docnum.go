package viet

import (
	"bytes"
	"unicode/utf8"
)

// IsDash reports whether r is a hyphen or dash accepted inside a legal
// document number ("217-QĐ/TW", "217–QĐ/TW").
func IsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212':
		return true
	}
	return false
}

// IsSpace reports whether r is a space allowed after the first separator
// of a document number ("217- QĐ/TW").
func IsSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\t' }

// DocNum normalises a legal document number: spaces are removed, dash
// variants become '-', and the part "TƯ" (Trung ương) becomes "TW", so
// "217- QĐ/TƯ" and "217-QĐ/TW" give the same term. Letter case is kept
// (the lowercase filter runs later). Terms without '/' are returned as is.
func DocNum(b []byte) []byte {
	if bytes.IndexByte(b, '/') < 0 {
		return b
	}
	clean := true
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r != '-' && (IsDash(r) || IsSpace(r)) {
			clean = false
			break
		}
		i += w
	}
	if clean && !hasTU(b) {
		return b
	}
	out := make([]byte, 0, len(b))
	partStart := 0
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		i += w
		switch {
		case IsSpace(r):
		case IsDash(r) || r == '/':
			out = fixTU(out, partStart)
			if IsDash(r) {
				out = append(out, '-')
			} else {
				out = append(out, '/')
			}
			partStart = len(out)
		default:
			out = append(out, b[i-w:i]...)
		}
	}
	return fixTU(out, partStart)
}

// tuForms are the spellings of the part "TƯ" (Trung ương), NFC.
var tuForms = [...]string{"TƯ", "tư", "Tư", "tƯ"}

func hasTU(b []byte) bool {
	for _, f := range tuForms {
		if bytes.Contains(b, []byte(f)) {
			return true
		}
	}
	return false
}

// fixTU replaces out[from:] by "TW" when it spells "TƯ".
func fixTU(out []byte, from int) []byte {
	p := string(out[from:])
	for _, f := range tuForms {
		if p == f {
			return append(out[:from], 'T', 'W')
		}
	}
	return out
}
