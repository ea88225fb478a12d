package calendar

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Value implements driver.Valuer: a Date is stored in a SQL DATE column as
// a time.Time at midnight UTC, the form database/sql drivers write as a
// DATE; the zero Date ("no date") is stored as NULL.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), nil
}

// Scan implements sql.Scanner for a SQL DATE column. It accepts:
//
//   - NULL: the zero Date, "no date";
//   - a time.Time at midnight: its civil date read in its own location, not
//     converted (a DATE has no time zone; drivers return it at midnight UTC
//     or in the session's location). A time of day other than midnight is
//     an error: the column holds an instant, whose date depends on a time
//     zone the caller must choose (DateOf);
//   - a string or []byte in the form YYYY-MM-DD (ParseDate).
//
// Anything else, the empty text included, is an error wrapping
// ErrInvalidDate; the Date is then left unchanged.
func (d *Date) Scan(src any) error {
	var (
		v   Date
		err error
	)
	switch s := src.(type) {
	case nil:
	case time.Time:
		h, m, sec := s.Clock()
		if h != 0 || m != 0 || sec != 0 || s.Nanosecond() != 0 {
			return newError(ErrInvalidDate, "Scan", "date", s.Format(time.RFC3339Nano))
		}
		v, err = NewDate(s.Date())
	case string:
		v, err = ParseDate(s)
	case []byte:
		v, err = ParseDate(string(s))
	default:
		return newError(ErrInvalidDate, "Scan", "date", fmt.Sprintf("%T %v", src, src))
	}
	if err != nil {
		return err
	}
	*d = v
	return nil
}
