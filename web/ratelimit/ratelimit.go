// Package ratelimit is a per-client token-bucket rate limiter with bounded
// memory, used by the web server to answer abusive clients with 429.
//
// Each client key (an IP address) has a bucket of Burst tokens that refills
// at Rate tokens per second; a request takes one token. Buckets that have
// refilled completely carry no information and are dropped when the table
// grows, so memory stays bounded by MaxClients.
package ratelimit

import (
	"math"
	"sync"
	"time"
)

// Limiter is a set of token buckets keyed by client. It is safe for
// concurrent use. The zero value is not usable: call New.
type Limiter struct {
	rate       float64 // tokens per second
	burst      float64
	maxClients int
	now        func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// Options configures a Limiter.
type Options struct {
	// Rate is the sustained number of requests per second per client.
	Rate float64
	// Burst is the bucket size: how many requests a client may make at once.
	Burst int
	// MaxClients bounds the number of tracked clients (default 100,000).
	// When it is reached, full buckets are dropped; if none can be dropped
	// the oldest-seen half is forgotten.
	MaxClients int
	// Now replaces time.Now (tests).
	Now func() time.Time
}

// Decision is the outcome of one Allow call, with what the RateLimit
// headers report.
type Decision struct {
	Allowed bool
	// Limit is the bucket size (the policy quota).
	Limit int
	// Remaining is the number of whole tokens left after this request.
	Remaining int
	// Reset is how long until the bucket is full again.
	Reset time.Duration
	// RetryAfter is how long until one token is available (zero when
	// Allowed).
	RetryAfter time.Duration
	// Window is the time a full bucket takes to refill from empty.
	Window time.Duration
}

// New returns a limiter. Rate and Burst must be positive.
func New(o Options) *Limiter {
	if o.Burst < 1 {
		o.Burst = 1
	}
	if o.MaxClients <= 0 {
		o.MaxClients = 100_000
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Limiter{
		rate:       o.Rate,
		burst:      float64(o.Burst),
		maxClients: o.MaxClients,
		now:        o.Now,
		buckets:    make(map[string]*bucket),
	}
}

// Allow takes one token from key's bucket if it has one.
func (l *Limiter) Allow(key string) Decision {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.maxClients {
			l.prune(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	l.refill(b, now)
	d := Decision{Limit: int(l.burst), Window: l.seconds(l.burst)}
	if b.tokens >= 1 {
		b.tokens--
		d.Allowed = true
	} else {
		d.RetryAfter = l.seconds(1 - b.tokens)
	}
	d.Remaining = int(math.Floor(b.tokens))
	d.Reset = l.seconds(l.burst - b.tokens)
	return d
}

// Len is the number of clients currently tracked.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

func (l *Limiter) refill(b *bucket, now time.Time) {
	if el := now.Sub(b.last).Seconds(); el > 0 {
		b.tokens = math.Min(l.burst, b.tokens+el*l.rate)
	}
	b.last = now
}

func (l *Limiter) seconds(tokens float64) time.Duration {
	if tokens <= 0 {
		return 0
	}
	return time.Duration(tokens / l.rate * float64(time.Second))
}

// prune drops buckets that are full again; if that frees nothing, it drops
// the least recently seen half. Called with mu held.
func (l *Limiter) prune(now time.Time) {
	for k, b := range l.buckets {
		l.refill(b, now)
		if b.tokens >= l.burst {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) < l.maxClients {
		return
	}
	var oldest time.Time
	times := make([]time.Time, 0, len(l.buckets))
	for _, b := range l.buckets {
		times = append(times, b.last)
	}
	// median of last-seen times (rough; selection by sort is fine at prune time)
	sortTimes(times)
	oldest = times[len(times)/2]
	for k, b := range l.buckets {
		if !b.last.After(oldest) {
			delete(l.buckets, k)
		}
	}
}
