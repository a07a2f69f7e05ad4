package engine

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

// span is a matched byte range [start, end) in a text.
type span struct{ start, end int }

// snippets builds up to Options.Snippets HTML fragments of the article's
// body (then captions) around the matched words. Term locations of the
// accented and the folded fields are byte offsets into the same original
// text, so an unaccented query still marks the accented words. Everything
// outside the marks is HTML-escaped; fragments start and end on word
// boundaries and never cut a mark or a rune.
func (e *Engine) snippets(a *search.Article, locs bsearch.FieldTermLocationMap) []string {
	out := []string{}
	body := spansFor(locs, schema.FieldBody, -1, len(a.Body), a.Body)
	out = append(out, e.fragments(a.Body, body, e.opts.Snippets)...)
	for i, c := range a.Captions {
		if len(out) >= e.opts.Snippets {
			break
		}
		if sp := spansFor(locs, schema.FieldCaptions, i, len(c), c); len(sp) > 0 {
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

// spansFor collects the matched ranges of one text field (accented and
// folded variants); arrayPos selects an element of an array field (-1 for
// plain fields). Ranges that do not fall on rune boundaries are dropped.
func spansFor(locs bsearch.FieldTermLocationMap, field string, arrayPos, n int, text string) []span {
	var sp []span
	for _, f := range []string{field, field + schema.FoldSuffix} {
		for _, ls := range locs[f] {
			for _, l := range ls {
				if arrayPos >= 0 && (len(l.ArrayPositions) == 0 || int(l.ArrayPositions[0]) != arrayPos) {
					continue
				}
				s, e := int(l.Start), int(l.End)
				if s < 0 || e > n || s >= e || !boundary(text, s) || !boundary(text, e) {
					continue
				}
				sp = append(sp, span{s, e})
			}
		}
	}
	sort.Slice(sp, func(i, j int) bool {
		if sp[i].start != sp[j].start {
			return sp[i].start < sp[j].start
		}
		return sp[i].end > sp[j].end
	})
	// Merge overlaps.
	var merged []span
	for _, s := range sp {
		if k := len(merged); k > 0 && s.start < merged[k-1].end {
			if s.end > merged[k-1].end {
				merged[k-1].end = s.end
			}
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

func boundary(s string, i int) bool {
	return i == len(s) || (i >= 0 && i < len(s) && utf8.RuneStart(s[i]))
}

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
	for len(picked) < max {
		var best *window
		for i, s := range spans {
			if used[i] {
				continue
			}
			w := e.windowAt(text, spans, s)
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
// word boundaries and to whole marks.
func (e *Engine) windowAt(text string, spans []span, anchor span) window {
	size := e.opts.SnippetBytes
	start := wordStart(text, max(0, anchor.start-size/4))
	end := wordEnd(text, min(len(text), start+size))
	if end < anchor.end {
		end = wordEnd(text, anchor.end)
	}
	w := window{start: start, end: end}
	distinct := map[string]bool{}
	for _, s := range spans {
		if s.end <= start || s.start >= end {
			continue
		}
		if s.start < w.start {
			w.start = s.start
		}
		if s.end > w.end {
			w.end = s.end
		}
		w.spans = append(w.spans, s)
		distinct[schema.Fold(text[s.start:s.end])] = true
	}
	w.score = float64(len(distinct)) + 0.1*float64(len(w.spans))
	return w
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
