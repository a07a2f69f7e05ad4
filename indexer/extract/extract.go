package extract

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/frontsearch/frontsearch/search"
)

// Meta is what the caller knows about a page besides its HTML.
type Meta struct {
	Source  string    // file path or "file.warc.gz#record-id"
	URL     string    // the page's URL when known (WARC target URI)
	Fetched time.Time // when the page was fetched; zero when unknown
	Charset string    // the encoding the page was decoded from
	// ValidUTF8 promises that the HTML is valid UTF-8, as decode.Decode's
	// output always is, so that Extract need not scan the page to check.
	// When it is false, invalid bytes are replaced by U+FFFD first.
	ValidUTF8 bool
}

// Limits that bound the work on hostile input.
const (
	// MaxHTML is the number of bytes of HTML parsed; the rest is ignored.
	MaxHTML = 8 << 20
	// MaxDepth is the element nesting kept; deeper elements are dropped.
	MaxDepth = 512
	// MaxElements is the number of elements kept, in document order; the
	// rest of a page is dropped (real pages have a few thousand).
	MaxElements = 100000
	// maxTags caps the number of tags parsed (a bound on the tree's size).
	maxTags = 200000
	// maxBody caps the article body, in bytes.
	maxBody = 1 << 20
)

// Extract turns one decoded HTML page into an article. It never panics:
// unexpected failures come back as IsArticle=false with a Reason.
func Extract(src string, meta Meta) (a search.Article) {
	a = emptyArticle(meta)
	defer func() {
		if r := recover(); r != nil {
			a = emptyArticle(meta)
			a.Reason = fmt.Sprintf("extract: internal error: %v", r)
		}
	}()
	r := extract(src, meta)
	return r.article
}

func emptyArticle(meta Meta) search.Article {
	meta.URL = strings.TrimSpace(strings.ToValidUTF8(meta.URL, "\uFFFD"))
	meta.Source = strings.ToValidUTF8(meta.Source, "\uFFFD")
	a := search.Article{
		Source:   meta.Source,
		Charset:  meta.Charset,
		URL:      meta.URL,
		Captions: []string{},
		Units:    []search.Unit{},
		Places:   []search.Place{},
		People:   []search.Person{},
		Topics:   []search.Topic{},
		DocRefs:  []search.DocRef{},
	}
	if !meta.Fetched.IsZero() {
		a.Fetched = meta.Fetched.Format(time.RFC3339)
	}
	a.ID = makeID(meta.URL, meta.Source)
	a.Site = siteOf(meta.URL)
	return a
}

// result is the article plus what the benchmark adapter needs.
type result struct {
	article search.Article
	paras   []string // body paragraphs (lead first)
	byline  string   // trailing byline moved out of the body
}

// parse parses src into a tree, with bounded size and depth. Scripts,
// styles and comments are removed first; the JSON-LD scripts' contents are
// returned. valid says src is known to be valid UTF-8.
func parse(src string, valid bool) (*html.Node, []string) {
	if len(src) > MaxHTML {
		cut := MaxHTML
		for cut > 0 && !utf8.RuneStart(src[cut]) {
			cut--
		}
		src = src[:cut]
	}
	// Bound the tree before building it: cut the page after maxTags tags.
	if k, cut := 0, 0; len(src) > maxTags {
		for cut < len(src) {
			j := strings.IndexByte(src[cut:], '<')
			if j < 0 {
				break
			}
			cut += j + 1
			if k++; k > maxTags {
				src = src[:cut-1]
				break
			}
		}
	}
	if !valid && !utf8.ValidString(src) {
		src = strings.ToValidUTF8(src, "\uFFFD")
	}
	kept, ld := stripRaw(src)
	doc, err := html.ParseWithOptions(kept.Reader())
	if err != nil || doc == nil {
		doc = &html.Node{Type: html.DocumentNode}
	}
	limitDepth(doc, 0)
	return doc, ld
}

// limitDepth cuts the tree below MaxDepth, and everything after the
// first MaxElements elements, so that every later walk is bounded.
func limitDepth(n *html.Node, depth int) {
	count := 0
	limitTree(n, depth, &count)
}

func limitTree(n *html.Node, depth int, count *int) {
	if depth >= MaxDepth {
		for n.FirstChild != nil {
			n.RemoveChild(n.FirstChild)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			*count++
		}
		if *count > MaxElements {
			for c.NextSibling != nil {
				n.RemoveChild(c.NextSibling)
			}
			for c.FirstChild != nil {
				c.RemoveChild(c.FirstChild)
			}
			return
		}
		limitTree(c, depth+1, count)
	}
}

