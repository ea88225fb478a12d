package calendar

import (
	"errors"
	"fmt"
)

// ErrInvalidDate reports a malformed or impossible date (2025-02-30, "2025-2-3",
// a year outside 1–9999) or an operation on the zero Date.
var ErrInvalidDate = errors.New("calendar: invalid date")

// ErrInvalidArgument reports an argument that is not one of the documented
// values: an unknown calendar, roll, counting, month-end rule or term kind, a
// negative number of days where only a count makes sense, an out-of-range day.
var ErrInvalidArgument = errors.New("calendar: invalid argument")

// ErrAmbiguousDate reports month arithmetic in Strict mode that would have to
// clamp (31 January + 1 month).
var ErrAmbiguousDate = errors.New("calendar: ambiguous date")

// ErrOutOfRange reports a holiday calendar asked about a year outside the
// years its holiday table covers (2000–2199 for the French calendars).
var ErrOutOfRange = errors.New("calendar: date outside the calendar's range")

// Error is the typed error returned by this package. It names the operation,
// the field and the offending value, and unwraps to one of the sentinels
// above, so that callers test it with errors.Is.
type Error struct {
	Op    string // the function or method, e.g. "ParseDate"
	Field string // the argument or field at fault, e.g. "date"
	Value string // the offending value as text
	Err   error  // one of the package's sentinels
}

// Error implements the error interface.
func (e *Error) Error() string {
	msg := e.Err.Error()
	if e.Op != "" {
		msg += " in " + e.Op
	}
	if e.Field != "" {
		msg += fmt.Sprintf(": %s=%q", e.Field, e.Value)
	}
	return msg
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

func newError(sentinel error, op, field, value string) error {
	return &Error{Op: op, Field: field, Value: value, Err: sentinel}
}
