package search

import "context"

// Facet field names, as used in filters (Request.Filters keys), in the
// query language (unit:, person:…), in Response.Facets and in /api/v1.
const (
	FacetUnit     = "unit"
	FacetOrg      = "org"
	FacetLevel    = "level"
	FacetProvince = "province"
	FacetDistrict = "district"
	FacetCommune  = "commune"
	FacetPlace    = "place" // any of province, district, commune
	FacetPerson   = "person"
	FacetTopic    = "topic"
	FacetDoc      = "doc"
	FacetSite     = "site"
	FacetYear     = "year"
	FacetMonth    = "month" // YYYY-MM
)

// Sort orders for Request.Sort.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
	SortOldest    = "oldest"
)

// Request is one search. The zero value (plus a Size) lists every article,
// newest first when Query is empty.
type Request struct {
	// Query is in the query language: words, "phrases", -exclusions, OR,
	// field filters (unit:, person:, topic:, place:, year:, doc:, site:)
	// and date ranges (date:2020-01-01..2020-12-31).
	Query string `json:"q"`
	// Filters holds facet selections: key a Facet* name, values ORed within
	// a key and ANDed across keys.
	Filters map[string][]string `json:"filters,omitempty"`
	// From and To bound the facet date (event date, else published),
	// inclusive, YYYY-MM-DD; empty means open.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	Sort string `json:"sort,omitempty"`
	Size int    `json:"size,omitempty"`
	// Page is 1-based; Cursor, when set, takes its place for deep paging.
	Page   int    `json:"page,omitempty"`
	Cursor string `json:"cursor,omitempty"`

	// Facets lists the facet fields to count; nil means none.
	Facets    []string `json:"-"`
	FacetSize int      `json:"-"`
	Histogram bool     `json:"-"` // monthly counts of the facet date
	Highlight bool     `json:"-"` // snippets for each hit
}

// Response answers a Request. It is what /api/v1/search returns and what
// `frontsearch search -json` prints.
type Response struct {
	Total      uint64                  `json:"total"`
	TookMS     float64                 `json:"took_ms"`
	Query      string                  `json:"query"`
	Hits       []Hit                   `json:"hits"`
	Facets     map[string][]FacetValue `json:"facets"`
	Histogram  []MonthCount            `json:"histogram"`
	NextCursor string                  `json:"next_cursor,omitempty"`
}

// Hit is one matching article as a result list shows it.
type Hit struct {
	ID        string   `json:"id"`
	Score     float64  `json:"score"`
	Title     string   `json:"title"`
	URL       string   `json:"url,omitempty"`
	Site      string   `json:"site,omitempty"`
	Date      string   `json:"date,omitempty"` // the facet date: event date, else published
	Published string   `json:"published,omitempty"`
	Units     []Unit   `json:"units"`
	Places    []Place  `json:"places"`
	People    []Person `json:"people"`
	Topics    []Topic  `json:"topics"`
	DocRefs   []DocRef `json:"doc_refs"`
	// Snippets are HTML: the article's own text HTML-escaped, with matched
	// words wrapped in <mark>…</mark>.
	Snippets []string `json:"snippets"`
	// Duplicates lists the IDs of near-identical copies of this article on
	// other sites, folded into this hit.
	Duplicates []string `json:"duplicates,omitempty"`
}

// FacetValue is one value of a facet with its count.
type FacetValue struct {
	Value    string `json:"value"`
	Count    int    `json:"count"`
	Selected bool   `json:"selected"`
}

// MonthCount is one bar of the date histogram.
type MonthCount struct {
	Month string `json:"month"` // YYYY-MM
	Count int    `json:"count"`
}

// Searcher is what the web layer and the CLI need from an index. The engine
// in search/engine implements it over Bleve.
type Searcher interface {
	Search(ctx context.Context, req Request) (*Response, error)
	// Article returns one article by ID, or an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (*Article, error)
	// Similar returns up to n articles most like the one with this ID.
	Similar(ctx context.Context, id string, n int) ([]Hit, error)
	// FacetValues lists values of one facet field that start with prefix
	// (accents optional), most frequent first.
	FacetValues(ctx context.Context, field, prefix string, n int) ([]FacetValue, error)
	// Export calls fn for every article matching req, in req's sort order,
	// with no cap on their number; it stops at fn's first error.
	Export(ctx context.Context, req Request, fn func(*Article) error) error
	// Count is the number of articles in the index.
	Count(ctx context.Context) (uint64, error)
}
