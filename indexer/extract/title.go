package extract

import (
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " > "}

// stripSiteSuffix removes " - Site name" (or "Site | ") from an HTML title.
func stripSiteSuffix(t, site string) string {
	t = collapse(t)
	if site != "" {
		for _, sep := range titleSeps {
			if strings.HasSuffix(t, sep+site) {
				return strings.TrimSpace(strings.TrimSuffix(t, sep+site))
			}
			if strings.HasPrefix(t, site+sep) {
				return strings.TrimSpace(strings.TrimPrefix(t, site+sep))
			}
		}
	}
	for _, sep := range titleSeps[:2] {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		rest, seg := t[:i], t[i+len(sep):]
		if seg == "" || (seg[0] >= '0' && seg[0] <= '9') || len(seg) >= len(rest) {
			continue
		}
		return strings.TrimSpace(rest)
	}
	return t
}

// sameTitleLower reports whether heading text h is the article title given
// the reference title ref (from metadata or <title>), both lowercased.
func sameTitleLower(h, ref string) bool {
	if h == "" || ref == "" {
		return false
	}
	if h == ref {
		return true
	}
	if len(h) >= 15 && strings.Contains(ref, h) && len(h)*10 >= len(ref)*4 {
		return true
	}
	if strings.Contains(h, ref) && len(ref)*10 >= len(h)*6 {
		return true
	}
	return false
}

// titleLike matches elements that may hold the article title.
func titleLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3:
		return true
	case atom.A, atom.Body, atom.Title, atom.Meta, atom.Html, atom.Script, atom.Style:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "title") || strings.Contains(v, "tieude") || strings.Contains(v, "tieu-de") || strings.Contains(v, "headline") {
				return true
			}
		case "itemprop":
			if a.Val == "headline" {
				return true
			}
		}
	}
	return false
}

// findTitle returns the element holding the article title (nil if none)
// and the title text.
func findTitle(body *html.Node, pm *pageMeta) (*html.Node, string) {
	ref := pm.headline
	if ref == "" {
		ref = pm.ogTitle
	}
	if ref == "" {
		ref = pm.htmlTitle
	}
	var h1s []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.H1:
				h1s = append(h1s, n)
				return
			case atom.Script, atom.Style, atom.Noscript:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	// Candidates are compared with the reference title and <title>,
	// lowercased once here rather than at every comparison.
	refL, htmlTitleL := strings.ToLower(ref), strings.ToLower(pm.htmlTitle)
	isTitle := func(t string) bool {
		tl := strings.ToLower(t)
		return sameTitleLower(tl, refL) || sameTitleLower(tl, htmlTitleL)
	}
	for _, h := range h1s {
		t := nodeText(h, 1000)
		if isTitle(t) {
			return h, t
		}
	}
	// Other title-like elements whose text is the reference title.
	if ref != "" {
		var best *html.Node
		bestText := ""
		for _, n := range queryAll(body, titleLike) {
			if n.DataAtom == atom.A || n.DataAtom == atom.Body || n.DataAtom == atom.Title || n.DataAtom == atom.Meta {
				continue
			}
			t := nodeText(n, 1000)
			if len(t) > 400 || len(t) < 8 {
				continue
			}
			if isTitle(t) && len(t) > len(bestText) {
				best, bestText = n, t
			}
		}
		if best != nil {
			return best, bestText
		}
	}
	if pm.headline != "" {
		return nil, pm.headline
	}
	if pm.ogTitle != "" {
		return nil, stripSiteSuffix(pm.ogTitle, pm.siteName)
	}
	// A single h1 with a few words is the title even when <title> differs.
	if len(h1s) == 1 {
		if t := nodeText(h1s[0], 1000); wordCount(t) >= 3 && len(t) < 400 {
			return h1s[0], t
		}
	}
	return nil, stripSiteSuffix(pm.htmlTitle, pm.siteName)
}

