package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/engine"
	"github.com/frontsearch/frontsearch/search/store"
)

func init() {
	register(command{
		name:    "search",
		summary: "search an index: search -index DIR [-json] [-unit U -person P -topic T -place P -from D -to D -sort S -n N] QUERY",
		run:     runSearch,
	})
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("search", stderr)
	dir := flags.String("index", "", "index `directory`")
	asJSON := flags.Bool("json", false, "print the search response as JSON (what /api/v1/search returns)")
	from := flags.String("from", "", "earliest facet date, YYYY-MM-DD")
	to := flags.String("to", "", "latest facet date, YYYY-MM-DD")
	sortBy := flags.String("sort", "", "relevance, newest or oldest (default: relevance with a query, else newest)")
	n := flags.Int("n", 10, "number of results (max 100)")
	page := flags.Int("page", 1, "result page")
	cursor := flags.String("cursor", "", "continue after this next_cursor")
	facets := flags.Bool("facets", false, "count the facets (unit, person, topic, place, year) and the monthly histogram")
	filters := map[string]*multiFlag{}
	for _, f := range []string{search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace,
		search.FacetOrg, search.FacetProvince, search.FacetSite, search.FacetDoc, search.FacetYear} {
		filters[f] = &multiFlag{}
		flags.Var(filters[f], f, "filter on this "+f+" `value` (repeat to OR values)")
	}
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: frontsearch search -index DIR [-json] [-unit U -person P -topic T -place P -from D -to D -sort relevance|newest|oldest -n N] QUERY")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return usageError{"-index DIR is required"}
	}
	st, err := store.Open(*dir)
	if err != nil {
		return fmt.Errorf("open index %s: %w", *dir, err)
	}
	defer st.Close()

	req := search.Request{
		Query: strings.Join(flags.Args(), " "), From: *from, To: *to, Sort: *sortBy,
		Size: *n, Page: *page, Cursor: *cursor, Highlight: true, Filters: map[string][]string{},
	}
	for f, vals := range filters {
		if len(*vals) > 0 {
			req.Filters[f] = *vals
		}
	}
	if *facets {
		req.Facets = []string{search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace, search.FacetYear}
		req.Histogram = true
	}
	res, err := engine.New(st.Index(), engine.Options{}).Search(ctx, req)
	if err != nil {
		var qe *search.QueryError
		if errors.As(err, &qe) {
			return usageError{qe.Error()}
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	printResponse(stdout, res)
	return nil
}

// printResponse writes a readable result list: rank, date, title, site,
// snippets with the marks shown as [brackets].
func printResponse(w io.Writer, res *search.Response) {
	fmt.Fprintf(w, "%d results (%.1f ms)\n", res.Total, res.TookMS)
	unmark := strings.NewReplacer("<mark>", "[", "</mark>", "]", "&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", "\"", "&#39;", "'")
	for i, h := range res.Hits {
		fmt.Fprintf(w, "\n%2d. %s  %s\n", i+1, h.Date, h.Title)
		fmt.Fprintf(w, "    %s  id=%s\n", firstNonEmpty(h.URL, h.Site), h.ID)
		for _, s := range h.Snippets {
			fmt.Fprintf(w, "    %s\n", unmark.Replace(s))
		}
		if len(h.Duplicates) > 0 {
			fmt.Fprintf(w, "    also on: %s\n", strings.Join(h.Duplicates, ", "))
		}
	}
	for _, f := range []string{search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace, search.FacetYear} {
		vals := res.Facets[f]
		if len(vals) == 0 {
			continue
		}
		var parts []string
		for _, v := range vals {
			parts = append(parts, fmt.Sprintf("%s (%d)", v.Value, v.Count))
		}
		fmt.Fprintf(w, "\n%s: %s", f, strings.Join(parts, "; "))
	}
	if len(res.Facets) > 0 {
		fmt.Fprintln(w)
	}
	if res.NextCursor != "" {
		fmt.Fprintf(w, "\nmore: -cursor %s\n", res.NextCursor)
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
