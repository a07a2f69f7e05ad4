package enrich

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/indexer/gazetteer"
	"github.com/frontsearch/frontsearch/search"
)

// The hand-checked entity set lives in testdata/entities (one JSON file per
// article). Matching rules, documented in testdata/entities/README.md:
//   - people match on the name key (canonical, case-insensitive); the role is
//     scored separately (role accuracy over matched people whose expected
//     role is not empty: the expected role must equal the found one's key).
//   - units match on the name key with "Việt Nam" ignored; org and level are
//     scored separately over matched units.
//   - places match on the level and the name key ("xã bắc thủy").
//   - event_date is compared exactly per article ("" when none is stated).
//   - doc_refs match on number and kind exactly.
//   - topics match on id.

const entitiesDir = "../../testdata/entities"

// sharedDir is where the optional shared data lives (../shared from the
// repository root).
const sharedDir = "../../../shared"

type expected struct {
	Article   json.RawMessage `json:"article"`
	EventDate string          `json:"event_date"`
	Units     []search.Unit   `json:"units"`
	Places    []search.Place  `json:"places"`
	People    []search.Person `json:"people"`
	DocRefs   []search.DocRef `json:"doc_refs"`
	Topics    []string        `json:"topics"`
}

// articleJSON is the shape of testdata/articles/*.json (helper C's fixture
// articles) and of an inline article in an entities file.
type articleJSON struct {
	Title      string   `json:"title"`
	Published  string   `json:"published"`
	Lead       string   `json:"lead"`
	Body       string   `json:"body"`
	Paragraphs []string `json:"paragraphs"`
	Author     string   `json:"author"`
	Site       string   `json:"site"`
}

func (x articleJSON) article() *search.Article {
	body := x.Body
	if body == "" {
		ps := x.Paragraphs
		if x.Lead != "" {
			ps = append([]string{x.Lead}, ps...)
		}
		body = strings.Join(ps, "\n\n")
	}
	return &search.Article{Title: x.Title, Published: x.Published, Lead: x.Lead, Body: body, Author: x.Author, Site: x.Site}
}

type entityCase struct {
	file string
	a    *search.Article
	want expected
}

func loadCases(t testing.TB) []entityCase {
	files, err := filepath.Glob(filepath.Join(entitiesDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no entity files in %s: %v", entitiesDir, err)
	}
	var out []entityCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c entityCase
		c.file = filepath.Base(f)
		if err := json.Unmarshal(b, &c.want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var x articleJSON
		var ref string
		if json.Unmarshal(c.want.Article, &ref) == nil {
			ab, err := os.ReadFile(filepath.Join("../..", ref))
			if err != nil {
				t.Fatalf("%s: article %s: %v", f, ref, err)
			}
			if err := json.Unmarshal(ab, &x); err != nil {
				t.Fatalf("%s: %v", ref, err)
			}
		} else if err := json.Unmarshal(c.want.Article, &x); err != nil {
			t.Fatalf("%s: inline article: %v", f, err)
		}
		c.a = x.article()
		out = append(out, c)
	}
	return out
}

type prf struct{ tp, fp, fn int }

func (s prf) p() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}
func (s prf) r() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

// score compares key sets and returns the matched keys.
func score(t *testing.T, file, field string, want, got []string, s *prf) map[string]bool {
	w := map[string]bool{}
	for _, k := range want {
		w[k] = true
	}
	g := map[string]bool{}
	for _, k := range got {
		g[k] = true
	}
	m := map[string]bool{}
	for k := range g {
		if w[k] {
			s.tp++
			m[k] = true
		} else {
			s.fp++
			t.Logf("%s: %s: unexpected %q", file, field, k)
		}
	}
	for k := range w {
		if !g[k] {
			s.fn++
			t.Logf("%s: %s: missed %q", file, field, k)
		}
	}
	return m
}

func unitKey(name string) string { return strings.ReplaceAll(vntext.Key(name), " việt nam", "") }

