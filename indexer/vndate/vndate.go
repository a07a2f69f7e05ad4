// Package vndate finds the date expressions that Vietnamese news pages
// write in running text and page chrome: "25/02/2021", "20/04/2022 - 10:19
// AM", "Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00", "2022-10-12T08:00",
// and the year-less "Sáng 23/6" of a lead paragraph.
//
// It is a hand-written scanner rather than a set of regular expressions: the
// extractor and the enricher call it on every page, and one pass over the
// bytes is several times faster than Go's regexp on the same text.
//
// Matches are reported as written; Resolve turns one into a calendar date,
// supplying the year of a year-less date from a reference date (the article's
// publication date), and rejecting impossible dates such as 31/02.
package vndate

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Vietnam is the time zone (UTC+7, no daylight saving) of naive times.
var Vietnam = time.FixedZone("ICT", 7*3600)

// Match is one date expression found in a text.
type Match struct {
	// Start and End are byte offsets of the expression, time included.
	Start, End int
	Year       int // 0 when !HasYear
	Month, Day int
	Hour       int
	Minute     int
	HasYear    bool
	HasTime    bool
}

// FindAll returns every date expression in s, in order of appearance.
// Day and month ranges are checked (1–31, 1–12), but not the calendar:
// Resolve does that.
func FindAll(s string) []Match {
	var out []Match
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || (i > 0 && continuesNumber(s, i)) {
			i++
			continue
		}
		m, ok := matchAt(s, i)
		if !ok {
			i = skipDigits(s, i)
			continue
		}
		floor := 0
		if len(out) > 0 {
			floor = out[len(out)-1].End
		}
		m = withTime(s, m, floor)
		out = append(out, m)
		i = m.End
	}
	return out
}

// continuesNumber reports whether the digit at i continues a number or a
// code that starts earlier ("2019" in "100/2019", "5" in "1.5").
func continuesNumber(s string, i int) bool {
	c := s[i-1]
	if isDigit(c) || isLetterASCII(c) {
		return true
	}
	if (c == '/' || c == '.' || c == '-' || c == ',') && i >= 2 && isDigit(s[i-2]) {
		return true
	}
	return false
}

// matchAt tries every date form starting at the digit s[i].
func matchAt(s string, i int) (Match, bool) {
	n1, j := number(s, i)
	digits := j - i
	switch {
	case digits == 4 && j < len(s) && s[j] == '-':
		return isoDate(s, i, n1, j)
	case digits > 2:
		return Match{}, false
	}
	if j < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') {
		return numericDate(s, i, n1, j)
	}
	return textDate(s, i, n1, j)
}

// isoDate matches YYYY-MM-DD, with an optional "THH:MM" or " HH:MM".
func isoDate(s string, start, year, j int) (Match, bool) {
	month, k := number(s, j+1)
	if k-(j+1) != 2 || k >= len(s) || s[k] != '-' {
		return Match{}, false
	}
	day, e := number(s, k+1)
	if e-(k+1) != 2 || (e < len(s) && isDigit(s[e])) {
		return Match{}, false
	}
	m := Match{Start: start, End: e, Year: year, Month: month, Day: day, HasYear: true}
	if !m.valid() {
		return Match{}, false
	}
	if e < len(s) && s[e] == 'T' {
		if h, mi, end, ok := clock(s, e+1); ok {
			m.Hour, m.Minute, m.HasTime, m.End = h, mi, true, end
			m.End = skipZone(s, m.End)
		}
	}
	return m, true
}

// numericDate matches D/M/YYYY, D-M-YYYY, D.M.YYYY and the year-less D/M.
func numericDate(s string, start, day, j int) (Match, bool) {
	sep := s[j]
	k := j + 1
	if k < len(s) && s[k] == ' ' && sep == '/' { // "18/ 4/2022" is seen on old portals
		k++
	}
	month, e := number(s, k)
	if e-k < 1 || e-k > 2 {
		return Match{}, false
	}
	m := Match{Start: start, End: e, Month: month, Day: day}
	if e < len(s) && s[e] == sep {
		year, y := number(s, e+1)
		if y-(e+1) != 4 || (y < len(s) && (isDigit(s[y]) || s[y] == '/' && y+1 < len(s) && isAlnumASCII(s[y+1]))) {
			return Match{}, false
		}
		m.Year, m.HasYear, m.End = year, true, y
		return m, m.valid()
	}
	// Year-less: only "D/M", and not the start of a ratio or code ("1/2",
	// "24/7" are left to the caller's context; "3/4/" or "3/4-" are not dates).
	if sep != '/' || (e < len(s) && (isDigit(s[e]) || s[e] == '/' || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1]))) {
		return Match{}, false
	}
	return m, m.valid()
}

