// Package warcfile reads and writes WARC 1.0/1.1 files (ISO 28500; the
// pre-ISO 0.17/0.18 are read too), plain or gzip-compressed (one member per
// record, or the whole file), with bounded memory and bounded work.
//
// Reading is split in two layers. A small framer of our own finds record
// boundaries in the (decompressed) byte stream: it reads header lines with a
// fixed limit (64 KiB), enforces a maximum block size before allocating
// anything, survives a corrupt gzip member or a damaged record by
// resynchronising on the next member or the next "WARC/" version line, and
// holds one record at a time. Skipping (a too-large block, garbage) inflates
// at most 8×the block limit of a gzip member before the rest of that member
// is abandoned unread, so a gzip bomb costs a bounded amount of work. Each
// framed record is then parsed by
// github.com/nlnwa/gowarc, the maintained WARC library. gowarc alone is not
// used to walk the file because, in v1.2.0, it reads header lines with an
// unbounded bufio.ReadBytes and cannot skip past a corrupt gzip member, so a
// hostile file could make it allocate without bound or lose the rest of the
// archive.
//
// The writer (WriteWARC, WriteWARCGzip) is small and deterministic; the
// project's tests use it to build fixture archives.
package warcfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/nlnwa/gowarc"
)

// Record is one WARC record: the header fields the project uses and the raw
// content block (for a "response" record, the HTTP response as captured).
type Record struct {
	// Type is the WARC-Type: "response", "resource", "request", "warcinfo"…
	Type string
	// ID is the WARC-Record-ID, e.g. "<urn:uuid:…>".
	ID string
	// TargetURI is the WARC-Target-URI.
	TargetURI string
	// Date is the WARC-Date.
	Date time.Time
	// ContentType is the WARC Content-Type of the block, e.g.
	// "application/http; msgtype=response".
	ContentType string
	// Block is the record's content block.
	Block []byte
	// Offset is where the record starts in the decompressed stream.
	Offset int64
}

// RecordError reports one record that could not be read. The reader has
// already skipped past it: the caller may report it and call Next again.
type RecordError struct {
	ID     string // WARC-Record-ID when the header could be read
	Offset int64  // offset of the record (or damage) in the decompressed stream
	Err    error
}

func (e *RecordError) Error() string {
	where := e.ID
	if where == "" {
		where = "offset " + strconv.FormatInt(e.Offset, 10)
	}
	return fmt.Sprintf("warc record %s: %v", where, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// ErrTooLarge is wrapped by the RecordError of a record whose block exceeds
// the reader's limit.
var ErrTooLarge = errors.New("too large")

const (
	maxLine   = 64 << 10 // longest header line accepted
	maxHeader = 64 << 10 // largest WARC header accepted
)

var errLineTooLong = errors.New("header line longer than 64 KiB")

// Reader reads records one by one. Create it with NewReader.
type Reader struct {
	in       *bufio.Reader
	members  *memberReader // nil for an uncompressed stream
	count    *countingReader
	maxBlock int64
	parser   gowarc.Unmarshaler
	done     bool

	pending    []byte // a version line already read, starting the next record
	pendingOff int64
}

// NewReader returns a reader of the WARC stream r, which may be plain or
// gzip-compressed (detected by its magic bytes). Blocks larger than maxBlock
// bytes are skipped with a RecordError wrapping ErrTooLarge.
func NewReader(r io.Reader, maxBlock int64) *Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	rd := &Reader{maxBlock: maxBlock, parser: gowarc.NewUnmarshaler(gowarc.WithNoValidation())}
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		rd.members = &memberReader{br: br}
		src = rd.members
	}
	rd.count = &countingReader{r: src}
	rd.in = bufio.NewReaderSize(rd.count, maxLine)
	return rd
}

// offset is the position of the next unread decompressed byte.
func (r *Reader) offset() int64 { return r.count.n - int64(r.in.Buffered()) }

