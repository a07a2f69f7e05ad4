package web

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

// searchView is the model of the search page.
type searchView struct {
	common
	Sort, From, To string
	Size           int
	Total          uint64
	TookMS         float64
	Empty          bool
	Hits           []search.Hit
	Places         []*placeNode
	Facets         []facetGroup
	Chips          []chip
	Chart          *chart
	Pages          []pageLink
	Prev, Next     string
	Page           int
	FeedHref       string
	CSVHref        string
	JSONLHref      string
	APIHref        string
	SortOptions    []option
	FacetMore      string
}

type option struct {
	Value, Label string
	Selected     bool
}

type facetItem struct {
	Field    string
	Value    string
	Count    int
	Selected bool
	ID       string // element id for label for=
}

type facetGroup struct {
	Field    string
	Label    string
	Items    []facetItem
	MoreHref string // no-JS "show more" page
	APIHref  string
	Long     bool // long list: offer the filter box
	Expanded bool
}

type chip struct {
	Label, Value, Remove string
}

type pageLink struct {
	N       int
	Href    string
	Current bool
}

// placeNode is one level of the tỉnh > huyện > xã tree.
type placeNode struct {
	facetItem
	Children []*placeNode
}

var sidebarFacets = []string{
	search.FacetTopic, search.FacetUnit, search.FacetOrg, search.FacetLevel,
	search.FacetPerson, search.FacetDoc, search.FacetSite, search.FacetYear,
}

func (s *Server) pageSearch(c *gin.Context) {
	q := c.Request.URL.Query()
	req, perr := s.parseSearch(q, true)
	if perr != nil {
		s.pageError(c, &search.QueryError{Param: perr.param, Msg: perr.msg})
		return
	}
	more := q.Get("facet_more")
	if more != "" && !slices.Contains(defaultFacets, more) {
		more = ""
	}
	req.Facets = defaultFacets
	req.FacetSize = 15
	if more != "" {
		req.FacetSize = maxFacetSize
	}
	req.Histogram = true
	req.Highlight = true
	resp, err := s.s.Search(c.Request.Context(), req)
	if err != nil {
		s.pageError(c, err)
		return
	}
	normalize(resp)
	st := stateOf(q)
	v := searchView{
		common:    common{Title: "Tìm kiếm tin Mặt trận", Q: req.Query, Version: s.opts.Version, HideTop: true},
		Sort:      req.Sort,
		From:      req.From,
		To:        req.To,
		Size:      req.Size,
		Total:     resp.Total,
		TookMS:    resp.TookMS,
		Hits:      resp.Hits,
		Page:      max(req.Page, 1),
		FacetMore: more,
	}
	if req.Query != "" {
		v.Title = req.Query + " — Tìm kiếm tin Mặt trận"
	}
	v.Empty = resp.Total == 0
	v.SortOptions = []option{
		{Value: "", Label: "Phù hợp nhất", Selected: req.Sort == "" || req.Sort == search.SortRelevance},
		{Value: search.SortNewest, Label: "Mới nhất", Selected: req.Sort == search.SortNewest},
		{Value: search.SortOldest, Label: "Cũ nhất", Selected: req.Sort == search.SortOldest},
	}
	enc := st.v.Encode()
	v.FeedHref = "/feed.atom?" + enc
	v.CSVHref = "/api/v1/export?format=csv&" + enc
	v.JSONLHref = "/api/v1/export?format=jsonl&" + enc
	v.APIHref = "/api/v1/search?" + enc

	// Facets: the place tree, then the others.
	v.Places = placeTree(resp, req)
	for _, f := range sidebarFacets {
		g := facetGroup{Field: f, Label: facetLabel(f), Items: items(f, resp.Facets[f], req.Filters[f]), Expanded: f == more}
		if len(g.Items) == 0 {
			continue
		}
		g.Long = len(g.Items) >= 8
		if f != more && len(resp.Facets[f]) >= req.FacetSize {
			g.MoreHref = st.link(func(u url.Values) { u.Set("facet_more", f) }) + "#facet-" + f
		}
		g.APIHref = "/api/v1/facets/" + f
		v.Facets = append(v.Facets, g)
	}
	for _, f := range filterParams {
		for _, val := range req.Filters[f] {
			v.Chips = append(v.Chips, chip{Label: facetLabel(f), Value: val, Remove: st.link(func(u url.Values) {
				u[f] = slices.DeleteFunc(u[f], func(x string) bool { return x == val })
			})})
		}
	}
	if req.From != "" || req.To != "" {
		v.Chips = append(v.Chips, chip{Label: "Thời gian", Value: dateVN(req.From) + " – " + dateVN(req.To),
			Remove: st.link(func(u url.Values) { u.Del("from"); u.Del("to") })})
	}
	v.Chart = buildChart(resp.Histogram, st)

	// Paging by page number up to the depth limit, then by cursor.
	pages := int((resp.Total + uint64(req.Size) - 1) / uint64(req.Size))
	link := func(n int) string {
		return st.link(func(u url.Values) {
			if n > 1 {
				u.Set("page", strconv.Itoa(n))
			}
		})
	}
	if req.Cursor == "" {
		if v.Page > 1 {
			v.Prev = link(v.Page - 1)
		}
		for n := max(1, v.Page-3); n <= min(pages, v.Page+3); n++ {
			if n*req.Size > s.opts.MaxDepth {
				break
			}
			v.Pages = append(v.Pages, pageLink{N: n, Href: link(n), Current: n == v.Page})
		}
	}
	if v.Page < pages || req.Cursor != "" {
		switch {
		case req.Cursor == "" && (v.Page+1)*req.Size <= s.opts.MaxDepth:
			v.Next = link(v.Page + 1)
		case resp.NextCursor != "":
			v.Next = st.link(func(u url.Values) { u.Set("cursor", resp.NextCursor) })
		}
	}
	s.render(c, http.StatusOK, "search.html", v)
}

