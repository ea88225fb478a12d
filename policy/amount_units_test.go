package policy

import (
	"math"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// The two forms of an Amount (a count of minor units, or a decimal) are
// one value: each property below checks an operation against the same
// operation on shopspring decimals, on values drawn on both sides of every
// bound of the integer form (0, whole units, finer than the minor unit,
// ±(10^15 − 1), int64, beyond int64).

var unitCurrencies = []Currency{EUR, JPY, MustCurrency("KWD"), MustCurrency("CLF")}

// genFormDecimal draws a value for a currency of scale: whole minor units
// (small, near 10^15, near the int64 bounds, beyond them), or finer.
func genFormDecimal(t *rapid.T, label string, scale int32) decimal.Decimal {
	var units decimal.Decimal
	switch rapid.IntRange(0, 5).Draw(t, label+".size") {
	case 0:
		units = decimal.NewFromInt(rapid.Int64Range(-1000, 1000).Draw(t, label+".units"))
	case 1:
		units = decimal.NewFromInt(rapid.Int64Range(-100_000_000, 100_000_000).Draw(t, label+".units"))
	case 2: // around 10^15, the bound of the integer form
		units = decimal.NewFromInt(unitLimit + rapid.Int64Range(-3, 3).Draw(t, label+".units"))
	case 3:
		units = decimal.NewFromInt(rapid.Int64Range(math.MaxInt64-3, math.MaxInt64).Draw(t, label+".units"))
	case 4: // beyond an int64
		units = decimal.NewFromInt(rapid.Int64().Draw(t, label+".units")).Mul(decimal.New(1, 5))
	default:
		units = decimal.NewFromInt(rapid.Int64().Draw(t, label+".units"))
	}
	if rapid.Bool().Draw(t, label+".neg") {
		units = units.Neg()
	}
	// Finer than the minor unit one time in four.
	finer := int32(0)
	if rapid.IntRange(0, 3).Draw(t, label+".finer") == 0 {
		finer = int32(rapid.IntRange(1, 4).Draw(t, label+".places"))
	}
	v := units.Shift(-scale - finer)
	// Written with trailing zeros (10.500) or a positive exponent (2 ×
	// 10^4), at times: the same value at another exponent.
	switch rapid.IntRange(0, 3).Draw(t, label+".written") {
	case 0:
		zeros := int32(rapid.IntRange(1, 3).Draw(t, label+".zeros"))
		v = decimal.NewFromBigInt(v.Shift(zeros).BigInt(), v.Exponent()-zeros)
	case 1:
		v = decimal.New(rapid.Int64Range(-99, 99).Draw(t, label+".coefficient"), int32(rapid.IntRange(0, 3).Draw(t, label+".exp")))
	}
	return v
}

// genFormAmount draws an Amount of either form in one of unitCurrencies.
func genFormAmount(t *rapid.T, label string, c Currency) Amount {
	return amountOf(c, genFormDecimal(t, label, c.Scale()))
}

// checkForm fails when a is not in its one form: the integer form for a
// whole number of minor units below 10^15, the decimal form (never 0)
// otherwise.
func checkForm(t interface {
	Helper()
	Fatalf(string, ...any)
}, a Amount) {
	t.Helper()
	v := a.Decimal().Shift(a.cur.Scale())
	small := v.IsInteger() && v.Abs().LessThan(decimal.New(1, 15))
	if a.isWide() == small || (a.isWide() && a.wide.IsZero()) {
		t.Fatalf("%s held as units %d (decimal %v, wide %v): not its one form", a, a.units, a.Decimal(), a.isWide())
	}
}

// wantValue fails when got's value is not want's or got is not in its one
// form.
func wantValue(t *rapid.T, op string, got Amount, want decimal.Decimal) {
	t.Helper()
	if !got.Decimal().Equal(want) {
		t.Fatalf("%s = %s, decimal %s", op, got, want)
	}
	checkForm(t, got)
}

// Property: amountOf keeps the value it is given, in its one form.
func propAmountOfKeepsValue(t *rapid.T) {
	c := rapid.SampledFrom(unitCurrencies).Draw(t, "currency")
	v := genFormDecimal(t, "v", c.Scale())
	wantValue(t, "amountOf("+v.String()+")", amountOf(c, v), v)
}

func TestPropAmountOfKeepsValue(t *testing.T) { rapid.Check(t, propAmountOfKeepsValue) }

// Property (differential): Add is shopspring's Add.
func propAmountAddMatchesDecimal(t *rapid.T) {
	c := rapid.SampledFrom(unitCurrencies).Draw(t, "currency")
	a, b := genFormAmount(t, "a", c), genFormAmount(t, "b", c)
	got, err := a.Add(b)
	if err != nil {
		t.Fatal(err)
	}
	wantValue(t, a.String()+" + "+b.String(), got, a.Decimal().Add(b.Decimal()))
}

func TestPropAmountAddMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountAddMatchesDecimal) }
func FuzzPropAmountAddMatchesDecimal(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propAmountAddMatchesDecimal))
}

