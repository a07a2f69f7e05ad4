package warcfile

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"time"
)

// WriteWARC writes recs as an uncompressed WARC/1.1 file. Records without an
// ID get a deterministic one derived from their position; a zero Date is
// written as 1970-01-01T00:00:00Z.
func WriteWARC(w io.Writer, recs []Record) error {
	for i, rec := range recs {
		if _, err := w.Write(marshal(i, rec)); err != nil {
			return fmt.Errorf("warcfile: writing record %d: %w", i, err)
		}
	}
	return nil
}

// WriteWARCGzip writes recs as a .warc.gz file with one gzip member per
// record, the layout crawlers produce.
func WriteWARCGzip(w io.Writer, recs []Record) error {
	for i, rec := range recs {
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(marshal(i, rec)); err != nil {
			return fmt.Errorf("warcfile: writing record %d: %w", i, err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("warcfile: writing record %d: %w", i, err)
		}
	}
	return nil
}

func marshal(i int, rec Record) []byte {
	var b bytes.Buffer
	id := rec.ID
	if id == "" {
		id = fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i+1)
	}
	typ := rec.Type
	if typ == "" {
		typ = "response"
	}
	ct := rec.ContentType
	if ct == "" && typ == "response" {
		ct = "application/http; msgtype=response"
	}
	date := rec.Date
	if date.IsZero() {
		date = time.Unix(0, 0)
	}
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", typ)
	fmt.Fprintf(&b, "WARC-Record-ID: %s\r\n", id)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date.UTC().Format(time.RFC3339))
	if rec.TargetURI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", rec.TargetURI)
	}
	if ct != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", ct)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(rec.Block))
	b.Write(rec.Block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// HTTPResponse builds the block of a "response" record: an HTTP/1.1 status
// line, the given header fields (sorted by name, for deterministic output)
// and the body, which is written as given (already chunked or compressed if
// the header says so). Content-Length is added unless the header has
// Transfer-Encoding or Content-Length.
func HTTPResponse(status int, header map[string]string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	names := make([]string, 0, len(header))
	for k := range header {
		names = append(names, k)
	}
	sort.Strings(names)
	hasLen := false
	for _, k := range names {
		if k == "Content-Length" || k == "Transfer-Encoding" {
			hasLen = true
		}
		fmt.Fprintf(&b, "%s: %s\r\n", k, header[k])
	}
	if !hasLen {
		b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}