// leads lists the classes portals give the sapo.
var leads = mustSelectorSet(".sapo, .Sapo, .lead, .summary, .description, .chapeau, .tomtat, " +
	".news-sapo, .article-sapo, .detail-sapo, .sapo-detail, .news-lead, .article-lead, " +
	".article__sapo, .detail__sapo, .sapo_detail, .news_sapo, .tin-sapo, .brief, " +
	".news-summary, .article-summary, .post-excerpt, .lead-paragraph, .standfirst, " +
	".ArticleLead, .newsLead, .NewsLead, .ArticleSapo, .summary-news, .news-brief, .sapo-news, " +
	".tomtat-tin, .news_lead, [itemprop=description]")

// findLead returns the sapo element that follows the title, or nil.
func findLead(body *goquery.Selection, titleNode *html.Node) *html.Node {
	if titleNode == nil {
		return nil
	}
	for _, n := range matchSelfAndBelow(body, leads) {
		switch n.DataAtom {
		case atom.Meta, atom.Body, atom.Html, atom.A, atom.Li, atom.Ul:
			continue
		}
		if ancestorIs(n, atom.Li, 6) || ancestorIs(n, atom.A, 6) || contains(n, titleNode) {
			continue
		}
		if !before(titleNode, n) {
			continue
		}
		t := nodeText(n, 3000)
		if len(t) < 30 || len(t) > 2000 {
			continue
		}
		return n
	}
	return nil
}

// ancestry returns n's ancestors from the root down to n.
func ancestry(n *html.Node) []*html.Node {
	var p []*html.Node
	for ; n != nil; n = n.Parent {
		p = append(p, n)
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// before reports whether a precedes b in document order (and is not its
// ancestor).
func before(a, b *html.Node) bool {
	pa, pb := ancestry(a), ancestry(b)
	i := 0
	for i < len(pa) && i < len(pb) && pa[i] == pb[i] {
		i++
	}
	if i == len(pa) || i == len(pb) || i == 0 {
		return false
	}
	for c := pa[i]; c != nil; c = c.NextSibling {
		if c == pb[i] {
			return true
		}
	}
	return false
}

// linesAround returns the block texts around node in document order: up
// to maxBefore lines before it (nearest last) and up to maxAfter lines after
// it (capped at maxChars bytes).
func linesAround(body, node *html.Node, maxBefore, maxAfter, maxChars int) (before, after []string) {
	if node == nil {
		return nil, nil
	}
	// The lines before node are many (menus) and only the last few are
	// kept: they stay bytes in one buffer, ends marking where each stops,
	// until lastLines has picked them.
	var line []byte
	var beforeBuf []byte
	var beforeEnds []int
	size := 0
	started := false
	done := false
	flush := func() {
		if !started {
			beforeBuf = append(beforeBuf, line...)
			beforeEnds = append(beforeEnds, len(beforeBuf))
			line = line[:0]
			return
		}
		t := collapse(string(line))
		line = line[:0]
		if t == "" {
			return
		}
		after = append(after, t)
		size += len(t)
		if len(after) >= maxAfter || size >= maxChars {
			done = true
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if done {
			return
		}
		if n == node {
			flush()
			started = true
			return
		}
		switch n.Type {
		case html.TextNode:
			line = append(line, n.Data...)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Select, atom.Option:
				return
			case atom.Br:
				flush()
				return
			}
		}
		blk := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if blk {
			flush()
		}
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			walk(c)
		}
		if blk {
			flush()
		}
	}
	walk(body)
	if !done && started {
		flush()
	}
	return lastLines(beforeBuf, beforeEnds, maxBefore), after
}

// lastLines returns, in order, the last max of the lines that are not
// empty once collapsed and at most 300 bytes long, collapsed; line i is
// buf[ends[i-1]:ends[i]]. Only those few are made strings and collapsed: a
// page has many lines (menus) before its title.
func lastLines(buf []byte, ends []int, max int) []string {
	var out []string
	for i := len(ends) - 1; i >= 0 && len(out) < max; i-- {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		if t := collapse(string(buf[start:ends[i]])); t != "" && len(t) <= 300 {
			out = append(out, t)
		}
	}
	slices.Reverse(out)
	return out
}
