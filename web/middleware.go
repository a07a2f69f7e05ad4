package web

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// contentSecurityPolicy forbids every inline script and plugin: whatever an
// archived page carried can never run, even if it slipped through escaping.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// maxRawQuery bounds the whole query string (all parameters together).
const maxRawQuery = 8 << 10

func (s *Server) securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	c.Next()
}

// recoverer turns a handler panic into a 500 problem (or, when the body has
// started, an aborted connection) and logs it.
func (s *Server) recoverer(c *gin.Context) {
	defer func() {
		if r := recover(); r != nil {
			if r == http.ErrAbortHandler {
				panic(r)
			}
			s.log.Error("panic serving request", "path", c.Request.URL.Path, "panic", fmt.Sprint(r))
			if c.Writer.Written() {
				panic(http.ErrAbortHandler)
			}
			s.problem(c, http.StatusInternalServerError, "internal", "Internal server error",
				"The server failed while answering; the error was logged. Try again later.", "")
			c.Abort()
		}
	}()
	c.Next()
}

// observe records metrics and logs one line per request.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	s.metrics.inflight.Inc()
	defer s.metrics.inflight.Dec()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	status := c.Writer.Status()
	el := time.Since(start)
	s.metrics.requests.WithLabelValues(route, c.Request.Method, strconv.Itoa(status)).Inc()
	s.metrics.duration.WithLabelValues(route).Observe(el.Seconds())
	lvl := s.log.Debug
	if status >= 500 {
		lvl = s.log.Warn
	}
	lvl("request", "method", c.Request.Method, "path", c.Request.URL.Path, "status", status,
		"bytes", c.Writer.Size(), "ms", el.Milliseconds(), "client", c.ClientIP())
}

// limitRequest refuses oversized query strings before anything parses them.
func (s *Server) limitRequest(c *gin.Context) {
	if len(c.Request.URL.RawQuery) > maxRawQuery {
		s.problem(c, http.StatusRequestURITooLong, "uri-too-long", "Query string too long",
			fmt.Sprintf("The query string is %d bytes; the limit is %d. Use fewer or shorter parameters.",
				len(c.Request.URL.RawQuery), maxRawQuery), "")
		c.Abort()
		return
	}
	c.Next()
}

// rateLimit applies the per-client token bucket. Health checks, metrics and
// static assets are not counted.
func (s *Server) rateLimit(c *gin.Context) {
	p := c.Request.URL.Path
	if s.limiter == nil || p == "/healthz" || p == "/metrics" || strings.HasPrefix(p, "/static/") {
		c.Next()
		return
	}
	d := s.limiter.Allow(c.ClientIP())
	h := c.Writer.Header()
	window := int(math.Ceil(d.Window.Seconds()))
	h.Set("RateLimit-Policy", fmt.Sprintf(`"per-client";q=%d;w=%d`, d.Limit, max(window, 1)))
	h.Set("RateLimit", fmt.Sprintf(`"per-client";r=%d;t=%d`, d.Remaining, int(math.Ceil(d.Reset.Seconds()))))
	if !d.Allowed {
		retry := max(1, int(math.Ceil(d.RetryAfter.Seconds())))
		h.Set("Retry-After", strconv.Itoa(retry))
		s.metrics.limited.Inc()
		s.problem(c, http.StatusTooManyRequests, "rate-limited", "Too many requests",
			fmt.Sprintf("This client may make %d requests at once and %.3g per second after that; retry in %d s.",
				d.Limit, s.opts.RateLimit, retry), "")
		c.Abort()
		return
	}
	c.Next()
}

// cors lets any origin read the API with GET.
func (s *Server) cors(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "ETag, Link, RateLimit, RateLimit-Policy, Retry-After")
	c.Next()
}

// preflight answers CORS preflight requests for GET.
func (s *Server) preflight(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Accept, If-None-Match, Content-Type")
	h.Set("Access-Control-Max-Age", "86400")
	c.Status(http.StatusNoContent)
}

// timeout gives the handler's context a deadline.
func (s *Server) timeout(d time.Duration) gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), d)
		defer cancel()
		c.Request = c.Request.WithContext(ctx)
		c.Next()
	}
}
