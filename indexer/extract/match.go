package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// substrSet reports whether a string contains any of a set of literals.
// It replaces alternation regexps on class and id strings (the hottest
// path of the scorer): candidates are indexed by their first byte.
type substrSet struct {
	byFirst [256][]string
}

func newSubstrSet(words ...string) *substrSet {
	s := &substrSet{}
	for _, w := range words {
		if w != "" {
			s.byFirst[w[0]] = append(s.byFirst[w[0]], w)
		}
	}
	return s
}

func (s *substrSet) match(v string) bool {
	for i := 0; i < len(v); i++ {
		for _, w := range s.byFirst[v[i]] {
			if strings.HasPrefix(v[i:], w) {
				return true
			}
		}
	}
	return false
}

// hasToken reports whether the space-separated list v contains tok.
func hasToken(v, tok string) bool {
	for _, f := range strings.Fields(v) {
		if f == tok {
			return true
		}
	}
	return false
}

// classSet matches elements by exact class tokens, id prefixes and
// itemprop values: a fast stand-in for a CSS selector group of the form
// ".a, .b, [id^=x], [itemprop=y]".
type classSet struct {
	classes    map[string]bool
	idPrefixes []string
	itemprops  map[string]bool
}

func newClassSet(classes, idPrefixes, itemprops []string) *classSet {
	cs := &classSet{classes: map[string]bool{}, idPrefixes: idPrefixes, itemprops: map[string]bool{}}
	for _, c := range classes {
		cs.classes[c] = true
	}
	for _, p := range itemprops {
		cs.itemprops[p] = true
	}
	return cs
}

func (cs *classSet) matches(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			v := a.Val
			for len(v) > 0 {
				i := strings.IndexAny(v, " \t\n\r\f")
				tok := v
				if i >= 0 {
					tok, v = v[:i], v[i+1:]
				} else {
					v = ""
				}
				if tok != "" && cs.classes[tok] {
					return true
				}
			}
		case "id":
			for _, p := range cs.idPrefixes {
				if strings.HasPrefix(a.Val, p) {
					return true
				}
			}
		case "itemprop":
			if cs.itemprops[a.Val] {
				return true
			}
		}
	}
	return false
}

// queryAll returns the elements below root (root included) that match f,
// in document order.
func queryAll(root *html.Node, f func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && f(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}
