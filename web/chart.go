package web

import (
	"fmt"
	"net/url"
	"time"

	"github.com/frontsearch/frontsearch/search"
)

// chart is the server-rendered SVG bar chart of matches per month.
type chart struct {
	Width, Height int
	Bars          []bar
	Labels        []chartLabel
	Max           int
	Summary       string
}

type bar struct {
	X, Y, W, H float64
	Month      string
	Count      int
	Href       string
	Title      string
}

type chartLabel struct {
	X    float64
	Text string
}

const (
	chartW      = 640
	chartH      = 120
	chartBottom = 18 // room for the year labels
	maxBars     = 480
)

// buildChart lays out one bar per month from the first to the last month
// with matches (missing months are zero); each bar links to that month.
func buildChart(h []search.MonthCount, st state) *chart {
	if len(h) == 0 {
		return nil
	}
	counts := map[string]int{}
	first, last := "", ""
	for _, m := range h {
		if _, err := time.Parse("2006-01", m.Month); err != nil {
			continue
		}
		counts[m.Month] += m.Count
		if first == "" || m.Month < first {
			first = m.Month
		}
		if m.Month > last {
			last = m.Month
		}
	}
	if first == "" {
		return nil
	}
	var months []string
	t0, _ := time.Parse("2006-01", first)
	t1, _ := time.Parse("2006-01", last)
	for t := t0; !t.After(t1) && len(months) < maxBars; t = t.AddDate(0, 1, 0) {
		months = append(months, t.Format("2006-01"))
	}
	c := &chart{Width: chartW, Height: chartH}
	total := 0
	for _, m := range months {
		c.Max = max(c.Max, counts[m])
		total += counts[m]
	}
	if c.Max == 0 {
		return nil
	}
	bw := float64(chartW) / float64(len(months))
	plotH := float64(chartH - chartBottom)
	for i, m := range months {
		n := counts[m]
		hgt := plotH * float64(n) / float64(c.Max)
		if n > 0 && hgt < 1 {
			hgt = 1
		}
		t, _ := time.Parse("2006-01", m)
		from := t.Format("2006-01-02")
		to := t.AddDate(0, 1, -1).Format("2006-01-02")
		b := bar{
			X: float64(i) * bw, W: max(bw-1, 0.5), Y: plotH - hgt, H: hgt,
			Month: m, Count: n,
			Title: fmt.Sprintf("Tháng %s: %d bài", t.Format("01/2006"), n),
		}
		if n > 0 {
			b.Href = st.link(func(u url.Values) { u.Set("from", from); u.Set("to", to) })
		}
		c.Bars = append(c.Bars, b)
		if t.Month() == time.January || i == 0 {
			if len(c.Labels) == 0 || float64(i)*bw-c.Labels[len(c.Labels)-1].X > 34 {
				c.Labels = append(c.Labels, chartLabel{X: float64(i) * bw, Text: t.Format("2006")})
			}
		}
	}
	c.Summary = fmt.Sprintf("Số bài theo tháng từ %s đến %s: tổng %d bài, nhiều nhất %d bài một tháng.",
		t0.Format("01/2006"), t1.Format("01/2006"), total, c.Max)
	return c
}
