package corpus

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"time"
)

// WARCWriter writes WARC/1.0 response records, each record its own gzip
// member, as web archives store them (.warc.gz).
type WARCWriter struct {
	w   io.Writer
	zw  *gzip.Writer
	seq int
}

// NewWARCWriter returns a writer appending records to w.
func NewWARCWriter(w io.Writer) *WARCWriter { return &WARCWriter{w: w} }

// WriteResponse writes one "response" record for uri, fetched at date, whose
// HTTP payload is a 200 response with the given Content-Type and body. It
// returns the record's WARC-Record-ID. IDs are derived from the URI, date
// and position, so the output is deterministic.
func (ww *WARCWriter) WriteResponse(uri string, date time.Time, contentType string, body []byte) (string, error) {
	ww.seq++
	var http bytes.Buffer
	fmt.Fprintf(&http, "HTTP/1.1 200 OK\r\n")
	fmt.Fprintf(&http, "Date: %s\r\n", date.UTC().Format(time.RFC1123))
	fmt.Fprintf(&http, "Server: Microsoft-IIS/8.5\r\n")
	fmt.Fprintf(&http, "Content-Type: %s\r\n", contentType)
	fmt.Fprintf(&http, "Content-Length: %d\r\n", len(body))
	fmt.Fprintf(&http, "Connection: close\r\n\r\n")
	http.Write(body)

	id := recordID(uri, date, ww.seq)
	sum := sha1.Sum(http.Bytes())
	digest := "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.0\r\n")
	fmt.Fprintf(&rec, "WARC-Type: response\r\n")
	fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", uri)
	fmt.Fprintf(&rec, "WARC-Date: %s\r\n", date.UTC().Format("2006-01-02T15:04:05Z"))
	fmt.Fprintf(&rec, "WARC-Record-ID: %s\r\n", id)
	fmt.Fprintf(&rec, "WARC-Payload-Digest: %s\r\n", digest)
	fmt.Fprintf(&rec, "Content-Type: application/http; msgtype=response\r\n")
	fmt.Fprintf(&rec, "Content-Length: %d\r\n\r\n", http.Len())
	rec.Write(http.Bytes())
	rec.WriteString("\r\n\r\n")

	if ww.zw == nil {
		zw, err := gzip.NewWriterLevel(ww.w, gzip.BestSpeed)
		if err != nil {
			return "", fmt.Errorf("corpus: warc gzip: %w", err)
		}
		ww.zw = zw
	} else {
		ww.zw.Reset(ww.w)
	}
	zw := ww.zw
	if _, err := zw.Write(rec.Bytes()); err != nil {
		return "", fmt.Errorf("corpus: write warc record %s: %w", uri, err)
	}
	if err := zw.Close(); err != nil {
		return "", fmt.Errorf("corpus: write warc record %s: %w", uri, err)
	}
	return id, nil
}

// recordID makes a deterministic urn:uuid from the record's identity.
func recordID(uri string, date time.Time, seq int) string {
	h := sha1.Sum(fmt.Appendf(nil, "%s|%s|%d", uri, date.UTC().Format(time.RFC3339), seq))
	h[6] = (h[6] & 0x0f) | 0x50 // version 5
	h[8] = (h[8] & 0x3f) | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
