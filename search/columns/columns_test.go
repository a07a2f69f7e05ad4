package columns

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

type doc struct {
	Tag  []string  `json:"tag"`
	Date time.Time `json:"date"`
}

// newIndex indexes docs in batches of 2, so the index has several
// segments, and returns it.
func newIndex(t *testing.T, docs map[string]doc) bleve.Index {
	t.Helper()
	m := bleve.NewIndexMapping()
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("tag", bleve.NewKeywordFieldMapping())
	dm.AddFieldMappingsAt("date", bleve.NewDateTimeFieldMapping())
	m.DefaultMapping = dm
	idx, err := bleve.New(t.TempDir()+"/i", m)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	var ids []string
	for id := range docs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for i := 0; i < len(ids); i += 2 {
		b := idx.NewBatch()
		for _, id := range ids[i:min(i+2, len(ids))] {
			if err := b.Index(id, docs[id]); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	return idx
}

// collect runs q over idx and returns, per matching document ID, what the
// View says of it, plus the tag counts.
func collect(t *testing.T, idx bleve.Index, c *Cache, q query.Query) (map[string]string, []TermCount) {
	t.Helper()
	got := map[string]string{}
	var counts *Counts
	maker := func(sctx *bsearch.SearchContext) (bsearch.DocumentMatchHandler, bool, error) {
		v, err := c.View(sctx.IndexReader, []string{"tag", "date"})
		if err != nil {
			return nil, false, err
		}
		counts = v.Counts(0)
		return func(d *bsearch.DocumentMatch) error {
			if d == nil {
				return nil
			}
			doc, ok := v.Locate(d.IndexInternalID)
			if !ok {
				return fmt.Errorf("match %x not located", d.IndexInternalID)
			}
			counts.Add(doc)
			var tags []string
			for _, o := range v.Keywords(0, doc) {
				tags = append(tags, c.values("tag")[o])
			}
			slices.Sort(tags)
			id, err := sctx.IndexReader.ExternalID(d.IndexInternalID)
			if err != nil {
				return err
			}
			got[id] = fmt.Sprint(tags, " ", v.Day(1, doc))
			return nil
		}, false, nil
	}
	ctx := t.Context()
	ctx = contextWith(ctx, maker)
	if _, err := idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false)); err != nil {
		t.Fatal(err)
	}
	return got, counts.Top(2)
}

func TestViewMatchesDocuments(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	docs := map[string]doc{
		"a": {Tag: []string{"x", "y"}, Date: day("1970-01-02")},
		"b": {Tag: []string{"y"}, Date: day("2024-03-05")},
		"c": {Tag: []string{"z"}, Date: day("1969-12-31")},
		"d": {Tag: []string{"y", "z"}},
		"e": {},
	}
	idx := newIndex(t, docs)
	c := New(map[string]Kind{"tag": Keyword, "date": Date})
	got, top := collect(t, idx, c, query.NewMatchAllQuery())
	want := map[string]string{
		"a": "[x y] 1",
		"b": "[y] 19787",
		"c": "[z] -1",
		"d": fmt.Sprint("[y z] ", NoDay),
		"e": fmt.Sprint("[] ", NoDay),
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: got %q, want %q", id, got[id], w)
		}
	}
	if fmt.Sprint(top) != "[{y 3} {z 2}]" {
		t.Errorf("top 2 = %v, want [{y 3} {z 2}]", top)
	}

	// After a delete and an update (new segments), a second View agrees.
	if err := idx.Delete("b"); err != nil {
		t.Fatal(err)
	}
	if err := idx.Index("c", doc{Tag: []string{"x"}}); err != nil {
		t.Fatal(err)
	}
	got, top = collect(t, idx, c, query.NewMatchAllQuery())
	if _, ok := got["b"]; ok {
		t.Error("deleted document b still matched")
	}
	if got["c"] != fmt.Sprint("[x] ", NoDay) {
		t.Errorf("updated c: got %q", got["c"])
	}
	if fmt.Sprint(top) != "[{x 2} {y 2}]" {
		t.Errorf("top 2 after update = %v, want [{x 2} {y 2}] (ties in value order)", top)
	}
}

func TestViewRejectsOtherIndexes(t *testing.T) {
	idx, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	r, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	reader, err := r.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if _, err := New(nil).View(reader, nil); err != ErrNotScorch {
		t.Errorf("View on an upsidedown index: err %v, want ErrNotScorch", err)
	}
}

func TestTop(t *testing.T) {
	c := New(map[string]Kind{"f": Keyword})
	c.dicts["f"].vals = []string{"b", "a", "c", "d"}
	v := &View{cache: c, fields: []string{"f"}, sizes: []int{4}}
	counts := v.Counts(0)
	counts.n = []uint32{2, 2, 5, 0}
	for k, want := range map[int]string{
		1: "[{c 5}]",
		2: "[{c 5} {a 2}]",
		3: "[{c 5} {a 2} {b 2}]",
		9: "[{c 5} {a 2} {b 2}]",
		0: "[{c 5} {a 2} {b 2}]",
	} {
		if got := fmt.Sprint(counts.Top(k)); got != want {
			t.Errorf("Top(%d) = %s, want %s", k, got, want)
		}
	}
}

