package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/frontsearch/frontsearch/indexer/internal/vnrune"
)

// This file is the general content scorer: a readability-style algorithm
// (paragraph scores propagated to ancestors, weighted by class/id hints and
// link density) that finds the main text on layouts never seen before.

var (
	unlikelyWords = newSubstrSet("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "tinlienquan", "tin-lien-quan", "tin_lien_quan", "tinkhac", "tin-khac", "tin_khac", "othernews", "other-news", "other_news", "binhluan", "binh-luan", "ykien", "y-kien", "quangcao", "newsletter", "subscribe", "signup", "cookie", "navbar", "topbar", "bottom-bar", "share", "sharing", "print-", "toolbar", "fontsize", "font-size", "lienquan", "xemthem", "xem-them")
	maybeWords    = newSubstrSet("and", "article", "body", "column", "content", "main", "shadow", "noidung", "chitiet", "detail")
	positiveWords = newSubstrSet("article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "noidung", "noi-dung", "chitiet", "chi-tiet", "detail", "baiviet", "bai-viet", "fck_", "articlebody", "news-content", "ms-rtestate", "item-page")
	negativeWords = newSubstrSet("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "menu", "nav", "breadcrumb", "lienquan", "tinkhac", "tin-khac", "binhluan", "ykien", "quangcao", "byline", "author", "caption", "social", "newsletter", "subscribe", "recommend", "trending", "popular", "most-", "more-")
)

// stat is what the scorer knows about one element.
type stat struct {
	text   int // non-space runes of all text below
	link   int // of which inside <a>
	commas int
	// inline run directly inside this element (not inside block children)
	inText, inLink, inCommas                int
	ps, imgs, lis, inputs, embeds, headings int
	score                                   float64
	scored                                  bool
}

// scorer holds per-element statistics for one document.
type scorer struct {
	st    map[*html.Node]*stat
	flags int
	slab  []stat // stats are allocated from here, a block at a time
	// buf is the collector's paragraph buffer, recycled with the scorer.
	buf []byte
}

// scorers recycles scorers, their map and stat block, between pages:
// after the tree itself they were a page's largest allocation.
var scorers = sync.Pool{New: func() any { return &scorer{st: map[*html.Node]*stat{}} }}

// maxPooled is the most stats a recycled scorer keeps room for: the map
// of a huge page would make clearing it cost more on every later page.
const maxPooled = 1 << 13

// newScorer returns a scorer sized for a tree of about n elements. Give
// it back with release when no stat of it is needed any more.
func newScorer(n, flags int) *scorer {
	s := scorers.Get().(*scorer)
	s.flags = flags
	if cap(s.slab) < n {
		s.slab = make([]stat, 0, n)
	}
	return s
}

// release empties s and returns it to the pool.
func (s *scorer) release() {
	if cap(s.slab) > maxPooled || len(s.st) > maxPooled {
		return
	}
	clear(s.st)
	s.slab = s.slab[:0]
	if cap(s.buf) > 1<<16 {
		s.buf = nil
	}
	scorers.Put(s)
}

func (s *scorer) newStat() *stat {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]stat, 0, max(256, cap(s.slab)))
	}
	s.slab = append(s.slab, stat{})
	return &s.slab[len(s.slab)-1]
}

const (
	flagStripUnlikely = 1 << iota
	flagWeightClasses
	flagCleanConditionally
	flagAll = flagStripUnlikely | flagWeightClasses | flagCleanConditionally
)

// textCount counts non-space runes and commas in s. It is textStats
// without the words, for the scorer's pass over every text node.
func textCount(s string) (n, commas int) {
	for i := 0; i < len(s); {
		var text, comma bool
		if c := s[i]; c < utf8.RuneSelf { // ASCII: no look-up tables
			i++
			text, comma = countASCII(c)
		} else {
			r, size := vnrune.DecodeString(s[i:])
			i += size
			text = true
			if !isLatinLetter(r) {
				text, comma = countRune(r)
			}
		}
		if text {
			n++
		}
		if comma {
			commas++
		}
	}
	return
}

