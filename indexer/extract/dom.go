package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/frontsearch/frontsearch/indexer/internal/vnrune"
)

// attr returns the value of the attribute key of n ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// isBlock reports whether an element starts a new paragraph in the text flow.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
		atom.P, atom.Pre, atom.Section, atom.Table, atom.Tbody, atom.Td,
		atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul, atom.Caption,
		atom.Summary, atom.Body, atom.Html, atom.Legend, atom.Option, atom.Select,
		atom.Textarea, atom.Noscript:
		return true
	}
	return false
}

// isHeading reports whether a is h1..h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isSpace reports whether r counts as white space in page text, including
// no-break and zero-width spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x2007, 0x202f, 0x3000, 0x1680:
		return true
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// collapse trims s and replaces every run of white space (and of control
// characters) by one space; invalid UTF-8 bytes become U+FFFD. Text already
// in that form, as most paragraphs are by the time they are cleaned, is
// returned as it is, without a copy.
func collapse(s string) string {
	if isCollapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c <= ' ' { // ASCII white space and control characters
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := vnrune.DecodeString(s[i:])
		if isSpace(r) {
			i += size
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isCollapsed reports whether collapse would return s unchanged: valid
// UTF-8 with no leading, trailing or repeated space and no other white
// space or control character. It works on bytes: the white-space runes
// beyond ASCII are told by their encodings (isSpaceAt).
func isCollapsed(s string) bool {
	space := true // a leading space is not allowed
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
			continue
		case c < ' ':
			return false
		case c >= 0xC2 && isSpaceAt(s, i):
			return false
		}
		space = false
	}
	return (!space || s == "") && utf8.ValidString(s)
}

// isSpaceAt reports whether the UTF-8 sequence at s[i] encodes one of
// isSpace's runes above ASCII: U+00A0, U+1680, U+2000–U+200D, U+202F,
// U+2060, U+3000 or U+FEFF.
func isSpaceAt(s string, i int) bool {
	b1, b2 := byte(0), byte(0)
	if i+1 < len(s) {
		b1 = s[i+1]
	}
	if i+2 < len(s) {
		b2 = s[i+2]
	}
	switch s[i] {
	case 0xC2:
		return b1 == 0xA0
	case 0xE1:
		return b1 == 0x9A && b2 == 0x80
	case 0xE2:
		return b1 == 0x80 && (b2 <= 0x8D || b2 == 0xAF) || b1 == 0x81 && b2 == 0xA0
	case 0xE3:
		return b1 == 0x80 && b2 == 0x80
	case 0xEF:
		return b1 == 0xBB && b2 == 0xBF
	}
	return false
}

// nodeText returns the collapsed text content of n, capped at max bytes
// (0 = no cap).
func nodeText(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return max == 0 || b.Len() < max
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return true
			case atom.Br:
				b.WriteByte(' ')
				return true
			}
			if isBlock(n.DataAtom) {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		if n.Type == html.ElementNode && isBlock(n.DataAtom) {
			b.WriteByte(' ')
		}
		return true
	}
	walk(n)
	return collapse(b.String())
}

// isLatinLetter reports whether r is a letter of Latin-1 (À–ÿ but × and
// ÷), Latin Extended-A and -B or Latin Extended Additional, which hold
// nearly every non-ASCII rune of Vietnamese text: a shortcut before the
// Unicode tables.
func isLatinLetter(r rune) bool {
	return r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7 || r >= 0x1E00 && r <= 0x1EFF
}

// wordCount counts runs of letters or digits in s (textStats' words, without
// the other counts).
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			i++
		} else {
			r, size := vnrune.DecodeString(s[i:])
			w = isWordRune(r)
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// isWordRune reports whether a non-ASCII rune is part of a word: a
// letter, a digit or a nonspacing mark.
func isWordRune(r rune) bool {
	return isLatinLetter(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// ancestorIs reports whether n has an ancestor element with atom a, looking
// up at most limit levels.
func ancestorIs(n *html.Node, a atom.Atom, limit int) bool {
	for p := n.Parent; p != nil && limit > 0; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
		limit--
	}
	return false
}

// contains reports whether anc is n or an ancestor of n.
func contains(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// removeNode detaches n from its parent.
func removeNode(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}
