package policy

import (
	"math"
	"math/bits"
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

// round rounds d to places decimals (places ≥ 0): the one mapping of the
// modes to shopspring. The result has exactly places decimals whatever the
// mode (shopspring's RoundUp and RoundDown keep the exponent of a value
// already exact, 1.000 for 1.00, which would print with three decimals).
// An unknown mode rounds half away from zero, the documented default;
// Terms.Validate refuses unknown modes before they get here.
func (m RoundingMode) round(d decimal.Decimal, places int32) decimal.Decimal {
	if d.Exponent() >= -places {
		return d
	}
	switch m {
	case HalfEven:
		return d.RoundBank(places)
	case Down:
		return d.Truncate(places) // toward zero, to exactly places decimals
	case Up:
		if r := d.RoundUp(places); r.Exponent() == -places {
			return r
		}
		return d.Truncate(places) // d was exact at places decimals
	default:
		return d.Round(places)
	}
}

// pow10 holds 10^0 to 10^18.
var pow10 = func() (p [19]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// coefficient64 returns d's coefficient when it has at most 18 digits, so
// that the products of the integer paths are checked with one Mul64.
func coefficient64(d decimal.Decimal) (int64, bool) {
	if d.NumDigits() > 18 {
		return 0, false
	}
	return d.CoefficientInt64(), true
}

// mulInt64 is a × b, ok false when it does not fit in an int64.
func mulInt64(a, b int64) (int64, bool) {
	hi, u := bits.Mul64(magnitude(a), magnitude(b))
	if hi != 0 || u > math.MaxInt64 {
		return 0, false
	}
	return withSign(u, (a < 0) != (b < 0)), true
}

// mulUnits is u × c × 10^e, a count of minor units times a rate's
// coefficient c and exponent e: n is that count when exact, else (exact
// false) the product u × c, to be read with the exponent e. ok is false,
// and the caller takes the decimal path, when a step leaves 63 bits or
// more than 18 digits are to be dropped.
func mulUnits(u, c int64, e int32) (n int64, exact, ok bool) {
	p, ok := mulInt64(u, c)
	switch {
	case !ok:
		return 0, false, false
	case e >= 0:
		if int64(e) >= int64(len(pow10)) {
			return 0, false, false
		}
		n, ok := mulInt64(p, int64(pow10[e]))
		return n, ok, ok
	case -int64(e) >= int64(len(pow10)):
		return 0, false, false
	}
	if q := int64(pow10[-e]); p%q == 0 {
		return p / q, true, true
	}
	return p, false, true
}

// mulRoundUnits is m.round(u × c × 10^e, 0): a count of minor units times
// a rate's coefficient c and exponent e, rounded to a whole count with
// mode m, computed on 64-bit integers, so that the product and its
// rounding cost one result and no intermediate value. ok is false, and
// the caller takes the decimal path, when the product does not fit in 63
// bits or more than 18 digits are to be dropped. Its rounding is that of
// round, on the magnitude, the sign put back after (every mode is
// symmetric about zero: see the worked pairs); propMulRoundMatchesDecimal
// checks the two paths against each other.
func (m RoundingMode) mulRoundUnits(u, c int64, e int32) (int64, bool) {
	n, exact, ok := mulUnits(u, c, e)
	if !ok || exact {
		return n, ok
	}
	p := pow10[-e]
	q, r := magnitude(n)/p, magnitude(n)%p
	if m.roundsUp(q, r, p) {
		q++
	}
	return withSign(q, n < 0), true
}

// roundsUp reports whether the magnitude of a quotient q with remainder r
// of a division by d (r < d) rounds up to q + 1 under mode m: the rule of
// round on whole numbers, every mode symmetric about zero (the sign is put
// back after).
func (m RoundingMode) roundsUp(q, r, d uint64) bool {
	switch m {
	case Down:
		return false
	case Up:
		return r != 0
	case HalfEven: // 2r against d without overflow: r ≥ d − r
		return r > d-r || (r == d-r && q%2 == 1)
	default: // HalfAwayFromZero, and any other value as round does
		return r >= d-r
	}
}

// magnitude is |c| as an unsigned number (math.MinInt64 included).
func magnitude(c int64) uint64 {
	if c < 0 {
		return -uint64(c)
	}
	return uint64(c)
}

// withSign is u (at most math.MaxInt64), negated when neg.
func withSign(u uint64, neg bool) int64 {
	if neg {
		return -int64(u)
	}
	return int64(u)
}
