package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

// selectorPages returns parsed trees to compare selection strategies on:
// a few inline pages, plus the shared benchmark's and the fixture
// archive's pages when present.
func selectorPages(tb testing.TB) []*html.Node {
	srcs := []string{
		`<html lang="vi"><head><title>T</title><base href="/x/"><link rel="Canonical" href=" /a "><meta property="og:title" content="OG"><meta itemprop="datePublished" content="2020-01-02"></head>
<body class="item-page"><div class="x	entry-content  y" id="ctl00_PlaceHolderMain_1"><h1 itemprop="headline">H</h1>
<p itemprop="articleBody foo">no</p><div itemprop="articleBody">yes</div><span itemprop="author">A</span>
<p class="sapo">lead text</p><svg><title>svg</title></svg><div id="xContentPlaceHolder">no</div></div></body></html>`,
		`<div class="Normal"><time itemprop="datePublished" datetime="2021-03-04">4/3</time></div><p class="news_lead chitiet">x</p>`,
		``,
	}
	var out []*html.Node
	for _, s := range srcs {
		n, _ := parse(s, false)
		out = append(out, n)
	}
	if ps, err := extracteval.Load(filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction")); err == nil {
		for _, p := range ps {
			if h, err := p.ReadHTML(); err == nil {
				n, _ := parse(h, false)
				out = append(out, n)
			}
		}
	}
	filepath.WalkDir(filepath.Join("..", "..", "testdata", "archive"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if ext := filepath.Ext(p); ext == ".html" || ext == ".htm" || ext == ".aspx" {
			if raw, err := os.ReadFile(p); err == nil {
				n, _ := parse(string(raw), false)
				out = append(out, n)
			}
		}
		return nil
	})
	return out
}

// TestSelectorSetMatchesCascadia checks that the fast selectorSet matchers select
// exactly what cascadia selects with the same selector group.
func TestSelectorSetMatchesCascadia(t *testing.T) {
	pages := selectorPages(t)
	for _, tc := range []struct {
		name string
		cs   *selectorSet
		min  int // matches expected on the inline pages at least
	}{{"containers", containers, 5}, {"leads", leads, 2}, {"meta", metaSelector, 10}} {
		ref := cascadia.MustCompile(tc.cs.String())
		total := 0
		for i, root := range pages {
			got, want := tc.cs.MatchAll(root), ref.MatchAll(root)
			if !sameNodes(got, want) {
				t.Errorf("%s: page %d: selectorSet selects %d elements, cascadia %d", tc.name, i, len(got), len(want))
			}
			if i < 3 {
				total += len(got)
			}
		}
		if total < tc.min {
			t.Errorf("%s: %d matches on the inline pages, want at least %d", tc.name, total, tc.min)
		}
	}
}

// sameNodes reports whether a and b hold the same nodes in the same order.
func sameNodes(a, b []*html.Node) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMatchSelfAndBelow checks that a container class on the selection's
// own element counts (jQuery's Find alone would miss it).
func TestMatchSelfAndBelow(t *testing.T) {
	root, _ := parse(`<body class="item-page"><div class="entry-content">x</div></body>`, false)
	doc := goquery.NewDocumentFromNode(root)
	body := doc.FindNodes(findBody(root))
	got := matchSelfAndBelow(body, containers)
	if len(got) != 2 || got[0].DataAtom != atom.Body || got[1].DataAtom != atom.Div {
		t.Fatalf("got %d nodes, want body then div", len(got))
	}
}

// TestMatchSelfAndBelowGoquery checks the one-element shortcut against
// goquery's Filter + Find + Add on the fixture archive's pages.
func TestMatchSelfAndBelowGoquery(t *testing.T) {
	var files []string
	_ = filepath.WalkDir("../../testdata/archive", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(filepath.Base(path), ".htm") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no fixture archive")
	}
	checked := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		root, _ := parse(string(raw), false)
		sel := goquery.NewDocumentFromNode(root).FindNodes(findBody(root))
		for _, m := range []*selectorSet{containers, leads, metaSelector} {
			want := sel.FilterMatcher(m).AddSelection(sel.FindMatcher(m)).Nodes
			got := matchSelfAndBelow(sel, m)
			if !slices.Equal(got, want) {
				t.Errorf("%s: %s: %d nodes, want %d", f, m, len(got), len(want))
			}
			checked += len(want)
		}
	}
	t.Logf("%d pages, %d matches", len(files), checked)
}

// readMetaWalk is the hand-written tree walk readMeta replaced, kept as
// the reference for TestReadMetaMatchesWalk and BenchmarkStages.
func readMetaWalk(doc *html.Node) *pageMeta {
	m := &pageMeta{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if m.htmlTitle == "" && !ancestorIs(n, atom.Svg, 64) {
					m.htmlTitle = nodeText(n, 2000)
				}
				return
			case atom.Base:
				if m.base == "" {
					m.base = attr(n, "href")
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				m.metaTag(n)
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.jsonLD(n.FirstChild.Data)
				}
				return
			case atom.Style:
				return
			}
			if ip := attr(n, "itemprop"); ip != "" && n.DataAtom != atom.Meta {
				m.itemprop(n, ip)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// TestReadMetaMatchesWalk checks that the goquery metadata stage reads
// exactly what a full tree walk reads.
func TestReadMetaMatchesWalk(t *testing.T) {
	pages := selectorPages(t)
	for i, root := range pages {
		got, want := readMeta(goquery.NewDocumentFromNode(root)), readMetaWalk(root)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("page %d:\n got %+v\nwant %+v", i, *got, *want)
		}
	}
	m := readMeta(goquery.NewDocumentFromNode(pages[0]))
	want := pageMeta{htmlTitle: "T", ogTitle: "OG", canonical: "/a", base: "/x/", headline: "H",
		published: "2020-01-02", author: "A", lang: "vi"}
	if *m != want {
		t.Errorf("inline page:\n got %+v\nwant %+v", *m, want)
	}
}

// BenchmarkStages compares, on pre-parsed benchmark pages, the goquery
// form of each selection stage with its alternative: the metadata stage
// (cascadia group via goquery vs a hand walk) and the known-container
// stage (selectorSet vs the same selectors matched by cascadia).
func BenchmarkStages(b *testing.B) {
	var roots []*html.Node
	for _, p := range benchmarkPages(b) {
		n, _ := parse(p, false)
		roots = append(roots, n)
	}
	ref := cascadia.MustCompile(containers.String())
	for _, bc := range []struct {
		name string
		f    func(*html.Node)
	}{
		{"meta/goquery", func(n *html.Node) { readMeta(goquery.NewDocumentFromNode(n)) }},
		{"meta/walk", func(n *html.Node) { readMetaWalk(n) }},
		{"containers/selectorSet", func(n *html.Node) {
			matchSelfAndBelow(goquery.NewDocumentFromNode(n).Selection, containers)
		}},
		{"containers/cascadia", func(n *html.Node) {
			matchSelfAndBelow(goquery.NewDocumentFromNode(n).Selection, ref)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				bc.f(roots[i%len(roots)])
			}
		})
	}
}
