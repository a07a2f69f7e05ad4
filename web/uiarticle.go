package web

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

type articleView struct {
	common
	A        *search.Article
	Original string // safe http(s) link to the original page, or ""
	Paras    []string
	Similar  []search.Hit
	Citation string
	Links    []entityLink
	Back     string
}

// entityLink is an entity of the article linking to a search filtered by it.
type entityLink struct {
	Label string
	Items []linkItem
}

type linkItem struct {
	Text, Href, Note string
}

func (s *Server) pageArticle(c *gin.Context) {
	id := c.Param("id")
	if !validID(id) {
		s.pageError(c, search.ErrNotFound)
		return
	}
	ctx := c.Request.Context()
	a, err := s.s.Article(ctx, id)
	if err != nil {
		s.pageError(c, err)
		return
	}
	sim, err := s.s.Similar(ctx, id, 6)
	if err != nil {
		s.log.Warn("similar articles failed", "id", id, "err", err)
		sim = nil
	}
	v := articleView{
		common:   common{Title: a.Title, Version: s.opts.Version},
		A:        a,
		Original: safeURL(a.URL),
		Paras:    paragraphs(a.Body),
		Similar:  sim,
		Citation: citation(a, time.Now().In(vnZone)),
		Back:     "/",
	}
	if v.Title == "" {
		v.Title = "Bài viết"
	}
	if ref := c.Request.Referer(); ref != "" {
		if u, err := url.Parse(ref); err == nil && u.Host == c.Request.Host && u.Path == "/" {
			v.Back = "/?" + u.RawQuery
		}
	}
	filter := func(field, value string) string { return "/?" + url.Values{field: {value}}.Encode() }
	add := func(label string, items []linkItem) {
		if len(items) > 0 {
			v.Links = append(v.Links, entityLink{Label: label, Items: items})
		}
	}
	var it []linkItem
	for _, u := range a.Units {
		it = append(it, linkItem{Text: u.Name, Href: filter(search.FacetUnit, u.Name), Note: u.Org})
	}
	add("Đơn vị", it)
	it = nil
	for _, p := range a.Places {
		field, value := search.FacetPlace, p.Name
		switch {
		case p.Level == search.LevelXa && p.Commune != "":
			field, value = search.FacetCommune, p.Commune
		case p.Level == search.LevelHuyen && p.District != "":
			field, value = search.FacetDistrict, p.District
		case p.Level == search.LevelTinh && p.Province != "":
			field, value = search.FacetProvince, p.Province
		}
		var note []string
		if p.Level != search.LevelHuyen {
			note = append(note, p.District)
		}
		if p.Level != search.LevelTinh {
			note = append(note, p.Province)
		}
		it = append(it, linkItem{Text: p.Name, Href: filter(field, value), Note: strings.Join(nonEmpty(note...), ", ")})
	}
	add("Địa danh", it)
	it = nil
	for _, p := range a.People {
		it = append(it, linkItem{Text: p.Name, Href: filter(search.FacetPerson, p.Name), Note: p.Role})
	}
	add("Người", it)
	it = nil
	for _, t := range a.Topics {
		it = append(it, linkItem{Text: t.Label, Href: filter(search.FacetTopic, t.Label)})
	}
	add("Chủ đề", it)
	it = nil
	for _, d := range a.DocRefs {
		it = append(it, linkItem{Text: d.Number, Href: filter(search.FacetDoc, d.Number), Note: d.Kind})
	}
	add("Văn bản", it)
	s.render(c, http.StatusOK, "article.html", v)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// citation is a ready reference to the article:
// "Tác giả (năm). Tiêu đề. Trang. URL, truy cập ngày dd/mm/yyyy."
func citation(a *search.Article, now time.Time) string {
	author := strings.TrimSpace(a.Author)
	if author == "" {
		author = a.Site
	}
	year := "không rõ năm"
	if len(a.Published) >= 4 {
		year = a.Published[:4]
	}
	var b strings.Builder
	if author != "" {
		b.WriteString(author + " ")
	}
	b.WriteString("(" + year + "). ")
	b.WriteString(strings.TrimRight(strings.TrimSpace(a.Title), ".") + ". ")
	if a.Site != "" && a.Site != author {
		b.WriteString(a.Site + ". ")
	}
	if a.URL != "" {
		b.WriteString(a.URL + ", ")
		b.WriteString("truy cập ngày " + now.Format("02/01/2006") + ".")
	} else {
		b.WriteString("Truy cập ngày " + now.Format("02/01/2006") + ".")
	}
	return b.String()
}