// textDate matches "24 tháng 6 năm 2020", "24 tháng 6, 2020", "24 tháng
// 6/2020" and "24 tháng 6" (year-less), with a preceding "ngày" included.
func textDate(s string, start, day, j int) (Match, bool) {
	k := skipSpaces(s, j)
	if k == j {
		return Match{}, false
	}
	k, ok := word(s, k, "tháng")
	if !ok {
		return Match{}, false
	}
	k2 := skipSpaces(s, k)
	month, e := number(s, k2)
	if k2 == k || e-k2 < 1 || e-k2 > 2 {
		return Match{}, false
	}
	m := Match{Start: start, End: e, Month: month, Day: day}
	if p, ok := backWord(s, start, "ngày"); ok {
		m.Start = p
	}
	// The year: " năm 2020", ", 2020", "/2020" or " 2020".
	y := e
	if y < len(s) && (s[y] == ',' || s[y] == '/') {
		y++
	}
	y2 := skipSpaces(s, y)
	if w, ok := word(s, y2, "năm"); ok {
		y2 = skipSpaces(s, w)
	}
	if year, ye := number(s, y2); ye-y2 == 4 && (ye == len(s) || !isDigit(s[ye])) {
		m.Year, m.HasYear, m.End = year, true, ye
	}
	return m, m.valid()
}

// withTime extends m over a clock time written right after it ("- 21:00",
// ", 10:19 AM", "lúc 8h30") or right before it ("10:19 AM 20/04/2022",
// "08:30 | 20/04/2022"), never reaching back before floor.
func withTime(s string, m Match, floor int) Match {
	if m.HasTime {
		return m
	}
	k := skipSeparators(s, m.End)
	if w, ok := word(s, k, "lúc"); ok {
		k = skipSpaces(s, w)
	}
	if h, mi, end, ok := clock(s, k); ok {
		m.Hour, m.Minute, m.HasTime, m.End = h, mi, true, end
		return m
	}
	// Backwards: find a clock that ends just before the separators preceding m.
	b := m.Start
	for b > 0 && b > m.Start-6 && isSeparator(s[b-1]) {
		b--
	}
	if b == m.Start || b == 0 {
		return m
	}
	// Look back over at most "HH:MM AM" (8 bytes) for the clock's start.
	for st := b - 4; st >= floor && st >= b-8; st-- {
		if st > 0 && (isDigit(s[st-1]) || isLetterASCII(s[st-1])) {
			continue
		}
		if h, mi, end, ok := clock(s, st); ok && end == b {
			m.Hour, m.Minute, m.HasTime, m.Start = h, mi, true, st
			return m
		}
	}
	return m
}

// clock parses "21:00", "8h30", "8 giờ 30", "10:19 AM", "07:30:15" at i.
func clock(s string, i int) (hour, minute, end int, ok bool) {
	h, j := number(s, i)
	if j-i < 1 || j-i > 2 || j >= len(s) {
		return 0, 0, 0, false
	}
	k := j
	switch {
	case s[k] == ':':
		k++
	case s[k] == 'h' || s[k] == 'H':
		k++
	default:
		w, ok := word(s, skipSpaces(s, k), "giờ")
		if !ok {
			return 0, 0, 0, false
		}
		k = skipSpaces(s, w)
	}
	mi, e := number(s, k)
	if e-k != 2 {
		// "8h" alone is an hour; "8:" is not.
		if s[j] == 'h' || s[j] == 'H' {
			if e == k && (k >= len(s) || !isLetterASCII(s[k])) {
				mi, e = 0, k
			} else {
				return 0, 0, 0, false
			}
		} else {
			return 0, 0, 0, false
		}
	}
	if e < len(s) && s[e] == ':' { // seconds
		if _, se := number(s, e+1); se-(e+1) == 2 {
			e = se
		}
	}
	// AM/PM and the Vietnamese SA/CH.
	if p := skipSpaces(s, e); p+1 < len(s) {
		switch two := s[p : p+2]; two {
		case "AM", "am", "SA", "sa":
			if p+2 == len(s) || !isLetterASCII(s[p+2]) {
				if h == 12 {
					h = 0
				}
				e = p + 2
			}
		case "PM", "pm", "CH", "ch":
			if p+2 == len(s) || !isLetterASCII(s[p+2]) {
				if h < 12 {
					h += 12
				}
				e = p + 2
			}
		}
	}
	if h > 23 || mi > 59 {
		return 0, 0, 0, false
	}
	return h, mi, e, true
}

// Resolve turns m into a calendar date. A year-less match takes the year
// that makes it the nearest date on or before ref: "28/12" in an article of
// 2021-01-03 is 2020-12-28. It reports false for impossible dates (31/02),
// for year-less matches when ref is zero, and for years outside 1945–2100.
func (m Match) Resolve(ref time.Time) (time.Time, bool) {
	year := m.Year
	if !m.HasYear {
		if ref.IsZero() {
			return time.Time{}, false
		}
		ref = ref.In(Vietnam)
		year = ref.Year()
		if m.Month > int(ref.Month()) || m.Month == int(ref.Month()) && m.Day > ref.Day() {
			year--
		}
	}
	if !m.valid() {
		return time.Time{}, false
	}
	t, ok := m.in(year)
	for tries := 0; !ok && !m.HasYear && tries < 4; tries++ { // "29/2": the last leap year
		year--
		t, ok = m.in(year)
	}
	return t, ok && year >= 1945 && year <= 2100
}

