package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/frontsearch/frontsearch/indexer/decode"
)

// NormaliseURL lower-cases scheme and host, drops the fragment, default
// ports and a trailing slash, so that one page has one identity.
func NormaliseURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	u.Fragment = ""
	u.RawFragment = ""
	if len(u.Path) > 1 {
		u.Path = strings.TrimRight(u.Path, "/")
		u.RawPath = ""
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// makeID derives the article id: the first 16 hex digits of the SHA-256 of
// the normalised URL, or of the source path when there is no URL.
func makeID(rawURL, source string) string {
	key := ""
	if rawURL != "" {
		key = NormaliseURL(rawURL)
	} else if source != "" {
		key = "source:" + filepath.ToSlash(filepath.Clean(source))
	}
	if key == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// siteOf returns the host of rawURL without "www." ("" when none).
func siteOf(rawURL string) string {
	if rawURL == "" {
		return ""
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// absURL resolves ref against base; it returns "" for empty, javascript:
// and unparsable references, and ref unchanged when it cannot be made
// absolute.
func absURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "javascript:") || strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "#") {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if r.IsAbs() {
		return r.String()
	}
	if base == "" {
		if strings.HasPrefix(ref, "//") {
			return "https:" + ref
		}
		return ""
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ""
	}
	return b.ResolveReference(r).String()
}

// cleanText makes extracted text canonical: collapsed white space, then
// decode.Clean (NFC, Ð → Đ, no zero-width characters).
func cleanText(s string) string {
	return decode.Clean(collapse(s))
}

// cleanCollapsed is cleanText for text that collapse has already made (the
// collector's paragraphs, nodeText): collapse would return it unchanged.
func cleanCollapsed(s string) string {
	return decode.Clean(s)
}