// countASCII says whether an ASCII byte counts as text (it is not white
// space) and whether it is a comma: the rule of textCount and scanText.
func countASCII(c byte) (text, comma bool) {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return false, false
	case ',':
		return true, true
	}
	return true, false
}

// countRune is countASCII for a rune outside ASCII that is not a letter
// (letters are text and no comma: callers test for them first, which is
// cheaper).
func countRune(r rune) (text, comma bool) {
	if isSpace(r) || unicode.IsSpace(r) {
		return false, false
	}
	switch r {
	case '，', '、', '،':
		return true, true
	}
	return true, false
}

// textStats returns textCount's non-space runes and commas and wordCount's
// words of s in one pass.
func textStats(s string) (n, commas, words int) {
	n, commas, words, _ = scanText(s)
	return n, commas, words
}

// collapseStats returns collapse(s) and its textStats rune and word counts.
// Text that is collapsed already, as most paragraphs are, is scanned once.
func collapseStats(s string) (t string, n, words int) {
	n, _, words, collapsed := scanText(s)
	if collapsed {
		return s, n, words
	}
	t = collapse(s)
	n, _, words = textStats(t)
	return t, n, words
}

// scanText is textStats plus isCollapsed(s), in one pass.
func scanText(s string) (n, commas, words int, collapsed bool) {
	in := false   // inside a word
	space := true // after a space, or at the start: no space may follow
	collapsed = true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: no look-up tables
			i++
			w := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			if w && !in {
				words++
			}
			in = w
			if c < ' ' || c == ' ' && space {
				collapsed = false
			}
			space = c == ' '
			text, comma := countASCII(c)
			if text {
				n++
			}
			if comma {
				commas++
			}
			continue
		}
		r, size := vnrune.DecodeString(s[i:])
		i += size
		space = false
		w := isWordRune(r)
		if w && !in {
			words++
		}
		in = w
		if !w && (r == utf8.RuneError && size == 1 || isSpace(r)) {
			collapsed = false
		}
		text, comma := true, false
		if !w {
			text, comma = countRune(r)
		}
		if text {
			n++
		}
		if comma {
			commas++
		}
	}
	collapsed = collapsed && (!space || s == "")
	return
}

// computeStats fills s.st for n and its descendants; it returns the
// contribution of n to its parent's inline run (len, link, commas) and n's
// stat (nil for a text node), which saves the parent a look-up.
func (s *scorer) computeStats(n *html.Node, inLink bool) (int, int, int, *stat) {
	switch n.Type {
	case html.TextNode:
		l, c := textCount(n.Data)
		if inLink {
			return l, l, c, nil
		}
		return l, 0, c, nil
	case html.ElementNode, html.DocumentNode:
	default:
		return 0, 0, 0, nil
	}
	st := s.newStat()
	s.st[n] = st
	link := inLink || n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l, k, cm, cs := s.computeStats(c, link)
		if c.Type == html.TextNode || (c.Type == html.ElementNode && !isBlock(c.DataAtom)) {
			st.inText += l
			st.inLink += k
			st.inCommas += cm
		}
		if c.Type == html.ElementNode {
			st.text += cs.text
			st.link += cs.link
			st.commas += cs.commas
			st.ps += cs.ps
			st.imgs += cs.imgs
			st.lis += cs.lis
			st.inputs += cs.inputs
			st.embeds += cs.embeds
			st.headings += cs.headings
		} else {
			st.text += l
			st.link += k
			st.commas += cm
		}
	}
	switch n.DataAtom {
	case atom.P:
		st.ps++
	case atom.Img:
		st.imgs++
	case atom.Li:
		st.lis++
	case atom.Input, atom.Select, atom.Textarea, atom.Button:
		st.inputs++
	case atom.Embed, atom.Object, atom.Iframe, atom.Video:
		st.embeds++
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		st.headings++
	}
	if n.Type == html.ElementNode && !isBlock(n.DataAtom) {
		return st.text, st.link, st.commas, st
	}
	return 0, 0, 0, st
}

