package enrich

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugTopics(t *testing.T) {
	if os.Getenv("DEBUG_TOPICS") == "" {
		t.Skip()
	}
	e := newTestEnricher(t)
	for _, c := range loadCases(t) {
		a := *c.a
		e.Enrich(&a)
		want := map[string]bool{}
		for _, w := range c.want.Topics {
			want[w] = true
		}
		for _, tp := range a.Topics {
			fmt.Printf("%-45s %-25s %5.1f %v\n", c.file, tp.ID, tp.Score, want[tp.ID])
		}
	}
}