// Next returns the next record. At the end of the stream it returns io.EOF.
// A *RecordError means one record (or a damaged stretch between records) was
// skipped; reading may go on. Any other error is fatal for the stream.
func (r *Reader) Next() (Record, error) {
	if r.done {
		return Record{}, io.EOF
	}
	start, damage := int64(-1), error(nil)
	var line []byte
	if r.pending != nil {
		line, start, r.pending = r.pending, r.pendingOff, nil
	}
	scanStart := r.offset()
	for line == nil {
		off := r.offset()
		if off-scanStart > r.skipCap() && r.members != nil {
			// Garbage that does not end: likely a gzip bomb. Stop inflating
			// this member and resume at the next one.
			r.abandonMember()
			scanStart = r.offset()
			if damage == nil {
				start, damage = off, errors.New("gzip member inflates to data that is no WARC record")
			}
		}
		l, err := readLine(r.in)
		switch {
		case err == io.EOF:
			r.done = true
			if damage != nil {
				return Record{}, r.damaged("", start, damage)
			}
			return Record{}, io.EOF
		case errors.Is(err, errMemberDamaged):
			if damage == nil {
				start, damage = off, err
			}
			continue
		case err == errLineTooLong:
			if damage == nil {
				start, damage = off, errors.New("data that is no WARC record")
			}
			continue
		case err != nil:
			r.done = true
			return Record{}, fmt.Errorf("warc: reading at offset %d: %w", off, err)
		}
		if isVersionLine(l) {
			if damage != nil {
				// Report the damage now and start with this line next time.
				r.pending, r.pendingOff = append([]byte(nil), l...), off
				return Record{}, r.damaged("", start, damage)
			}
			start, line = off, l
			break
		}
		if len(bytes.TrimSpace(l)) > 0 && damage == nil {
			start, damage = off, errors.New("data that is no WARC record")
		}
	}
	rec := Record{Offset: start}
	var head bytes.Buffer
	head.Write(bytes.TrimRight(line, "\r\n"))
	head.WriteString("\r\n")
	contentLength := int64(-1)
	for {
		l, err := readLine(r.in)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
				r.done = true
			}
			return rec, r.damaged(rec.ID, start, fmt.Errorf("reading header: %w", err))
		}
		t := bytes.TrimRight(l, "\r\n")
		if len(t) == 0 {
			break
		}
		head.Write(t)
		head.WriteString("\r\n")
		if head.Len() > maxHeader {
			return rec, r.damaged(rec.ID, start, errors.New("WARC header larger than 64 KiB"))
		}
		name, value, ok := bytes.Cut(t, []byte(":"))
		if !ok {
			continue
		}
		switch strings.ToLower(string(bytes.TrimSpace(name))) {
		case "content-length":
			n, err := strconv.ParseInt(string(bytes.TrimSpace(value)), 10, 64)
			if err == nil && n >= 0 {
				contentLength = n
			}
		case "warc-record-id":
			rec.ID = string(bytes.TrimSpace(value))
		}
	}
	head.WriteString("\r\n")
	if contentLength < 0 {
		return rec, r.damaged(rec.ID, start, errors.New("missing or invalid Content-Length"))
	}
	if contentLength > r.maxBlock {
		skip := contentLength
		if r.members != nil && skip > r.skipCap() {
			skip = r.skipCap()
		}
		if _, err := io.CopyN(io.Discard, r.in, skip); err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			r.done = true
		} else if skip < contentLength {
			r.abandonMember() // do not inflate a huge (or bomb) block in full
		}
		return rec, r.damaged(rec.ID, start, fmt.Errorf("%w: block of %d bytes exceeds %d", ErrTooLarge, contentLength, r.maxBlock))
	}
	block := make([]byte, contentLength)
	if _, err := io.ReadFull(r.in, block); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			err = io.ErrUnexpectedEOF
			r.done = true
		}
		return rec, r.damaged(rec.ID, start, fmt.Errorf("reading block: %w", err))
	}
	// The record ends with CRLF CRLF; be lenient about it: anything else is
	// skipped by the search for the next version line.
	for i := 0; i < 2; i++ {
		if b, err := r.in.Peek(1); err == nil && b[0] == '\r' {
			r.in.Discard(1)
		}
		if b, err := r.in.Peek(1); err == nil && b[0] == '\n' {
			r.in.Discard(1)
		}
	}
	if err := r.parse(&rec, head.Bytes(), block); err != nil {
		return rec, r.damaged(rec.ID, start, err)
	}
	return rec, nil
}

