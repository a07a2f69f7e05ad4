package web

import (
	"encoding/xml"
	"html"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

// Atom types; every text is type="text", so feed readers never interpret
// anything from an archived page as HTML.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	ID      string      `xml:"id"`
	Title   atomText    `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Links      []atomLink     `xml:"link"`
	Summary    *atomText      `xml:"summary,omitempty"`
	Categories []atomCategory `xml:"category"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

const feedSize = 30

func (s *Server) feed(c *gin.Context) {
	v := c.Request.URL.Query()
	req, perr := s.parseSearch(v, false)
	if perr != nil {
		s.badParam(c, perr.param, perr.msg)
		return
	}
	req.Sort = search.SortNewest
	req.Size = feedSize
	req.Page = 1
	req.Highlight = true
	resp, err := s.s.Search(c.Request.Context(), req)
	if err != nil {
		s.searchError(c, err)
		return
	}
	base := s.baseURL(c)
	title := "frontsearch — tin mới nhất"
	if req.Query != "" {
		title = "frontsearch — " + req.Query
	}
	pageURL := base + "/?" + v.Encode()
	f := atomFeed{
		Lang:   "vi",
		ID:     base + "/feed.atom?" + v.Encode(),
		Title:  atomText{Type: "text", Text: title},
		Author: atomPerson{Name: "frontsearch"},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + "/feed.atom?" + v.Encode()},
			{Rel: "alternate", Type: "text/html", Href: pageURL},
		},
	}
	var newest string
	for _, h := range resp.Hits {
		updated := atomDate(h.Published)
		if updated == "" {
			updated = atomDate(h.Date)
		}
		if updated == "" {
			updated = "1970-01-01T00:00:00Z"
		}
		if updated > newest {
			newest = updated
		}
		e := atomEntry{
			ID:      base + "/article/" + url.PathEscape(h.ID),
			Title:   atomText{Type: "text", Text: h.Title},
			Updated: updated,
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: base + "/article/" + url.PathEscape(h.ID)}},
		}
		if h.URL != "" {
			e.Links = append(e.Links, atomLink{Rel: "via", Href: h.URL})
		}
		if sum := snippetText(h.Snippets); sum != "" {
			e.Summary = &atomText{Type: "text", Text: sum}
		}
		for _, t := range h.Topics {
			e.Categories = append(e.Categories, atomCategory{Term: t.Label})
		}
		f.Entries = append(f.Entries, e)
	}
	if newest == "" {
		newest = "1970-01-01T00:00:00Z"
	}
	f.Updated = newest
	body, err := xml.MarshalIndent(f, "", " ")
	if err != nil {
		s.searchError(c, err)
		return
	}
	body = append([]byte(xml.Header), body...)
	s.sendCached(c, "application/atom+xml; charset=utf-8", body, apiCache)
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// snippetText turns the engine's HTML snippets back into plain text.
func snippetText(snips []string) string {
	var parts []string
	for _, sn := range snips {
		parts = append(parts, html.UnescapeString(tagRE.ReplaceAllString(sn, "")))
	}
	return strings.Join(parts, " … ")
}

// atomDate turns YYYY-MM-DD or RFC 3339 into an RFC 3339 timestamp.
func atomDate(d string) string {
	if t, err := time.Parse(time.RFC3339, d); err == nil {
		return t.Format(time.RFC3339)
	}
	if t, err := time.ParseInLocation("2006-01-02", d, vnZone); err == nil {
		return t.Format(time.RFC3339)
	}
	return ""
}

// vnZone is Vietnam's time zone (UTC+7, no daylight saving).
var vnZone = time.FixedZone("ICT", 7*3600)

// baseURL is Options.BaseURL, else derived from the request.
func (s *Server) baseURL(c *gin.Context) string {
	if s.opts.BaseURL != "" {
		return s.opts.BaseURL
	}
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	host := c.Request.Host
	if host == "" || strings.ContainsAny(host, "/\\ \"<>") {
		host = "localhost"
	}
	return scheme + "://" + host
}
