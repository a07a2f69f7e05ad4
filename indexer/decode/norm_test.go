package decode

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestStartersOnly checks that every rune startersOnly accepts is NFC by
// itself and starts a new segment (never combines with the rune before),
// so that any string of them is NFC.
func TestStartersOnly(t *testing.T) {
	for r := rune(0); r < 0x2100; r++ {
		if !isStarterRune(r) {
			continue
		}
		s := string(r)
		if !norm.NFC.IsNormalString(s) || !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("U+%04X is not a starter that is NFC on its own", r)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Mặt trận Tổ quốc – “đại đoàn kết”", true},
		{"Hoa\u0300", false}, // combining grave accent
		{"\xff", false},
		{"Ω", false}, // U+2126 OHM SIGN: NFC is U+03A9
	} {
		if got := startersOnly(c.s); got != c.want {
			t.Errorf("startersOnly(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestCleanShortcut checks that Clean's one-pass shortcut agrees with the
// full cleaning on text mixing every case it must notice.
func TestCleanShortcut(t *testing.T) {
	parts := []string{"a", "Đ", "ệ", " ", "Ð", "ð", "\x00", "\xff", "\u00ad", "\u200b", "\ufeff", "a\u0301", "Ω", "–", "…", "\ufffd", "中"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		s := randomText(r, parts, 6)
		if got, want := Clean(s), clean(strings.ToValidUTF8(s, "\uFFFD"), true); got != want {
			t.Fatalf("Clean(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestASCIIEqualFold checks asciiEqualFold against strings.EqualFold on
// bytes of every kind.
func TestASCIIEqualFold(t *testing.T) {
	parts := []string{"t", "T", "i", "I", "m", "M", "e", "\u212a", "k", "K", "\xff", "\xc5\xbf", "s", "_"}
	r := rand.New(rand.NewSource(4))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := r.Intn(5); n > 0; n-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		for _, f := range []string{"time", "kis", "tim", "me"} {
			s := b.String()
			if len(s) < len(f) {
				continue
			}
			if got, want := asciiEqualFold([]byte(s[:len(f)]), f), strings.EqualFold(s[:len(f)], f); got != want {
				t.Fatalf("asciiEqualFold(%q, %q) = %v, want %v", s[:len(f)], f, got, want)
			}
		}
	}
}

// randomText joins fewer than max random picks from parts: the inputs on
// which the one-pass shortcuts are checked against the full paths.
func randomText(r *rand.Rand, parts []string, max int) string {
	var b strings.Builder
	for n := r.Intn(max); n > 0; n-- {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}
