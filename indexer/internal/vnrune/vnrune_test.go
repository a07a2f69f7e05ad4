package vnrune

import (
	"testing"
	"unicode/utf8"
)

// TestDecode checks both decoders against unicode/utf8 on every one-,
// two- and three-byte sequence starting outside ASCII (with a sample of
// third bytes), truncated and invalid ones included.
func TestDecode(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		wr, wn := utf8.DecodeRune(b)
		if r, n := Decode(b); r != wr || n != wn {
			t.Fatalf("Decode(% x) = %U, %d, want %U, %d", b, r, n, wr, wn)
		}
		if r, n := DecodeString(string(b)); r != wr || n != wn {
			t.Fatalf("DecodeString(% x) = %U, %d, want %U, %d", b, r, n, wr, wn)
		}
	}
	for b0 := 0x80; b0 <= 0xFF; b0++ {
		check([]byte{byte(b0)})
		for b1 := 0; b1 <= 0xFF; b1++ {
			check([]byte{byte(b0), byte(b1)})
			for _, b2 := range []byte{0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF} {
				check([]byte{byte(b0), byte(b1), b2})
			}
		}
	}
}
