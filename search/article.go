// Package search holds what every layer of frontsearch speaks: the Article
// that the indexer produces and the web serves, the search request and
// response types, and (in its subpackages) the Vietnamese analysis, the index
// schema, the query language and the engine that answers queries.
//
// Data flows one way: indexer → (Bleve index) ← search ← web. This package
// never imports indexer/ or web/.
package search

// Article is one archived page after extraction and enrichment. Its JSON
// field names are part of the public contract: `frontsearch extract` prints
// them, the index stores them and /api/v1 returns them.
//
// All text is NFC UTF-8, whatever the page's original encoding was.
type Article struct {
	// ID is stable across runs: derived from the canonical URL when the page
	// has one, else from the source path.
	ID   string `json:"id"`
	URL  string `json:"url,omitempty"`
	Site string `json:"site,omitempty"` // host of URL, without "www."

	Title string `json:"title"`
	// Published is YYYY-MM-DD, or RFC 3339 when the page shows a time.
	Published string `json:"published,omitempty"`
	// EventDate is the date of the meeting or event the article reports
	// (YYYY-MM-DD), read from the lead; empty when none is stated.
	EventDate string `json:"event_date,omitempty"`
	Author    string `json:"author,omitempty"`
	// Lead is the sapo, the first paragraph, when the page marks one; it is
	// also the first paragraph of Body.
	Lead string `json:"lead,omitempty"`
	// Body is the article text: paragraphs joined by a blank line ("\n\n").
	Body     string   `json:"body"`
	Captions []string `json:"captions"`
	Images   []string `json:"images,omitempty"` // absolute image URLs, in order

	IsArticle bool `json:"is_article"`
	// Reason says why a page is not an article ("listing page", "404 page",
	// "no main text", "binary file"…); empty for articles.
	Reason string `json:"reason,omitempty"`
	// Source is where the page came from: a file path, or
	// "path/to/file.warc.gz#record-id" for a WARC record.
	Source string `json:"source"`
	// Charset is the encoding the page was decoded from ("utf-8",
	// "windows-1258", "tcvn3", "vni"…).
	Charset string `json:"charset,omitempty"`
	// Fetched is when the archive fetched the page (RFC 3339), if known.
	Fetched string `json:"fetched,omitempty"`

	// Entities, filled by the indexer's enrichment stage.
	Units   []Unit   `json:"units"`
	Places  []Place  `json:"places"`
	People  []Person `json:"people"`
	Topics  []Topic  `json:"topics"`
	DocRefs []DocRef `json:"doc_refs"`

	// Hash is a digest of the extracted content, used by incremental
	// indexing to skip unchanged pages.
	Hash string `json:"content_hash,omitempty"`
}

// Unit is an organising body: "Ủy ban MTTQ Việt Nam xã Bắc Thủy".
type Unit struct {
	// Name is the normalised full name: abbreviations kept as the Front
	// writes them (MTTQ), tone marks in the new style (Ủy), NFC.
	Name string `json:"name"`
	// Org is the organisation type: one of the Org* constants.
	Org string `json:"org"`
	// Level is one of the Level* constants.
	Level string `json:"level,omitempty"`
	// Place is the place part of the name ("xã Bắc Thủy"), if any.
	Place string `json:"place,omitempty"`
}

// Organisation types for Unit.Org.
const (
	OrgMTTQ       = "MTTQ"
	OrgNongDan    = "Hội Nông dân"
	OrgPhuNu      = "Hội LHPN"
	OrgDoanTN     = "Đoàn TN"
	OrgCCB        = "Hội CCB"
	OrgCongDoan   = "Công đoàn"
	OrgDanVan     = "Ban Dân vận"
	OrgDang       = "cấp ủy Đảng"
	OrgChinhQuyen = "HĐND/UBND"
	OrgKhac       = "khác"
)

// Administrative levels for Unit.Level and Place.Level.
const (
	LevelTrungUong = "trung ương"
	LevelTinh      = "tỉnh"
	LevelHuyen     = "huyện"
	LevelXa        = "xã"
)

// Place is an administrative place named in an article, with its chain
// province > district > commune as far as it can be known.
type Place struct {
	// Name is the place as written, with its kind: "xã Bắc Thủy".
	Name     string `json:"name"`
	Level    string `json:"level,omitempty"` // tỉnh, huyện or xã
	Province string `json:"province,omitempty"`
	District string `json:"district,omitempty"`
	Commune  string `json:"commune,omitempty"`
	// Province2025 and Commune2025 are the units the place belongs to after
	// the 1 July 2025 reorganisation, when a gazetteer says so.
	Province2025 string `json:"province_2025,omitempty"`
	Commune2025  string `json:"commune_2025,omitempty"`
}

// Person is a named person and the role the article gives them.
type Person struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

// Topic is a label from the taxonomy of Front work.
type Topic struct {
	ID    string  `json:"id"`    // "phan_bien"
	Label string  `json:"label"` // "Phản biện xã hội"
	Score float64 `json:"score,omitempty"`
}

// DocRef is a legal document number, normalised: "34-NQ/TU",
// "100/2019/NĐ-CP".
type DocRef struct {
	Number string `json:"number"`
	Kind   string `json:"kind,omitempty"` // Nghị quyết, Quyết định, Kết luận…
}
