package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search"
)

// PathSep joins the levels of a place path in the "place" facet:
// "Lạng Sơn > Chi Lăng > Bắc Thủy".
const PathSep = " > "

// Document converts an Article into the value to pass to Bleve's Index (or
// Batch.Index) with id a.ID.
func Document(a *search.Article) any { return fieldValues(a) }

// fieldValues is Document's value: each field's string, strings or time.
func fieldValues(a *search.Article) map[string]any {
	d := map[string]any{}
	text := func(field string, v any) {
		for _, suf := range Variants[field] {
			d[field+suf] = v
		}
	}
	// Text goes in as stored: the analyzers normalise token by token, so
	// term offsets point into the article's own text for highlighting.
	text(FieldTitle, a.Title)
	text(FieldBody, a.Body)
	text(FieldCaptions, a.Captions)

	facets := FacetValuesOf(a)
	for f, vals := range facets {
		if len(vals) == 0 {
			continue
		}
		d[f] = vals
		fx := make([]string, len(vals))
		for i, v := range vals {
			fx[i] = Fold(v) + FoldSep + v
		}
		d[f+FacetFoldSuffix] = fx
	}
	for _, f := range TextFacets {
		var vals []string
		if f == search.FacetPlace {
			vals = placeNames(a)
		} else {
			vals = facets[f]
		}
		if len(vals) > 0 {
			d[f+FacetTextSuffix] = vals
		}
	}

	if t, ok := FacetDate(a); ok {
		d[FieldDate] = t
	}
	if t, ok := ParseDate(a.Published); ok {
		d[FieldPublished] = t
	}
	if src, err := json.Marshal(a); err == nil {
		d[FieldSource] = string(src)
	}
	if a.Hash != "" {
		d[HashField] = a.Hash
	}
	d[FieldDup] = Signature(a)
	if Plain(a) {
		d[FieldPlain] = PlainValue
	}
	return d
}

// Plain reports whether an article's body is written without diacritics
// (old pages typed without a Vietnamese keyboard, or not Vietnamese):
// fewer than 1 letter in 100 is outside ASCII. Accented queries look for
// their words folded in such articles only, which is cheap because they
// are few (see search/engine).
func Plain(a *search.Article) bool {
	letters, marked := 0, 0
	body := a.Body
	for i := 0; i < len(body); {
		if c := body[i]; c < utf8.RuneSelf {
			// ASCII, most of any body: no rune decoding, no tables.
			if c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(body[i:])
		if isLetterOrDigit(r) {
			letters++
			marked++
		}
		i += w
	}
	return letters >= 20 && marked*100 < letters
}

// FacetValuesOf returns the facet values an article is counted under, per
// facet field, deduplicated, in first-seen order.
func FacetValuesOf(a *search.Article) map[string][]string {
	m := map[string][]string{}
	add := func(f, v string) {
		v = strings.TrimSpace(Normalize(v))
		if v == "" || slices.Contains(m[f], v) {
			return
		}
		m[f] = append(m[f], v)
	}
	for _, u := range a.Units {
		add(search.FacetUnit, u.Name)
		add(search.FacetOrg, u.Org)
		add(search.FacetLevel, u.Level)
	}
	for _, p := range a.Places {
		add(search.FacetProvince, p.Province)
		add(search.FacetDistrict, p.District)
		add(search.FacetCommune, p.Commune)
		var path []string
		for _, part := range []string{p.Province, p.District, p.Commune} {
			if strings.TrimSpace(part) == "" {
				continue
			}
			path = append(path, strings.TrimSpace(part))
			add(search.FacetPlace, strings.Join(path, PathSep))
		}
		if len(path) == 0 {
			add(search.FacetPlace, p.Name)
		}
	}
	for _, p := range a.People {
		add(search.FacetPerson, p.Name)
	}
	for _, t := range a.Topics {
		add(search.FacetTopic, t.Label)
	}
	for _, r := range a.DocRefs {
		add(search.FacetDoc, r.Number)
	}
	add(search.FacetSite, a.Site)
	if t, ok := FacetDate(a); ok {
		add(search.FacetYear, t.Format("2006"))
		add(search.FacetMonth, t.Format("2006-01"))
	}
	return m
}

// placeNames lists every name a place filter may use for the article's
// places: the names as written and each level of their chains.
func placeNames(a *search.Article) []string {
	var out []string
	for _, p := range a.Places {
		for _, n := range []string{p.Name, p.Province, p.District, p.Commune, p.Province2025, p.Commune2025} {
			n = strings.TrimSpace(n)
			if n != "" && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// FacetDate is the article's facet date: EventDate, else Published, as a
// UTC midnight of that calendar day.
func FacetDate(a *search.Article) (time.Time, bool) {
	if t, ok := ParseDate(a.EventDate); ok {
		return DayOf(t), true
	}
	if t, ok := ParseDate(a.Published); ok {
		return DayOf(t), true
	}
	return time.Time{}, false
}

// DayOf returns the calendar day of t (in t's own zone) as UTC midnight.
func DayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// ParseDate reads YYYY-MM-DD (as UTC midnight) or RFC 3339.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Signature is the near-duplicate key of an article: the same story copied
// onto several sites (different chrome, bylines or a changed sentence)
// gets the same key. It combines the folded title words with a min-hash of
// the body's 5-word shingles: the 4 smallest shingle hashes. A shingle's
// hash combines the FNV-1a hashes of its words, so the body is scanned
// once, with no allocation per word.
func Signature(a *search.Article) string {
	title := strings.Join(strings.FieldsFunc(Fold(a.Title), notWordRune), " ")
	const k, n = 5, 4
	var (
		ring  [k]uint64 // hashes of the last k words
		words int
		mins  []uint64
	)
	body := Fold(a.Body)
	eachWord(body, func(w string) {
		ring[words%k] = fnv64a(w)
		words++
		if words < k {
			return
		}
		v := uint64(0)
		for i := words - k; i < words; i++ {
			v = (v ^ ring[i%k]) * 0x9E3779B97F4A7C15
		}
		v ^= v >> 29
		if len(mins) < n {
			if !slices.Contains(mins, v) {
				mins = append(mins, v)
				slices.Sort(mins)
			}
		} else if v < mins[n-1] && !slices.Contains(mins, v) {
			mins[n-1] = v
			slices.Sort(mins)
		}
	})
	s := sha256.New()
	s.Write([]byte(title))
	for _, m := range mins {
		var b [8]byte
		for i := range b {
			b[i] = byte(m >> (8 * i))
		}
		s.Write(b[:])
	}
	if words < k {
		s.Write([]byte(strings.Join(strings.FieldsFunc(body, notWordRune), " ")))
	}
	return hex.EncodeToString(s.Sum(nil)[:12])
}

// eachWord calls fn for each maximal run of word runes in s.
func eachWord(s string, fn func(string)) {
	start := -1
	for i, r := range s {
		if notWordRune(r) {
			if start >= 0 {
				fn(s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// fnv64a is the 64-bit FNV-1a hash of s.
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func notWordRune(r rune) bool {
	return !(r == '-' || r == '/' || isLetterOrDigit(r))
}
