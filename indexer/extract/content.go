package extract

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// content is what the main-text stage found.
type content struct {
	paras        []string
	captions     []string
	images       []string
	lead         string
	firstHeading string
	dateLines    []string
	textLen      int // runes of body text
	linkParas    int // paragraphs that are mostly a link (teasers)
	linkHeads    int // headings that are links (teaser titles)
	longParas    int // kept paragraphs of 40 words or more
	interleaved  int // link paragraphs that come before the last long one
	rootLD       float64
	fromKnown    bool
}

// knownContainers is the table of article containers of common CMSs and
// Vietnamese portals, as CSS selectors, by the CMS that uses them. The
// knownContainer stage selects every element matching any of them and
// keeps the one holding most of the page's non-link text.
var knownContainers = []struct {
	cms       string
	selectors string
}{
	{"WordPress", ".entry-content, .post-content, .td-post-content, .single-content, .post-body"},
	{"Joomla", ".item-page, [itemprop=articleBody], .articleBody"},
	{"SharePoint", ".ms-rtestate-field, [id^=ctl00_PlaceHolderMain]"},
	{"DotNetNuke, ASP.NET", ".Normal, .DNNModuleContent, [id^=ContentPlaceHolder], [id^=ctl00_ContentPlaceHolder]"},
	{"Vietnamese portals", ".noidung, .noi-dung, .chitiet, .chi-tiet, .tin-chi-tiet, .baiviet, .bai-viet, " +
		".fck_detail, .detail__content, .content-detail, .detail-content, .news-detail, .detail-news, " +
		".newsdetail, .NewsDetail, .news-detail-content, .content_detail, .detail_content, .detail-body"},
	{"news sites", ".article-content, .article-body, .article__body, .article__content, .story-body, " +
		".news-content, .content-news, .news-body, .ArticleContent, .articleContent, .NewsContent, " +
		".newscontent, .body-content"},
}

// containers is knownContainers compiled into one matcher.
var containers = func() *selectorSet {
	var groups []string
	for _, k := range knownContainers {
		groups = append(groups, k.selectors)
	}
	return mustSelectorSet(groups...)
}()

var (
	captionWords  = newSubstrSet("caption", "chu-thich", "chuthich", "chu_thich", "image-desc", "img-desc", "desc-img", "photo-desc", "figcaption", "imgcaption", "pic-desc", "expnote", "tplcaption")
	reHiddenStyle = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)
)

func hiddenStyle(s string) bool {
	if s == "" || !(strings.Contains(s, "none") || strings.Contains(s, "hidden")) {
		return false
	}
	return reHiddenStyle.MatchString(s)
}

// preclean removes elements that never hold article text.
func preclean(n *html.Node, keep map[*html.Node]bool) {
	var next *html.Node
	for c := n.FirstChild; c != nil; c = next {
		next = c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			removeNode(c)
			continue
		case html.ElementNode:
		default:
			continue
		}
		drop := false
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe,
			atom.Object, atom.Embed, atom.Canvas, atom.Button, atom.Input, atom.Select,
			atom.Textarea, atom.Nav, atom.Aside, atom.Audio, atom.Video, atom.Map, atom.Link,
			atom.Meta, atom.Head, atom.Label, atom.Dialog, atom.Menu:
			drop = true
		case atom.Footer:
			drop = !keep[c]
		case atom.Header:
			drop = !keep[c] && !ancestorIs(c, atom.Article, 1<<30) && !ancestorIs(c, atom.Main, 1<<30)
		}
		if !drop && !keep[c] && (hasAttr(c, "hidden") || hiddenStyle(attr(c, "style"))) {
			drop = true
		}
		if drop {
			removeNode(c)
			continue
		}
		preclean(c, keep)
	}
}

// markKeep marks n and its ancestors as elements preclean must keep.
func markKeep(keep map[*html.Node]bool, n *html.Node) {
	for ; n != nil; n = n.Parent {
		keep[n] = true
	}
}

// prepare removes what never holds article text (scripts, navigation,
// hidden elements…), keeping the title and lead elements and their
// ancestors.
func prepare(body, titleNode, leadNode *html.Node) {
	keep := map[*html.Node]bool{}
	if titleNode != nil {
		markKeep(keep, titleNode)
	}
	if leadNode != nil {
		markKeep(keep, leadNode)
	}
	preclean(body, keep)
}

