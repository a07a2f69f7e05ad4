//go:build !unix

package store

import "context"

// lockDir is a no-op where flock(2) does not exist: run one writer at a time.
func lockDir(ctx context.Context, dir string) (unlock func(), err error) {
	return func() {}, nil
}
