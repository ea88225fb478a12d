package policy

import "github.com/shopspring/decimal"

// Rate is a non-negative decimal ratio written as a fraction, never as a
// percentage: a quotité of 90 % is Rate 0.9, a premium rate of 0.35 % is
// 0.0035. Quotités and other shares must also be at most 1: the clauses
// that say so check it with CheckFraction.
//
// Its zero value is the rate 0. Compare rates with Equal or Cmp, never ==.
type Rate struct {
	v decimal.Decimal
}

var one = decimal.NewFromInt(1)

// One is the rate 1 (100 %).
func One() Rate { return Rate{v: one} }

// NewRate returns the rate d, or an error wrapping ErrOutOfRange when d is
// negative, ErrSyntax when it has more than 24 integer digits or 18
// decimals (the bound of ParseRate: the two accept the same values).
func NewRate(d decimal.Decimal) (Rate, error) {
	d, err := checkRate(d)
	if err != nil {
		return Rate{}, err
	}
	return Rate{v: d}, nil
}

// checkRate is the rule of every Rate, in one place: within the digits of
// boundDigits, not negative.
func checkRate(d decimal.Decimal) (decimal.Decimal, error) {
	d, err := boundDigits("rate", d)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if d.Sign() < 0 {
		return decimal.Decimal{}, NewRuleError(ErrOutOfRange, Clause{}, "rate", formatTrimmed(d))
	}
	return d, nil
}

// ParseRate parses a plain decimal fraction such as "0.9" ("90%", "9e-1"
// and negative values are errors wrapping ErrSyntax or ErrOutOfRange).
func ParseRate(s string) (Rate, error) {
	d, err := parseDecimal("rate", s)
	if err != nil {
		return Rate{}, err
	}
	return NewRate(d)
}

// ParseFraction parses a rate that must lie in [0, 1], such as a quotité.
func ParseFraction(s string) (Rate, error) {
	r, err := ParseRate(s)
	if err != nil {
		return Rate{}, err
	}
	if err := r.CheckFraction(Clause{}, "rate"); err != nil {
		return Rate{}, err
	}
	return r, nil
}

// MustRate is ParseRate for constants and tests; it panics on bad text.
func MustRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

// fractionOne[k] is 1 written with k decimals: comparing a rate of k
// decimals with it needs no rescaling, hence no allocation on the hot path
// of every indemnity. Built once, never changed.
var fractionOne = func() (t [7]decimal.Decimal) {
	c := int64(1)
	for k := range t {
		t[k] = decimal.New(c, -int32(k)) // 1, 1.0, 1.00, …
		c *= 10
	}
	return t
}()

// CheckFraction returns an error wrapping ErrOutOfRange, naming the clause
// and the field, when r is above 1.
func (r Rate) CheckFraction(c Clause, field string) error {
	above := false
	if e := -r.v.Exponent(); e >= 0 && int(e) < len(fractionOne) {
		above = r.v.Cmp(fractionOne[e]) > 0 // same scale: no allocation
	} else {
		above = r.v.Cmp(one) > 0
	}
	if above {
		return NewRuleError(ErrOutOfRange, c, field, r.String())
	}
	return nil
}

// Decimal returns the rate's value.
func (r Rate) Decimal() decimal.Decimal { return r.v }

// IsZero reports whether the rate is 0.
func (r Rate) IsZero() bool { return r.v.IsZero() }

// Equal reports whether r and s have the same value ("0.9" equals "0.90").
func (r Rate) Equal(s Rate) bool { return r.v.Equal(s.v) }

// Cmp returns -1, 0 or +1 as r is below, equal to or above s.
func (r Rate) Cmp(s Rate) int { return r.v.Cmp(s.v) }

// Mul returns r × s (a share of a share), exact: its decimals are those of
// r and s together, so a product of more than 18 does not marshal.
func (r Rate) Mul(s Rate) Rate { return Rate{v: r.v.Mul(s.v)} }

// Complement returns 1 − r, the insured's retention for a quotité r ≤ 1.
// It is an error wrapping ErrOutOfRange when r is above 1.
func (r Rate) Complement() (Rate, error) {
	if err := r.CheckFraction(Clause{}, "rate"); err != nil {
		return Rate{}, err
	}
	return Rate{v: one.Sub(r.v)}, nil
}

// String returns the fraction with no trailing zeros ("0.9").
func (r Rate) String() string { return formatTrimmed(r.v) }

// Percent returns the rate as a percentage for people ("90 %").
func (r Rate) Percent() string {
	return formatTrimmed(r.v.Shift(2)) + " %"
}

// MarshalText implements encoding.TextMarshaler with String. A rate that
// ParseRate would refuse (a product of Mul of more than 18 decimals) is an
// error wrapping ErrSyntax rather than a text that would not read back.
func (r Rate) MarshalText() ([]byte, error) {
	if _, err := checkRate(r.v); err != nil {
		return nil, err
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseRate.
func (r *Rate) UnmarshalText(b []byte) error {
	v, err := ParseRate(string(b))
	if err == nil {
		*r = v
	}
	return err
}
