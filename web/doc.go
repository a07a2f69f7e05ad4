// Package web serves a frontsearch index over HTTP: the versioned JSON API
// under /api/v1 (search, articles, similar articles, facet look-ups,
// streamed CSV/JSON Lines export, Atom feed, OpenAPI description), the
// Vietnamese search page (server-rendered, usable without JavaScript), a
// health check and Prometheus metrics.
//
// The server talks to the index only through search.Searcher, so it can be
// tested against any implementation and never imports the indexer.
//
// Safety rules it enforces on every request: bounded query length, page size
// and paging depth; a per-request deadline; a per-client token-bucket rate
// limit (429 with RateLimit, RateLimit-Policy and Retry-After headers);
// strict security headers (a Content-Security-Policy without inline
// script); text from archived pages is always escaped, only the engine's
// already-escaped snippets with <mark> are inserted as HTML; CSV cells that a
// spreadsheet would run as formulas are neutralised; static assets come only
// from an embedded file system, so no request path reaches the disk.
package web