func extract(src string, meta Meta) result {
	a := emptyArticle(meta)
	meta.URL, meta.Source = a.URL, a.Source
	root, ld := parse(src, meta.ValidUTF8)
	doc := goquery.NewDocumentFromNode(root)
	pm := readMeta(doc)
	for _, j := range ld {
		pm.jsonLD(j)
	}

	// URL, id, site.
	if a.URL == "" {
		a.URL = absURL("", pm.canonical)
		if a.URL == "" {
			a.URL = absURL("", pm.ogURL)
		}
	}
	canon := absURL(a.URL, pm.canonical)
	if canon == "" {
		canon = a.URL
	}
	if canon == "" {
		canon = absURL("", pm.ogURL)
	}
	a.ID = makeID(canon, meta.Source)
	a.Site = siteOf(a.URL)
	if a.Site == "" {
		a.Site = siteOf(canon)
	}
	base := a.URL
	if pm.base != "" {
		base = absURL(base, pm.base)
	}

	// Non-destructive look-ups on the intact tree.
	body := findBody(root)
	bodySel := doc.Selection
	if body != root {
		bodySel = doc.FindNodes(body)
	}
	titleNode, title := findTitle(body, pm)
	a.Title = cleanText(title)
	leadNode := findLead(bodySel, titleNode)
	var linesBefore, linesAfter []string
	published := normaliseDate(pm.published)
	if published == "" {
		linesBefore, linesAfter = linesAround(body, titleNode, 5, 40, 4000)
	}

	// Main text: known containers, then the general scorer; retry with
	// gentler settings when little text comes out.
	prepare(body, titleNode, leadNode)
	ex := contentFromTree(bodySel, titleNode, leadNode, flagAll, base)
	if ex.textLen < 500 {
		for _, fl := range []int{flagWeightClasses | flagCleanConditionally, 0} {
			ex2 := contentFromTree(bodySel, titleNode, leadNode, fl, base)
			if ex2.textLen > ex.textLen*2 && ex2.textLen > ex.textLen+200 {
				ex = ex2
			}
			if ex.textLen >= 500 {
				break
			}
		}
	}

	paras := ex.paras
	a.Captions = ex.captions
	if a.Captions == nil {
		a.Captions = []string{}
	}
	a.Images = ex.images
	if pm.ogImage != "" {
		if u := absURL(base, pm.ogImage); u != "" && !containsStr(a.Images, u) {
			a.Images = append([]string{u}, a.Images...)
		}
	}

	// Lead.
	if ex.lead != "" {
		a.Lead = cleanText(ex.lead)
	}

	// Title fallback from the content's first heading.
	if a.Title == "" && ex.firstHeading != "" {
		a.Title = cleanText(ex.firstHeading)
	}

	// Date: metadata first, else visible date lines near the title.
	a.Published = published
	if a.Published == "" {
		a.Published = dateNearTitle(linesBefore, linesAfter, meta.Fetched)
	}
	if a.Published == "" && len(ex.dateLines) > 0 {
		a.Published = visibleDate(strings.Join(ex.dateLines, "\n"), meta.Fetched)
	}

	paras = dropTitleAndBylineHead(paras, a.Title)

	// Byline.
	paras, byline := splitByline(paras)
	a.Author = pickAuthor(byline, pm.author, pm.metaAuthor, pm.siteName, a.Site)
	for i := range paras {
		paras[i] = cleanCollapsed(paras[i])
	}
	a.Body = joinCapped(paras, maxBody)
	for i := range a.Captions {
		a.Captions[i] = cleanText(a.Captions[i])
	}

	a.IsArticle, a.Reason = classify(&a, pm, ex, meta)
	return result{article: a, paras: paras, byline: byline}
}

func joinCapped(paras []string, limit int) string {
	size := 0
	for _, p := range paras {
		size += len(p) + len("\n\n")
	}
	var b strings.Builder
	b.Grow(min(size, limit))
	for _, p := range paras {
		if p == "" {
			continue
		}
		if b.Len()+len(p) > limit {
			break
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// findBody returns the <body> element (or the document when there is none).
func findBody(doc *html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node, d int)
	walk = func(n *html.Node, d int) {
		if found != nil || d > 3 {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, d+1)
		}
	}
	walk(doc, 0)
	if found == nil {
		return doc
	}
	return found
}

// MainText returns the article text an extractor hands to a reader or an
// evaluation: the body paragraphs, lead first, one per line, without the
// title, the captions and the moved-out byline (the convention of the
// public extraction benchmark's ground truth). Pages judged not to be
// articles still return whatever main text was found.
func MainText(src string, meta Meta) (text string) {
	defer func() {
		if r := recover(); r != nil {
			text = ""
		}
	}()
	r := extract(src, meta)
	return strings.Join(r.paras, "\n")
}

// pickAuthor chooses the author: the visible byline, else structured
// metadata, else <meta name="author"> — skipping values that are only the
// site's name or an administrator account.
func pickAuthor(cands ...string) string {
	site, host := cands[len(cands)-2], cands[len(cands)-1]
	for _, c := range cands[:len(cands)-2] {
		c = cleanText(c)
		if c == "" || len(c) > 200 {
			continue
		}
		l := strings.ToLower(c)
		if (site != "" && strings.EqualFold(c, site)) || (host != "" && strings.Contains(strings.ReplaceAll(host, ".", ""), strings.ReplaceAll(l, " ", ""))) ||
			l == "admin" || l == "administrator" || strings.HasPrefix(l, "quản trị") || strings.HasPrefix(l, "http") {
			continue
		}
		return c
	}
	return ""
}

// reLeadingBy matches a byline or date stamp line at the top of the text
// ("By Justine Coleman - 11/18/19 11:04 PM EST", "Bởi Thanh Cương").
var reLeadingBy = regexp.MustCompile(`^(By|BY|Bởi|Tác giả:?|Posted by|Written by)\s+\p{Lu}`)

// dropTitleAndBylineHead removes paragraphs repeating the title and a
// short byline line among the first paragraphs.
func dropTitleAndBylineHead(paras []string, title string) []string {
	out := paras[:0]
	for i, p := range paras {
		if title != "" && strings.EqualFold(p, title) {
			continue
		}
		if i < 3 && len(p) <= 100 && reLeadingBy.MatchString(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}
