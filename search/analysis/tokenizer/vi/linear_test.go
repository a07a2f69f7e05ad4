package vi

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

// pathological lists inputs built by repeating a unit: runs that once made
// the document-number recogniser re-scan the rest of the run from every
// part ("1/1/1/…" took seconds for 20 KB), plus other long degenerate runs.
var pathological = []struct {
	name, unit string
}{
	{"slash-digits", "1/"},
	{"dash-digits", "1-"},
	{"en-dash-digits", "1\u2013"},
	{"digit-slash-letter", "1/A/"},
	{"letter-dash-digit", "A-1/"},
	{"letter-slash", "A/"},
	{"docnum-run", "34-NQ/TU/"},
	{"docnum-lower", "34-nq/tu/"},
	{"spaced-dash", "1- "},
	{"spaced-docnum", "1/1- QĐ/"},
	{"space-dash-docnum", "1/1 - QĐ/"},
	{"space-dash", "1 - "},
	{"dots", "1."},
	{"commas", "1,"},
	{"dot-slash", "1.1/"},
	{"long-part", "1/123456789012345/"},
	{"digits", "1"},
	{"one-letter", "a"},
	{"viet-letter", "ệ"},
	{"combining-marks", "\u0301"},
	{"letter-marks", "a\u0301\u0323"},
	{"soft-hyphen", "a\u00ad"},
	{"letter-punct", "a."},
	{"letter-space", "a "},
	{"digit-soft-hyphen-slash", "1\u00ad/"},
	{"mixed", "12/10/2022, 217- QĐ/TW 1.000,5 Ủy "},
}

// repeatTo repeats unit until the result is at least n bytes long.
func repeatTo(unit string, n int) []byte {
	return []byte(strings.Repeat(unit, (n+len(unit)-1)/len(unit)))
}

// countSteps tokenizes in and returns the number of runes the scanner
// decoded: a deterministic measure of the work done.
func countSteps(in []byte) int {
	s := scanner{b: in}
	s.tokenize()
	return s.steps
}

// TestLinear asserts that the scanner's work is linear in the input on
// degenerate inputs: at most stepsPerByte decoded runes per input byte, and
// doubling the input at most 2.5× the work.
func TestLinear(t *testing.T) {
	const stepsPerByte = 6
	for _, p := range pathological {
		t.Run(p.name, func(t *testing.T) {
			small := repeatTo(p.unit, 20_000)
			a := countSteps(small)
			if a > stepsPerByte*len(small) {
				t.Fatalf("%d steps for %d bytes: more than %d per byte", a, len(small), stepsPerByte)
			}
			large := repeatTo(p.unit, 40_000)
			if b := countSteps(large); float64(b) > 2.5*float64(a) {
				t.Errorf("doubling the input from %d to %d bytes took %d → %d steps (×%.1f)", len(small), len(large), a, b, float64(b)/float64(a))
			}
			huge := repeatTo(p.unit, 100_000)
			if c := countSteps(huge); c > stepsPerByte*len(huge) {
				t.Errorf("%d steps for %d bytes: more than %d per byte", c, len(huge), stepsPerByte)
			}
			t.Logf("%.2f steps per byte", float64(a)/float64(len(small)))
		})
	}
}

// BenchmarkPathological tokenizes 20 KB degenerate runs.
func BenchmarkPathological(b *testing.B) {
	for _, p := range pathological {
		in := repeatTo(p.unit, 20_000)
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				New().Tokenize(in)
			}
		})
	}
}

// sameTokens reports where two token streams differ ("" when they agree).
func sameTokens(got, want analysis.TokenStream) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if !bytes.Equal(g.Term, w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type {
			return fmt.Sprintf("token %d: %q@%d[%d:%d] type %d, want %q@%d[%d:%d] type %d",
				i, g.Term, g.Position, g.Start, g.End, g.Type, w.Term, w.Position, w.Start, w.End, w.Type)
		}
	}
	return ""
}

// TestMatchesReference checks that the linear-time tokenizer emits exactly
// the tokens of the old one (reference_test.go) on degenerate runs, short
// and long enough to be dropped, and on document-number edge cases.
func TestMatchesReference(t *testing.T) {
	var inputs []string
	for _, p := range pathological {
		for _, n := range []int{1, 7, 40, 130, 3000} {
			inputs = append(inputs, string(repeatTo(p.unit, n)))
		}
	}
	inputs = append(inputs, "1/1- QĐ/TW", "1/1 - QĐ/TW", "1-1 - QĐ/TW/1 - A/B", "1 -1/A", "1/1/1- QĐ/TW/1/1- A", "1-1-1/a 1/A", "12/10/2022 34-NQ/TU",
		"1/2,3/4/A", "1\u00ad/A/1", "1/A1/b/C", "1/1234567890123/A", "1/ABCDEFGHIJKLM/1/A", "1234567/A/1/B",
		"١/A", "1/١.2/A", "1.2.3/A/1.2/b/1/C")
	for _, in := range inputs {
		if d := sameTokens(New().Tokenize([]byte(in)), refTokenize([]byte(in))); d != "" {
			t.Errorf("Tokenize(%.60q…, %d bytes): %s", in, len(in), d)
		}
	}
}

// FuzzTokenizeReference checks the tokenizer against the old quadratic one
// on short inputs.
func FuzzTokenizeReference(f *testing.F) {
	for _, s := range []string{"1/1/1- QĐ/TW", "1/1 - QĐ/TW", "1 - 1/A", "1/1/1", "1-1-A/1", "34-NQ/TU/34-NQ/TU", "1.1.1/A", "1/2,3/A", "A-1/B/1-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		if d := sameTokens(New().Tokenize([]byte(s)), refTokenize([]byte(s))); d != "" {
			t.Fatalf("Tokenize(%q): %s", s, d)
		}
	})
}
