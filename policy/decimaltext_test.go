package policy

import (
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// Property: formatDecimal writes every value exactly as shopspring's
// StringFixed does at the same number of places, its fast path included
// (coefficients around the 15-digit bound, negative values, padding, the
// zero Decimal).
func TestFormatDecimalMatchesStringFixed(t *testing.T) {
	rapid.Check(t, propFormatDecimalMatchesStringFixed)
}

func FuzzFormatDecimalMatchesStringFixed(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propFormatDecimalMatchesStringFixed))
}

func propFormatDecimalMatchesStringFixed(t *rapid.T) {
	c := rapid.OneOf(rapid.Int64Range(-1_000_000, 1_000_000), rapid.Int64Range(-999_999_999_999_999, 999_999_999_999_999),
		rapid.Int64()).Draw(t, "coefficient")
	exp := rapid.Int32Range(-20, 3).Draw(t, "exp")
	min := rapid.Int32Range(0, 20).Draw(t, "minPlaces")
	d := decimal.New(c, exp)
	if rapid.Bool().Draw(t, "zeroValue") {
		d = decimal.Decimal{}
	}
	places := max(min, -d.Exponent())
	if got, want := formatDecimal(d, min), d.StringFixed(places); got != want {
		t.Fatalf("formatDecimal(%s, %d) = %q, want %q", d.String(), min, got, want)
	}
}

func TestFormatDecimalAllocations(t *testing.T) {
	for _, a := range []Amount{MustAmount("EUR 12345.67"), MustAmount("EUR 12345"), Zero(EUR), MustAmount("JPY 100")} {
		if n := testing.AllocsPerRun(100, func() { _ = a.String() }); n > 1 {
			t.Errorf("%s.String() makes %v allocations, want at most 1", a, n)
		}
	}
}

// TestBoundDigitsAtEveryExponent: the bound read at a value's own exponent
// (no rescaling) is 10^24 exactly, on both sides, at every exponent from 0
// to −18.
func TestBoundDigitsAtEveryExponent(t *testing.T) {
	for k := int32(0); k <= maxFractionDigits; k++ {
		below := decimal.New(1, maxIntegerDigits).Sub(decimal.New(1, -k)) // 10^24 − 10^−k, written at exponent −k
		for _, tc := range []struct {
			v  decimal.Decimal
			ok bool
		}{
			{below, true}, {below.Neg(), true},
			{decimal.New(1, maxIntegerDigits).Add(decimal.New(0, -k)), false},
			{decimal.New(-1, maxIntegerDigits).Add(decimal.New(0, -k)), false},
		} {
			if tc.v.Exponent() != -k {
				t.Fatalf("%v is written at exponent %d, want %d", tc.v, tc.v.Exponent(), -k)
			}
			if _, err := boundDigits("v", tc.v); (err == nil) != tc.ok {
				t.Errorf("boundDigits(%v) error %v, want accepted %v", tc.v, err, tc.ok)
			}
		}
	}
}

// TestBoundDigitsAllocatesNothing pins the fast path: an everyday amount is
// bounded without an allocation.
func TestBoundDigitsAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	v := MustAmount("EUR 1234.56").Decimal()
	if n := testing.AllocsPerRun(100, func() { _, _ = boundDigits("v", v) }); n != 0 {
		t.Errorf("boundDigits(EUR 1234.56) makes %v allocations, want 0", n)
	}
}
