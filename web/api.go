package web

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

func (s *Server) healthz(c *gin.Context) {
	n, err := s.s.Count(c.Request.Context())
	c.Header("Cache-Control", "no-store")
	if err != nil {
		s.log.Error("health check failed", "err", err)
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "error": "index not readable"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "articles": n, "version": s.opts.Version})
}

// runSearch parses the request's parameters and searches, answering any
// error itself (ok false).
func (s *Server) runSearch(c *gin.Context, facetSize int) (*search.Response, search.Request, bool) {
	req, perr := s.parseSearch(c.Request.URL.Query(), true)
	if perr != nil {
		s.badParam(c, perr.param, perr.msg)
		return nil, req, false
	}
	req.Facets = defaultFacets
	req.FacetSize = facetSize
	req.Histogram = true
	req.Highlight = true
	resp, err := s.s.Search(c.Request.Context(), req)
	if err != nil {
		s.searchError(c, err)
		return nil, req, false
	}
	normalize(resp)
	return resp, req, true
}

func (s *Server) apiSearch(c *gin.Context) {
	fs, perr := parseInt(c.Request.URL.Query(), "facet_size", defaultFacetSize, 1, maxFacetSize)
	if perr != nil {
		s.badParam(c, perr.param, perr.msg)
		return
	}
	resp, _, ok := s.runSearch(c, fs)
	if !ok {
		return
	}
	// The ETag must not change with took_ms alone: hash the answer
	// without it.
	took := resp.TookMS
	resp.TookMS = 0
	stable, err := json.Marshal(resp)
	if err != nil {
		s.searchError(c, err)
		return
	}
	resp.TookMS = took
	body, err := json.Marshal(resp)
	if err != nil {
		s.searchError(c, err)
		return
	}
	s.sendTagged(c, "application/json; charset=utf-8", body, etagOf(stable), apiCache)
}

// normalize makes every list in a response a JSON array, never null.
func normalize(r *search.Response) {
	if r.Hits == nil {
		r.Hits = []search.Hit{}
	}
	if r.Facets == nil {
		r.Facets = map[string][]search.FacetValue{}
	}
	for k, v := range r.Facets {
		if v == nil {
			r.Facets[k] = []search.FacetValue{}
		}
	}
	if r.Histogram == nil {
		r.Histogram = []search.MonthCount{}
	}
	for i := range r.Hits {
		normalizeHit(&r.Hits[i])
	}
}

func normalizeHit(h *search.Hit) {
	h.Units = orEmpty(h.Units)
	h.Places = orEmpty(h.Places)
	h.People = orEmpty(h.People)
	h.Topics = orEmpty(h.Topics)
	h.DocRefs = orEmpty(h.DocRefs)
	h.Snippets = orEmpty(h.Snippets)
}

func normalizeArticle(a *search.Article) {
	a.Units = orEmpty(a.Units)
	a.Places = orEmpty(a.Places)
	a.People = orEmpty(a.People)
	a.Topics = orEmpty(a.Topics)
	a.DocRefs = orEmpty(a.DocRefs)
	a.Captions = orEmpty(a.Captions)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// validID rejects IDs that no index could hold before asking the engine.
func validID(id string) bool {
	return id != "" && len(id) <= 200 && !strings.ContainsAny(id, "\x00\r\n")
}

func (s *Server) apiArticle(c *gin.Context) {
	id := c.Param("id")
	if !validID(id) {
		s.searchError(c, search.ErrNotFound)
		return
	}
	a, err := s.s.Article(c.Request.Context(), id)
	if err != nil {
		s.searchError(c, err)
		return
	}
	normalizeArticle(a)
	s.sendJSON(c, a)
}

// SimilarResponse is the body of /api/v1/articles/{id}/similar.
type SimilarResponse struct {
	ID   string       `json:"id"`
	Hits []search.Hit `json:"hits"`
}

func (s *Server) apiSimilar(c *gin.Context) {
	id := c.Param("id")
	n, perr := parseInt(c.Request.URL.Query(), "size", 10, 1, 50)
	if perr != nil {
		s.badParam(c, perr.param, perr.msg)
		return
	}
	if !validID(id) {
		s.searchError(c, search.ErrNotFound)
		return
	}
	hits, err := s.s.Similar(c.Request.Context(), id, n)
	if err != nil {
		s.searchError(c, err)
		return
	}
	hits = orEmpty(hits)
	for i := range hits {
		normalizeHit(&hits[i])
	}
	s.sendJSON(c, SimilarResponse{ID: id, Hits: hits})
}

// FacetsResponse is the body of /api/v1/facets/{field}.
type FacetsResponse struct {
	Field  string              `json:"field"`
	Prefix string              `json:"prefix"`
	Values []search.FacetValue `json:"values"`
}

func (s *Server) apiFacets(c *gin.Context) {
	field := c.Param("field")
	if !slices.Contains(facetFields, field) {
		s.problem(c, http.StatusNotFound, "unknown-facet", "Unknown facet",
			"There is no facet "+clip(field)+"; use one of "+strings.Join(facetFields, ", ")+".", "field")
		return
	}
	v := c.Request.URL.Query()
	prefix := strings.TrimSpace(v.Get("prefix"))
	if len(prefix) > maxValueLen {
		s.badParam(c, "prefix", "the prefix is too long; a few letters are enough.")
		return
	}
	n, perr := parseInt(v, "size", 20, 1, maxFacetSize)
	if perr != nil {
		s.badParam(c, perr.param, perr.msg)
		return
	}
	vals, err := s.s.FacetValues(c.Request.Context(), field, prefix, n)
	if err != nil {
		s.searchError(c, err)
		return
	}
	s.sendJSON(c, FacetsResponse{Field: field, Prefix: prefix, Values: orEmpty(vals)})
}

func (s *Server) apiOpenAPI(c *gin.Context) {
	s.sendCached(c, "application/json; charset=utf-8", openAPISpec, "public, max-age=3600")
}

func (s *Server) notFound(c *gin.Context) {
	if strings.HasPrefix(c.Request.URL.Path, "/api/") {
		s.problem(c, http.StatusNotFound, "not-found", "Not found",
			"No API endpoint at this path; see /api/v1/openapi.json for the endpoints.", "")
		return
	}
	s.page404(c)
}

func (s *Server) methodNotAllowed(c *gin.Context) {
	if c.Request.Method == http.MethodOptions && (strings.HasPrefix(c.Request.URL.Path, "/api/") || c.Request.URL.Path == "/feed.atom") {
		s.cors(c)
		s.preflight(c)
		return
	}
	c.Header("Allow", "GET, OPTIONS")
	s.problem(c, http.StatusMethodNotAllowed, "method-not-allowed", "Method not allowed",
		"Only GET is served here.", "")
}
