package search

import "errors"

// ErrNotFound is wrapped by errors about an article ID that is not indexed.
var ErrNotFound = errors.New("not found")

// QueryError is a malformed query or request parameter. Its message says
// what to fix; the web layer answers it with 400.
type QueryError struct {
	Param string // "q", "from", "size"…
	Msg   string
}

func (e *QueryError) Error() string { return e.Param + ": " + e.Msg }
