// Package eventdate reads the date of the event an article reports from
// its lead: "Ngày 12/10/2022, …", "Chiều ngày 07/02/2023", "Sáng 23/6"
// (the year then comes from the publication date: the nearest date on or
// before it). Dates of documents ("Nghị quyết số 34-NQ/TU, ngày
// 30/12/2022") and deadlines ("từ nay đến ngày 26/4") are not event dates.
package eventdate

import (
	"strings"
	"time"

	"github.com/frontsearch/frontsearch/indexer/enrich/docref"
	"github.com/frontsearch/frontsearch/indexer/vndate"
)

// MaxParagraphs is how many leading paragraphs are searched.
const MaxParagraphs = 3

// Find returns the event date (YYYY-MM-DD) from the first paragraphs, or
// "" when none is stated. published may be zero; year-less dates then
// cannot be resolved and are skipped.
func Find(paras []string, published time.Time) string {
	n := 0
	for _, p := range paras {
		if len(strings.TrimSpace(p)) < 25 {
			continue // captions, datelines, chrome
		}
		if n == MaxParagraphs {
			break
		}
		n++
		if d := findIn(p, published); d != "" {
			return d
		}
	}
	return ""
}

func findIn(p string, published time.Time) string {
	ms := vndate.FindAll(p)
	if len(ms) == 0 {
		return ""
	}
	var spans []docref.Span
	for k, m := range ms {
		if m.Start > 600 {
			break
		}
		if k > 0 && rangeJoin(p, ms[k-1], m) {
			continue // the end of a range "20/10/1930 - 20/10/2020"
		}
		if k+1 < len(ms) && rangeJoin(p, m, ms[k+1]) && strings.HasSuffix(strings.TrimRight(p[:m.Start], " "), "(") {
			continue // an anniversary in parentheses "(18/11/1930 - 18/11/2019)"
		}
		if spans == nil {
			spans = docref.Spans(p)
		}
		if isDocDate(p, m, spans) || isDeadline(p, m.Start) {
			continue
		}
		t, ok := m.Resolve(published)
		if !ok {
			continue
		}
		if m.HasYear && !published.IsZero() && (t.After(published.AddDate(0, 0, 62)) || t.Before(published.AddDate(-1, 0, 0))) {
			continue // far from publication: a plan or a historic date, not the event
		}
		if day, ok := firstDayOfSpan(p[:m.Start], m.Day); ok {
			t = t.AddDate(0, 0, day-m.Day)
		}
		return t.Format("2006-01-02")
	}
	return ""
}

// firstDayOfSpan reads a multi-day event written "ngày 24 và 25/5/2023",
// "ngày 12, 13/10" or "12-14/10": the event starts on the first day, in
// the month of the date that follows.
func firstDayOfSpan(before string, last int) (int, bool) {
	b := strings.TrimRight(before, " ")
	for _, sep := range []string{" và", ",", "-", "–", " đến"} {
		if strings.HasSuffix(b, sep) {
			b = strings.TrimRight(b[:len(b)-len(sep)], " ")
			j := len(b)
			for j > 0 && b[j-1] >= '0' && b[j-1] <= '9' {
				j--
			}
			if j == len(b) || len(b)-j > 2 || j > 0 && b[j-1] != ' ' {
				return 0, false
			}
			day := 0
			for _, c := range b[j:] {
				day = day*10 + int(c-'0')
			}
			if day < 1 || day >= last {
				return 0, false
			}
			return day, true
		}
	}
	return 0, false
}

// isDocDate reports whether the date belongs to a document number written
// just before it ("34-NQ/TU, ngày 30/12/2022", "số 12/KH-MTTQ ngày 5/3").
func isDocDate(p string, m vndate.Match, spans []docref.Span) bool {
	for _, s := range spans {
		if m.Start >= s.Start && m.Start < s.End {
			return true
		}
		if s.End <= m.Start && m.Start-s.End <= 16 {
			gap := strings.TrimSpace(p[s.End:m.Start])
			gap = strings.Trim(gap, ",( ")
			gap = strings.TrimSpace(strings.TrimPrefix(strings.ToLower(gap), "ngày"))
			if gap == "" {
				return true
			}
		}
	}
	before := strings.ToLower(p[max(0, m.Start-24):m.Start])
	return strings.Contains(before, "ban hành") || strings.HasSuffix(strings.TrimSpace(before), "số")
}

// isDeadline reports "đến ngày 26/4", "trước ngày…", "hạn…" before the date.
func isDeadline(p string, start int) bool {
	before := strings.ToLower(strings.TrimSpace(p[max(0, start-20):start]))
	for _, w := range []string{"đến ngày", "trước ngày", "đến", "trước", "hạn chót"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// ParsePublished reads search.Article.Published (YYYY-MM-DD or RFC 3339).
func ParsePublished(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(vndate.Vietnam)
	}
	if len(s) >= 10 {
		if t, err := time.ParseInLocation("2006-01-02", s[:10], vndate.Vietnam); err == nil {
			return t
		}
	}
	return time.Time{}
}

// rangeJoin reports whether b follows a as the end of a range: only a dash
// (or "đến") between them.
func rangeJoin(p string, a, b vndate.Match) bool {
	if b.Start < a.End {
		return false
	}
	gap := strings.TrimSpace(p[a.End:b.Start])
	return gap == "-" || gap == "–" || gap == "—" || gap == "đến"
}
