package decode

import (
	"bytes"
	"fmt"
)

// magics are the signatures of common non-text formats that crawls store
// under .html names.
var magics = []struct{ prefix, what string }{
	{"\x89PNG", "PNG image"}, {"GIF87a", "GIF image"}, {"GIF89a", "GIF image"},
	{"\xFF\xD8\xFF", "JPEG image"}, {"%PDF-", "PDF document"}, {"PK\x03\x04", "ZIP archive"},
	{"\x1F\x8B", "gzip data"}, {"RIFF", "RIFF media"}, {"\x7FELF", "ELF executable"},
	{"MZ", "Windows executable"}, {"Rar!", "RAR archive"}, {"7z\xBC\xAF", "7-Zip archive"},
	{"\xD0\xCF\x11\xE0", "MS Office document"}, {"wOFF", "web font"}, {"wOF2", "web font"},
	{"OggS", "Ogg media"}, {"ID3", "MP3 audio"}, {"\x00\x00\x01\x00", "icon"}, {"BZh9", "bzip2 data"},
	{"\xFD7zXZ\x00", "xz data"}, {"\x28\xB5\x2F\xFD", "zstd data"}, {"%!PS", "PostScript"},
}

// binaryCheck rejects content that is not text.
func binaryCheck(b []byte) error {
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			if m.prefix == "MZ" && len(b) > 2 && b[2] >= 0x20 && b[2] < 0x7F {
				continue // "MZ" followed by text is text
			}
			return fmt.Errorf("binary content (%s)", m.what)
		}
	}
	n := min(len(b), 1024)
	ctl, nul := 0, 0
	for _, c := range b[:n] {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B:
			ctl++
		}
	}
	if nul > n/100+1 || (ctl+nul)*10 > n {
		return fmt.Errorf("binary content (%d NUL and %d other control bytes in the first %d)", nul, ctl, n)
	}
	return nil
}
