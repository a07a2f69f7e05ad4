package shingle2

import (
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

func stream(words ...string) analysis.TokenStream {
	var ts analysis.TokenStream
	off := 0
	for i, w := range words {
		ts = append(ts, &analysis.Token{Term: []byte(w), Start: off, End: off + len(w), Position: i + 1})
		off += len(w) + 1
	}
	return ts
}

func TestFilter(t *testing.T) {
	cases := []struct {
		in   []string
		want string
	}{
		{[]string{"mặt", "trận", "tổ", "quốc"}, "[mặt trận@1[0:12] trận tổ@2[6:17] tổ quốc@3[13:24]]"},
		{[]string{"một"}, "[]"},
		{nil, "[]"},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range New().Filter(stream(c.in...)) {
			got = append(got, fmt.Sprintf("%s@%d[%d:%d]", tk.Term, tk.Position, tk.Start, tk.End))
		}
		if fmt.Sprint(got) != c.want {
			t.Errorf("%q → %v, want %v", c.in, got, c.want)
		}
	}
	// a gap in positions breaks the shingle
	ts := stream("a", "b", "c")
	ts[2].Position = 5
	if got := New().Filter(ts); len(got) != 1 || string(got[0].Term) != "a b" {
		t.Errorf("gap: %v", got)
	}
}
