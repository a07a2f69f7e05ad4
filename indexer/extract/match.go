package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// selectorSet is a compiled CSS selector group restricted to simple
// selectors of the forms "tag", ".class", "[attr]", "[attr=value]" and
// "[attr^=prefix]". It implements goquery.Matcher, so a selection uses it
// like any compiled selector (sel.FindMatcher(set)), but it tests an
// element in one pass over its attributes, with one map look-up per class
// token, instead of trying each selector of the group in turn: the
// container and lead tables have some fifty selectors, and matching them
// one by one with cascadia made the known-container stage twelve times
// slower (BenchmarkStages). TestSelectorSetMatchesCascadia checks that
// both select the same elements.
type selectorSet struct {
	selectors []string        // the group, as written
	tagAtoms  []atom.Atom     // tags known to the parser, compared as atoms
	tags      map[string]bool // other tags, compared by name
	classes   map[string]bool
	// classBits has bit len(c)%64 of classBits[c[0]] set for every class
	// c: most class tokens of a page are rejected without hashing.
	classBits [256]uint64
	attrs     []attrRule // one per attribute name other than class
}

// attrRule is what a selectorSet asks of one attribute.
type attrRule struct {
	key      string
	exists   bool            // [key]
	values   map[string]bool // [key=value]
	prefixes []string        // [key^=prefix]
}

var _ goquery.Matcher = (*selectorSet)(nil)

// mustSelectorSet compiles a selector group of the supported forms; it
// panics on any other form (the groups are package constants, and the
// tests compile them all).
func mustSelectorSet(groups ...string) *selectorSet {
	set := &selectorSet{tags: map[string]bool{}, classes: map[string]bool{}}
	rule := func(key string) *attrRule {
		for i := range set.attrs {
			if set.attrs[i].key == key {
				return &set.attrs[i]
			}
		}
		set.attrs = append(set.attrs, attrRule{key: key, values: map[string]bool{}})
		return &set.attrs[len(set.attrs)-1]
	}
	for _, g := range groups {
		for _, sel := range strings.Split(g, ",") {
			sel = strings.TrimSpace(sel)
			if sel == "" {
				continue
			}
			set.selectors = append(set.selectors, sel)
			switch {
			case isName(sel):
				if a := atom.Lookup([]byte(strings.ToLower(sel))); a != 0 {
					set.tagAtoms = append(set.tagAtoms, a)
				} else {
					set.tags[strings.ToLower(sel)] = true
				}
			case sel[0] == '.' && isName(sel[1:]):
				c := sel[1:]
				set.classes[c] = true
				set.classBits[c[0]] |= 1 << (len(c) % 64)
			case sel[0] == '[' && sel[len(sel)-1] == ']':
				in := sel[1 : len(sel)-1]
				switch k, v, ok := strings.Cut(in, "="); {
				case !ok && isName(in) && in != "class":
					rule(in).exists = true
				case ok && strings.HasSuffix(k, "^") && isName(k[:len(k)-1]) && k != "class^" && isName(v):
					r := rule(k[:len(k)-1])
					r.prefixes = append(r.prefixes, v)
				case ok && isName(k) && k != "class" && isName(v):
					rule(k).values[v] = true
				default:
					panic("extract: unsupported selector in selectorSet: " + sel)
				}
			default:
				panic("extract: unsupported selector in selectorSet: " + sel)
			}
		}
	}
	return set
}

// isName reports whether s is a non-empty CSS identifier of ASCII letters,
// digits, '-' and '_' (the only names the selector tables use).
func isName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return s != ""
}

// String returns the selector group, as CSS.
func (set *selectorSet) String() string { return strings.Join(set.selectors, ", ") }

// Match reports whether the element n matches the group.
func (set *selectorSet) Match(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom != 0 {
		for _, a := range set.tagAtoms {
			if n.DataAtom == a {
				return true
			}
		}
	} else if len(set.tags) > 0 && set.tags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "class" {
			if len(set.classes) > 0 && set.hasClass(a.Val) {
				return true
			}
			continue
		}
		for i := range set.attrs {
			r := &set.attrs[i]
			if r.key != a.Key {
				continue
			}
			if r.exists || r.values[a.Val] {
				return true
			}
			for _, p := range r.prefixes {
				if strings.HasPrefix(a.Val, p) {
					return true
				}
			}
		}
	}
	return false
}

// hasClass reports whether the class attribute value v holds one of the
// set's classes.
func (set *selectorSet) hasClass(v string) bool {
	for len(v) > 0 {
		i := strings.IndexAny(v, " \t\n\r\f")
		tok := v
		if i >= 0 {
			tok, v = v[:i], v[i+1:]
		} else {
			v = ""
		}
		if tok != "" && set.classBits[tok[0]]&(1<<(len(tok)%64)) != 0 && set.classes[tok] {
			return true
		}
	}
	return false
}

// MatchAll returns n and its descendants that match, in document order
// (as cascadia's MatchAll does).
func (set *selectorSet) MatchAll(n *html.Node) []*html.Node {
	return set.matchAllInto(n, make([]*html.Node, 0, 64))
}

func (set *selectorSet) matchAllInto(n *html.Node, out []*html.Node) []*html.Node {
	if set.Match(n) {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			out = set.matchAllInto(c, out)
		}
	}
	return out
}

// Filter returns the nodes that match, in order.
func (set *selectorSet) Filter(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		if set.Match(n) {
			out = append(out, n)
		}
	}
	return out
}

// matchSelfAndBelow returns the elements of sel and below them that match
// m, in document order: jQuery's Find looks only below, but a container
// class may sit on <body> itself.
//
// For the usual one-element selection (the page body) that is exactly
// m.MatchAll of the element, which skips goquery's intermediate selections
// and its duplicate removal (a tree walk yields no duplicates).
func matchSelfAndBelow(sel *goquery.Selection, m goquery.Matcher) []*html.Node {
	if len(sel.Nodes) == 1 {
		return m.MatchAll(sel.Nodes[0])
	}
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
