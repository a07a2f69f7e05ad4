package main

import (
	"fmt"
	"os"
	"runtime/debug"
)

// indexingGCPercent is the collector's target while indexing. Bleve's
// segment building allocates heavily and keeps little: with Go's default
// (100) the collector took a tenth of the indexing CPU.
const indexingGCPercent = 400

// indexingMemoryLimit is the soft heap limit set with it, so that the
// larger heap target never pushes a small machine into swap: near the
// limit the collector runs as often as it must.
const indexingMemoryLimit = 6 << 30

// tuneGCForIndexing sets the collector for an indexing run and says what
// it set, unless GOGC or GOMEMLIMIT is in the environment (they win).
func tuneGCForIndexing() string {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return fmt.Sprintf("GOGC=%s GOMEMLIMIT=%s (environment)", os.Getenv("GOGC"), os.Getenv("GOMEMLIMIT"))
	}
	debug.SetGCPercent(indexingGCPercent)
	debug.SetMemoryLimit(indexingMemoryLimit)
	return fmt.Sprintf("GOGC=%d GOMEMLIMIT=%dMiB", indexingGCPercent, indexingMemoryLimit>>20)
}
