package docnum

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"golang.org/x/text/unicode/norm"
)

var _ = norm.NFC

func TestFilter(t *testing.T) {
	cases := []struct{ in, want string }{
		{"217- QĐ/TW", "217-QĐ/TW"}, {"217 - QĐ/TW", "217-QĐ/TW"}, {"217–QĐ/TƯ", "217-QĐ/TW"}, {"34-NQ/TU", "34-NQ/TU"}, {"mặt", "mặt"}, {"43-nq/tư", "43-nq/TW"},
	}
	for _, c := range cases {
		tok := &analysis.Token{Term: []byte(c.in), Start: 3, End: 3 + len(c.in), Position: 7}
		out := New().Filter(analysis.TokenStream{tok})
		if len(out) != 1 || string(out[0].Term) != c.want {
			t.Errorf("%q → %q, want %q", c.in, out[0].Term, c.want)
		}
		if out[0].Start != 3 || out[0].End != 3+len(c.in) || out[0].Position != 7 {
			t.Errorf("%q: offsets or position changed: %+v", c.in, out[0])
		}
	}
}