// contentFromTree finds the main text in the prepared tree. The tree is
// left as it was found, so that it can be tried again with other flags.
func contentFromTree(bodySel *goquery.Selection, titleNode, leadNode *html.Node, flags int, base string) content {
	body := bodySel.Nodes[0]
	if flags&flagStripUnlikely != 0 {
		keep := map[*html.Node]bool{}
		if titleNode != nil {
			markKeep(keep, titleNode)
		}
		if leadNode != nil {
			markKeep(keep, leadNode)
		}
		var undo []detached
		stripUnlikelyKeep(body, keep, &undo)
		defer restore(undo)
	}
	s := newScorer(countElements(body)+1, flags) // the elements below body, and body
	defer s.release()                            // the content found keeps no stat
	s.computeStats(body, false)

	var roots []*html.Node
	fromKnown := false
	if known := s.knownContainer(bodySel); known != nil {
		roots = s.addChunks(body, known, []*html.Node{known})
		fromKnown = true
	} else if top := s.scoreTree(body); top != nil {
		roots = s.siblings(top)
		roots = s.addChunks(body, top, roots)
	}
	c := content{fromKnown: fromKnown}
	if len(roots) == 0 {
		return c
	}
	text, link := 0, 0
	for _, r := range roots {
		if st := s.st[r]; st != nil {
			text += st.text
			link += st.link
		}
	}
	if text > 0 {
		c.rootLD = float64(link) / float64(text)
	}
	col := &collector{s: s, title: titleNode, lead: leadNode, base: base, buf: s.buf[:0]}
	for _, r := range roots {
		col.walk(r, false)
		col.flush()
	}
	s.buf = col.buf
	col.finish(&c)
	return c
}

// detached records a removed node and where it was.
type detached struct{ n, parent, next *html.Node }

// restore puts detached nodes back, last removed first.
func restore(undo []detached) {
	for i := len(undo) - 1; i >= 0; i-- {
		d := undo[i]
		d.parent.InsertBefore(d.n, d.next)
	}
}

// stripUnlikelyKeep detaches furniture elements (except those in keep),
// logging them in undo.
func stripUnlikelyKeep(n *html.Node, keep map[*html.Node]bool, undo *[]detached) {
	var next *html.Node
	for c := n.FirstChild; c != nil; c = next {
		next = c.NextSibling
		if c.Type != html.ElementNode {
			continue
		}
		if !keep[c] && isUnlikely(c) {
			*undo = append(*undo, detached{c, n, next})
			n.RemoveChild(c)
			continue
		}
		stripUnlikelyKeep(c, keep, undo)
	}
}

// knownContainer returns the best matching CMS article container, if any.
func (s *scorer) knownContainer(body *goquery.Selection) *html.Node {
	matches := matchSelfAndBelow(body, containers)
	if len(matches) == 0 {
		return nil
	}
	var best *html.Node
	bestScore := 0.0
	for _, m := range matches {
		st := s.st[m]
		if st == nil || st.text < 150 {
			continue
		}
		ld := s.linkDensity(m)
		if ld > 0.5 {
			continue
		}
		// Prefer an inner container that holds most of this one's text.
		inner := false
		for _, o := range matches {
			if o != m && contains(m, o) && s.st[o] != nil && s.st[o].text*10 >= st.text*7 && s.linkDensity(o) <= 0.5 {
				inner = true
				break
			}
		}
		if inner {
			continue
		}
		sc := float64(st.text) * (1 - ld)
		if sc > bestScore {
			best, bestScore = m, sc
		}
	}
	return best
}

// para is one block of text in the article.
type para struct {
	text     string
	link     int
	n        int // non-space runes (textCount)
	words    int // wordCount
	heading  bool
	afterImg bool
	lead     bool
	italic   bool
	li       bool // inside a list item
	bold     bool // the block is one bold run (portals' unmarked sapo)
}

// collector turns the article subtree into paragraphs.
type collector struct {
	s        *scorer
	title    *html.Node
	lead     *html.Node
	base     string
	buf      []byte // the paragraph being collected, reused for the next
	link     int
	heading  bool
	italic   bool
	afterImg bool
	inLead   bool
	inLi     int
	bold     bool
	paras    []para
	captions []string
	images   []string
	titleTxt string
}

// asciiBlank reports whether b holds only ASCII white space and control
// characters, which collapse removes entirely.
func asciiBlank(b []byte) bool {
	for _, c := range b {
		if c > ' ' {
			return false
		}
	}
	return true
}

func (c *collector) flush() {
	if asciiBlank(c.buf) {
		// Nothing but the white space between blocks (markup
		// indentation): no paragraph, and no string made for it.
		c.buf = c.buf[:0]
		c.link = 0
		return
	}
	raw := string(c.buf)
	c.buf = c.buf[:0]
	t, n, words := collapseStats(raw)
	link := c.link
	c.link = 0
	if t == "" {
		return
	}
	p := para{text: t, link: link, n: n, words: words, heading: c.heading, afterImg: c.afterImg, lead: c.inLead, italic: c.italic, li: c.inLi > 0, bold: c.bold}
	c.paras = append(c.paras, p)
	c.afterImg = false
}

