package ratelimit

import (
	"fmt"
	"testing"
	"time"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestBucket(t *testing.T) {
	c := &clock{t: time.Unix(1000, 0)}
	l := New(Options{Rate: 2, Burst: 3, Now: c.now})
	for i := range 3 {
		d := l.Allow("a")
		if !d.Allowed {
			t.Fatalf("request %d refused within burst", i)
		}
		if d.Remaining != 2-i {
			t.Errorf("request %d: remaining %d, want %d", i, d.Remaining, 2-i)
		}
	}
	d := l.Allow("a")
	if d.Allowed {
		t.Fatal("4th request allowed with burst 3")
	}
	if d.RetryAfter != 500*time.Millisecond {
		t.Errorf("RetryAfter = %v, want 500ms at 2/s", d.RetryAfter)
	}
	if d.Limit != 3 || d.Window != 1500*time.Millisecond {
		t.Errorf("Limit=%d Window=%v", d.Limit, d.Window)
	}
	if !l.Allow("b").Allowed {
		t.Error("other client limited by a's bucket")
	}
	c.t = c.t.Add(500 * time.Millisecond)
	if !l.Allow("a").Allowed {
		t.Error("no token after refill time")
	}
	if l.Allow("a").Allowed {
		t.Error("second token appeared too early")
	}
}

func TestPruneBoundsMemory(t *testing.T) {
	c := &clock{t: time.Unix(1000, 0)}
	l := New(Options{Rate: 1, Burst: 5, MaxClients: 100, Now: c.now})
	for i := range 1000 {
		l.Allow(fmt.Sprint("client", i))
		c.t = c.t.Add(time.Millisecond)
	}
	if n := l.Len(); n > 100 {
		t.Fatalf("tracking %d clients, max 100", n)
	}
}
