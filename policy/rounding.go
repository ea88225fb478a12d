package policy

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// RoundingMode names how an amount is rounded to its currency's minor unit.
// Its zero value is HalfAwayFromZero, the rule of the conformance vectors
// and of commercial practice. This file is the only place where the modes
// meet shopspring's rounding methods.
//
// Worked pairs, to 2 decimals:
//
//	mode              2.345   2.355   -2.345  2.341   -2.349
//	HalfAwayFromZero  2.35    2.36    -2.35   2.34    -2.35
//	HalfEven          2.34    2.36    -2.34   2.34    -2.35
//	Down              2.34    2.35    -2.34   2.34    -2.34
//	Up                2.35    2.36    -2.35   2.35    -2.35
type RoundingMode uint8

const (
	// HalfAwayFromZero rounds to the nearest, ties away from zero (2.345 →
	// 2.35, -2.345 → -2.35).
	HalfAwayFromZero RoundingMode = iota
	// HalfEven rounds to the nearest, ties to the even digit (banker's
	// rounding: 2.345 → 2.34, 2.355 → 2.36).
	HalfEven
	// Down truncates toward zero (2.349 → 2.34, -2.349 → -2.34).
	Down
	// Up rounds away from zero (2.341 → 2.35, -2.341 → -2.35).
	Up
)

var roundingNames = [...]string{HalfAwayFromZero: "halfAwayFromZero", HalfEven: "halfEven", Down: "down", Up: "up"}

// String returns the mode's name.
func (m RoundingMode) String() string {
	if int(m) < len(roundingNames) {
		return roundingNames[m]
	}
	return "RoundingMode(" + strconv.Itoa(int(m)) + ")"
}

// ParseRoundingMode returns the mode named s.
func ParseRoundingMode(s string) (RoundingMode, error) {
	for i, n := range roundingNames {
		if n == s {
			return RoundingMode(i), nil
		}
	}
	return 0, NewRuleError(ErrSyntax, Clause{}, "roundingMode", s)
}

// MarshalText implements encoding.TextMarshaler.
func (m RoundingMode) MarshalText() ([]byte, error) {
	if int(m) >= len(roundingNames) {
		return nil, NewRuleError(ErrSyntax, Clause{}, "roundingMode", m.String())
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *RoundingMode) UnmarshalText(b []byte) error {
	v, err := ParseRoundingMode(string(b))
	if err == nil {
		*m = v
	}
	return err
}

// round rounds d to places decimals: the one mapping of the modes to
// shopspring. An unknown mode rounds half away from zero, the documented
// default; Terms.Validate refuses unknown modes before they get here.
func (m RoundingMode) round(d decimal.Decimal, places int32) decimal.Decimal {
	if d.Exponent() >= -places {
		return d
	}
	switch m {
	case HalfEven:
		return d.RoundBank(places)
	case Down:
		return d.RoundDown(places)
	case Up:
		return d.RoundUp(places)
	default:
		return d.Round(places)
	}
}