func (c *collector) walk(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		c.buf = append(c.buf, n.Data...)
		if inLink {
			k, _ := textCount(n.Data)
			c.link += k
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if n == c.title {
		c.flush()
		c.titleTxt = nodeText(n, 1000)
		return
	}
	switch n.DataAtom {
	case atom.Br:
		c.flush()
		return
	case atom.Img:
		src := attr(n, "src")
		if src == "" || strings.HasPrefix(src, "data:") {
			src = attr(n, "data-src")
		}
		if u := absURL(c.base, src); u != "" && !containsStr(c.images, u) && len(c.images) < 100 {
			c.images = append(c.images, u)
		}
		if len(c.buf) == 0 || len(bytes.TrimSpace(c.buf)) == 0 {
			c.afterImg = true
		}
		return
	case atom.Figcaption, atom.Caption:
		c.flush()
		if t := nodeText(n, 2000); t != "" {
			c.captions = append(c.captions, t)
		}
		return
	case atom.Hr:
		c.flush()
		return
	}
	if n != c.lead && c.s.removeConditionally(n) && !contains(n, c.lead) && !contains(n, c.title) {
		return
	}
	if cls := attr(n, "class"); cls != "" && (captionWords.match(strings.ToLower(cls)) || strings.EqualFold(cls, "image")) && n.DataAtom != atom.Body {
		if t := nodeText(n, 2000); t != "" && len(t) < 1000 {
			c.flush()
			c.captions = append(c.captions, t)
			return
		}
	}
	blk := isBlock(n.DataAtom)
	if blk {
		c.flush()
	}
	prevH, prevL, prevI, prevB := c.heading, c.inLead, c.italic, c.bold
	if isHeading(n.DataAtom) {
		c.heading = true
	}
	if n == c.lead {
		c.inLead = true
	}
	if blk && isItalicBlock(n) {
		c.italic = true
	}
	if blk {
		c.bold = isBoldBlock(n)
	}
	link := inLink || n.DataAtom == atom.A
	if n.DataAtom == atom.Li {
		c.inLi++
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, link)
	}
	if blk {
		c.flush()
	}
	if n.DataAtom == atom.Li {
		c.inLi--
	}
	c.heading, c.inLead, c.italic, c.bold = prevH, prevL, prevI, prevB
}

// isBoldBlock reports whether a block's content is a single bold run.
func isBoldBlock(n *html.Node) bool {
	only := onlyChild(n)
	return only != nil && (only.DataAtom == atom.Strong || only.DataAtom == atom.B)
}

// isItalicBlock reports whether a block's content is one italic or
// centred run (how portals mark image captions).
func isItalicBlock(n *html.Node) bool {
	st := strings.ToLower(attr(n, "style"))
	if strings.Contains(st, "text-align: center") || strings.Contains(st, "text-align:center") || strings.EqualFold(attr(n, "align"), "center") {
		return true
	}
	only := onlyChild(n)
	return only != nil && (only.DataAtom == atom.Em || only.DataAtom == atom.I)
}

// onlyChild returns n's one element child when n holds nothing else but
// blank text, or nil.
func onlyChild(n *html.Node) *html.Node {
	var only *html.Node
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			if strings.TrimSpace(ch.Data) != "" {
				return nil
			}
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = ch
		}
	}
	return only
}

// addChunks adds the other chunks of an article that a page splits into
// several containers of the same kind (same tag and class as the top
// candidate, separated by ads or asides), in document order.
func (s *scorer) addChunks(body, top *html.Node, roots []*html.Node) []*html.Node {
	cls := attr(top, "class")
	if cls == "" {
		return roots
	}
	in := map[*html.Node]bool{}
	for _, r := range roots {
		in[r] = true
	}
	added := false
	all := queryAll(body, func(n *html.Node) bool {
		if in[n] {
			return true
		}
		if n.DataAtom != top.DataAtom || attr(n, "class") != cls || contains(n, top) || contains(top, n) {
			return false
		}
		st := s.st[n]
		if st == nil || st.text < 150 || st.ps == 0 || s.linkDensity(n) > 0.25 {
			return false
		}
		for _, r := range roots {
			if contains(r, n) {
				return false
			}
		}
		added = true
		return true
	})
	if !added {
		return roots
	}
	return all
}

// countElements counts the elements below n (to size the scorer's tables).
func countElements(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k += 1 + countElements(c)
		}
	}
	return k
}
