package policy

import (
	"math"
	"math/bits"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Amount is a sum of money: a currency and a decimal value, exact (never a
// float), in whole minor units of its currency (cents for EUR, yen for JPY,
// thousandths for KWD): NewAmount, ParseAmount and UnmarshalText refuse
// "EUR 1000.005" or "JPY 100.5" with an error wrapping ErrOutOfRange, and
// any value of more than 24 integer digits with one wrapping ErrSyntax.
// Every amount of a ledger, a limit, a claim or a premium is an Amount; a
// unit price finer than the minor unit is a Price. Arithmetic between two
// amounts returns an error wrapping ErrCurrencyMismatch when their
// currencies differ.
//
// Mul is the one operation whose result may be finer than the minor unit:
// an intermediate that the rule multiplying rounds, with its named mode,
// where its clause says so (Round, or MulRound at once). Such an
// intermediate prints in full (String) but does not marshal: MarshalText
// refuses any value NewAmount would refuse, so that what is written reads
// back.
//
// Its zero value is "no amount" (no currency, value 0); Zero(c) is the
// amount 0 in currency c. Two amounts are compared with Equal (same currency
// and value: "EUR 10.5" equals "EUR 10.50"), never with ==.
//
// An amount of whole minor units within ±(10^15 − 1) (every amount of a
// ledger, a limit, a claim or a premium in practice) is held as that
// number of units, and its arithmetic is integer arithmetic, with no
// allocation; any other value (an intermediate of Mul finer than the minor
// unit, an amount of 16 digits or more) is held as a decimal. The two
// forms give the same values: a differential property checks each
// operation against the same operation on shopspring decimals.
type Amount struct {
	// units is the value in minor units of cur when wide is nil: always so
	// for a whole number of minor units of at most 15 digits (see
	// amountOf), so that each value has one form.
	units int64
	// wide is the value of any other amount; never 0.
	wide *decimal.Decimal
	cur  Currency
}

// unitLimit is 10^15: a value of whole minor units below it in magnitude
// is held in Amount.units. Sums and differences of two such values fit in
// an int64 with room to spare.
const unitLimit = 1_000_000_000_000_000

// isWide reports whether a's value is held as a decimal.
func (a Amount) isWide() bool { return a.wide != nil }

// wideAmount is the Amount of v held as a decimal.
func wideAmount(c Currency, v decimal.Decimal) Amount { return Amount{cur: c, wide: &v} }

// amountOf is the Amount of value v in currency c, in its one form: in
// minor units when v is a whole number of them below unitLimit (10.500 EUR
// is 1050 cents, 20000 EUR is 2000000), else v itself. Every Amount built
// from a decimal is built here.
func amountOf(c Currency, v decimal.Decimal) Amount {
	if v.Sign() == 0 {
		return Amount{cur: c}
	}
	scale := c.Scale()
	if v.Exponent() != -scale {
		r := v.Round(scale) // written at the minor unit, when that is exact
		if !r.Equal(v) {
			return wideAmount(c, v)
		}
		v = r
	}
	if withinUnits(v, scale) {
		return Amount{cur: c, units: v.CoefficientInt64()}
	}
	return wideAmount(c, v)
}

// NewAmount returns v in currency c. The zero Currency is an error wrapping
// ErrMissing; a value finer than c's minor unit (EUR 1000.005) one wrapping
// ErrOutOfRange; more than 24 integer digits or 18 decimals one wrapping
// ErrSyntax. Trailing zeros are not finer: EUR 10.500 is EUR 10.50. A
// computed value is rounded to an amount by NewAmountRound.
func NewAmount(c Currency, v decimal.Decimal) (Amount, error) {
	v, err := checkMoney("amount", c, v)
	if err != nil {
		return Amount{}, err
	}
	return amountOf(c, v), nil
}

// NewAmountRound returns v in currency c rounded to c's minor unit with
// mode m: the constructor of money computed with a finer precision (a pro
// rata share, a yearly premium divided by twelve, a unit price times a
// count).
//
//	NewAmountRound(EUR, 722.225, HalfAwayFromZero) = EUR 722.23
//
// Errors wrap ErrMissing (no currency), ErrOutOfRange (an unknown mode) or
// ErrSyntax (more than 24 integer digits, before or after rounding, or
// more than maxComputedPlaces decimals).
func NewAmountRound(c Currency, v decimal.Decimal, m RoundingMode) (Amount, error) {
	if c.IsZero() {
		return Amount{}, NewRuleError(ErrMissing, Clause{}, "currency", "")
	}
	if int(m) >= len(roundingNames) {
		return Amount{}, NewRuleError(ErrOutOfRange, Clause{}, "rounding", m.String())
	}
	if v.Exponent() < -maxComputedPlaces || v.Exponent() >= maxIntegerDigits || v.Abs().Cmp(integerBound) >= 0 {
		return Amount{}, NewRuleError(ErrSyntax, Clause{}, "amount", c.Code()+" "+v.Coefficient().String()+"e"+strconv.Itoa(int(v.Exponent()))+" (more than 24 integer digits or 100 decimals)")
	}
	r, err := checkMoney("amount", c, m.round(v, c.Scale()))
	if err != nil {
		return Amount{}, err
	}
	return amountOf(c, r), nil
}

// maxComputedPlaces bounds the decimals of a value NewAmountRound rounds:
// far more than any quotient of the rules (TopUpPremium divides with 40),
// far less than would make rounding costly.
const maxComputedPlaces = 100

// checkMoney is the rule of every Amount, in one place: a currency, a value
// within the digits of boundDigits, in whole minor units of the currency.
// It returns the value with no more decimals than the minor unit (EUR
// 10.500 is EUR 10.50), so that every Amount built from a value prints in
// its currency's scale.
func checkMoney(field string, c Currency, v decimal.Decimal) (decimal.Decimal, error) {
	if c.IsZero() {
		return decimal.Decimal{}, NewRuleError(ErrMissing, Clause{}, "currency", "")
	}
	v, err := boundDigits(field, v)
	if err != nil {
		return decimal.Decimal{}, err
	}
	scale := c.Scale()
	switch {
	case v.Exponent() < -scale:
		t := v.Truncate(scale)
		if !t.Equal(v) {
			return decimal.Decimal{}, NewRuleError(ErrOutOfRange, Clause{}, field, c.Code()+" "+formatDecimal(v, 0)+" (finer than the minor unit of "+c.Code()+")")
		}
		v = t
	case v.Exponent() > -scale && v.Sign() != 0:
		// Written at the minor unit (EUR 20000 as 2000000 × 10^−2), so that
		// sums of amounts of one currency never rescale.
		v = v.Round(scale)
	}
	return v, nil
}

// Validate returns the error NewAmount would return for a's currency and
// value: nil for an amount of whole minor units, an error wrapping
// ErrOutOfRange for an intermediate of Mul finer than the minor unit,
// ErrMissing for the zero Amount. The rule packages check their inputs
// with it, so that an amount built in Go is held to the rule of one read
// from text.
func (a Amount) Validate() error {
	if !a.isWide() {
		if a.cur.IsZero() {
			return NewRuleError(ErrMissing, Clause{}, "currency", "")
		}
		return nil // whole minor units, 15 digits at most
	}
	_, err := checkMoney("amount", a.cur, *a.wide)
	return err
}

// Units returns a as a whole number of minor units of its currency when
// that number has at most 15 digits (EUR 1234.56 is 123456): the fast path
// of sums, which stay exact in int64 far beyond any ledger. ok is false for
// the zero Amount without currency, an amount finer than the minor unit (an
// unrounded product of Mul) and a larger one; use Decimal then.
func (a Amount) Units() (n int64, ok bool) {
	if a.cur.IsZero() || a.isWide() {
		return 0, false
	}
	return a.units, true
}

// withinUnits reports whether v, written with the exponent −scale, has at
// most 15 digits: its coefficient compared with ±10^15 written at the same
// exponent, which compares two machine words (shopspring's NumDigits goes
// through a logarithm, and is one short at 10^15).
func withinUnits(v decimal.Decimal, scale int32) bool {
	if scale < 0 || int(scale) >= len(unitBounds) {
		return v.NumDigits() <= 15
	}
	if b := unitBounds[scale]; v.Sign() >= 0 {
		return v.Cmp(b[0]) < 0
	} else {
		return v.Cmp(b[1]) > 0
	}
}

// unitBounds[k] are 10^15 and its negative written with the exponent −k,
// for k in [0, maxFractionDigits]: read-only, built once.
var unitBounds = func() (b [maxFractionDigits + 1][2]decimal.Decimal) {
	for k := range b {
		c := decimal.New(1_000_000_000_000_000, -int32(k))
		b[k] = [2]decimal.Decimal{c, c.Neg()}
	}
	return b
}()

// FromUnits returns n minor units of currency c (FromUnits(EUR, 123456) is
// EUR 1234.56): the inverse of Units.
func FromUnits(c Currency, n int64) Amount {
	if n <= -unitLimit || n >= unitLimit {
		return wideAmount(c, decimal.New(n, -c.Scale()))
	}
	return Amount{cur: c, units: n}
}

// Zero returns the amount 0 in currency c.
func Zero(c Currency) Amount { return Amount{cur: c} }

// ParseAmount parses "EUR 1234.56": an ISO 4217 code, one space, a plain
// decimal (optional "-", "." as the decimal mark; no exponent, no thousands
// separator) in whole minor units of the currency. Errors wrap ErrSyntax
// (the form, or more than 24 integer digits or 18 decimals),
// ErrUnknownCurrency, or ErrOutOfRange (a value finer than the minor unit:
// "EUR 1000.005", "JPY 100.5").
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
	if v, err = checkMoney("amount", c, v); err != nil {
		return Amount{}, err
	}
	return amountOf(c, v), nil
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

// Decimal returns the amount's value: written at the currency's minor unit
// (EUR 12.30 as 1230 × 10^−2), or with the exponent of the product of Mul
// finer than it; the zero Decimal for 0.
func (a Amount) Decimal() decimal.Decimal {
	if a.isWide() {
		return *a.wide
	}
	if a.units == 0 {
		return decimal.Decimal{}
	}
	return decimal.New(a.units, -a.cur.Scale())
}

// IsZero reports whether the value is 0 (in any currency, or none).
func (a Amount) IsZero() bool { return a.Sign() == 0 }

// Sign returns -1, 0 or +1.
func (a Amount) Sign() int {
	switch {
	case a.isWide():
		return a.wide.Sign()
	case a.units < 0:
		return -1
	case a.units > 0:
		return 1
	}
	return 0
}

// IsNegative reports whether the value is below 0.
func (a Amount) IsNegative() bool { return a.Sign() < 0 }

// IsPositive reports whether the value is above 0.
func (a Amount) IsPositive() bool { return a.Sign() > 0 }

// Neg returns -a.
func (a Amount) Neg() Amount {
	if a.isWide() {
		return wideAmount(a.cur, a.wide.Neg())
	}
	return Amount{cur: a.cur, units: -a.units}
}

// Equal reports whether a and b have the same currency and the same value,
// whatever their scales. go-cmp uses it.
func (a Amount) Equal(b Amount) bool {
	if a.cur != b.cur {
		return false
	}
	if !a.isWide() && !b.isWide() {
		return a.units == b.units
	}
	return a.Decimal().Equal(b.Decimal())
}

func (a Amount) same(op string, b Amount) error {
	if a.cur != b.cur {
		return NewRuleError(ErrCurrencyMismatch, Clause{}, op, a.cur.Code()+" and "+b.cur.Code())
	}
	return nil
}

// Add returns a + b, or an error wrapping ErrCurrencyMismatch.
func (a Amount) Add(b Amount) (Amount, error) {
	if err := a.same("add", b); err != nil {
		return Amount{}, err
	}
	switch {
	case !a.isWide() && !b.isWide():
		return FromUnits(a.cur, a.units+b.units), nil
	case b.IsZero():
		return a, nil
	case a.IsZero():
		return b, nil
	}
	return amountOf(a.cur, a.Decimal().Add(b.Decimal())), nil
}

// Sub returns a − b, or an error wrapping ErrCurrencyMismatch.
func (a Amount) Sub(b Amount) (Amount, error) {
	if err := a.same("sub", b); err != nil {
		return Amount{}, err
	}
	return a.Add(b.Neg())
}

// Cmp returns -1, 0 or +1 as a is below, equal to or above b, or an error
// wrapping ErrCurrencyMismatch.
func (a Amount) Cmp(b Amount) (int, error) {
	if err := a.same("cmp", b); err != nil {
		return 0, err
	}
	switch {
	case !a.isWide() && !b.isWide():
		return cmpInt(a.units, b.units), nil
	case !a.isWide():
		if c, ok := cmpFiner(a.units, *b.wide, a.cur.Scale()); ok {
			return c, nil
		}
	case !b.isWide():
		if c, ok := cmpFiner(b.units, *a.wide, a.cur.Scale()); ok {
			return -c, nil
		}
	}
	return a.Decimal().Cmp(b.Decimal()), nil
}

// cmpFiner compares u minor units (of a currency of scale) with w, a value
// finer than the minor unit whose coefficient has at most 18 digits (the
// product of Mul compared with an amount: an exposure against a share of
// its limit), on 128-bit words: u × 10^k against w's coefficient, w
// having k decimals more than the minor unit. ok is false, and the caller
// compares decimals, for any other w.
func cmpFiner(u int64, w decimal.Decimal, scale int32) (int, bool) {
	k := -int64(w.Exponent()) - int64(scale)
	c, ok := coefficient64(w)
	if !ok || k <= 0 || k >= int64(len(pow10)) {
		return 0, false
	}
	su, sc := cmpInt(u, 0), cmpInt(c, 0)
	if su != sc {
		return cmpInt(int64(su), int64(sc)), true
	}
	hi, lo := bits.Mul64(magnitude(u), pow10[k])
	var m int // the magnitudes' order
	switch mc := magnitude(c); {
	case hi != 0 || lo > mc:
		m = 1
	case lo < mc:
		m = -1
	}
	return m * su, true
}

// cmpInt is -1, 0 or +1 as a is below, equal to or above b.
func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
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

// Mul returns a × r, not rounded: an intermediate, finer than the minor
// unit in general, that the caller rounds (Round) before it is money of a
// result. MulRound does both at once.
func (a Amount) Mul(r Rate) Amount {
	if !a.isWide() {
		if c, ok := coefficient64(r.v); ok {
			if n, exact, ok := mulUnits(a.units, c, r.v.Exponent()); ok {
				if exact {
					return FromUnits(a.cur, n)
				}
				return wideAmount(a.cur, decimal.New(n, r.v.Exponent()-a.cur.Scale()))
			}
		}
	}
	return amountOf(a.cur, a.Decimal().Mul(r.v))
}

// MulRound returns a × r rounded to its currency's minor unit with mode m:
// a.Mul(r).Round(m), the same value with the same exponent, computed
// without the intermediate product when the coefficients of a, r and their
// product fit in 63 bits (a premium rate or a quotité times an amount of
// less than 92 million billion minor units).
func (a Amount) MulRound(r Rate, m RoundingMode) Amount {
	if !a.isWide() {
		if c, ok := coefficient64(r.v); ok {
			if n, ok := m.mulRoundUnits(a.units, c, r.v.Exponent()); ok {
				return FromUnits(a.cur, n)
			}
		}
	}
	return a.Mul(r).Round(m)
}

// MulDiv returns a × num / den rounded to a's minor unit with mode m: a
// share pro rata (the part of an open amount that is net of tax, OpenGross
// × Net / Gross; the insurer's part of a recovery, Net × Indemnity / Loss).
// The product is exact and the quotient is rounded once: computed on
// 64-bit words when the three amounts count in minor units (Units), else
// in decimal with one digit beyond the minor unit and a sticky unit
// further when the division is inexact, so that every mode sees ties
// exactly. Errors wrap ErrCurrencyMismatch (num and den in different
// currencies; a's may differ, the ratio has none), ErrOutOfRange (den is
// 0, an unknown mode) or ErrSyntax (a result of more than 24 integer
// digits).
//
//	EUR 866.67 × EUR 1000 / EUR 1200, HalfAwayFromZero = EUR 722.23 (722.225 exactly)
func (a Amount) MulDiv(num, den Amount, m RoundingMode) (Amount, error) {
	if err := num.same("mulDiv", den); err != nil {
		return Amount{}, err
	}
	if den.IsZero() {
		return Amount{}, NewRuleError(ErrOutOfRange, Clause{}, "den", den.String())
	}
	if int(m) >= len(roundingNames) {
		return Amount{}, NewRuleError(ErrOutOfRange, Clause{}, "rounding", m.String())
	}
	if !a.isWide() && !num.isWide() && !den.isWide() {
		neg := (a.units < 0) != (num.units < 0) != (den.units < 0)
		d := magnitude(den.units)
		// |a|, |num| < 10^15: the product has at most 100 bits, and the
		// quotient fits in 64 when its high word is below |den|.
		if hi, lo := bits.Mul64(magnitude(a.units), magnitude(num.units)); hi < d {
			q, r := bits.Div64(hi, lo, d)
			if m.roundsUp(q, r, d) {
				q++
			}
			if q <= math.MaxInt64 {
				return FromUnits(a.cur, withSign(q, neg)), nil
			}
		}
	}
	p := a.Decimal().Mul(num.Decimal())
	scale := a.cur.Scale()
	q, r := p.QuoRem(den.Decimal(), scale+1)
	if r.Sign() != 0 {
		q = q.Add(decimal.New(int64(p.Sign()*den.Sign()), -(scale + 2)))
	}
	return NewAmountRound(a.cur, q, m)
}

// MulInt returns a × n (a unit price times a count), exact.
func (a Amount) MulInt(n int64) Amount {
	if !a.isWide() {
		if p, ok := mulInt64(a.units, n); ok {
			return FromUnits(a.cur, p)
		}
	}
	return amountOf(a.cur, a.Decimal().Mul(decimal.NewFromInt(n)))
}

// Round returns a rounded to its currency's minor unit with mode m (see
// RoundingMode for worked pairs). A value already at the scale is returned
// as is, so Round is idempotent.
func (a Amount) Round(m RoundingMode) Amount {
	if !a.isWide() {
		return a
	}
	return amountOf(a.cur, m.round(*a.wide, a.cur.Scale()))
}

// String returns "EUR 1234.56": the code, a space, the value padded to the
// currency's scale (more decimals are kept when the value has them, so an
// unrounded amount is never shown rounded). The zero Amount prints "0".
func (a Amount) String() string {
	var buf [64]byte
	b := buf[:0]
	if !a.cur.IsZero() {
		b = append(append(b, a.cur.Code()...), ' ')
	}
	scale := a.cur.Scale()
	if !a.isWide() {
		return string(appendCoefficient(b, a.units, -scale, scale))
	}
	v := *a.wide
	// An unrounded product (Mul) is written with the digits of its value,
	// at least the minor unit: 27000.000 as 27000.00, 4.52500 as 4.525.
	for v.Exponent() < -scale {
		t := v.Truncate(-v.Exponent() - 1)
		if !t.Equal(v) {
			break
		}
		v = t
	}
	return string(appendDecimal(b, v, scale))
}

// MarshalText implements encoding.TextMarshaler with String; the zero Amount
// marshals to the empty text. An amount that ParseAmount would refuse (an
// unrounded product of Mul, finer than the minor unit) is an error wrapping
// ErrOutOfRange or ErrSyntax rather than a text that would not read back.
func (a Amount) MarshalText() ([]byte, error) {
	if a.cur.IsZero() {
		return []byte{}, nil
	}
	if err := a.Validate(); err != nil {
		return nil, err
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