// in is m's date in year, or false when the calendar has no such day.
func (m Match) in(year int) (time.Time, bool) {
	t := time.Date(year, time.Month(m.Month), m.Day, m.Hour, m.Minute, 0, 0, Vietnam)
	if t.Day() != m.Day || int(t.Month()) != m.Month { // normalised: 31/02 → 03/03
		return time.Time{}, false
	}
	return t, true
}

// Format writes a resolved date the way search.Article does: YYYY-MM-DD, or
// RFC 3339 (UTC+7) when the match carried a time.
func (m Match) Format(t time.Time) string {
	if m.HasTime {
		return t.In(Vietnam).Format(time.RFC3339)
	}
	return t.Format("2006-01-02")
}

func (m Match) String() string {
	y := "????"
	if m.HasYear {
		y = fmt.Sprintf("%04d", m.Year)
	}
	s := fmt.Sprintf("%s-%02d-%02d", y, m.Month, m.Day)
	if m.HasTime {
		s += fmt.Sprintf(" %02d:%02d", m.Hour, m.Minute)
	}
	return s
}

func (m Match) valid() bool {
	return m.Month >= 1 && m.Month <= 12 && m.Day >= 1 && m.Day <= 31
}

// number reads up to 4 ASCII digits at i; j == i when there are none. A
// longer run of digits reads as 5 digits, which no caller accepts.
func number(s string, i int) (n, j int) {
	j = i
	for j < len(s) && isDigit(s[j]) && j-i < 5 {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j
}

func skipDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// skipSpaces skips ASCII spaces and tabs and the no-break space.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// skipSeparators skips what portals put between a date and its time:
// spaces, "-", "–", "|", ",".
func skipSeparators(s string, i int) int {
	start := i
	for i < len(s) && i-start < 8 {
		switch {
		case isSeparator(s[i]):
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		case hasPrefixAt(s, i, "–") || hasPrefixAt(s, i, "—"):
			i += len("–")
		default:
			return i
		}
	}
	return i
}

func isSeparator(c byte) bool {
	return c == ' ' || c == '\t' || c == '-' || c == '|' || c == ',' || c == '(' || c == ')'
}

// word matches w at i case-insensitively for its first letter and requires
// a non-letter after it; it returns the offset after w.
func word(s string, i int, w string) (int, bool) {
	if i+len(w) > len(s) {
		return i, false
	}
	got := s[i : i+len(w)]
	if got != w && !equalFoldFirst(got, w) {
		return i, false
	}
	e := i + len(w)
	if e < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[e:]); isLetter(r) {
			return i, false
		}
	}
	return e, true
}

// backWord reports where w starts if it ends, followed by spaces, at end.
func backWord(s string, end int, w string) (int, bool) {
	b := end
	for b > 0 && (s[b-1] == ' ' || s[b-1] == '\t') {
		b--
	}
	if b == end || b < len(w) {
		return end, false
	}
	st := b - len(w)
	if got := s[st:b]; got != w && !equalFoldFirst(got, w) {
		return end, false
	}
	if st > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:st]); isLetter(r) {
			return end, false
		}
	}
	return st, true
}

// equalFoldFirst compares got with the lower-case w, allowing an upper-case
// first letter ("Ngày", "Tháng") or the whole word in upper case.
func equalFoldFirst(got, w string) bool {
	if got[0] >= 'A' && got[0] <= 'Z' && got[0]+('a'-'A') == w[0] && got[1:] == w[1:] {
		return true
	}
	switch w { // upper-case forms of the few words the scanner looks for
	case "ngày":
		return got == "NGÀY"
	case "tháng":
		return got == "THÁNG"
	case "năm":
		return got == "NĂM"
	case "lúc":
		return got == "LÚC"
	case "giờ":
		return got == "GIỜ"
	}
	return false
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isLetterASCII(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnumASCII(c byte) bool  { return isDigit(c) || isLetterASCII(c) }

// isLetter is a cheap test good enough for word boundaries in Vietnamese:
// ASCII letters and every non-ASCII letter-range rune.
func isLetter(r rune) bool {
	return r < utf8.RuneSelf && isLetterASCII(byte(r)) || r >= 0xC0 && r != 0xD7 && r != 0xF7 && r < 0x2000
}

// skipZone skips the fractional seconds and zone of an ISO time
// (".000", "Z", "+07:00", "+0700"); naive and zoned times alike are taken
// as Vietnam's wall clock, which is what every portal shows.
func skipZone(s string, i int) int {
	if i < len(s) && s[i] == '.' {
		i = skipDigits(s, i+1)
	}
	if i < len(s) && s[i] == 'Z' {
		return i + 1
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		_, j := number(s, i+1)
		if j-(i+1) == 4 {
			return j
		}
		if j-(i+1) == 2 && j < len(s) && s[j] == ':' {
			if _, k := number(s, j+1); k-(j+1) == 2 {
				return k
			}
		}
	}
	return i
}