// items lists a facet's values, keeping selected values that the engine
// did not return so that they can be unticked.
func items(field string, vals []search.FacetValue, selected []string) []facetItem {
	var out []facetItem
	for i, fv := range vals {
		sel := fv.Selected || slices.Contains(selected, fv.Value)
		out = append(out, facetItem{Field: field, Value: fv.Value, Count: fv.Count, Selected: sel,
			ID: fmt.Sprintf("f-%s-%d", field, i)})
	}
	for i, s := range selected {
		if !slices.ContainsFunc(out, func(it facetItem) bool { return it.Value == s }) {
			out = append([]facetItem{{Field: field, Value: s, Count: -1, Selected: true,
				ID: fmt.Sprintf("f-%s-s%d", field, i)}}, out...)
		}
	}
	return out
}

// placeTree nests the district facet under the selected province and the
// commune facet under the selected district: tỉnh > huyện > xã. Facet counts
// carry no hierarchy, so the children shown are those of the current result.
func placeTree(resp *search.Response, req search.Request) []*placeNode {
	mk := func(field string) []*placeNode {
		var ns []*placeNode
		for _, it := range items(field, resp.Facets[field], req.Filters[field]) {
			ns = append(ns, &placeNode{facetItem: it})
		}
		return ns
	}
	provinces := mk(search.FacetProvince)
	districts := mk(search.FacetDistrict)
	communes := mk(search.FacetCommune)
	attach := func(parents, children []*placeNode) []*placeNode {
		for _, p := range parents {
			if p.Selected {
				p.Children = children
				return parents
			}
		}
		if len(parents) == 0 {
			return children
		}
		return parents
	}
	for _, d := range districts {
		if d.Selected {
			d.Children = communes
			communes = nil
			break
		}
	}
	if communes != nil && len(districts) == 0 {
		districts = communes
	}
	return attach(provinces, districts)
}