func newTestEnricher(t testing.TB) *Enricher {
	opts := Options{}
	dir := filepath.Join(sharedDir, "data", "admin-units")
	if _, err := os.Stat(dir); err == nil {
		g, err := gazetteer.LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		opts.Gazetteer = g
	} else {
		t.Logf("shared gazetteer %s absent: places from text only", dir)
	}
	e, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestEntities(t *testing.T) {
	evaluate(t, newTestEnricher(t), true)
}

// TestEntitiesWithoutGazetteer runs the same set with no gazetteer: places
// then come from the text alone. People, units, dates, document numbers
// and topics do not depend on it and keep their targets.
func TestEntitiesWithoutGazetteer(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	evaluate(t, e, false)
}

func evaluate(t *testing.T, e *Enricher, withGazetteer bool) {
	cases := loadCases(t)
	var people, units, places, docs, topics prf
	dates, datesOK := 0, 0
	roles, rolesOK := 0, 0
	orgs, orgsOK := 0, 0
	for _, c := range cases {
		a := *c.a
		e.Enrich(&a)
		dates++
		if a.EventDate == c.want.EventDate {
			datesOK++
		} else {
			t.Logf("%s: event_date: got %q, want %q", c.file, a.EventDate, c.want.EventDate)
		}
		// people
		var wk, gk []string
		wantRole := map[string]string{}
		for _, p := range c.want.People {
			k := vntext.Key(p.Name)
			wk = append(wk, k)
			wantRole[k] = p.Role
		}
		gotRole := map[string]string{}
		for _, p := range a.People {
			k := vntext.Key(p.Name)
			gk = append(gk, k)
			gotRole[k] = p.Role
		}
		for k := range score(t, c.file, "people", wk, gk, &people) {
			if wantRole[k] != "" {
				roles++
				if vntext.Key(wantRole[k]) == vntext.Key(gotRole[k]) {
					rolesOK++
				} else {
					t.Logf("%s: role of %s: got %q, want %q", c.file, k, gotRole[k], wantRole[k])
				}
			}
		}
		// units
		wk, gk = nil, nil
		wantU := map[string]search.Unit{}
		for _, u := range c.want.Units {
			wk = append(wk, unitKey(u.Name))
			wantU[unitKey(u.Name)] = u
		}
		gotU := map[string]search.Unit{}
		for _, u := range a.Units {
			gk = append(gk, unitKey(u.Name))
			gotU[unitKey(u.Name)] = u
		}
		for k := range score(t, c.file, "units", wk, gk, &units) {
			orgs++
			if wantU[k].Org == gotU[k].Org && wantU[k].Level == gotU[k].Level {
				orgsOK++
			} else {
				t.Logf("%s: unit %s: got %s/%s, want %s/%s", c.file, k, gotU[k].Org, gotU[k].Level, wantU[k].Org, wantU[k].Level)
			}
		}
		// places
		wk, gk = nil, nil
		for _, p := range c.want.Places {
			wk = append(wk, p.Level+"|"+vntext.Key(p.Name))
		}
		for _, p := range a.Places {
			gk = append(gk, p.Level+"|"+vntext.Key(p.Name))
		}
		score(t, c.file, "places", wk, gk, &places)
		// doc refs
		wk, gk = nil, nil
		for _, d := range c.want.DocRefs {
			wk = append(wk, d.Number+"|"+d.Kind)
		}
		for _, d := range a.DocRefs {
			gk = append(gk, d.Number+"|"+d.Kind)
		}
		score(t, c.file, "doc_refs", wk, gk, &docs)
		// topics
		gk = nil
		for _, tp := range a.Topics {
			gk = append(gk, tp.ID)
		}
		score(t, c.file, "topics", c.want.Topics, gk, &topics)
	}
	frac := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	t.Logf("articles: %d", len(cases))
	t.Logf("event_date exact: %.3f (%d/%d)", frac(datesOK, dates), datesOK, dates)
	t.Logf("people:   P %.3f R %.3f (tp %d fp %d fn %d); role exact %.3f (%d/%d)", people.p(), people.r(), people.tp, people.fp, people.fn, frac(rolesOK, roles), rolesOK, roles)
	t.Logf("units:    P %.3f R %.3f (tp %d fp %d fn %d); org+level %.3f (%d/%d)", units.p(), units.r(), units.tp, units.fp, units.fn, frac(orgsOK, orgs), orgsOK, orgs)
	t.Logf("places:   P %.3f R %.3f (tp %d fp %d fn %d)", places.p(), places.r(), places.tp, places.fp, places.fn)
	t.Logf("doc_refs: P %.3f R %.3f (tp %d fp %d fn %d)", docs.p(), docs.r(), docs.tp, docs.fp, docs.fn)
	t.Logf("topics:   P %.3f R %.3f (tp %d fp %d fn %d)", topics.p(), topics.r(), topics.tp, topics.fp, topics.fn)

	if len(cases) < 40 {
		t.Errorf("only %d annotated articles, want ≥ 40", len(cases))
	}
	check := func(name string, got, min float64) {
		if got < min {
			t.Errorf("%s = %.3f, below target %.2f", name, got, min)
		}
	}
	check("people precision", people.p(), 0.95)
	check("people recall", people.r(), 0.90)
	check("units precision", units.p(), 0.95)
	check("units recall", units.r(), 0.90)
	check("event_date exact", frac(datesOK, dates), 0.98)
	check("doc_refs precision", docs.p(), 0.98)
	check("doc_refs recall", docs.r(), 0.98)
	check("topics precision", topics.p(), 0.90)
	if withGazetteer {
		check("places precision", places.p(), 0.85)
		check("places recall", places.r(), 0.80)
	}
	_ = sort.Strings
}
