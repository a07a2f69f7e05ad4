package build

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/frontsearch/frontsearch/search/store"
)

// Report is what one indexing run did. It is printed at the end of
// `frontsearch index` and written as JSON to DIR/last-report.json.
type Report struct {
	Index      string    `json:"index"`
	Generation string    `json:"generation"`
	Mode       string    `json:"mode"`              // "update" or "rebuild"
	Resumed    bool      `json:"resumed,omitempty"` // continued an interrupted run
	Paths      []string  `json:"paths"`
	Started    time.Time `json:"started"`
	Seconds    float64   `json:"seconds"`

	// Pages is every page read, whatever became of it.
	Pages int `json:"pages"`
	// Indexed counts articles new to the index; Replaced those whose content
	// changed; Unchanged those skipped because their content hash matched.
	Indexed   int `json:"indexed"`
	Replaced  int `json:"replaced"`
	Unchanged int `json:"unchanged"`
	// Removed counts articles deleted because their page left the
	// archive (Options.Prune).
	Removed int `json:"removed,omitempty"`
	// Duplicates counts articles whose ID another page of this run already
	// had (the same URL archived twice); the last in walk order wins.
	Duplicates int `json:"duplicates"`
	// Skipped counts pages that are not indexed: unreadable, not an
	// article; Reasons breaks them (and the duplicates) down.
	Skipped int                `json:"skipped"`
	Reasons map[string]*Reason `json:"reasons"`

	// Docs is the number of documents in the generation at the end.
	Docs           uint64  `json:"docs"`
	PagesPerSecond float64 `json:"pages_per_second"`
	// OptimizeSeconds is the time spent merging a rebuilt index's shards
	// into one segment each, after Seconds.
	OptimizeSeconds float64 `json:"optimize_seconds,omitempty"`
	// Committed says whether the generation was made live (false when the
	// run was interrupted or nothing changed).
	Committed bool   `json:"committed"`
	Error     string `json:"error,omitempty"`
	// MappingChanged warns that the index was built with another mapping
	// than this program's: run a rebuild.
	MappingChanged bool `json:"mapping_changed,omitempty"`
}

// Reason is one skip reason with how many pages it hit and a few of them.
type Reason struct {
	Count    int      `json:"count"`
	Examples []string `json:"examples"`
}

// skip counts one skipped page under its reason's key; the example keeps
// the reason's detail when there is one.
func (r *Report) skip(reason, src string, examples int) {
	key := reasonKey(reason)
	if key != reason {
		src += " (" + reason[len(key)+2:]
	}
	reason = key
	if r.Reasons == nil {
		r.Reasons = map[string]*Reason{}
	}
	rs := r.Reasons[reason]
	if rs == nil {
		rs = &Reason{Examples: []string{}}
		r.Reasons[reason] = rs
	}
	rs.Count++
	if len(rs.Examples) < examples {
		rs.Examples = append(rs.Examples, src)
	}
}

// WriteText prints the report for people.
func (r *Report) WriteText(w io.Writer) {
	fmt.Fprintf(w, "index %s (%s, generation %s", r.Index, r.Mode, r.Generation)
	if r.Resumed {
		fmt.Fprint(w, ", resumed")
	}
	fmt.Fprintf(w, "): %d pages in %.1fs (%.0f pages/s)\n", r.Pages, r.Seconds, r.PagesPerSecond)
	if r.OptimizeSeconds > 0 {
		fmt.Fprintf(w, "  optimized (one segment per shard) in %.1fs\n", r.OptimizeSeconds)
	}
	fmt.Fprintf(w, "  indexed    %d\n  replaced   %d\n  unchanged  %d\n  duplicates %d\n  skipped    %d\n",
		r.Indexed, r.Replaced, r.Unchanged, r.Duplicates, r.Skipped)
	if r.Removed > 0 {
		fmt.Fprintf(w, "  removed    %d (pages no longer in the archive)\n", r.Removed)
	}
	reasons := make([]string, 0, len(r.Reasons))
	for k := range r.Reasons {
		reasons = append(reasons, k)
	}
	sort.Slice(reasons, func(i, j int) bool {
		a, b := r.Reasons[reasons[i]], r.Reasons[reasons[j]]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return reasons[i] < reasons[j]
	})
	for _, k := range reasons {
		rs := r.Reasons[k]
		fmt.Fprintf(w, "    %6d  %s\n", rs.Count, k)
		for _, ex := range rs.Examples {
			fmt.Fprintf(w, "            e.g. %s\n", ex)
		}
	}
	fmt.Fprintf(w, "  documents in index: %d", r.Docs)
	if !r.Committed {
		fmt.Fprint(w, " (not committed)")
	}
	fmt.Fprintln(w)
	if r.MappingChanged {
		fmt.Fprintln(w, "  warning: the index was built with a different mapping; run with -rebuild")
	}
	if r.Error != "" {
		fmt.Fprintf(w, "  error: %s\n", r.Error)
	}
}

// save writes the report as JSON to DIR/last-report.json, atomically.
func (r *Report) save(dir string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("build: encode report: %w", err)
	}
	return store.WriteFileAtomic(dir, store.ReportFile, append(b, '\n'))
}
