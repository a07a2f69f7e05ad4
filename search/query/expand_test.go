package query

import (
	"testing"

	"github.com/frontsearch/frontsearch/search/abbrev"
)

func TestExpand(t *testing.T) {
	tab := abbrev.Default()
	cases := []struct{ in, want string }{
		{"MTTQ", `(or MTTQ "mặt trận tổ quốc")`},
		{"MTTQ tỉnh", `(and (or MTTQ "mặt trận tổ quốc") tỉnh)`},
		{"mat tran to quoc", `(or (and mat tran to quoc) mttq)`},
		{`"Mặt trận Tổ quốc xã"`, `(or "Mặt trận Tổ quốc xã" "mttq xã")`},
		{"-UBND", `(not (or UBND "ủy ban nhân dân"))`},
		{"a OR NTM", `(or a NTM "nông thôn mới")`},
		{"phản biện unit:MTTQ", "(and phản biện unit[MTTQ])"},
		{"đầu tư", "(and đầu tư)"},
		{"Ban TTND xã", `(and (or (and Ban TTND) "ban thanh tra nhân dân") xã)`},
		{"KT-XH", `(or KT-XH ktxh "kinh tế xã hội")`},
	}
	for _, c := range cases {
		n, err := Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		before := n.String()
		e := Expand(n, tab)
		got := sexp(e)
		if got != c.want {
			t.Errorf("Expand(%q) = %s, want %s", c.in, got, c.want)
		}
		if n.String() != before {
			t.Errorf("Expand modified its input: %q → %q", before, n.String())
		}
		checkRoundTrip(t, c.in, e)
	}
	if Expand(nil, tab) != nil {
		t.Error("Expand(nil) != nil")
	}
}
