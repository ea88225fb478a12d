package calendar

import (
	"strconv"
	"time"
)

// MonthEnd names what month arithmetic does when the anchor's day number does
// not exist in the target month (31 January + 1 month). Its zero value is
// Clamp, the legal rule.
type MonthEnd uint8

const (
	// Clamp keeps the day number, or takes the last day of the target month
	// when it has no such day: 2025-01-31 + 1 month = 2025-02-28 (CPC art. 641
	// al. 2 "à défaut d'un quantième identique, le dernier jour du mois";
	// Reg. 1182/71 art. 3(2)(c)).
	Clamp MonthEnd = iota
	// Overflow normalises like Go's time.AddDate: 2025-01-31 + 1 month =
	// 2025-03-03. It exists to reproduce what other software computed.
	Overflow
	// Strict refuses to guess: where Clamp would change the day number the
	// result is an error wrapping ErrAmbiguousDate.
	Strict
)

var monthEndNames = [...]string{Clamp: "clamp", Overflow: "overflow", Strict: "strict"}

// String returns "clamp", "overflow" or "strict".
func (m MonthEnd) String() string {
	if int(m) < len(monthEndNames) {
		return monthEndNames[m]
	}
	return "MonthEnd(" + strconv.Itoa(int(m)) + ")"
}

// ParseMonthEnd returns the MonthEnd named s ("clamp", "overflow", "strict").
func ParseMonthEnd(s string) (MonthEnd, error) {
	for i, n := range monthEndNames {
		if n == s {
			return MonthEnd(i), nil
		}
	}
	return 0, newError(ErrInvalidArgument, "ParseMonthEnd", "monthEnd", s)
}

// MarshalText implements encoding.TextMarshaler.
func (m MonthEnd) MarshalText() ([]byte, error) {
	if int(m) >= len(monthEndNames) {
		return nil, newError(ErrInvalidArgument, "MonthEnd.MarshalText", "monthEnd", m.String())
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *MonthEnd) UnmarshalText(b []byte) error {
	v, err := ParseMonthEnd(string(b))
	if err == nil {
		*m = v
	}
	return err
}

// AddMonths returns d plus n months (minus when n < 0) with the legal Clamp
// rule: the same day number, else the last day of the target month
// (2025-01-31 + 1 = 2025-02-28; 2024-02-29 + 12 = 2025-02-28). It is always
// computed from d in one step: adding 3 months is not adding 1 month three
// times (2025-01-31 + 3 = 2025-04-30, chaining would give 2025-04-28).
// A result outside the years MinYear–MaxYear is the zero Date, as for
// AddDays.
func (d Date) AddMonths(n int) Date {
	r, _ := d.AddMonthsMode(n, Clamp) // Clamp fails only out of range, giving the zero Date
	return r
}

// AddYears returns d plus n years with the Clamp rule (2024-02-29 + 1 year =
// 2025-02-28, CPC art. 641 al. 2 applied to years); out of range, the zero
// Date.
func (d Date) AddYears(n int) Date {
	if n > MaxYear || n < -MaxYear {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// AddMonthsMode returns d plus n months with the named month-end rule. Strict
// returns an error wrapping ErrAmbiguousDate where Clamp would change the day
// number; an unknown mode is an error wrapping ErrInvalidArgument. The zero
// Date stays the zero Date.
func (d Date) AddMonthsMode(n int, mode MonthEnd) (Date, error) {
	if mode > Strict {
		return Date{}, newError(ErrInvalidArgument, "AddMonthsMode", "monthEnd", mode.String())
	}
	if d.IsZero() || n == 0 {
		return d, nil
	}
	if n > 12*MaxYear || n < -12*MaxYear {
		return Date{}, newError(ErrInvalidDate, "AddMonthsMode", "months", strconv.Itoa(n))
	}
	total := int64(d.y)*12 + int64(d.m) - 1 + int64(n)
	y := total / 12
	m := total % 12
	if m < 0 {
		m += 12
		y--
	}
	if y < MinYear || y > MaxYear {
		return Date{}, newError(ErrInvalidDate, "AddMonthsMode", "date",
			d.String()+" + "+strconv.Itoa(n)+" months")
	}
	month := time.Month(m + 1)
	last := daysIn(int(y), month)
	if int(d.d) <= last {
		return Date{y: int32(y), m: uint8(month), d: d.d}, nil
	}
	switch mode {
	case Overflow:
		r := Date{y: int32(y), m: uint8(month), d: uint8(last)}.AddDays(int(d.d) - last)
		if r.IsZero() {
			return Date{}, newError(ErrInvalidDate, "AddMonthsMode", "date",
				d.String()+" + "+strconv.Itoa(n)+" months")
		}
		return r, nil
	case Strict:
		return Date{}, newError(ErrAmbiguousDate, "AddMonthsMode", "date",
			d.String()+" + "+strconv.Itoa(n)+" months")
	default:
		return Date{y: int32(y), m: uint8(month), d: uint8(last)}, nil
	}
}
