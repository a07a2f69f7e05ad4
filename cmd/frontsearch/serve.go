package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/frontsearch/frontsearch/indexer/build"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/search/engine"
	"github.com/frontsearch/frontsearch/search/store"
	"github.com/frontsearch/frontsearch/web"
)

func init() {
	register(command{
		name:    "serve",
		summary: "serve an index over HTTP: serve -index DIR [-addr 127.0.0.1:8080] [-watch DIR]",
		run:     runServe,
	})
}

// serveConfig is what serveIndex needs; the demo command fills it too.
type serveConfig struct {
	Index     string
	Addr      string
	Web       web.Options
	WatchDirs []string
	// Gazetteer and Topics configure the enricher of the watcher.
	Gazetteer, Topics string
	WatchEvery        time.Duration
	ReloadEvery       time.Duration
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("serve", stderr)
	var cfg serveConfig
	flags.StringVar(&cfg.Index, "index", "", "index `directory` (made by frontsearch index)")
	flags.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen `address` (host:port; \":8080\" listens on every interface)")
	flags.StringVar(&cfg.Web.BaseURL, "base-url", "", "public `URL` of the site, for feeds and citations (default: from each request)")
	flags.Float64Var(&cfg.Web.RateLimit, "rate", 10, "requests per second allowed per client IP (negative: no limit)")
	flags.IntVar(&cfg.Web.RateBurst, "burst", 0, "requests a client may make at once (0: max(20, 4×rate))")
	flags.DurationVar(&cfg.Web.RequestTimeout, "timeout", 5*time.Second, "longest time one search may take before the answer is 503")
	flags.IntVar(&cfg.Web.MaxQueryLen, "max-query", 1000, "longest accepted query, in characters")
	var watch serveFlagList
	flags.Var(&watch, "watch", "archive `directory` to watch: new and changed pages are indexed as they arrive (repeatable)")
	flags.DurationVar(&cfg.WatchEvery, "watch-every", 10*time.Second, "how often -watch scans for new pages")
	flags.DurationVar(&cfg.ReloadEvery, "reload-every", 2*time.Second, "how often to check for a new index generation written by another process")
	flags.StringVar(&cfg.Gazetteer, "gazetteer", defaultGazetteerDir, "admin-unit data `directory` for -watch (optional)")
	flags.StringVar(&cfg.Topics, "topics", "", "topics.tsv `file` for -watch (\"\" = built-in)")
	var proxies serveFlagList
	flags.Var(&proxies, "trusted-proxy", "proxy `address or CIDR` whose X-Forwarded-For names the client (repeatable)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: frontsearch serve -index DIR [-addr 127.0.0.1:8080] [-watch DIR] [flags]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if cfg.Index == "" {
		return usageError{"-index DIR is required"}
	}
	if flags.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", flags.Arg(0))}
	}
	cfg.WatchDirs = watch
	cfg.Web.TrustedProxies = proxies
	return serveIndex(ctx, cfg)
}

// serveIndex opens the index directory and serves it until ctx ends,
// following generation switches, and optionally indexing new pages from
// watched folders.
func serveIndex(ctx context.Context, cfg serveConfig) error {
	st, err := store.Open(cfg.Index)
	if err != nil {
		return fmt.Errorf("open index: %w", err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go st.Watch(ctx, cfg.ReloadEvery)

	opts := cfg.Web
	opts.Version = version()
	if len(cfg.WatchDirs) > 0 {
		e, err := newEnricher(cfg.Gazetteer, cfg.Topics, cfg.Gazetteer != defaultGazetteerDir)
		if err != nil {
			return err
		}
		opts.Watch = func(ctx context.Context) error {
			return build.Watch(ctx, cfg.Index, cfg.WatchDirs, build.WatchOptions{
				Options:  build.Options{Processor: pipeline.New(e)},
				Interval: cfg.WatchEvery,
				OnCommit: func(*build.Report) {
					if _, err := st.Reload(); err != nil {
						slog.Warn("reload after update", "err", err)
					}
				},
			})
		}
	}
	srv, err := web.New(engine.New(st.Index(), engine.Options{}), opts)
	if err != nil {
		return err
	}
	n, _ := st.Index().DocCount()
	slog.Info("index open", "dir", cfg.Index, "generation", st.Generation(), "documents", n)
	return srv.ListenAndServe(ctx, cfg.Addr)
}

// version is the module version or VCS revision of this binary.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return rev
}

// serveFlagList is a repeatable string flag.
type serveFlagList []string

func (m *serveFlagList) String() string { return fmt.Sprint([]string(*m)) }

func (m *serveFlagList) Set(s string) error {
	*m = append(*m, s)
	return nil
}