func (s *scorer) linkDensity(n *html.Node) float64 {
	st := s.st[n]
	if st == nil || st.text == 0 {
		return 0
	}
	return float64(st.link) / float64(st.text)
}

// classWeight is readability's class/id weight.
func (s *scorer) classWeight(n *html.Node) float64 {
	if s.flags&flagWeightClasses == 0 {
		return 0
	}
	w := 0.0
	for _, v := range []string{strings.ToLower(attr(n, "class")), strings.ToLower(attr(n, "id"))} {
		if v == "" {
			continue
		}
		if negativeWords.match(v) || hasToken(v, "hid") {
			w -= 25
		}
		if positiveWords.match(v) {
			w += 25
		}
	}
	if attr(n, "itemprop") == "articleBody" {
		w += 50
	}
	return w
}

func (s *scorer) initScore(n *html.Node) *stat {
	st := s.st[n]
	if st.scored {
		return st
	}
	st.scored = true
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main:
		st.score += 5
	case atom.Pre, atom.Td, atom.Blockquote, atom.Section:
		st.score += 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		st.score -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		st.score -= 5
	}
	st.score += s.classWeight(n)
	return st
}

// isUnlikely reports whether n looks like page furniture by its class, id
// or role (readability's "unlikely candidates").
func isUnlikely(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.A, atom.Html, atom.Article, atom.Main:
		return false
	}
	switch attr(n, "role") {
	case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search":
		return true
	}
	// The class and id are matched apart rather than joined by a space:
	// no word of the sets holds a space, so no match could span them, and
	// joining would allocate for every element.
	cls, id := strings.ToLower(attr(n, "class")), strings.ToLower(attr(n, "id"))
	if cls == "" && id == "" {
		return false
	}
	if attr(n, "itemprop") == "articleBody" {
		return false
	}
	if !(unlikelyWords.match(cls) || unlikelyWords.match(id)) || maybeWords.match(cls) || maybeWords.match(id) {
		return false
	}
	if ancestorIs(n, atom.Table, 1<<30) || ancestorIs(n, atom.Code, 1<<30) {
		return false
	}
	return true
}

// scoreTree runs the paragraph scoring over the tree below root and returns
// the top candidate (nil when no paragraph scored).
func (s *scorer) scoreTree(root *html.Node) *html.Node {
	var candidates []*html.Node
	add := func(n *html.Node, score float64) {
		level := 0
		for a := n; a != nil && level < 5; a = a.Parent {
			if a.Type != html.ElementNode || s.st[a] == nil {
				break
			}
			st := s.st[a]
			if !st.scored {
				s.initScore(a)
				candidates = append(candidates, a)
			}
			div := 1.0
			if level == 1 {
				div = 2
			} else if level > 1 {
				div = float64(level * 3)
			}
			st.score += score / div
			level++
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		st := s.st[n]
		if st != nil && n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Pre, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if st.text >= 25 && n.Parent != nil {
					sc := 1 + float64(st.commas) + min(float64(st.text/100), 3)
					add(n.Parent, sc)
				}
				return
			default:
				if st.inText >= 25 && n.DataAtom != atom.A && st.inLink*2 < st.inText {
					sc := 1 + float64(st.inCommas) + min(float64(st.inText/100), 3)
					add(n, sc)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var top *html.Node
	best := 0.0
	for _, c := range candidates {
		st := s.st[c]
		st.score *= 1 - s.linkDensity(c)
		if top == nil || st.score > best {
			top, best = c, st.score
		}
	}
	if top == nil {
		return nil
	}
	// Several strong candidates sharing an ancestor: the ancestor is the
	// article (readability's alternative candidates).
	// Readability's alternative candidates: when three of the five best
	// candidates share an ancestor of the top one, that ancestor is the
	// article.
	top5 := make([]*html.Node, 0, 5)
	for _, c := range candidates {
		if c == top || s.st[c].score < best*0.75 {
			continue
		}
		if len(top5) < 5 {
			top5 = append(top5, c)
			continue
		}
		worst := 0
		for i := range top5 {
			if s.st[top5[i]].score < s.st[top5[worst]].score {
				worst = i
			}
		}
		if s.st[c].score > s.st[top5[worst]].score {
			top5[worst] = c
		}
	}
	if len(top5) >= 3 {
		// mark each alternative's ancestors once: O(depth × 5)
		count := map[*html.Node]int{}
		for _, a := range top5 {
			for p := a; p != nil; p = p.Parent {
				count[p]++
			}
		}
		for p := top.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
			if count[p] >= 3 {
				top = p
				break
			}
		}
	}
	// A candidate that is its parent's only element child: use the parent.
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body && onlyElementChild(top) {
		top = top.Parent
	}
	return top
}

func onlyElementChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && c.Type == html.ElementNode {
			return false
		}
	}
	return true
}