// Property (differential): Sub is shopspring's Sub.
func propAmountSubMatchesDecimal(t *rapid.T) {
	c := rapid.SampledFrom(unitCurrencies).Draw(t, "currency")
	a, b := genFormAmount(t, "a", c), genFormAmount(t, "b", c)
	got, err := a.Sub(b)
	if err != nil {
		t.Fatal(err)
	}
	wantValue(t, a.String()+" − "+b.String(), got, a.Decimal().Sub(b.Decimal()))
}

func TestPropAmountSubMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountSubMatchesDecimal) }

// Property (differential): Neg is shopspring's Neg.
func propAmountNegMatchesDecimal(t *rapid.T) {
	a := genFormAmount(t, "a", rapid.SampledFrom(unitCurrencies).Draw(t, "currency"))
	wantValue(t, "−"+a.String(), a.Neg(), a.Decimal().Neg())
}

func TestPropAmountNegMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountNegMatchesDecimal) }

// Property (differential): Cmp, Equal, Sign and IsZero are shopspring's.
func propAmountCmpMatchesDecimal(t *rapid.T) {
	c := rapid.SampledFrom(unitCurrencies).Draw(t, "currency")
	a := genFormAmount(t, "a", c)
	b := a
	if !rapid.Bool().Draw(t, "same") {
		b = genFormAmount(t, "b", c)
	}
	cmpGot, err := a.Cmp(b)
	if err != nil {
		t.Fatal(err)
	}
	x, y := a.Decimal(), b.Decimal()
	got := []any{cmpGot, a.Equal(b), a.Sign(), a.IsZero(), a.IsNegative(), a.IsPositive()}
	want := []any{x.Cmp(y), x.Equal(y), x.Sign(), x.IsZero(), x.Sign() < 0, x.Sign() > 0}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("%s against %s (-want +got)\n%s", a, b, diff)
	}
}

func TestPropAmountCmpMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountCmpMatchesDecimal) }

// Property (differential): Mul is shopspring's Mul, unrounded.
func propAmountMulMatchesDecimal(t *rapid.T) {
	a := genFormAmount(t, "a", rapid.SampledFrom(unitCurrencies).Draw(t, "currency"))
	r := Rate{v: decimal.NewFromBigInt(genCoefficient(t, "rate"), int32(rapid.IntRange(-20, 3).Draw(t, "rateExp")))}
	wantValue(t, a.String()+" × "+r.v.String(), a.Mul(r), a.Decimal().Mul(r.v))
}

func TestPropAmountMulMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountMulMatchesDecimal) }
func FuzzPropAmountMulMatchesDecimal(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propAmountMulMatchesDecimal))
}

// Property (differential): MulInt is shopspring's Mul by the integer.
func propAmountMulIntMatchesDecimal(t *rapid.T) {
	a := genFormAmount(t, "a", rapid.SampledFrom(unitCurrencies).Draw(t, "currency"))
	n := rapid.OneOf(rapid.Int64Range(-1000, 1000), rapid.Int64()).Draw(t, "n")
	wantValue(t, a.String()+" × n", a.MulInt(n), a.Decimal().Mul(decimal.NewFromInt(n)))
}

func TestPropAmountMulIntMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountMulIntMatchesDecimal) }

// Property (differential): Round is round on the decimal.
func propAmountRoundMatchesDecimal(t *rapid.T) {
	a := genFormAmount(t, "a", rapid.SampledFrom(unitCurrencies).Draw(t, "currency"))
	m := RoundingMode(rapid.IntRange(0, 4).Draw(t, "mode"))
	wantValue(t, a.String()+" rounded", a.Round(m), m.round(a.Decimal(), a.cur.Scale()))
}

