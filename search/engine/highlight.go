package engine

import (
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/abbrev"
	qlang "github.com/frontsearch/frontsearch/search/query"
	"github.com/frontsearch/frontsearch/search/schema"
)

// span is a matched byte range [start, end) in a text.
type span struct{ start, end int }

// marks is what a query highlights: single folded words, and folded
// word sequences (phrases, abbreviation full forms) marked only where the
// whole sequence occurs.
type marks struct {
	single map[string]bool
	seqs   map[string][][]string // by first word
}

func (m *marks) empty() bool { return m == nil || len(m.single) == 0 && len(m.seqs) == 0 }

// add records the folded tokens of text: one token as a single word,
// several as a sequence.
func (e *Engine) addMark(m *marks, text string) {
	toks := e.analyze(schema.AnalyzerViFold, text)
	switch {
	case len(toks) == 1:
		m.single[toks[0]] = true
	case len(toks) > 1:
		m.seqs[toks[0]] = append(m.seqs[toks[0]], toks)
	}
}

// highlightTerms returns what a query marks in snippets: every word,
// phrase and document number outside exclusions, the abbreviation variants
// of its words and phrases, and person and document filter values.
func (e *Engine) highlightTerms(root *qlang.Node) *marks {
	m := &marks{single: map[string]bool{}, seqs: map[string][][]string{}}
	if root == nil {
		return m
	}
	var words []string
	root.Walk(func(n *qlang.Node) bool {
		switch n.Op {
		case qlang.Not, qlang.Range:
			return false
		case qlang.Field:
			// A person or document filter is also worth seeing in the text.
			if n.Field == search.FacetPerson || n.Field == search.FacetDoc {
				e.addMark(m, n.Text)
			}
			return false
		case qlang.Term:
			e.addMark(m, n.Text)
			words = append(words, n.Text)
		case qlang.Phrase, qlang.Doc:
			e.addMark(m, n.Text)
			for _, v := range e.abbr.Expand(n.Text, 8)[1:] {
				e.addMark(m, v)
			}
		}
		return true
	})
	var toks []string
	for _, w := range words {
		toks = append(toks, abbrev.Tokens(w)...)
	}
	for _, f := range e.abbr.Find(toks) {
		for _, v := range f.Variants {
			e.addMark(m, v)
		}
	}
	return m
}

// snippets builds up to Options.Snippets HTML fragments of the article's
// body (then captions) around the words the query matched. The text is
// analysed again with the folded analyzer, whose token offsets point into
// the original accented text, so an unaccented query still marks the
// accented words. Everything outside the marks is HTML-escaped; fragments
// start and end on word boundaries and never cut a mark or a rune.
func (e *Engine) snippets(a *search.Article, terms *marks) []string {
	out := []string{}
	body := e.matchSpans(a.Body, terms)
	out = append(out, e.fragments(a.Body, body, e.opts.Snippets)...)
	for _, c := range a.Captions {
		if len(out) >= e.opts.Snippets {
			break
		}
		if sp := e.matchSpans(c, terms); len(sp) > 0 {
			out = append(out, e.fragments(c, sp, 1)...)
		}
	}
	if len(out) == 0 {
		// Nothing matched in the text (a title or filter-only match): show
		// the beginning of the article.
		text := a.Lead
		if text == "" {
			text = a.Body
		}
		if text != "" {
			out = append(out, e.fragments(text, nil, 1)...)
		}
	}
	return out
}

// matchSpans returns the byte ranges of the words of text that the marks
// select: single words anywhere, sequences only where complete, each word
// its own range. Ranges not on rune boundaries are dropped (they cannot
// occur with a well-behaved analyzer, but a fragment must never cut a
// rune).
func (e *Engine) matchSpans(text string, m *marks) []span {
	if m.empty() || text == "" {
		return nil
	}
	a := e.idx.Mapping().AnalyzerNamed(schema.AnalyzerViFold)
	if a == nil {
		return nil
	}
	toks := a.Analyze([]byte(text))
	hit := make([]bool, len(toks))
	for i, t := range toks {
		if m.single[string(t.Term)] {
			hit[i] = true
		}
		for _, seq := range m.seqs[string(t.Term)] {
			if i+len(seq) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(seq); k++ {
				if string(toks[i+k].Term) != seq[k] {
					ok = false
					break
				}
			}
			if ok {
				for k := range seq {
					hit[i+k] = true
				}
			}
		}
	}
	var sp []span
	for i, t := range toks {
		if !hit[i] {
			continue
		}
		s, en := t.Start, t.End
		if s < 0 || en > len(text) || s >= en || !boundary(text, s) || !boundary(text, en) {
			continue
		}
		if k := len(sp); k > 0 && s < sp[k-1].end {
			sp[k-1].end = max(sp[k-1].end, en)
			continue
		}
		sp = append(sp, span{s, en})
	}
	return sp
}

