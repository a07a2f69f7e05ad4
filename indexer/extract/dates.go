package extract

import (
	"strings"
	"time"

	"github.com/frontsearch/frontsearch/indexer/vndate"
)

var isoLayouts = []struct {
	layout  string
	hasTime bool
	hasZone bool
}{
	{time.RFC3339Nano, true, true},
	{"2006-01-02T15:04:05Z0700", true, true},
	{"2006-01-02T15:04Z07:00", true, true},
	{"2006-01-02T15:04:05.000Z0700", true, true},
	{"2006-01-02 15:04:05Z07:00", true, true},
	{"2006-01-02 15:04:05 Z07:00", true, true},
	{"2006-01-02 15:04:05 -0700", true, true},
	{time.RFC1123Z, true, true},
	{time.RFC1123, true, true},
	{"2006-01-02T15:04:05", true, false},
	{"2006-01-02T15:04:05.000", true, false},
	{"2006-01-02T15:04", true, false},
	{"2006-01-02 15:04:05", true, false},
	{"2006-01-02 15:04", true, false},
	{"2006-01-02", false, false},
	{"2006/01/02", false, false},
	{"20060102", false, false},
}

// normaliseDate turns a metadata date into YYYY-MM-DD or RFC 3339 (+07:00
// for naive times). It returns "" when the value is not a date.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 {
		return ""
	}
	for _, l := range isoLayouts {
		var t time.Time
		var err error
		if l.hasZone {
			t, err = time.Parse(l.layout, s)
		} else {
			t, err = time.ParseInLocation(l.layout, s, vndate.Vietnam)
		}
		if err != nil || t.Year() < 1945 || t.Year() > 2100 {
			continue
		}
		if !l.hasTime {
			return t.Format("2006-01-02")
		}
		return t.Format(time.RFC3339)
	}
	// Written dates ("24/06/2020 21:00") in metadata.
	if ms := vndate.FindAll(s); len(ms) > 0 && ms[0].HasYear {
		if t, ok := ms[0].Resolve(time.Time{}); ok {
			return ms[0].Format(t)
		}
	}
	return ""
}

// visibleDate returns the first full date written in text (the lines after
// the title), formatted for Article.Published.
func visibleDate(text string, fetched time.Time) string {
	if text == "" {
		return ""
	}
	for _, m := range vndate.FindAll(text) {
		if !m.HasYear && fetched.IsZero() {
			continue
		}
		t, ok := m.Resolve(fetched)
		if !ok {
			continue
		}
		if !fetched.IsZero() && t.After(fetched.Add(48*time.Hour)) {
			continue
		}
		return m.Format(t)
	}
	return ""
}

// dateNearTitle reads the publication date from the page text around the
// title: a date line just after the title, else one just before it, else
// the first date written after the title (in the lead, say).
func dateNearTitle(before, after []string, fetched time.Time) string {
	for i, l := range after {
		if i >= 12 {
			break
		}
		if isDateLine(l) {
			if d := visibleDate(l, fetched); d != "" {
				return d
			}
		}
	}
	for i := len(before) - 1; i >= 0; i-- {
		if isDateLine(before[i]) {
			if d := visibleDate(before[i], fetched); d != "" {
				return d
			}
		}
	}
	return visibleDate(strings.Join(after, "\n"), fetched)
}
