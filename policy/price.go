package policy

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Price is a unit price: a currency and a non-negative decimal that, unlike
// an Amount, may be finer than the currency's minor unit, because the
// clause that names it prices one unit of something counted in many (a
// limit request, a buyer monitored for a month, a kilowatt-hour): "EUR
// 0.125 per buyer and month". It is never money of a ledger, a limit or a
// claim by itself: Price.Times multiplies it by a count and rounds the
// product to the minor unit, giving an Amount.
//
// Its text form is that of an Amount ("EUR 0.125", padded to the
// currency's scale), within the bound of every decimal of this package (at
// most 24 integer digits and 18 decimals); NewPrice, ParsePrice and
// UnmarshalText accept the same values. Its zero value is "no price" (no
// currency); compare prices with Equal, never ==.
type Price struct {
	cur Currency
	v   decimal.Decimal
}

// NewPrice returns the unit price v in currency c. Errors wrap ErrMissing
// (the zero Currency), ErrOutOfRange (a negative price) or ErrSyntax (more
// than 24 integer digits or 18 decimals).
func NewPrice(c Currency, v decimal.Decimal) (Price, error) {
	v, err := checkPrice(c, v)
	if err != nil {
		return Price{}, err
	}
	return Price{cur: c, v: v}, nil
}

// checkPrice is the rule of every Price, in one place: a currency, a value
// within the digits of boundDigits, not negative.
func checkPrice(c Currency, v decimal.Decimal) (decimal.Decimal, error) {
	if c.IsZero() {
		return decimal.Decimal{}, NewRuleError(ErrMissing, Clause{}, "currency", "")
	}
	v, err := boundDigits("price", v)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if v.Sign() < 0 {
		return decimal.Decimal{}, NewRuleError(ErrOutOfRange, Clause{}, "price", c.Code()+" "+formatDecimal(v, c.Scale()))
	}
	return v, nil
}

// ParsePrice parses "EUR 0.125": an ISO 4217 code, one space, a plain
// non-negative decimal. Errors wrap ErrSyntax, ErrUnknownCurrency or
// ErrOutOfRange (a negative price).
func ParsePrice(s string) (Price, error) {
	code, num, ok := strings.Cut(s, " ")
	if !ok || len(code) != 3 {
		return Price{}, NewRuleError(ErrSyntax, Clause{}, "price", s)
	}
	c, err := ParseCurrency(code)
	if err != nil {
		return Price{}, err
	}
	v, err := parseDecimal("price", num)
	if err != nil {
		return Price{}, NewRuleError(ErrSyntax, Clause{}, "price", s)
	}
	return NewPrice(c, v)
}

// MustPrice is ParsePrice for constants and tests; it panics on bad text.
func MustPrice(s string) Price {
	p, err := ParsePrice(s)
	if err != nil {
		panic(err)
	}
	return p
}

// PriceOf returns the amount a as a unit price (every amount of whole minor
// units is a price), or the error NewPrice returns for it.
func PriceOf(a Amount) (Price, error) { return NewPrice(a.cur, a.Decimal()) }

// Currency returns the price's currency.
func (p Price) Currency() Currency { return p.cur }

// Decimal returns the price's value.
func (p Price) Decimal() decimal.Decimal { return p.v }

// IsZero reports whether the value is 0 (in any currency, or none).
func (p Price) IsZero() bool { return p.v.IsZero() }

// Equal reports whether p and q have the same currency and the same value,
// whatever their scales. go-cmp uses it.
func (p Price) Equal(q Price) bool { return p.cur == q.cur && p.v.Equal(q.v) }

// Times returns p × n rounded to the currency's minor unit with mode m: the
// amount of n units (a fee of the year). Errors wrap ErrMissing (the zero
// Price), ErrOutOfRange (a negative count, an unknown mode) or ErrSyntax (a
// product of more than 24 integer digits).
//
//	MustPrice("EUR 0.125").Times(3, HalfAwayFromZero) = EUR 0.38 (0.375)
func (p Price) Times(n int64, m RoundingMode) (Amount, error) {
	if n < 0 {
		return Amount{}, NewRuleError(ErrOutOfRange, Clause{}, "count", formatDecimal(decimal.NewFromInt(n), 0))
	}
	return NewAmountRound(p.cur, p.v.Mul(decimal.NewFromInt(n)), m)
}

// String returns "EUR 0.125": the code, a space, the value padded to the
// currency's scale. The zero Price prints "0".
func (p Price) String() string { return amountOf(p.cur, p.v).String() }

// MarshalText implements encoding.TextMarshaler with String; the zero Price
// marshals to the empty text, and a price NewPrice would refuse is an error
// rather than a text that would not read back.
func (p Price) MarshalText() ([]byte, error) {
	if p.cur.IsZero() {
		return []byte{}, nil
	}
	if _, err := checkPrice(p.cur, p.v); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePrice; the
// empty text gives the zero Price.
func (p *Price) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Price{}
		return nil
	}
	v, err := ParsePrice(string(b))
	if err == nil {
		*p = v
	}
	return err
}
