package policy

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Amount is a sum of money: a currency and a decimal value, exact (never a
// float). Arithmetic between two amounts returns an error wrapping
// ErrCurrencyMismatch when their currencies differ. Results of Mul are not
// rounded: the rule that multiplies rounds, with its named mode, where its
// clause says so.
//
// Its zero value is "no amount" (no currency, value 0); Zero(c) is the
// amount 0 in currency c. Two amounts are compared with Equal (same currency
// and value: "EUR 10.5" equals "EUR 10.50"), never with ==.
type Amount struct {
	cur Currency
	v   decimal.Decimal
}

// NewAmount returns v in currency c. The zero Currency is an error wrapping
// ErrMissing.
func NewAmount(c Currency, v decimal.Decimal) (Amount, error) {
	if c.IsZero() {
		return Amount{}, NewRuleError(ErrMissing, Clause{}, "currency", "")
	}
	return Amount{cur: c, v: v}, nil
}

// Zero returns the amount 0 in currency c.
func Zero(c Currency) Amount { return Amount{cur: c} }

// ParseAmount parses "EUR 1234.56": an ISO 4217 code, one space, a plain
// decimal (optional "-", "." as the decimal mark; no exponent, no thousands
// separator, at most 18 fractional digits). Errors wrap ErrSyntax or
// ErrUnknownCurrency.
func ParseAmount(s string) (Amount, error) {
	code, num, ok := strings.Cut(s, " ")
	if !ok || len(code) != 3 {
		return Amount{}, NewRuleError(ErrSyntax, Clause{}, "amount", s)
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return Amount{}, err
	}
	v, err := parseDecimal("amount", num)
	if err != nil {
		return Amount{}, NewRuleError(ErrSyntax, Clause{}, "amount", s)
	}
	return Amount{cur: c, v: v}, nil
}

// MustAmount is ParseAmount for constants and tests; it panics on bad text.
func MustAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// Currency returns the amount's currency.
func (a Amount) Currency() Currency { return a.cur }

// Decimal returns the amount's value.
func (a Amount) Decimal() decimal.Decimal { return a.v }

// IsZero reports whether the value is 0 (in any currency, or none).
func (a Amount) IsZero() bool { return a.v.IsZero() }

// Sign returns -1, 0 or +1.
func (a Amount) Sign() int { return a.v.Sign() }

// IsNegative reports whether the value is below 0.
func (a Amount) IsNegative() bool { return a.v.Sign() < 0 }

// IsPositive reports whether the value is above 0.
func (a Amount) IsPositive() bool { return a.v.Sign() > 0 }

// Neg returns -a.
func (a Amount) Neg() Amount { return Amount{cur: a.cur, v: a.v.Neg()} }

// Equal reports whether a and b have the same currency and the same value,
// whatever their scales. go-cmp uses it.
func (a Amount) Equal(b Amount) bool { return a.cur == b.cur && a.v.Equal(b.v) }

func (a Amount) same(op string, b Amount) error {
	if a.cur != b.cur {
		return NewRuleError(ErrCurrencyMismatch, Clause{}, op, a.cur.code+" and "+b.cur.code)
	}
	return nil
}

// Add returns a + b, or an error wrapping ErrCurrencyMismatch.
func (a Amount) Add(b Amount) (Amount, error) {
	if err := a.same("add", b); err != nil {
		return Amount{}, err
	}
	return Amount{cur: a.cur, v: addDecimal(a.v, b.v)}, nil
}

// addDecimal returns a + b exactly as a.Add(b) does, value and exponent,
// without rescaling a zero operand whose exponent is not below the other's
// (the zero Amount, or a sum's starting 0): the result is then the other
// operand itself, where shopspring would raise 10 to a power and copy it.
func addDecimal(a, b decimal.Decimal) decimal.Decimal {
	switch {
	case a.Sign() == 0 && a.Exponent() >= b.Exponent():
		return b
	case b.Sign() == 0 && b.Exponent() >= a.Exponent():
		return a
	}
	return a.Add(b)
}

// Sub returns a − b, or an error wrapping ErrCurrencyMismatch.
func (a Amount) Sub(b Amount) (Amount, error) {
	if err := a.same("sub", b); err != nil {
		return Amount{}, err
	}
	if b.v.Sign() == 0 && b.v.Exponent() >= a.v.Exponent() {
		return a, nil // a − 0, as addDecimal
	}
	return Amount{cur: a.cur, v: a.v.Sub(b.v)}, nil
}

// Cmp returns -1, 0 or +1 as a is below, equal to or above b, or an error
// wrapping ErrCurrencyMismatch.
func (a Amount) Cmp(b Amount) (int, error) {
	if err := a.same("cmp", b); err != nil {
		return 0, err
	}
	return a.v.Cmp(b.v), nil
}

// Min returns the smaller of a and b, or an error wrapping
// ErrCurrencyMismatch.
func Min(a, b Amount) (Amount, error) {
	c, err := a.Cmp(b)
	if err != nil || c <= 0 {
		return a, err
	}
	return b, nil
}

// Max returns the larger of a and b, or an error wrapping
// ErrCurrencyMismatch.
func Max(a, b Amount) (Amount, error) {
	c, err := a.Cmp(b)
	if err != nil || c >= 0 {
		return a, err
	}
	return b, nil
}

// Mul returns a × r, not rounded.
func (a Amount) Mul(r Rate) Amount { return Amount{cur: a.cur, v: a.v.Mul(r.v)} }

// MulRound returns a × r rounded to its currency's minor unit with mode m:
// a.Mul(r).Round(m), the same value with the same exponent, computed
// without the intermediate product when the coefficients of a, r and their
// product fit in 63 bits (a premium rate or a quotité times an amount of
// less than 92 million billion minor units).
func (a Amount) MulRound(r Rate, m RoundingMode) Amount {
	if v, ok := m.mulRound64(a.v, r.v, a.cur.Scale()); ok {
		return Amount{cur: a.cur, v: v}
	}
	return a.Mul(r).Round(m)
}

// MulInt returns a × n (a unit price times a count), exact.
func (a Amount) MulInt(n int64) Amount {
	return Amount{cur: a.cur, v: a.v.Mul(decimal.NewFromInt(n))}
}

// Round returns a rounded to its currency's minor unit with mode m (see
// RoundingMode for worked pairs). A value already at the scale is returned
// as is, so Round is idempotent.
func (a Amount) Round(m RoundingMode) Amount {
	return Amount{cur: a.cur, v: m.round(a.v, a.cur.Scale())}
}

// String returns "EUR 1234.56": the code, a space, the value padded to the
// currency's scale (more decimals are kept when the value has them, so an
// unrounded amount is never shown rounded). The zero Amount prints "0".
func (a Amount) String() string {
	var buf [64]byte
	b := buf[:0]
	if !a.cur.IsZero() {
		b = append(append(b, a.cur.code...), ' ')
	}
	return string(appendDecimal(b, a.v, a.cur.Scale()))
}

// MarshalText implements encoding.TextMarshaler with String; the zero Amount
// marshals to the empty text.
func (a Amount) MarshalText() ([]byte, error) {
	if a.cur.IsZero() {
		return []byte{}, nil
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseAmount; the
// empty text gives the zero Amount.
func (a *Amount) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*a = Amount{}
		return nil
	}
	v, err := ParseAmount(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// Sum returns the sum of the amounts in currency c (Zero(c) for none), or an
// error wrapping ErrCurrencyMismatch naming the first amount of another
// currency.
func Sum(c Currency, amounts ...Amount) (Amount, error) {
	total := Zero(c)
	for _, x := range amounts {
		var err error
		if total, err = total.Add(x); err != nil {
			return Amount{}, err
		}
	}
	return total, nil
}
