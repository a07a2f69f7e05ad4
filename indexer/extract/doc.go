// Package extract turns one archived HTML page into a search.Article: title,
// publication date, author, lead, body paragraphs, image captions and
// images, plus a verdict on whether the page is an article at all.
//
// It reads structured metadata first (JSON-LD, Open Graph, article:,
// itemprop), then looks for the article container of known CMSs
// (WordPress, Joomla, SharePoint, DotNetNuke, Vietnamese portals), and
// falls back to a general readability-style scorer (text density, link
// density, commas, class/id hints) for layouts it has never seen. Page
// furniture common on Vietnamese portals ("Cỡ chữ: A+ A-", view counters,
// "Tin liên quan", comment forms, pagination) is removed, a trailing byline
// moves into Author, and visible Vietnamese date lines give the date when
// metadata does not.
//
// The page is parsed once (golang.org/x/net/html) and wrapped, without
// re-parsing, in a goquery document: goquery for selection; the scorer walks
// the nodes goquery holds. The metadata stage and the known-container and
// sapo look-ups select with goquery over compiled, immutable selector
// groups (selectorSet, a goquery.Matcher for simple selectors that matches
// a whole group in one pass and selects exactly what cascadia would); the
// general scorer's hot tree walks stay on *html.Node, where they are
// measurably faster than selector matching.
//
// Extract never panics and bounds its work on hostile input (size and
// nesting depth caps).
package extract
