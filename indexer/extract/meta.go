package extract

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the structured metadata a page declares about itself.
type pageMeta struct {
	htmlTitle   string
	ogTitle     string
	ogURL       string
	ogImage     string
	ogType      string
	siteName    string
	canonical   string
	base        string
	headline    string // JSON-LD or itemprop headline
	published   string // raw date string from metadata
	author      string // JSON-LD or itemprop author
	metaAuthor  string // <meta name="author">: often the site's name
	articleBody string // JSON-LD articleBody
	ldArticle   bool   // JSON-LD says the page is an article
	lang        string
}

var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "BlogPosting": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "BackgroundNewsArticle": true,
	"ReviewNewsArticle": true, "Report": true, "ScholarlyArticle": true, "TechArticle": true,
	"LiveBlogPosting": true, "SocialMediaPosting": true, "AdvertiserContentArticle": true,
	"SatiricalArticle": true, "Blog": false, "posting": true,
}

// metaSelector selects, in one pass and in document order, every element
// readMeta reads. It is compiled once and never changed.
var metaSelector = mustSelectorSet("html, title, base, link, meta, script, [itemprop]")

// readMeta collects the metadata of the document: the first value of each
// kind, in document order.
func readMeta(doc *goquery.Document) *pageMeta {
	m := &pageMeta{}
	// The document node itself never matches: matching it and below is
	// doc.FindMatcher, without goquery's intermediate selections.
	for _, n := range matchSelfAndBelow(doc.Selection, metaSelector) {
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if m.htmlTitle == "" && !ancestorIs(n, atom.Svg, 64) {
				m.htmlTitle = nodeText(n, 2000)
			}
			continue
		case atom.Base:
			if m.base == "" {
				m.base = attr(n, "href")
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			m.metaTag(n)
			continue
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.jsonLD(n.FirstChild.Data)
			}
			continue
		case atom.Style:
			continue
		}
		if ip := attr(n, "itemprop"); ip != "" {
			m.itemprop(n, ip)
		}
	}
	return m
}

func (m *pageMeta) metaTag(n *html.Node) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = collapse(val)
		}
	case "og:url":
		m.ogURL = val
	case "og:image", "og:image:url":
		if m.ogImage == "" {
			m.ogImage = val
		}
	case "og:type":
		m.ogType = strings.ToLower(val)
	case "og:site_name":
		m.siteName = collapse(val)
	case "article:published_time", "pubdate", "publishdate", "publish-date", "publish_date",
		"date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date",
		"article.published", "sailthru.date", "parsely-pub-date", "datepublished", "og:published_time",
		"article:published", "published_time", "originalpublicationdate", "created", "dc.date.created":
		if m.published == "" {
			m.published = val
		}
	case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
		if m.metaAuthor == "" && !strings.HasPrefix(val, "http") {
			m.metaAuthor = collapse(val)
		}
	case "headline":
		if m.headline == "" {
			m.headline = collapse(val)
		}
	}
}

func (m *pageMeta) itemprop(n *html.Node, ip string) {
	for _, p := range strings.Fields(ip) {
		switch p {
		case "datePublished":
			if m.published == "" {
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				if v == "" {
					v = nodeText(n, 200)
				}
				m.published = strings.TrimSpace(v)
			}
		case "headline":
			if m.headline == "" {
				m.headline = nodeText(n, 1000)
			}
		case "author":
			if m.author == "" {
				v := attr(n, "content")
				if v == "" {
					v = nodeText(n, 200)
				}
				if len(v) < 120 {
					m.author = collapse(v)
				}
			}
		}
	}
}

// jsonLD reads one JSON-LD script.
func (m *pageMeta) jsonLD(s string) {
	if len(s) > 2<<20 {
		return
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return
	}
	m.ldValue(v, 0)
}

func (m *pageMeta) ldValue(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.ldValue(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			m.ldValue(g, depth+1)
		}
		if !isArticleType(x["@type"]) {
			if me, ok := x["mainEntity"]; ok {
				m.ldValue(me, depth+1)
			}
			return
		}
		m.ldArticle = true
		if h := ldString(x["headline"]); h != "" && m.headline == "" {
			m.headline = collapse(h)
		}
		if d := ldString(x["datePublished"]); d != "" && m.published == "" {
			m.published = d
		}
		if b := ldString(x["articleBody"]); b != "" && m.articleBody == "" {
			m.articleBody = b
		}
		if a := ldAuthor(x["author"]); a != "" && m.author == "" {
			m.author = a
		}
		if u := ldString(x["url"]); u != "" && m.ogURL == "" {
			m.ogURL = u
		}
		if m.ogURL == "" {
			switch me := x["mainEntityOfPage"].(type) {
			case string:
				m.ogURL = strings.TrimSpace(me)
			case map[string]any:
				if id, ok := me["@id"].(string); ok {
					m.ogURL = strings.TrimSpace(id)
				} else if u, ok := me["url"].(string); ok {
					m.ogURL = strings.TrimSpace(u)
				}
			}
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[x]
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return s
		}
	}
	return ""
}

func ldAuthor(v any) string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "http") {
			return ""
		}
		return collapse(x)
	case map[string]any:
		return collapse(ldString(x["name"]))
	case []any:
		var names []string
		for _, e := range x {
			if s := ldAuthor(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