// parse hands the framed record to gowarc and copies out the fields.
func (r *Reader) parse(rec *Record, head, block []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("gowarc panicked: %v", p)
		}
	}()
	raw := io.MultiReader(bytes.NewReader(head), bytes.NewReader(block), strings.NewReader("\r\n\r\n"))
	wr, _, _, err := r.parser.Unmarshal(bufio.NewReader(raw))
	if err != nil {
		return fmt.Errorf("parsing record: %w", err)
	}
	defer wr.Close()
	h := wr.WarcHeader()
	rec.Type = h.Get(gowarc.WarcType)
	rec.ID = h.Get(gowarc.WarcRecordID)
	rec.TargetURI = strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")
	rec.ContentType = h.Get(gowarc.ContentType)
	if d := h.Get(gowarc.WarcDate); d != "" {
		if t, err := time.Parse(time.RFC3339Nano, d); err == nil {
			rec.Date = t
		}
	}
	rec.Block = block
	return nil
}

// skipCap bounds how much decompressed data is skipped (a too-large block,
// garbage) before the rest of the gzip member is abandoned unread: a bomb
// costs at most this much inflating.
func (r *Reader) skipCap() int64 { return 8*r.maxBlock + maxHeader }

// abandonMember drops the rest of the current gzip member, buffered bytes
// included, and goes on with the next member.
func (r *Reader) abandonMember() {
	r.in.Discard(r.in.Buffered())
	r.members.abandon()
}

func (r *Reader) damaged(id string, off int64, err error) error {
	if off < 0 {
		off = r.offset()
	}
	return &RecordError{ID: id, Offset: off, Err: err}
}

// isVersionLine recognises the first line of a record: "WARC/1.0",
// "WARC/1.1", or the pre-ISO "WARC/0.17" and "WARC/0.18" of old crawls.
func isVersionLine(l []byte) bool {
	return bytes.HasPrefix(l, []byte("WARC/1.")) || bytes.HasPrefix(l, []byte("WARC/0."))
}

// readLine returns the next line including its '\n' (or the final bytes of
// the stream). A line longer than maxLine is reported as errLineTooLong
// after its first maxLine bytes; the next call goes on with the rest.
func readLine(r *bufio.Reader) ([]byte, error) {
	l, err := r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return nil, errLineTooLong
	}
	if err == io.EOF && len(l) > 0 {
		return l, nil
	}
	return l, err
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// errMemberDamaged is returned once by memberReader when a gzip member is
// corrupt or truncated; the next Read continues with the following member.
var errMemberDamaged = errors.New("damaged gzip member")

// memberReader inflates a sequence of gzip members. A damaged member ends
// the current Read with an error wrapping errMemberDamaged and is skipped:
// reading resumes at the next gzip header.
type memberReader struct {
	br   *bufio.Reader
	gz   *gzip.Reader
	open bool
}

func (m *memberReader) Read(p []byte) (int, error) {
	for {
		if !m.open {
			b, _ := m.br.Peek(3)
			if len(b) == 0 {
				return 0, io.EOF
			}
			if len(b) < 3 || b[0] != 0x1f || b[1] != 0x8b || b[2] != 8 {
				m.skipToMagic()
				return 0, fmt.Errorf("%w: data between gzip members", errMemberDamaged)
			}
			var err error
			if m.gz == nil {
				m.gz, err = gzip.NewReader(m.br)
			} else {
				err = m.gz.Reset(m.br)
			}
			if err != nil {
				m.br.Discard(1)
				m.skipToMagic()
				return 0, fmt.Errorf("%w: %v", errMemberDamaged, err)
			}
			m.gz.Multistream(false)
			m.open = true
		}
		n, err := m.gz.Read(p)
		if err == io.EOF {
			m.open = false
			if n > 0 {
				return n, nil
			}
			continue
		}
		if err != nil {
			m.open = false
			m.skipToMagic()
			return n, fmt.Errorf("%w: %v", errMemberDamaged, err)
		}
		return n, nil
	}
}

// abandon stops inflating the current member: reading resumes at the next
// gzip header found in the compressed stream.
func (m *memberReader) abandon() {
	if m.open {
		m.open = false
		m.skipToMagic()
	}
}

// skipToMagic advances to the next gzip header or to the end of the stream.
func (m *memberReader) skipToMagic() {
	for {
		b, _ := m.br.Peek(3)
		if len(b) < 3 {
			m.br.Discard(len(b))
			return
		}
		if b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 {
			return
		}
		m.br.Discard(1)
	}
}
