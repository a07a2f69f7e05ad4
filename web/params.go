package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search"
)

// filterParams are the facet filters accepted as query parameters; each may
// repeat, values are ORed within a parameter and ANDed across parameters.
var filterParams = []string{
	search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetOrg, search.FacetLevel,
	search.FacetPlace, search.FacetProvince, search.FacetDistrict, search.FacetCommune,
	search.FacetSite, search.FacetDoc, search.FacetYear, search.FacetMonth,
}

// defaultFacets are the facets counted for a search.
var defaultFacets = []string{
	search.FacetProvince, search.FacetDistrict, search.FacetCommune,
	search.FacetUnit, search.FacetOrg, search.FacetLevel,
	search.FacetPerson, search.FacetTopic, search.FacetDoc, search.FacetSite, search.FacetYear,
}

// facetFields are the fields /api/v1/facets/{field} accepts.
var facetFields = append(slices.Clone(defaultFacets), search.FacetPlace, search.FacetMonth)

const (
	defaultSize      = 20
	defaultFacetSize = 10
	maxFacetSize     = 200
	maxFilterValues  = 50
	maxValueLen      = 300
)

// paramError is a bad parameter, answered with 400.
type paramError struct{ param, msg string }

func (e *paramError) Error() string { return e.param + ": " + e.msg }

func bad(param, format string, args ...any) *paramError {
	return &paramError{param: param, msg: fmt.Sprintf(format, args...)}
}

// parseSearch reads a search.Request from URL parameters, checking every
// limit. withPaging false ignores size/page/cursor (export, feed).
func (s *Server) parseSearch(v url.Values, withPaging bool) (search.Request, *paramError) {
	req := search.Request{Filters: map[string][]string{}}
	q := strings.TrimSpace(v.Get("q"))
	if n := utf8.RuneCountInString(q); n > s.opts.MaxQueryLen {
		return req, bad("q", "the query is %d characters long; the limit is %d. Shorten it.", n, s.opts.MaxQueryLen)
	}
	if !utf8.ValidString(q) {
		return req, bad("q", "the query is not valid UTF-8; send it percent-encoded as UTF-8.")
	}
	req.Query = q
	for _, f := range filterParams {
		vals := v[f]
		if len(vals) == 0 {
			continue
		}
		if len(vals) > maxFilterValues {
			return req, bad(f, "%d values given; at most %d per filter.", len(vals), maxFilterValues)
		}
		var kept []string
		for _, x := range vals {
			x = strings.TrimSpace(x)
			if x == "" {
				continue
			}
			if len(x) > maxValueLen || !utf8.ValidString(x) {
				return req, bad(f, "a value is longer than %d bytes or not UTF-8.", maxValueLen)
			}
			if !slices.Contains(kept, x) {
				kept = append(kept, x)
			}
		}
		if len(kept) > 0 {
			req.Filters[f] = kept
		}
	}
	var err *paramError
	if req.From, err = parseDate(v, "from"); err != nil {
		return req, err
	}
	if req.To, err = parseDate(v, "to"); err != nil {
		return req, err
	}
	if req.From != "" && req.To != "" && req.From > req.To {
		return req, bad("to", "to (%s) is before from (%s); swap them.", req.To, req.From)
	}
	switch sort := v.Get("sort"); sort {
	case "", search.SortRelevance, search.SortNewest, search.SortOldest:
		req.Sort = sort
	default:
		return req, bad("sort", "unknown sort %q; use relevance, newest or oldest.", clip(sort))
	}
	if !withPaging {
		return req, nil
	}
	req.Size = defaultSize
	if x := v.Get("size"); x != "" {
		n, e := strconv.Atoi(x)
		if e != nil || n < 1 || n > s.opts.MaxSize {
			return req, bad("size", "size must be a whole number from 1 to %d, not %q.", s.opts.MaxSize, clip(x))
		}
		req.Size = n
	}
	req.Page = 1
	if x := v.Get("page"); x != "" {
		n, e := strconv.Atoi(x)
		if e != nil || n < 1 {
			return req, bad("page", "page must be a whole number from 1, not %q.", clip(x))
		}
		if n*req.Size > s.opts.MaxDepth {
			return req, bad("page", "page %d of size %d goes past result %d, the deepest page-number paging reaches; follow next_cursor instead.",
				n, req.Size, s.opts.MaxDepth)
		}
		req.Page = n
	}
	if c := v.Get("cursor"); c != "" {
		if len(c) > 2048 {
			return req, bad("cursor", "the cursor is too long; use the next_cursor value of a previous response unchanged.")
		}
		req.Cursor = c
		req.Page = 0
	}
	return req, nil
}

func parseDate(v url.Values, name string) (string, *paramError) {
	x := strings.TrimSpace(v.Get(name))
	if x == "" {
		return "", nil
	}
	t, err := time.Parse("2006-01-02", x)
	if err != nil {
		return "", bad(name, "%s must be a date written YYYY-MM-DD (e.g. 2020-06-24), not %q.", name, clip(x))
	}
	return t.Format("2006-01-02"), nil
}

// clip shortens a user value quoted back in an error message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	for i := 40; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "…"
		}
	}
	return ""
}

// parseInt reads an optional bounded integer parameter.
func parseInt(v url.Values, name string, def, lo, hi int) (int, *paramError) {
	x := v.Get(name)
	if x == "" {
		return def, nil
	}
	n, err := strconv.Atoi(x)
	if err != nil || n < lo || n > hi {
		return 0, bad(name, "%s must be a whole number from %d to %d, not %q.", name, lo, hi, clip(x))
	}
	return n, nil
}
