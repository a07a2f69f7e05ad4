package extract

import (
	"io"
	"strings"
)

// pieces collects the kept parts of a page without copying them.
type pieces struct{ parts []string }

func (p *pieces) WriteString(s string) {
	if s != "" {
		p.parts = append(p.parts, s)
	}
}

// Reader reads the parts in order.
func (p *pieces) Reader() io.Reader {
	rs := make([]io.Reader, len(p.parts))
	for i, s := range p.parts {
		rs[i] = strings.NewReader(s)
	}
	return io.MultiReader(rs...)
}

// stripRaw removes <script>, <style>, <svg> and <noscript> elements and
// comments from src
// before parsing, with a byte scanner that is several times faster than the
// HTML tokenizer on them (scripts are often half of a modern page). The
// contents of JSON-LD scripts are returned for the metadata reader.
func stripRaw(src string) (*pieces, []string) {
	b := &pieces{}
	var ld []string
	last := 0 // src[last:i] not yet copied
	i := 0
	for {
		j := strings.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := src[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			b.WriteString(src[last:i])
			if end < 0 {
				return b, ld // unterminated comment: the rest is comment
			}
			i += 4 + end + 3
			last = i
			continue
		default:
			if e := rawTextAt(rest); e != nil {
				var into *[]string
				if e.jsonLD {
					into = &ld
				}
				i, last = skipElement(src, i, len(e.open), e.close, b, last, into)
				if i < 0 {
					return b, ld
				}
				continue
			}
		}
		i++
	}
	b.WriteString(src[last:])
	return b, ld
}

// skipElement drops the raw-text element starting at src[i] (its tag name
// n bytes long including "<"), copying what precedes it into b. It returns
// the new scan position and copy mark, or i < 0 when the element runs to
// the end of src. JSON-LD script contents are appended to ld when non-nil.
func skipElement(src string, i, n int, closeTag string, b *pieces, last int, ld *[]string) (int, int) {
	b.WriteString(src[last:i])
	gt := strings.IndexByte(src[i+n:], '>')
	if gt < 0 {
		return -1, len(src)
	}
	openEnd := i + n + gt + 1
	openTag := src[i:openEnd]
	end := indexFold(src[openEnd:], closeTag)
	content := ""
	next := len(src)
	if end >= 0 {
		content = src[openEnd : openEnd+end]
		close := strings.IndexByte(src[openEnd+end:], '>')
		if close >= 0 {
			next = openEnd + end + close + 1
		}
	} else {
		content = src[openEnd:]
	}
	if ld != nil && strings.Contains(strings.ToLower(openTag), "ld+json") {
		*ld = append(*ld, content)
	}
	if next >= len(src) {
		return -1, len(src)
	}
	return next, next
}

// rawElement is an element whose content the HTML parser would treat as raw
// text: its start and end tag prefixes, and whether its content may be
// JSON-LD metadata.
type rawElement struct {
	open, close string
	jsonLD      bool
}

// rawText lists the elements stripRaw drops whole: never article text
// (svg: inline icons, many path elements). Script contents are kept aside
// when they are JSON-LD.
var rawText = []rawElement{
	{"<script", "</script", true},
	{"<style", "</style", false},
	{"<svg", "</svg", false},
	{"<noscript", "</noscript", false},
}

// rawTextAt returns the rawText element whose start tag begins s, or nil.
func rawTextAt(s string) *rawElement {
	// Every rawText tag starts "<s" or "<n": most tags are rejected on that
	// byte (the case-folding comparisons below only ever match ASCII).
	if len(s) < 2 || s[1]|0x20 != 's' && s[1]|0x20 != 'n' {
		return nil
	}
	for k := range rawText {
		e := &rawText[k]
		if hasPrefixFold(s, e.open) && len(s) > len(e.open) && isTagEnd(s[len(e.open)]) {
			return e
		}
	}
	return nil
}

func isTagEnd(c byte) bool {
	return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '\f'
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// indexFold is strings.Index ignoring ASCII case, for a needle starting
// with '<'.
func indexFold(s, needle string) int {
	i := 0
	for {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if hasPrefixFold(s[i:], needle) {
			return i
		}
		i++
	}
}
