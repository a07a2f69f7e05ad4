package web

import (
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// findChromium returns a Chromium binary: $CHROME, else the usual names.
func findChromium() string {
	if p := os.Getenv("CHROME"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives real Chromium through the page: load, search, tick a
// facet and see counts and hits change, open an article, go back. It saves
// screenshots in the test's temp dir (and in $FRONTSEARCH_SCREENSHOTS if
// set).
func TestBrowser(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no Chromium binary found (install Debian's chromium or set CHROME); the browser test must run in CI")
		}
		t.Skip("no Chromium binary found (install Debian's chromium or set CHROME); skipping the browser test outside CI")
	}
	srv, err := New(testSearcher(t), Options{RateLimit: -1, Version: "test", Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(sctx, ln) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("server: %v", err)
		}
	})
	base := "http://" + ln.Addr().String()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	bctx, cancelC := chromedp.NewContext(actx)
	defer cancelC()
	// The first run starts the browser; it must not carry a deadline.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	// A guard against a hung browser, not a timing assertion.
	ctx, cancelT := context.WithTimeout(bctx, 90*time.Second)
	defer cancelT()

	// Every uncaught exception, console error or CSP violation fails the test.
	var (
		mu       sync.Mutex
		problems []string
	)
	note := func(s string) {
		mu.Lock()
		problems = append(problems, s)
		mu.Unlock()
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			note("exception: " + e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				note("console error")
			}
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				note("log: " + e.Entry.Text)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}

	shots := t.TempDir()
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name), buf, 0o644); err != nil {
			t.Fatal(err)
		}
		if d := os.Getenv("FRONTSEARCH_SCREENSHOTS"); d != "" {
			os.WriteFile(filepath.Join(d, name), buf, 0o644)
		}
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v (browser problems: %v)", what, err, problems)
		}
	}
	// Reads go through JavaScript evaluation, which keeps working when the
	// browser restores a page from its back/forward cache.
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(`+strconv.Quote(sel)+`).textContent`))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	total := func() int {
		t.Helper()
		n, err := strconv.Atoi(text("#total"))
		if err != nil {
			t.Fatalf("total: %v", err)
		}
		return n
	}
	eval := func(js string) []string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	location := func() string {
		t.Helper()
		u, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	// waitURL waits until the page at the top is one whose URL contains
	// want (evaluations fail while a navigation is under way: retry).
	waitURL := func(want string) {
		t.Helper()
		for {
			u, err := chromedp.Run(ctx, chromedp.Location())
			if err == nil && strings.Contains(u, want) {
				ready, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && !!document.getElementById("total")`))
				if err == nil && ready {
					break
				}
			}
			if ctx.Err() != nil {
				t.Fatalf("waiting for a page at %q: %v (last %q, %v)", want, ctx.Err(), u, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	const hitsJS = `Array.from(document.querySelectorAll("#hits .hit h2 a")).map(a => a.textContent)`
	const topicCountsJS = `Array.from(document.querySelectorAll("#facet-place .count, #facet-topic .count")).map(c => c.textContent)`

	// 1. Load the page and search.
	do("load", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("q")))
	all := total()
	do("search",
		chromedp.SendKeys(chromedp.ID("q"), "hội nghị"),
		chromedp.Click(chromedp.CSS("button.primary")),
	)
	waitURL("q=")
	found := total()
	foundHits := eval(hitsJS)
	countsBefore := eval(topicCountsJS)
	shot("search.png")
	if found == 0 || found >= all {
		t.Fatalf("search found %d of %d", found, all)
	}
	// 2. Tick the first province of the place tree: the script submits.
	const box = `#facet-place ul.tree > li:first-child > input`
	province := eval(`[document.querySelector("` + box + `").value]`)[0]
	do("tick facet",
		chromedp.Click(chromedp.CSS(box)),
	)
	waitURL("province=")
	filtered := total()
	filteredHits := eval(hitsJS)
	countsAfter := eval(topicCountsJS)
	filteredURL := location()
	checked := eval(`[String(document.querySelector("` + box + `").checked)]`)[0]
	shot("filtered.png")
	if filtered == 0 || filtered >= found {
		t.Errorf("ticking province %q: %d hits, was %d", province, filtered, found)
	}
	if strings.Join(filteredHits, "|") == strings.Join(foundHits, "|") {
		t.Error("hits did not change after ticking a facet")
	}
	if strings.Join(countsAfter, ",") == strings.Join(countsBefore, ",") {
		t.Errorf("facet counts did not change: %v", countsAfter)
	}
	if checked != "true" || !strings.Contains(filteredURL, "q=") {
		t.Errorf("after ticking: checked=%s url=%s", checked, filteredURL)
	}
	// 3. Open the first hit, then go back.
	do("open article", chromedp.Click(chromedp.CSS(`#hits .hit:first-child h2 a`)))
	for {
		if u, err := chromedp.Run(ctx, chromedp.Location()); err == nil && strings.Contains(u, "/article/") {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("article page never opened")
		}
		time.Sleep(50 * time.Millisecond)
	}
	do("article",
		chromedp.WaitVisible(chromedp.ID("atitle")),
		chromedp.WaitVisible(chromedp.ID("citation")),
	)
	if h := text("#atitle"); h != strings.TrimSpace(filteredHits[0]) {
		t.Errorf("article heading %q, hit title %q", h, filteredHits[0])
	}
	shot("article.png")
	// history.back, as the browser's Back button (the page may come from
	// the back/forward cache, which fires no load event).
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`history.back(), true`)); err != nil {
		t.Fatalf("back: %v", err)
	}
	waitURL("province=")
	if u, n := location(), total(); u != filteredURL || n != filtered {
		t.Errorf("back: %s with %d hits, want %s with %d", u, n, filteredURL, filtered)
	}
	// 4. A phone-sized viewport.
	do("phone",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(filteredURL),
		chromedp.WaitVisible(chromedp.ID("total")),
	)
	shot("phone.png")
	mu.Lock()
	defer mu.Unlock()
	if len(problems) > 0 {
		t.Errorf("browser reported problems: %v", problems)
	}
	t.Logf("screenshots in %s", shots)
}
