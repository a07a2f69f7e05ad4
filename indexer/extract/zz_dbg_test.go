package extract

import (
	"os"

	"golang.org/x/net/html"
	"testing"
)

func TestZZTop(t *testing.T) {
	b, err := os.ReadFile("/tmp/wired.html")
	if err != nil {
		t.Skip()
	}
	doc, _ := parse(string(b))
	body := findBody(doc)
	preclean(body, map[*html.Node]bool{})
	stripUnlikelyKeep(body, map[*html.Node]bool{})
	s := &scorer{st: map[*html.Node]*stat{}, flags: flagAll}
	s.computeStats(body, false)
	if k := s.knownContainer(body); k != nil {
		t.Logf("known %s %q", k.Data, attr(k, "class"))
	}
	top := s.scoreTree(body)
	t.Logf("top %s %q score %.1f", top.Data, attr(top, "class"), s.st[top].score)
	for _, r := range s.siblings(top) {
		t.Logf("  sib %s %q", r.Data, attr(r, "class"))
	}
}