func boundary(s string, i int) bool {
	return i == len(s) || (i >= 0 && i < len(s) && utf8.RuneStart(s[i]))
}

// maxAnchors bounds the matches tried as fragment centres, so a huge
// article full of matches costs no more than a long one.
const maxAnchors = 500

// window is a candidate fragment.
type window struct {
	start, end int
	spans      []span
	score      float64
}

// fragments picks up to max non-overlapping windows of text with the most
// distinct matched words and renders them in text order.
func (e *Engine) fragments(text string, spans []span, max int) []string {
	size := e.opts.SnippetBytes
	if len(spans) == 0 {
		end := wordEnd(text, min(size, len(text)))
		return []string{render(text, 0, end, nil)}
	}
	var picked []window
	used := make([]bool, len(spans))
	// Each span's folded word, for counting a window's distinct words.
	words := make([]string, len(spans))
	for i, s := range spans {
		words[i] = schema.Fold(text[s.start:s.end])
	}
	var seen []string // windowAt's scratch
	for len(picked) < max {
		var best *window
		for i, s := range spans {
			if i >= maxAnchors {
				break
			}
			if used[i] {
				continue
			}
			var w window
			w, seen = e.windowAt(text, spans, words, s, seen[:0])
			if overlapsAny(w, picked) {
				continue
			}
			if best == nil || w.score > best.score {
				ww := w
				best = &ww
			}
		}
		if best == nil {
			break
		}
		for i, s := range spans {
			if s.start >= best.start && s.end <= best.end {
				used[i] = true
			}
		}
		picked = append(picked, *best)
	}
	sort.Slice(picked, func(i, j int) bool { return picked[i].start < picked[j].start })
	out := make([]string, 0, len(picked))
	for _, w := range picked {
		out = append(out, render(text, w.start, w.end, w.spans))
	}
	return out
}

// windowAt is the window of about SnippetBytes around anchor, widened to
// word boundaries and to whole marks. words holds the spans' folded
// words; seen is scratch space, returned for reuse.
func (e *Engine) windowAt(text string, spans []span, words []string, anchor span, seen []string) (window, []string) {
	size := e.opts.SnippetBytes
	start := wordStart(text, max(0, anchor.start-size/4))
	end := wordEnd(text, min(len(text), start+size))
	if end < anchor.end {
		end = wordEnd(text, anchor.end)
	}
	w := window{start: start, end: end}
	// spans are sorted and disjoint: the window's are those from the
	// first one ending after the window start to the first one starting
	// at or after its end.
	first := sort.Search(len(spans), func(i int) bool { return spans[i].end > start })
	last := first
	for ; last < len(spans) && spans[last].start < end; last++ {
		s := spans[last]
		if s.start < w.start {
			w.start = s.start
		}
		if s.end > w.end {
			w.end = s.end
		}
		if !slices.Contains(seen, words[last]) {
			seen = append(seen, words[last])
		}
	}
	w.spans = spans[first:last:last]
	w.score = float64(len(seen)) + 0.1*float64(len(w.spans))
	return w, seen
}

func overlapsAny(w window, ws []window) bool {
	for _, o := range ws {
		if w.start < o.end && o.start < w.end {
			return true
		}
	}
	return false
}

// wordStart moves i forward to the start of a word (just after a space),
// unless i is at the text start or already there.
func wordStart(s string, i int) int {
	if i <= 0 {
		return 0
	}
	if isSpace(s[i-1]) {
		return i
	}
	for j := i; j < len(s) && j < i+40; j++ {
		if isSpace(s[j]) {
			return j + 1
		}
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// wordEnd moves i forward to the end of the word it is in.
func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for j := i; j < len(s) && j < i+40; j++ {
		if isSpace(s[j]) {
			return j
		}
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// render escapes text[start:end] with the spans wrapped in <mark>, white
// space collapsed, and an ellipsis where the text was cut.
func render(text string, start, end int, spans []span) string {
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := start
	for _, s := range spans {
		if s.start < pos || s.end > end {
			continue
		}
		b.WriteString(escape(text[pos:s.start]))
		b.WriteString("<mark>")
		b.WriteString(escape(text[s.start:s.end]))
		b.WriteString("</mark>")
		pos = s.end
	}
	b.WriteString(escape(text[pos:end]))
	if end < len(text) {
		b.WriteString(" …")
	}
	return strings.TrimSpace(b.String())
}

func escape(s string) string { return html.EscapeString(collapseSpace(s)) }

// collapseSpace turns each run of white space into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevSpace := false
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			if !prevSpace {
				b.WriteByte(' ')
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		b.WriteByte(s[i])
	}
	return b.String()
}
