package extract

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

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
}

// Limits that bound the work on hostile input.
const (
	// MaxHTML is the number of bytes of HTML parsed; the rest is ignored.
	MaxHTML = 8 << 20
	// MaxDepth is the element nesting kept; deeper elements are dropped.
	MaxDepth = 512
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
}

// parse parses src into a tree, with bounded size and depth.
func parse(src string) *html.Node {
	if len(src) > MaxHTML {
		cut := MaxHTML
		for cut > 0 && !utf8.RuneStart(src[cut]) {
			cut--
		}
		src = src[:cut]
	}
	if !utf8.ValidString(src) {
		src = strings.ToValidUTF8(src, "\uFFFD")
	}
	src = strings.ReplaceAll(src, "\x00", "")
	doc, err := html.ParseWithOptions(strings.NewReader(src))
	if err != nil || doc == nil {
		doc = &html.Node{Type: html.DocumentNode}
	}
	limitDepth(doc, 0)
	return doc
}

// limitDepth cuts the tree below MaxDepth so that every later recursive
// walk is bounded.
func limitDepth(n *html.Node, depth int) {
	if depth >= MaxDepth {
		for n.FirstChild != nil {
			n.RemoveChild(n.FirstChild)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		limitDepth(c, depth+1)
	}
}

func extract(src string, meta Meta) result {
	a := emptyArticle(meta)
	doc := parse(src)
	pm := readMeta(doc)

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
	body := findBody(doc)
	titleNode, title := findTitle(body, pm)
	a.Title = cleanText(title)
	leadNode := findLead(body, titleNode)
	dateText := ""
	if pm.published == "" {
		dateText = textAfter(body, titleNode, 40, 4000)
	}

	// Main text: known containers, then the general scorer; retry with
	// gentler settings when little text comes out.
	ex := contentFromTree(doc, body, titleNode, leadNode, flagAll, base)
	if ex.textLen < 500 {
		for _, fl := range []int{flagWeightClasses | flagCleanConditionally, flagCleanConditionally, 0} {
			doc2 := parse(src)
			body2 := findBody(doc2)
			tn2, _ := findTitle(body2, pm)
			ln2 := findLead(body2, tn2)
			ex2 := contentFromTree(doc2, body2, tn2, ln2, fl, base)
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
	a.Published = normaliseDate(pm.published)
	if a.Published == "" {
		a.Published = visibleDate(dateText, meta.Fetched)
	}
	if a.Published == "" && len(ex.dateLines) > 0 {
		a.Published = visibleDate(strings.Join(ex.dateLines, "\n"), meta.Fetched)
	}

	// Byline.
	paras, byline := splitByline(paras)
	a.Author = cleanText(pm.author)
	if byline != "" && (a.Author == "" || len(a.Author) < 3) {
		a.Author = cleanText(byline)
	} else if byline != "" && !strings.Contains(a.Author, byline) && !strings.Contains(byline, a.Author) {
		// metadata author wins; the byline is dropped from the body anyway
		_ = byline
	}
	if a.Author == "" && ex.author != "" {
		a.Author = cleanText(ex.author)
	}

	for i := range paras {
		paras[i] = cleanText(paras[i])
	}
	a.Body = joinCapped(paras, maxBody)
	for i := range a.Captions {
		a.Captions[i] = cleanText(a.Captions[i])
	}

	a.IsArticle, a.Reason = classify(&a, pm, ex, meta)
	return result{article: a, paras: paras}
}

func joinCapped(paras []string, limit int) string {
	var b strings.Builder
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
