// Package corpus renders archived Front news pages the way real portals serve
// them, and generates synthetic archives of any size from them.
//
// Two users share the same templates:
//
//   - testdata/mkarchive.go renders the hand-written fixture articles
//     (testdata/articles/*.json) into full portal pages with Render and writes
//     the golden files next to them;
//   - Generator (New, Page, Write) assembles deterministic synthetic articles
//     from phrase banks of Front news and renders them into the same five CMS
//     styles (SharePoint, DotNetNuke, Joomla, WordPress and a home-grown
//     table-layout "Cổng thông tin điện tử"), for benchmarks at 100,000 pages.
//
// The package also holds the legacy Vietnamese encoders (TCVN3, VNI,
// Windows-1258 with combining tone marks) used to write the encoding fixtures,
// and a minimal WARC/1.0 writer. The encoders are written independently of
// indexer/decode so that the two cross-check each other.
package corpus
