package web

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

// Problem is an RFC 9457 problem detail, the body of every API error.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	// Detail says what went wrong and what to change.
	Detail string `json:"detail"`
	// Param names the offending request parameter, if one is to blame.
	Param string `json:"param,omitempty"`
}

// problemType is the URI prefix of problem types.
const problemType = "urn:frontsearch:problem:"

func (s *Server) problem(c *gin.Context, status int, slug, title, detail, param string) {
	body, _ := json.Marshal(Problem{Type: problemType + slug, Title: title, Status: status, Detail: detail, Param: param})
	h := c.Writer.Header()
	h.Set("Cache-Control", "no-store")
	h.Del("ETag")
	c.Data(status, "application/problem+json", body)
}

func (s *Server) badParam(c *gin.Context, param, detail string) {
	s.problem(c, http.StatusBadRequest, "invalid-parameter", "Invalid parameter "+param, detail, param)
}

// searchError answers an error from the searcher as a problem: 400 for a
// query error, 404 for an unknown ID, 503 for a timeout, else 500.
func (s *Server) searchError(c *gin.Context, err error) {
	status, slug, title, detail, param := classify(err)
	switch {
	case status == http.StatusServiceUnavailable:
		s.log.Warn("search timed out", "path", c.Request.URL.Path, "timeout", s.opts.RequestTimeout)
	case status >= 500:
		s.log.Error("search failed", "path", c.Request.URL.Path, "err", err)
	}
	if status == http.StatusServiceUnavailable {
		c.Header("Retry-After", "1")
	}
	s.problem(c, status, slug, title, detail, param)
}

func classify(err error) (status int, slug, title, detail, param string) {
	var qe *search.QueryError
	switch {
	case errors.As(err, &qe):
		return http.StatusBadRequest, "invalid-parameter", "Invalid parameter " + qe.Param, qe.Msg, qe.Param
	case errors.Is(err, search.ErrNotFound):
		return http.StatusNotFound, "not-found", "Not found", "No article has this ID; check the link or search again.", ""
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "timeout", "Search took too long",
			"The search did not finish in time. Narrow the query (fewer OR terms, a date range, a facet) or retry.", ""
	case errors.Is(err, context.Canceled):
		return 499, "canceled", "Request canceled", "The client went away.", ""
	default:
		return http.StatusInternalServerError, "internal", "Internal server error",
			"The search failed; the error was logged. Try again later.", ""
	}
}

// sendCached writes a 200 body with a strong ETag (a hash of the body) and
// Cache-Control, answering 304 when the client already holds it.
func (s *Server) sendCached(c *gin.Context, contentType string, body []byte, cacheControl string) {
	s.sendTagged(c, contentType, body, etagOf(body), cacheControl)
}

// etagOf is a strong entity tag: a hash of the representation.
func etagOf(b []byte) string {
	sum := sha256.Sum256(b)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`
}

// sendTagged is sendCached with a given ETag.
func (s *Server) sendTagged(c *gin.Context, contentType string, body []byte, etag, cacheControl string) {
	h := c.Writer.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", cacheControl)
	h.Add("Vary", "Accept-Encoding")
	if etagMatches(c.GetHeader("If-None-Match"), etag) {
		c.Status(http.StatusNotModified)
		c.Writer.WriteHeaderNow()
		return
	}
	c.Data(http.StatusOK, contentType, body)
}

// etagMatches implements If-None-Match's weak comparison.
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// apiCache is the Cache-Control of API answers: shared caches may keep them
// a minute, then revalidate with the ETag.
const apiCache = "public, max-age=60"

func (s *Server) sendJSON(c *gin.Context, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		s.searchError(c, err)
		return
	}
	s.sendCached(c, "application/json; charset=utf-8", body, apiCache)
}