func TestPropAmountRoundMatchesDecimal(t *testing.T) { rapid.Check(t, propAmountRoundMatchesDecimal) }

// Property (differential): an amount prints as its value held as a
// decimal prints, and Units gives its count of minor units exactly when
// it is whole and of at most 15 digits.
func propAmountStringAndUnitsMatchDecimal(t *rapid.T) {
	c := rapid.SampledFrom(unitCurrencies).Draw(t, "currency")
	a := genFormAmount(t, "a", c)
	v := a.Decimal()
	if v.IsZero() {
		v = decimal.New(0, -c.Scale())
	}
	if want := wideAmount(c, v).String(); a.String() != want {
		t.Fatalf("String %q, as a decimal %q", a.String(), want)
	}
	n, ok := a.Units()
	u := a.Decimal().Shift(c.Scale())
	wantOK := u.IsInteger() && u.Abs().LessThan(decimal.New(1, 15))
	if ok != wantOK || (ok && !decimal.NewFromInt(n).Equal(u)) {
		t.Fatalf("%s: Units %d %v, want %v %v", a, n, ok, u, wantOK)
	}
}

func TestPropAmountStringAndUnitsMatchDecimal(t *testing.T) {
	rapid.Check(t, propAmountStringAndUnitsMatchDecimal)
}

// TestAmountFormsAtTheBounds pins the form on each side of the bound of
// the integer form.
func TestAmountFormsAtTheBounds(t *testing.T) {
	got := map[string]bool{}
	for _, s := range []string{"EUR 9999999999999.99", "EUR -9999999999999.99", "EUR 10000000000000.00",
		"EUR -10000000000000", "JPY 999999999999999", "JPY 1000000000000000", "EUR 0", "EUR 0.00"} {
		got[s] = MustAmount(s).isWide()
	}
	got["EUR 1.005"] = unrounded("EUR 1.005").isWide()
	got["EUR 27000.000"] = unrounded("EUR 27000.000").isWide()
	want := map[string]bool{"EUR 9999999999999.99": false, "EUR -9999999999999.99": false,
		"EUR 10000000000000.00": true, "EUR -10000000000000": true, "JPY 999999999999999": false,
		"JPY 1000000000000000": true, "EUR 0": false, "EUR 0.00": false, "EUR 1.005": true, "EUR 27000.000": false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("held as a decimal (-want +got)\n%s", diff)
	}
}

// TestAmountArithmeticAllocations: the arithmetic of amounts in the integer
// form allocates nothing.
func TestAmountArithmeticAllocations(t *testing.T) {
	a, b := MustAmount("EUR 12345.67"), MustAmount("EUR 890.10")
	r := MustRate("0.9")
	var sink Amount
	n := testing.AllocsPerRun(100, func() {
		s, _ := a.Add(b)
		d, _ := s.Sub(b)
		if c, _ := d.Cmp(a); c == 0 {
			sink = d.MulRound(r, HalfAwayFromZero).MulInt(3).Neg().Round(HalfEven)
		}
	})
	if n != 0 || sink.IsZero() {
		t.Errorf("%v allocations (result %s), want 0", n, sink)
	}
}

// mulDivExact is a × num / den in minor units of a's currency, rounded with
// mode m on exact rationals: the reference of MulDiv.
func mulDivExact(a, num, den Amount, m RoundingMode) decimal.Decimal {
	scale := a.cur.Scale()
	// a × 10^scale × num / den, with the exponents of num and a's decimal put back
	v := new(big.Rat).Mul(ratOf(a.Decimal().Shift(scale)), ratOf(num.Decimal()))
	v.Quo(v, ratOf(den.Decimal()))
	neg := v.Sign() < 0
	v.Abs(v)
	q := new(big.Int).Quo(v.Num(), v.Denom())
	rem := new(big.Rat).Sub(v, new(big.Rat).SetInt(q))
	half := rem.Cmp(big.NewRat(1, 2))
	up := false
	switch m {
	case Down:
	case Up:
		up = rem.Sign() != 0
	case HalfEven:
		up = half > 0 || (half == 0 && q.Bit(0) == 1)
	default:
		up = half >= 0
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return decimal.NewFromBigInt(q, -scale)
}

// ratOf is d as an exact rational.
func ratOf(d decimal.Decimal) *big.Rat {
	r := new(big.Rat).SetInt(d.Coefficient())
	e := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.Exponent()))), nil)
	if d.Exponent() >= 0 {
		return r.Mul(r, new(big.Rat).SetInt(e))
	}
	return r.Quo(r, new(big.Rat).SetInt(e))
}

