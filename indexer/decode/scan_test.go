package decode

import (
	"bytes"
	"math/rand"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fastPathBytes is the byte-by-byte fast-path test scanBody replaced, kept
// as its specification.
func fastPathBytes(b []byte) bool {
	latin1, vn := 0, 0
	// other: a rune outside Latin (U+0080–U+024F, U+1E00–U+1EFF) and the
	// common punctuation (U+2010–U+205E), for which NFC is checked.
	other := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			if c == 0 {
				return false
			}
			continue
		}
		if c < 0xC0 {
			continue // continuation byte
		}
		var c1, c2 byte
		if i+1 < len(b) {
			c1 = b[i+1]
		}
		if i+2 < len(b) {
			c2 = b[i+2]
		}
		switch {
		case c == 0xC2 || c == 0xC3:
			if c == 0xC2 && c1 == 0xAD || c == 0xC3 && (c1 == 0x90 || c1 == 0xB0) {
				return false // soft hyphen, Ð, ð
			}
			latin1++
		case c >= 0xC4 && c <= 0xC6:
			vn++
		case c >= 0xC7 && c <= 0xC9:
		case c == 0xCC || c == 0xCD:
			return false // combining marks: needs NFC
		case c == 0xE1 && c1 >= 0xB8 && c1 <= 0xBB:
			if c1 >= 0xBA {
				vn++
			}
		case c == 0xE2 && c1 == 0x80 && c2 >= 0x8B && c2 <= 0x8D, c == 0xE2 && c1 == 0x81 && c2 == 0xA0:
			return false // zero-width
		case c == 0xE2 && (c1 == 0x80 && c2 >= 0x90 || c1 == 0x81 && c2 <= 0x9E):
		case c == 0xEF && c1 == 0xBB && c2 == 0xBF:
			return false // BOM / zero-width no-break space
		default:
			other = true
		}
	}
	if latin1 > 0 && vn*4 < latin1 {
		return false
	}
	if fontHint(b) != "" {
		return false
	}
	return !other || norm.NFC.IsNormal(b)
}

// TestScanBody checks scanBody's validity and ASCII answers against the
// standard library and its fast-path decision against fastPathBytes.
func TestScanBody(t *testing.T) {
	parts := []string{"a", "<p>", " ", "\x00", "Đ", "ệ", "ư", "é", "é", "\u00ad", "Ð", "\u0301", "\u200b", "\u2060", "\ufeff",
		"–", "…", "Ω", "中", "\xff", "\xe1\xbb", "\u01c4", "\u02b0", "\u2003", ".VnTime", "VNI-Times"}
	r := rand.New(rand.NewSource(6))
	for i := 0; i < 50000; i++ {
		body := []byte(randomText(r, parts, 10))
		sc := scanBody(body)
		if sc.valid != utf8.Valid(body) {
			t.Fatalf("scanBody(%q).valid = %v", body, sc.valid)
		}
		if !sc.valid {
			continue
		}
		ascii := !bytes.ContainsFunc(body, func(r rune) bool { return r >= utf8.RuneSelf })
		if sc.ascii != ascii {
			t.Fatalf("scanBody(%q).ascii = %v", body, sc.ascii)
		}
		if got, want := sc.fast(body), fastPathBytes(body); got != want {
			t.Fatalf("fast(%q) = %v, want %v", body, got, want)
		}
	}
}
