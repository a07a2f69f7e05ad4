// Package schema is the Bleve index mapping for frontsearch articles and the
// conversion of a search.Article into the document Bleve indexes.
//
// Every text field is indexed several times, each copy with its own
// analyzer (registered by search/analysis):
//
//	title, body, captions         "vi"               accented, tone-canonical syllables
//	title_f, body_f, …            "vi_fold"          diacritics removed (đ→d)
//	title_s                       "vi_shingle"       two-syllable shingles, accented
//	title_fs, body_fs             "vi_fold_shingle"  two-syllable shingles, folded
//
// so that an accented query can prefer exact-diacritic matches, an
// unaccented one still finds everything, and adjacent syllables (which is
// how Vietnamese spells a word) rank above scattered ones. Captions are
// short and only get the unigram copies (the lead is the body's first
// paragraph and is not indexed separately); the body's adjacency is only
// kept folded. Only title, title_f and body_f keep term vectors (positions,
// for phrase queries; see Positional). The
// engine builds highlighted snippets by analysing the stored text again:
// token offsets point into the original accented text, which is why
// folding is a token filter and never a char filter.
//
// Facet fields (unit, org, level, province, district, commune, place,
// person, topic, doc, site, year, month) are keyword fields with doc values;
// each also has a folded "<facet>_fx" copy holding "folded\x1foriginal",
// which FacetValues scans by prefix for accent-optional lookup, and the
// entity facets have an analyzed "<facet>_t" copy (vi_fold) that query
// language filters (unit:"mttq bac thuy") match as a phrase.
//
// The whole Article is stored once, as JSON in the unindexed field "src";
// nothing else is stored except content_hash (for incremental indexing)
// and the near-duplicate signature "dup".
package schema