// TestReleaseReuses checks that released counters are handed out again,
// zeroed, and that merging releases the merged-in counts.
func TestReleaseReuses(t *testing.T) {
	c := New(map[string]Kind{"f": Keyword})
	v := &View{cache: c, fields: []string{"f"}, sizes: []int{1000}}
	a, b := v.Counts(0), v.Counts(0)
	a.n[7], b.n[7] = 3, 4
	addrs := []*uint32{&a.n[0], &b.n[0]}
	a.Merge(b)
	if a.n[7] != 7 || b.n != nil {
		t.Fatalf("merge: %d, merged-in counts %v", a.n[7], b.n)
	}
	a.Release()
	reused := false
	for range 10 { // a sync.Pool may drop an entry; it keeps most
		d := v.Counts(0)
		if len(d.n) != 1000 || slices.ContainsFunc(d.n, func(x uint32) bool { return x != 0 }) {
			t.Fatalf("counters of %d, not all zero", len(d.n))
		}
		reused = reused || slices.Contains(addrs, &d.n[0])
		d.Release()
	}
	if !reused {
		t.Error("released counters were never reused")
	}
}

func contextWith(ctx context.Context, maker func(*bsearch.SearchContext) (bsearch.DocumentMatchHandler, bool, error)) context.Context {
	return context.WithValue(ctx, bsearch.MakeDocumentMatchHandlerKey, bsearch.MakeDocumentMatchHandler(maker))
}

// BenchmarkCount counts one keyword field over every document of a
// 20,000-document index through a View: the per-match cost facet counting
// adds to a query.
func BenchmarkCount(b *testing.B) {
	m := bleve.NewIndexMapping()
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("tag", bleve.NewKeywordFieldMapping())
	m.DefaultMapping = dm
	idx, err := bleve.New(b.TempDir()+"/i", m)
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	batch := idx.NewBatch()
	for i := 0; i < 20000; i++ {
		if err := batch.Index(fmt.Sprint(i), doc{Tag: []string{fmt.Sprint("t", i%97), fmt.Sprint("u", i%13)}}); err != nil {
			b.Fatal(err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		b.Fatal(err)
	}
	c := New(map[string]Kind{"tag": Keyword})
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 0, 0, false)
	req.Score = "none"
	var top []TermCount
	for b.Loop() {
		maker := func(sctx *bsearch.SearchContext) (bsearch.DocumentMatchHandler, bool, error) {
			v, err := c.View(sctx.IndexReader, []string{"tag"})
			if err != nil {
				return nil, false, err
			}
			counts := v.Counts(0)
			return func(d *bsearch.DocumentMatch) error {
				if d == nil {
					top = counts.Top(10)
					return nil
				}
				if doc, ok := v.Locate(d.IndexInternalID); ok {
					counts.Add(doc)
				}
				sctx.DocumentMatchPool.Put(d)
				return nil
			}, false, nil
		}
		if _, err := idx.SearchInContext(contextWith(b.Context(), maker), req); err != nil {
			b.Fatal(err)
		}
	}
	if len(top) != 10 || top[0].Count != 20000/13+1 {
		b.Fatalf("top = %v", top)
	}
}

// TestAddDocs checks that counting in batches agrees with counting one by
// one and with the documents' own values, for documents with no, one and
// several values, over several segments, after deletions and updates.
func TestAddDocs(t *testing.T) {
	docs := map[string]doc{}
	want := map[string]int{} // live document counts per tag
	for i := range 23 {
		var tags []string
		switch i % 4 {
		case 0: // none
		case 1:
			tags = []string{fmt.Sprint("t", i%3)}
		case 2:
			tags = []string{"t0", "t1", fmt.Sprint("u", i)}
		case 3:
			tags = []string{fmt.Sprint("t", i%2), "v"}
		}
		docs[fmt.Sprintf("d%02d", i)] = doc{Tag: tags}
	}
	idx := newIndex(t, docs) // batches of 2: 12 segments
	// Deleted and updated documents keep their old column entries, which
	// searches never reach.
	for _, id := range []string{"d01", "d02", "d07"} {
		if err := idx.Delete(id); err != nil {
			t.Fatal(err)
		}
		delete(docs, id)
	}
	docs["d05"] = doc{Tag: []string{"w"}}
	docs["d06"] = doc{}
	for _, id := range []string{"d05", "d06"} {
		if err := idx.Index(id, docs[id]); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range docs {
		for _, tag := range d.Tag {
			want[tag]++
		}
	}

	c := New(map[string]Kind{"tag": Keyword})
	var one, batched *Counts
	var located []Doc
	maker := func(sctx *bsearch.SearchContext) (bsearch.DocumentMatchHandler, bool, error) {
		v, err := c.View(sctx.IndexReader, []string{"tag"})
		if err != nil {
			return nil, false, err
		}
		if len(v.segs) < 2 {
			return nil, false, fmt.Errorf("%d segment(s), want several", len(v.segs))
		}
		one, batched = v.Counts(0), v.Counts(0)
		return func(d *bsearch.DocumentMatch) error {
			if d == nil {
				// Uneven batches, crossing segments.
				for i := 0; i < len(located); i += 3 {
					batched.AddDocs(located[i:min(i+3, len(located))])
				}
				batched.AddDocs(nil)
				return nil
			}
			doc, ok := v.Locate(d.IndexInternalID)
			if !ok {
				return fmt.Errorf("match %x not located", d.IndexInternalID)
			}
			one.Add(doc)
			located = append(located, doc)
			return nil
		}, false, nil
	}
	if _, err := idx.SearchInContext(contextWith(t.Context(), maker), bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 0, 0, false)); err != nil {
		t.Fatal(err)
	}
	if len(located) != len(docs) {
		t.Fatalf("%d matches, want %d", len(located), len(docs))
	}
	got := map[string]int{}
	for _, tc := range batched.Top(0) {
		got[tc.Term] = tc.Count
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("AddDocs counts %v, want %v", got, want)
	}
	if a, b := fmt.Sprint(one.Top(0)), fmt.Sprint(batched.Top(0)); a != b {
		t.Errorf("Add counts %s, AddDocs %s", a, b)
	}
}
