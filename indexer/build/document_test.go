package build

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/indexer/corpus"
	"github.com/frontsearch/frontsearch/indexer/enrich"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

// identityArticles are the articles of the fixture archive and of a small
// generated corpus, through the real pipeline with entities, plus edge
// cases of the text fields: empty and one-syllable texts, NFD and old-style
// tone marks, several captions (one empty), document numbers, an article
// without diacritics.
func identityArticles(t testing.TB) []*search.Article {
	t.Helper()
	enr, err := enrich.New(enrich.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(enr)
	var out []*search.Article
	add := func(a search.Article) {
		if a.IsArticle && a.ID != "" {
			out = append(out, &a)
		}
	}
	err = source.Walk(context.Background(), []string{filepath.Join("..", "..", "testdata", "archive")}, source.Options{},
		func(pg source.Page) error {
			add(p.Process(pg))
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	g := corpus.New(7)
	for i := range 150 {
		path, body := g.Page(i)
		add(p.Process(source.Page{Source: path, URL: "https://" + path, Body: body}))
	}
	edge := []search.Article{
		{ID: "e-empty", Title: "", Body: ""},
		{ID: "e-one", Title: "Hội", Body: "MTTQ", Captions: []string{"Ảnh"}},
		{ID: "e-nfd", Title: "Uỷ ban hoà giải", Body: "Thuỷ lợi và hoà bình, Mặt trận Tổ quốc.",
			Captions: []string{"Toàn cảnh hội nghị", "", "Đại biểu dự Hội nghị số 34-NQ/TU"}},
		{ID: "e-docnum", Title: "Triển khai Nghị quyết 100/2019/NĐ-CP", Body: "Theo 34-NQ/TU ngày 12/10/2022, Ủy ban MTTQ Việt Nam tỉnh."},
		{ID: "e-plain", Title: "Hoi nghi tong ket cong tac Mat tran", Body: strings.Repeat("Uy ban Mat tran To quoc xa Bac Thuy to chuc hoi nghi. ", 5)},
	}
	for _, a := range edge {
		a.IsArticle, a.Site, a.Published = true, "edge.example.vn", "2024-02-03"
		a.Hash = pipeline.Hash(&a)
		add(a)
	}
	if len(out) < 150 {
		t.Fatalf("only %d articles", len(out))
	}
	return out
}

// TestDocumenterIndexesTheSame builds one index the way Bleve maps
// schema.Document and one from schema.Documenter's documents, and compares
// everything they hold: per field the term dictionary and every posting
// (article, frequency, norm, and term vectors), stored fields, doc values
// and IDs.
func TestDocumenterIndexesTheSame(t *testing.T) {
	arts := identityArticles(t)
	m, err := schema.Mapping()
	if err != nil {
		t.Fatal(err)
	}
	docs := schema.NewDocumenter(m)
	for field := range schema.Variants {
		if !docs.Shares(field) {
			t.Fatalf("%s: variants not analysed once", field)
		}
	}
	build := func(name string, add func(b *bleve.Batch, a *search.Article) error) []string {
		idx, err := bleve.New(filepath.Join(t.TempDir(), name), m)
		if err != nil {
			t.Fatal(err)
		}
		defer idx.Close()
		// Two batches: two segments, as an index being built has.
		for _, part := range [][]*search.Article{arts[:len(arts)/2], arts[len(arts)/2:]} {
			b := idx.NewBatch()
			for _, a := range part {
				if err := add(b, a); err != nil {
					t.Fatal(err)
				}
			}
			if err := idx.Batch(b); err != nil {
				t.Fatal(err)
			}
		}
		return dumpIndex(t, idx)
	}
	mapped := build("mapped", func(b *bleve.Batch, a *search.Article) error { return b.Index(a.ID, schema.Document(a)) })
	shared := build("shared", func(b *bleve.Batch, a *search.Article) error {
		d, err := docs.Document(a)
		if err != nil {
			return err
		}
		return b.IndexAdvanced(d)
	})

	// The dump must cover what the change is about.
	for _, want := range []string{"post body_fs ", "post title_s ", "post title ", "post captions_f ", "post _id ", "stored src ", "dv dup ", "dv date "} {
		if !slices.ContainsFunc(mapped, func(l string) bool { return strings.HasPrefix(l, want) }) {
			t.Fatalf("the dump has no %q line", want)
		}
	}
	if !slices.ContainsFunc(mapped, func(l string) bool { return strings.HasPrefix(l, "post title ") && strings.Contains(l, " pos ") }) {
		t.Fatal("the dump has no term vectors")
	}
	if len(mapped) != len(shared) {
		t.Errorf("mapped index dumps to %d lines, shared to %d", len(mapped), len(shared))
	}
	diffs := 0
	for i := 0; i < len(mapped) || i < len(shared); i++ {
		var a, b string
		if i < len(mapped) {
			a = mapped[i]
		}
		if i < len(shared) {
			b = shared[i]
		}
		if a != b {
			t.Errorf("line %d:\nmapped %q\nshared %q", i, a, b)
			if diffs++; diffs == 10 {
				t.Fatal("too many differences")
			}
		}
	}
	t.Logf("%d articles, %d lines of index content compared", len(arts), len(mapped))
}

// dumpIndex lists an index's content as sorted lines independent of
// internal document numbers: "post field term id freq norm [vectors]",
// "stored field id type positions value" and "dv field id term".
func dumpIndex(t *testing.T, idx bleve.Index) []string {
	t.Helper()
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fields, err := r.Fields()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(fields)
	var out []string
	ext := func(id index.IndexInternalID) string {
		s, err := r.ExternalID(id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for _, f := range fields {
		out = append(out, "field "+f)
		dict, err := r.FieldDict(f)
		if err != nil {
			t.Fatal(err)
		}
		var terms []string
		for e, err := dict.Next(); e != nil || err != nil; e, err = dict.Next() {
			if err != nil {
				t.Fatal(err)
			}
			terms = append(terms, e.Term)
			out = append(out, fmt.Sprintf("term %s %q %d", f, e.Term, e.Count))
		}
		dict.Close()
		for _, term := range terms {
			tfr, err := r.TermFieldReader(context.Background(), []byte(term), f, true, true, true)
			if err != nil {
				t.Fatal(err)
			}
			for {
				d, err := tfr.Next(nil)
				if err != nil {
					t.Fatal(err)
				}
				if d == nil {
					break
				}
				line := fmt.Sprintf("post %s %q %s %d %v", f, term, ext(d.ID), d.Freq, d.Norm)
				for _, v := range d.Vectors {
					line += fmt.Sprintf(" pos %s %v %d %d-%d", v.Field, v.ArrayPositions, v.Pos, v.Start, v.End)
				}
				out = append(out, line)
			}
			tfr.Close()
		}
	}
	dv, err := r.DocValueReader(fields)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := r.DocIDReaderAll()
	if err != nil {
		t.Fatal(err)
	}
	defer ids.Close()
	for {
		iid, err := ids.Next()
		if err != nil {
			t.Fatal(err)
		}
		if iid == nil {
			break
		}
		id := ext(iid)
		doc, err := r.Document(id)
		if err != nil {
			t.Fatal(err)
		}
		doc.VisitFields(func(f index.Field) {
			out = append(out, fmt.Sprintf("stored %s %s %c %v %q", f.Name(), id, f.EncodedFieldType(), f.ArrayPositions(), f.Value()))
		})
		err = dv.VisitDocValues(iid, func(field string, term []byte) {
			out = append(out, fmt.Sprintf("dv %s %s %q", field, id, term))
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(out)
	return out
}

// BenchmarkDocument measures building and analysing the articles'
// documents (what happens to an article between the pipeline and the
// segment builder): "mapped" is Bleve mapping schema.Document, "shared"
// schema.Documenter.
func BenchmarkDocument(b *testing.B) {
	arts := identityArticles(b)
	m, err := schema.Mapping()
	if err != nil {
		b.Fatal(err)
	}
	docs := schema.NewDocumenter(m)
	analyse := func(d index.Document) {
		d.VisitFields(func(f index.Field) {
			if f.Options().IsIndexed() {
				f.Analyze()
			}
		})
	}
	b.Run("mapped", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				d := document.NewDocument(a.ID)
				if err := m.MapDocument(d, schema.Document(a)); err != nil {
					b.Fatal(err)
				}
				analyse(d)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
	})
	b.Run("shared", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				d, err := docs.Document(a)
				if err != nil {
					b.Fatal(err)
				}
				analyse(d)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
	})
}
