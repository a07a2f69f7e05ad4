package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/frontsearch/frontsearch/web/loadtest"
)

// The load generator runs its whole mix against the real server without an
// error, and reports errors when the server refuses requests.
func TestLoadGenerator(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	f := newFixture(t, Options{})
	res, err := loadtest.Run(context.Background(), loadtest.Config{BaseURL: f.ts.URL, Clients: 3, Duration: 1500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests == 0 || res.Errors != 0 {
		var b strings.Builder
		res.WriteText(&b)
		t.Errorf("load run: %d requests, %d errors\n%s", res.Requests, res.Errors, b.String())
	}
	if res.PeakRSS <= 0 {
		t.Error("no RSS sampled from /metrics")
	}
	// A server with a tiny rate limit answers 429: the run must count errors.
	g := newFixture(t, Options{RateLimit: 0.1, RateBurst: 30})
	res, err = loadtest.Run(context.Background(), loadtest.Config{BaseURL: g.ts.URL, Clients: 2, Duration: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Errors == 0 || !strings.Contains(strings.Join(res.ErrorSamples, "\n"), "status 429") {
		t.Errorf("rate-limited run reported %d errors: %v", res.Errors, res.ErrorSamples)
	}
}