func abs32(e int32) int32 {
	if e < 0 {
		return -e
	}
	return e
}

// Property (differential): MulDiv is the exact rational a × num / den
// rounded once with the mode, on its 64-bit path and its decimal one.
func propAmountMulDivMatchesRational(t *rapid.T) {
	c := rapid.SampledFrom(unitCurrencies).Draw(t, "currency")
	a, num, den := genFormAmount(t, "a", c), genFormAmount(t, "num", c), genFormAmount(t, "den", c)
	if den.IsZero() || rapid.IntRange(0, 3).Draw(t, "tie") == 0 {
		// an even divisor, so that ties come often
		den = FromUnits(c, rapid.SampledFrom([]int64{2, -2, 4, 8, 20, 200}).Draw(t, "even"))
	}
	if a.isWide() && a.Validate() != nil || num.Validate() != nil || den.Validate() != nil {
		t.Skip("MulDiv is for money, not intermediates")
	}
	m := RoundingMode(rapid.IntRange(0, 4).Draw(t, "mode"))
	got, err := a.MulDiv(num, den, m)
	want := mulDivExact(a, num, den, m)
	if err != nil {
		if _, errWant := NewAmount(c, want); errWant == nil && int(m) < len(roundingNames) {
			t.Fatalf("%s × %s / %s: %v, want %s", a, num, den, err, want)
		}
		return
	}
	if int(m) >= len(roundingNames) {
		t.Fatalf("%s × %s / %s: mode %s accepted", a, num, den, m)
	}
	wantValue(t, a.String()+" × "+num.String()+" / "+den.String(), got, want)
}

func TestPropAmountMulDivMatchesRational(t *testing.T) {
	rapid.Check(t, propAmountMulDivMatchesRational)
}
func FuzzPropAmountMulDivMatchesRational(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propAmountMulDivMatchesRational))
}

// TestAmountMulDiv pins ties, signs and the errors.
func TestAmountMulDiv(t *testing.T) {
	tests := []struct{ a, num, den, mode, want string }{
		{"EUR 866.67", "EUR 1000", "EUR 1200", "halfAwayFromZero", "EUR 722.23"},
		{"EUR 866.67", "EUR 1000", "EUR 1200", "down", "EUR 722.22"},
		{"EUR 0.05", "EUR 1", "EUR 2", "halfEven", "EUR 0.02"},
		{"EUR 0.07", "EUR 1", "EUR 2", "halfEven", "EUR 0.04"},
		{"EUR -0.05", "EUR 1", "EUR 2", "halfAwayFromZero", "EUR -0.03"},
		{"EUR 0.05", "EUR -1", "EUR 2", "up", "EUR -0.03"},
		{"EUR 100", "EUR 1", "EUR 3", "up", "EUR 33.34"},
		{"JPY 1000", "EUR 1", "EUR 3", "halfAwayFromZero", "JPY 333"},
		{"EUR 99999999999999999.99", "EUR 1", "EUR 3", "halfAwayFromZero", "EUR 33333333333333333.33"},
		{"EUR 10", "EUR 1", "EUR 0", "down", "error: mulDiv"},
		{"EUR 10", "EUR 1", "GBP 2", "down", "error: mulDiv"},
		{"EUR 10", "EUR 1", "EUR 2", "sideways", "error: mulDiv"},
	}
	for _, tc := range tests {
		m, err := ParseRoundingMode(tc.mode)
		if err != nil {
			m = RoundingMode(len(roundingNames)) // unknown
		}
		got, err := MustAmount(tc.a).MulDiv(MustAmount(tc.num), MustAmount(tc.den), m)
		s := got.String()
		if err != nil {
			s = "error: mulDiv"
		}
		if diff := cmp.Diff(tc.want, s); diff != "" {
			t.Errorf("%s × %s / %s (%s) (-want +got)\n%s", tc.a, tc.num, tc.den, tc.mode, diff)
		}
	}
}
