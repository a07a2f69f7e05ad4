package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

// csvHeader is the first row of a CSV export.
var csvHeader = []string{
	"id", "title", "url", "site", "published", "event_date", "author",
	"units", "places", "people", "topics", "doc_refs", "lead", "body",
}

// errClientGone stops an export when writing to the client fails.
var errClientGone = errors.New("client stopped reading")

func (s *Server) apiExport(c *gin.Context) {
	v := c.Request.URL.Query()
	format := v.Get("format")
	if format == "" {
		format = "csv"
	}
	if format != "csv" && format != "jsonl" {
		s.badParam(c, "format", "unknown format "+clip(format)+"; use csv or jsonl.")
		return
	}
	req, perr := s.parseSearch(v, false)
	if perr != nil {
		s.badParam(c, perr.param, perr.msg)
		return
	}
	if req.Sort == "" {
		req.Sort = search.SortNewest
	}
	h := c.Writer.Header()
	h.Set("Cache-Control", "no-store")
	if format == "csv" {
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="frontsearch.csv"`)
	} else {
		h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="frontsearch.jsonl"`)
	}
	bw := bufio.NewWriterSize(c.Writer, 32<<10)
	cw := csv.NewWriter(bw)
	enc := json.NewEncoder(bw)
	started := false
	// start sends the status and, for CSV, the byte-order mark (so that
	// spreadsheets read UTF-8) and the header row. It runs at the first
	// article, so that an error before any output is still a problem+json.
	start := func() {
		if started {
			return
		}
		started = true
		c.Status(http.StatusOK)
		if format == "csv" {
			bw.WriteString("\ufeff")
			cw.Write(csvHeader)
		}
	}
	write := func(a *search.Article) error {
		start()
		if format == "csv" {
			cw.Write(csvRow(a))
			cw.Flush()
			return cw.Error()
		}
		normalizeArticle(a)
		return enc.Encode(a)
	}
	n := 0
	err := s.s.Export(c.Request.Context(), req, func(a *search.Article) error {
		if err := write(a); err != nil {
			return errors.Join(errClientGone, err)
		}
		n++
		s.metrics.exported.Inc()
		if n%100 == 0 {
			if err := bw.Flush(); err != nil {
				return errors.Join(errClientGone, err)
			}
			c.Writer.Flush()
		}
		return nil
	})
	if err != nil {
		if !started {
			h.Del("Content-Disposition")
			s.searchError(c, err)
			return
		}
		// Mid-stream: the status is sent; cut the connection so the client
		// sees a truncated download rather than a silently short one.
		if !errors.Is(err, errClientGone) {
			s.log.Error("export failed mid-stream", "after", n, "err", err)
		}
		panic(http.ErrAbortHandler)
	}
	start()
	cw.Flush()
	_ = bw.Flush()
}

// csvRow is one article as CSV cells, each made safe for spreadsheets.
func csvRow(a *search.Article) []string {
	var units, places, people, topics, docs []string
	for _, u := range a.Units {
		units = append(units, u.Name)
	}
	for _, p := range a.Places {
		places = append(places, p.Name)
	}
	for _, p := range a.People {
		if p.Role != "" {
			people = append(people, p.Name+" ("+p.Role+")")
		} else {
			people = append(people, p.Name)
		}
	}
	for _, t := range a.Topics {
		topics = append(topics, t.Label)
	}
	for _, d := range a.DocRefs {
		docs = append(docs, d.Number)
	}
	row := []string{
		a.ID, a.Title, a.URL, a.Site, a.Published, a.EventDate, a.Author,
		strings.Join(units, "; "), strings.Join(places, "; "), strings.Join(people, "; "),
		strings.Join(topics, "; "), strings.Join(docs, "; "), a.Lead, a.Body,
	}
	for i := range row {
		row[i] = safeCell(row[i])
	}
	return row
}

// safeCell neutralises CSV formula injection: a cell that a spreadsheet
// would evaluate (starting with = + - @ tab or CR) is prefixed with an
// apostrophe so it is shown as text (OWASP's recommendation).
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	// Full-width variants are also read as formula starts by some software.
	if strings.HasPrefix(s, "＝") || strings.HasPrefix(s, "＋") || strings.HasPrefix(s, "－") || strings.HasPrefix(s, "＠") {
		return "'" + s
	}
	return s
}