// siblings returns top plus the siblings of top that belong to the article.
func (s *scorer) siblings(top *html.Node) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	ts := s.st[top].score
	threshold := max(10, ts*0.2)
	topClass := attr(top, "class")
	var out []*html.Node
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		st := s.st[c]
		if st == nil {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(c, "class") == topClass {
			bonus = ts * 0.2
		}
		if st.scored && st.score+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			ld := s.linkDensity(c)
			if st.text > 80 && ld < 0.25 {
				out = append(out, c)
			} else if st.text < 80 && st.text > 0 && ld == 0 {
				t := nodeText(c, 400)
				if strings.HasSuffix(t, ".") {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// removeConditionally reports whether an element inside the article looks
// like furniture (readability's clean-conditionally rules).
func (s *scorer) removeConditionally(n *html.Node) bool {
	if s.flags&flagCleanConditionally == 0 {
		return false
	}
	switch n.DataAtom {
	case atom.Form, atom.Fieldset, atom.Table, atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Aside, atom.Dl:
	default:
		return false
	}
	st := s.st[n]
	if st == nil {
		return false
	}
	if n.DataAtom == atom.Table && attr(n, "role") != "presentation" && hasDataTableShape(n) {
		return false
	}
	if attr(n, "itemprop") == "articleBody" {
		return false
	}
	w := s.classWeight(n)
	if w+st.score < 0 && st.scored {
		return true
	}
	if st.commas >= 10 {
		return false
	}
	ld := s.linkDensity(n)
	p, img, li, input := float64(st.ps), float64(st.imgs), float64(st.lis-0), float64(st.inputs)
	isList := n.DataAtom == atom.Ul || n.DataAtom == atom.Ol
	if !isList && st.text > 0 {
		// a div that is mostly a list
		listText := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
				listText += s.st[c].text
			}
		}
		if float64(listText)/float64(st.text) > 0.9 {
			isList = true
		}
	}
	switch {
	case img > 1 && p/img < 0.5 && !ancestorIs(n, atom.Figure, 3):
		return true
	case !isList && li > p+10:
		return true
	case input > p/3:
		return true
	case !isList && st.text < 25 && (img == 0 || img > 2) && st.headings == 0:
		return st.text > 0 || img > 2
	case !isList && w < 25 && ld > 0.2:
		return true
	case w >= 25 && ld > 0.5:
		return true
	case (st.embeds == 1 && st.text < 75) || st.embeds > 1:
		return true
	}
	if isList && ld > 0.5 {
		return true
	}
	return false
}

// hasDataTableShape guesses whether a table holds data rather than layout.
func hasDataTableShape(n *html.Node) bool {
	if hasAttr(n, "summary") {
		return true
	}
	rows, cols := 0, 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table:
				continue
			case atom.Caption, atom.Th, atom.Thead:
				rows += 100
			case atom.Tr:
				rows++
				k := 0
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th) {
						k++
					}
				}
				cols = max(cols, k)
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return rows >= 10 || (rows >= 3 && cols >= 3)
}
