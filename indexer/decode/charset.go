package decode

import (
	"bytes"
	"mime"
	"strings"

	"golang.org/x/net/html"
)

// westernSingleByte reports encodings under which legacy Vietnamese font
// bytes hide (and which are often declared wrongly).
func westernSingleByte(name string) bool {
	switch name {
	case "windows-1252", "windows-1258", "iso-8859-15", "iso-8859-2", "windows-1250", "macintosh":
		return true
	}
	return false
}

// legacyName recognises declared names of the Vietnamese font encodings.
func legacyName(cs string) string {
	switch strings.ToLower(strings.TrimSpace(cs)) {
	case "tcvn", "tcvn3", "tcvn-3", "tcvn5712", "tcvn-5712", "tcvn5712-1", "tcvn5712-3", "vn3", "abc", "x-viet-tcvn5712":
		return CharsetTCVN3
	case "vni", "vni-windows", "x-viet-vni":
		return CharsetVNI
	case "viscii", "x-viet-viscii", "csviscii", "viscii1.1-1":
		return CharsetVISCII
	}
	return ""
}

// httpCharset returns the charset parameter of a Content-Type header.
func httpCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err == nil {
		return strings.ToLower(strings.Trim(params["charset"], `"' `))
	}
	i := indexFold(ct, "charset=")
	if i < 0 {
		return ""
	}
	v := ct[i+len("charset="):]
	if j := strings.IndexAny(v, "; "); j >= 0 {
		v = v[:j]
	}
	return strings.ToLower(strings.Trim(v, `"'`))
}

// indexFold is strings.Index ignoring ASCII case; byte offsets are those of
// s (strings.ToLower may change the length of non-ASCII text).
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// metaCharset finds <meta charset=…> or <meta http-equiv="Content-Type"
// content="…; charset=…"> in the first bytes of the page.
func metaCharset(body []byte) string {
	if len(body) > metaScan {
		body = body[:metaScan]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, content string
			httpEquiv := false
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					charset = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				}
				if !more {
					break
				}
			}
			if charset != "" {
				return strings.ToLower(strings.TrimSpace(charset))
			}
			if httpEquiv && content != "" {
				if cs := httpCharset(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// looksASCIICompatible reports whether the body reads as an ASCII-based
// encoding (so a declared UTF-16 is a lie: "<html" without NULs).
func looksASCIICompatible(b []byte) bool {
	n := min(len(b), 512)
	return bytes.IndexByte(b[:n], 0) < 0
}
