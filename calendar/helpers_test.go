package calendar

import (
	"errors"
	"testing"
)

// Date has unexported fields and no Equal method, so the tests compare dates
// through their text form: the want side is written as a string, the got
// side is d.String(), and cmp.Diff prints both legibly.

// date parses a YYYY-MM-DD literal of a test table; a typo fails the test.
func date(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("bad date literal %q in test table: %v", s, err)
	}
	return d
}

// sentinels are the package's exported errors: every error it returns must
// unwrap to exactly one of them.
var sentinels = []error{ErrInvalidDate, ErrInvalidArgument, ErrAmbiguousDate, ErrOutOfRange}

// sentinelOf returns the sentinel err unwraps to, or nil when it unwraps to
// none (or to more than one).
func sentinelOf(err error) error {
	var found error
	for _, s := range sentinels {
		if errors.Is(err, s) {
			if found != nil {
				return nil
			}
			found = s
		}
	}
	return found
}

// fataler is what checkErr needs of a *testing.T, *testing.F or *rapid.T.
type fataler interface {
	Fatalf(format string, args ...any)
}

// checkErr fails t unless err is nil or a *Error that unwraps to one sentinel.
func checkErr(t fataler, op string, err error) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
	if err == nil {
		return
	}
	if sentinelOf(err) == nil {
		t.Fatalf("%s: error %v (%T) unwraps to no sentinel", op, err, err)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: error %v is %T, want *calendar.Error", op, err, err)
	}
}

// validDate reports whether d is a valid non-zero date, i.e. one that
// NewDate accepts.
func validDate(d Date) bool {
	_, err := NewDate(d.Year(), d.Month(), d.Day())
	return err == nil
}
