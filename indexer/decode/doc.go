// Package decode turns the raw bytes of an archived page into NFC UTF-8,
// whatever the page used: UTF-8 with or without BOM, UTF-16 with BOM, the
// HTTP or <meta> charset, Windows-1258 (combining tone marks composed),
// decomposed (NFD) text and the pre-Unicode Vietnamese font encodings TCVN3
// (ABC, ".VnTime" fonts) and VNI ("VNI-Times" fonts) — the latter detected
// from font declarations and from text statistics even when the declared
// charset lies, and repaired also when a browser already turned them into
// UTF-8 "mojibake".
//
// Decode returns an error only for input that is not text at all (binary).
package decode
