package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
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

// classSet is a compiled CSS selector group restricted to the forms
// ".class", "[id^=prefix]" and "[itemprop=value]". It implements
// goquery.Matcher, so a selection can use it like any compiled selector
// (sel.FindMatcher(cs)), but it tests an element with one map look-up per
// class token instead of trying each selector of the group in turn: the
// container and lead tables have some fifty selectors, and matching them
// one by one with cascadia was the hottest part of the extractor's
// profile. TestClassSetMatchesCascadia checks that both agree.
type classSet struct {
	selectors  []string // the group, as written
	classes    map[string]bool
	idPrefixes []string
	itemprops  map[string]bool
}

var _ goquery.Matcher = (*classSet)(nil)

// mustClassSet compiles a selector group of the supported forms; it
// panics on any other form (the groups are package constants).
func mustClassSet(groups ...string) *classSet {
	cs := &classSet{classes: map[string]bool{}, itemprops: map[string]bool{}}
	for _, g := range groups {
		for _, sel := range strings.Split(g, ",") {
			sel = strings.TrimSpace(sel)
			if sel == "" {
				continue
			}
			cs.selectors = append(cs.selectors, sel)
			switch {
			case strings.HasPrefix(sel, ".") && !strings.ContainsAny(sel[1:], ".[]:# >+~"):
				cs.classes[sel[1:]] = true
			case strings.HasPrefix(sel, "[id^=") && strings.HasSuffix(sel, "]"):
				cs.idPrefixes = append(cs.idPrefixes, sel[len("[id^="):len(sel)-1])
			case strings.HasPrefix(sel, "[itemprop=") && strings.HasSuffix(sel, "]"):
				cs.itemprops[sel[len("[itemprop="):len(sel)-1]] = true
			default:
				panic("extract: unsupported selector in classSet: " + sel)
			}
		}
	}
	return cs
}

// String returns the selector group, as CSS.
func (cs *classSet) String() string { return strings.Join(cs.selectors, ", ") }

// Match reports whether the element n matches the group.
func (cs *classSet) Match(n *html.Node) bool {
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

// MatchAll returns n and its descendants that match, in document order
// (as cascadia's MatchAll does).
func (cs *classSet) MatchAll(n *html.Node) []*html.Node {
	return queryAll(n, cs.Match)
}

// Filter returns the nodes that match, in order.
func (cs *classSet) Filter(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		if cs.Match(n) {
			out = append(out, n)
		}
	}
	return out
}

// matchSelfAndBelow returns the elements of sel and below them that match
// m, in document order: jQuery's Find looks only below, but a container
// class may sit on <body> itself.
func matchSelfAndBelow(sel *goquery.Selection, m goquery.Matcher) []*html.Node {
	return sel.FilterMatcher(m).AddSelection(sel.FindMatcher(m)).Nodes
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
