package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/web/ratelimit"
)

// Options configures a Server. The zero value gives sensible defaults.
type Options struct {
	// BaseURL is the public URL of the site ("https://tim.example.vn"),
	// used in the Atom feed and citations; empty means derive it from
	// each request's Host.
	BaseURL string
	// Version is reported by /healthz and the page footer.
	Version string
	// Logger receives one line per request and every server error; nil
	// means slog.Default().
	Logger *slog.Logger

	// RateLimit is the sustained requests per second allowed per client
	// IP; 0 means the default (10/s); negative disables rate limiting.
	RateLimit float64
	// RateBurst is how many requests a client may make at once (default
	// 4 × RateLimit, at least 20).
	RateBurst int
	// TrustedProxies lists proxy addresses (CIDR or IP) whose
	// X-Forwarded-For is believed when identifying a client; empty means
	// the TCP peer address is the client.
	TrustedProxies []string

	// RequestTimeout bounds the time the searcher may spend on one
	// request (default 5 s); past it the answer is 503.
	RequestTimeout time.Duration
	// ExportTimeout bounds one export download (default 30 min).
	ExportTimeout time.Duration
	// ShutdownTimeout is how long ListenAndServe lets in-flight requests
	// finish after its context is cancelled (default 10 s).
	ShutdownTimeout time.Duration

	// MaxQueryLen is the longest accepted q, in characters (default 1000).
	MaxQueryLen int
	// MaxSize is the largest page size (default 100).
	MaxSize int
	// MaxDepth bounds page × size for page-number paging (default 10,000);
	// deeper pages must use the cursor.
	MaxDepth int

	// Watch, when set, is started by ListenAndServe in its own goroutine
	// with the server's context (e.g. to index new pages as they arrive);
	// its error is logged and does not stop the server.
	Watch func(ctx context.Context) error
}

// Server is the HTTP front of a search.Searcher. Create it with New.
type Server struct {
	s       search.Searcher
	opts    Options
	log     *slog.Logger
	engine  *gin.Engine
	limiter *ratelimit.Limiter
	reg     *prometheus.Registry
	metrics *metrics
	ui      *ui
}

// New builds a server over s.
func New(s search.Searcher, opts Options) (*Server, error) {
	if s == nil {
		return nil, errors.New("web: nil Searcher")
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.RateLimit == 0 {
		opts.RateLimit = 10
	}
	if opts.RateBurst <= 0 {
		opts.RateBurst = max(20, int(4*opts.RateLimit))
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 5 * time.Second
	}
	if opts.ExportTimeout <= 0 {
		opts.ExportTimeout = 30 * time.Minute
	}
	if opts.ShutdownTimeout <= 0 {
		opts.ShutdownTimeout = 10 * time.Second
	}
	if opts.MaxQueryLen <= 0 {
		opts.MaxQueryLen = 1000
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = 100
	}
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = 10_000
	}
	opts.BaseURL = strings.TrimRight(opts.BaseURL, "/")

	srv := &Server{s: s, opts: opts, log: opts.Logger, reg: prometheus.NewRegistry()}
	if opts.RateLimit > 0 {
		srv.limiter = ratelimit.New(ratelimit.Options{Rate: opts.RateLimit, Burst: opts.RateBurst})
	}
	var err error
	if srv.metrics, err = newMetrics(srv.reg); err != nil {
		return nil, fmt.Errorf("web: metrics: %w", err)
	}
	if srv.ui, err = newUI(); err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}

	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.HandleMethodNotAllowed = true
	e.RedirectTrailingSlash = false
	e.RedirectFixedPath = false
	if err := e.SetTrustedProxies(opts.TrustedProxies); err != nil {
		return nil, fmt.Errorf("web: trusted proxies: %w", err)
	}
	srv.engine = e
	srv.routes()
	return srv, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.engine }

// ListenAndServe serves on addr until ctx is cancelled, then shuts down
// gracefully: it stops accepting connections and waits up to
// Options.ShutdownTimeout for in-flight requests. It returns nil after a
// clean shutdown.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("web: listen on %s: %w", addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve is ListenAndServe on an existing listener (tests use 127.0.0.1:0).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.engine,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	if s.opts.Watch != nil {
		go func() {
			if err := s.opts.Watch(ctx); err != nil && !errors.Is(err, context.Canceled) {
				s.log.Error("watch stopped", "err", err)
			}
		}()
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	s.log.Info("serving", "addr", ln.Addr().String(), "version", s.opts.Version)
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("web: shutdown: %w", err)
	}
	s.log.Info("server stopped")
	return nil
}

func (s *Server) routes() {
	e := s.engine
	e.Use(s.recoverer, s.observe, s.securityHeaders, s.limitRequest, s.rateLimit)
	e.NoRoute(s.notFound)
	e.NoMethod(s.methodNotAllowed)

	e.GET("/healthz", s.healthz)
	e.GET("/metrics", gin.WrapH(s.metricsHandler()))

	short := s.timeout(s.opts.RequestTimeout)
	api := e.Group("/api/v1", s.cors)
	api.GET("/search", short, s.apiSearch)
	api.GET("/articles/:id", short, s.apiArticle)
	api.GET("/articles/:id/similar", short, s.apiSimilar)
	api.GET("/facets/:field", short, s.apiFacets)
	api.GET("/export", s.timeout(s.opts.ExportTimeout), s.apiExport)
	api.GET("/openapi.json", s.apiOpenAPI)
	e.GET("/feed.atom", s.cors, short, s.feed)

	e.GET("/", short, s.pageSearch)
	e.GET("/article/:id", short, s.pageArticle)
	e.GET("/static/*file", s.static)
	e.GET("/favicon.ico", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/static/favicon.svg") })
}
