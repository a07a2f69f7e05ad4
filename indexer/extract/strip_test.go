package extract

import (
	"io"
	"strings"
	"testing"
)

func TestStripRaw(t *testing.T) {
	tests := []struct {
		in, want string
		ld       int
	}{
		{`<p>a</p><script>var x = "</p>";</script><p>b</p>`, `<p>a</p><p>b</p>`, 0},
		{`<SCRIPT type="text/javascript">x()</SCRIPT >b`, `b`, 0},
		{`a<script type="application/ld+json">{"@type":"NewsArticle"}</script>b`, `ab`, 1},
		{`a<!-- <p>hidden</p> -->b`, `ab`, 0},
		{`a<style>p{color:red}</style>b<scripts>c</scripts>`, `ab<scripts>c</scripts>`, 0},
		{`a<script>never closed`, `a`, 0},
		{`a<!-- never closed`, `a`, 0},
		{`a<script`, `a<script`, 0},
		{`<p>plain</p>`, `<p>plain</p>`, 0},
		{`a<svg viewBox="0 0 1 1"><path d="M0"/><title>x</title></svg>b<noscript><img src=x></noscript>c`, `abc`, 0},
	}
	for _, tt := range tests {
		p, ld := stripRaw(tt.in)
		b, _ := io.ReadAll(p.Reader())
		if string(b) != tt.want || len(ld) != tt.ld {
			t.Errorf("stripRaw(%q) = %q with %d JSON-LD, want %q with %d", tt.in, b, len(ld), tt.want, tt.ld)
		}
	}
}

// TestRawTextAtShortcut checks that the first-letter shortcut rejects no
// tag the full comparison accepts.
func TestRawTextAtShortcut(t *testing.T) {
	for _, e := range rawText {
		for _, tag := range []string{e.open, strings.ToUpper(e.open), strings.ToUpper(e.open[:2]) + e.open[2:]} {
			if got := rawTextAt(tag + ">"); got == nil || got.open != e.open {
				t.Errorf("rawTextAt(%q) = %v, want %s", tag+">", got, e.open)
			}
		}
	}
}
