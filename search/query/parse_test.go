package query

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/abbrev"
)

// sexp renders an AST compactly for table tests.
func sexp(n *Node) string {
	if n == nil {
		return "nil"
	}
	switch n.Op {
	case And, Or, Not:
		parts := []string{strings.ToLower(n.Op.String())}
		for _, c := range n.Children {
			parts = append(parts, sexp(c))
		}
		return "(" + strings.Join(parts, " ") + ")"
	case Term:
		return n.Text
	case Phrase:
		return `"` + n.Text + `"`
	case Doc:
		return "doc[" + n.Text + "]"
	case Field:
		return n.Field + "[" + n.Text + "]"
	case Range:
		return n.Field + "[" + n.From + ".." + n.To + "]"
	}
	return "?"
}

func TestParse(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", "nil"},
		{"   ", "nil"},
		{"phản biện", "(and phản biện)"},
		{"mttq", "mttq"},
		{`"phản biện xã hội"`, `"phản biện xã hội"`},
		{`“phản  biện”`, `"phản biện"`},
		{"a -b", "(and a (not b))"},
		{`a -"b c"`, `(and a (not "b c"))`},
		{"a b OR c d", "(and a (or b c) d)"},
		{"a | b", "(or a b)"},
		{"a|b", "(or a b)"},
		{"a OR b OR c", "(or a b c)"},
		{"a or b", "(and a or b)"},
		{"(a b) OR c", "(or (and a b) c)"},
		{"((a))", "a"},
		{"-(a OR b) c", "(and (not (or a b)) c)"},
		{"--a", "a"},
		{"a AND b", "(and a b)"},
		{"NOT a b", "(and (not a) b)"},
		{"+a", "a"},
		{`unit:"UBND xã" person:"Lê Văn Quốc"`, "(and unit[UBND xã] person[Lê Văn Quốc])"},
		{"topic:an-sinh place:Huế", "(and topic[an-sinh] place[Huế])"},
		{"Unit:abc", "unit[abc]"},
		{"org:mttq level:xa site:mattran.org.vn", "(and org[mttq] level[xa] site[mattran.org.vn])"},
		{"year:2020", "year[2020..2020]"},
		{"year:2019..2021", "year[2019..2021]"},
		{"year:2019..", "year[2019..]"},
		{"year:..2021", "year[..2021]"},
		{"date:2020-01-01..2020-06-30", "date[2020-01-01..2020-06-30]"},
		{"date:2020-01-01..", "date[2020-01-01..]"},
		{"date:..2020-06-30", "date[..2020-06-30]"},
		{"date:2020-02", "date[2020-02-01..2020-02-29]"},
		{"date:2020", "date[2020-01-01..2020-12-31]"},
		{"date:2020-01..2020-03", "date[2020-01-01..2020-03-31]"},
		{"date:24/6/2020", "date[2020-06-24..2020-06-24]"},
		{"date:1/2020..6/2020", "date[2020-01-01..2020-06-30]"},
		{"date:05/02/2021..", "date[2021-02-05..]"},
		{"34-NQ/TU", "doc[34-NQ/TU]"},
		{"34-nq/tu", "doc[34-NQ/TU]"},
		{"nghị quyết 217- QĐ/TW", "(and nghị quyết doc[217-QĐ/TW])"},
		{"100/2019/NĐ-CP", "doc[100/2019/NĐ-CP]"},
		{"doc:34-nq/tu", "doc[34-NQ/TU]"},
		{`"nghị quyết 34-nq/tu, 12/10/2022"`, `"nghị quyết 34-NQ/TU, 12/10/2022"`},
		{"12/10/2022", "12/10/2022"},
		{"KT-XH", "KT-XH"},
		{"kinh tế - xã hội", "(and kinh tế xã hội)"},
		{"Uỷ ban hoà giải", "(and Ủy ban hòa giải)"},
		{norm.NFD.String("Mặt trận"), "(and Mặt trận)"},
		{"a & b", "(and a b)"},
		{"http://example.com", "http://example.com"},
		{"Lưu ý: abc", "(and Lưu ý: abc)"},
		{"ab:cd", "ab:cd"},
		{"a -unit:x", "(and a (not unit[x]))"},
		{`unit:"a|b"`, "unit[a|b]"},
		{`unit:"a)b"`, "unit[a)b]"},
	}
	for _, c := range cases {
		n, err := Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if got := sexp(n); got != c.want {
			t.Errorf("Parse(%q) = %s, want %s", c.in, got, c.want)
		}
		checkRoundTrip(t, c.in, n)
	}
}

func checkRoundTrip(t *testing.T, in string, n *Node) {
	t.Helper()
	if n == nil {
		return
	}
	s := n.String()
	m, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q).String() = %q does not parse: %v", in, s, err)
	}
	if !reflect.DeepEqual(n, m) {
		t.Fatalf("round trip of %q: %q parses to %s, want %s", in, s, sexp(m), sexp(n))
	}
}

func TestErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{`"phan bien`, `unclosed quote: add a closing " after "phan bien`},
		{`a unit:"xã`, `unclosed quote: add a closing " after "xã`},
		{"foo:bar", `unknown field "foo:" (known: unit, person, topic, place`},
		{`foo:"bar"`, `unknown field "foo:"`},
		{"date:2020-13-01", `bad date "2020-13-01" in date: — use YYYY-MM-DD`},
		{"date:2020-02-30..", `bad date "2020-02-30"`},
		{"date:yesterday", `bad date "yesterday"`},
		{"date:31/2/2020", `bad date "31/2/2020"`},
		{"date:1/2/20", `bad date "1/2/20"`},
		{"date:..", "date: needs at least one end"},
		{"date:2021-01-01..2020-01-01", "date: range starts after it ends"},
		{"year:20x", `bad year "20x" in year: — use YYYY`},
		{"year:2021..2019", "year: range starts after it ends"},
		{"a -", `"-" needs a word after it`},
		{"- a", `"-" needs a word after it`},
		{"(a -)", `"-" needs a word after it`},
		{"-", `"-" needs a word after it`},
		{"(a b", `unbalanced parentheses: add ")" to close the "(" at character 1`},
		{"a b)", `unbalanced parentheses: ")" at character 4 has no matching "("`},
		{"()", "empty parentheses"},
		{"a OR", "OR at character 3 needs a term on both sides"},
		{"OR a", "OR at character 1 needs a term on both sides"},
		{"a OR OR b", "needs a term on both sides"},
		{"a | ", "needs a term on both sides"},
		{"(a OR) b", "needs a term on both sides"},
		{"unit:", "unit: needs a value"},
		{`unit: "x"`, "unit: needs a value"},
		{`""`, "empty phrase"},
		{strings.Repeat("a ", 501), "query too long: 1002 characters (max 1000)"},
		{strings.Repeat("a ", 65), "too many terms: 65 (max 64)"},
		{strings.Repeat("(", 20) + "a" + strings.Repeat(")", 20), "nested too deeply"},
	}
	for _, c := range cases {
		n, err := Parse(c.in)
		var qe *search.QueryError
		if !errors.As(err, &qe) {
			t.Errorf("Parse(%q) = %v, %v; want a *search.QueryError", c.in, sexp(n), err)
			continue
		}
		if qe.Param != "q" || !strings.Contains(qe.Msg, c.want) {
			t.Errorf("Parse(%q) error = %q, want it to contain %q", c.in, qe.Msg, c.want)
		}
	}
}

func TestHasDiacritics(t *testing.T) {
	n, err := Parse(`mat tran "Tổ quốc" person:"Lê Văn"`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	n.Walk(func(m *Node) bool {
		if m.Op != And {
			got = append(got, fmt.Sprintf("%s=%v", m.Text, m.HasDiacritics()))
		}
		return true
	})
	want := "[mat=false tran=false Tổ quốc=true Lê Văn=true]"
	if fmt.Sprint(got) != want {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestDocNumber(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"34-NQ/TU", "34-NQ/TU", true}, {"34-nq/tu", "34-NQ/TU", true}, {"217- QĐ/TW", "217-QĐ/TW", true},
		{"75/2015/QH13", "75/2015/QH13", true}, {"1234/QĐ-TTg", "1234/QĐ-TTG", true},
		{"12/10/2022", "", false}, {"43-NQ", "", false}, {"NQ/34", "", false}, {"34-NQ/", "", false},
		{"1234567/QĐ", "", false}, {"34--NQ/TU", "", false}, {"", "", false},
	}
	for _, c := range cases {
		got, ok := DocNumber(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("DocNumber(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

var fuzzTable = abbrev.Default()

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`phản biện "xã hội" -tham OR nhũng (a | b)`, `unit:"UBND xã" year:2019..2021 date:2020-01-01..`,
		`34-NQ/TU 217- QĐ/TW`, `-(a OR -b)`, `"unclosed`, `foo:bar`, `a OR`, `((a)`, `“x”`, "kinh tế - xã hội",
		`doc:"34 - NQ"`, `person:a)b`, `NOT NOT a`, `a -"b" | c`, "MTTQ mat tran to quoc", `"Ủy ban MTTQ" -UBND | KT-XH`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := Parse(q)
		if err != nil {
			var qe *search.QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("Parse(%q): error %T %v is not a *search.QueryError", q, err, err)
			}
			return
		}
		if n == nil {
			return
		}
		s := n.String()
		m, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q: %v", q, s, err)
		}
		if !reflect.DeepEqual(n, m) {
			t.Fatalf("round trip of %q via %q: %s != %s", q, s, sexp(n), sexp(m))
		}
		e := Expand(n, fuzzTable)
		if countLeaves(e) > MaxTerms {
			return
		}
		es := e.String()
		em, err := Parse(es)
		if err != nil {
			t.Fatalf("Expand(%q).String() = %q: %v", q, es, err)
		}
		if !reflect.DeepEqual(e, em) {
			t.Fatalf("round trip of Expand(%q) via %q: %s != %s", q, es, sexp(e), sexp(em))
		}
	})
}

func BenchmarkParse(b *testing.B) {
	q := `Uỷ ban MTTQ "phản biện xã hội" -tham OR nhũng unit:"UBND xã" year:2019..2021 34-NQ/TU`
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(q); err != nil {
			b.Fatal(err)
		}
	}
}
