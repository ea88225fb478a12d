package policy

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// TestRound checks the worked pairs documented on RoundingMode, plus the
// zero-decimal and three-decimal currencies.
func TestRound(t *testing.T) {
	in := []string{"EUR 2.345", "EUR 2.355", "EUR -2.345", "EUR 2.341", "EUR -2.349"}
	want := map[RoundingMode][]string{
		HalfAwayFromZero: {"EUR 2.35", "EUR 2.36", "EUR -2.35", "EUR 2.34", "EUR -2.35"},
		HalfEven:         {"EUR 2.34", "EUR 2.36", "EUR -2.34", "EUR 2.34", "EUR -2.35"},
		Down:             {"EUR 2.34", "EUR 2.35", "EUR -2.34", "EUR 2.34", "EUR -2.34"},
		Up:               {"EUR 2.35", "EUR 2.36", "EUR -2.35", "EUR 2.35", "EUR -2.35"},
	}
	for m, w := range want {
		var got []string
		for _, s := range in {
			got = append(got, unrounded(s).Round(m).String())
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("Round(%s) of %v (-want +got):\n%s", m, in, diff)
		}
	}
	others := []struct {
		in   string
		mode RoundingMode
		want string
	}{
		{"JPY 100.5", HalfAwayFromZero, "JPY 101"},
		{"JPY 100.5", HalfEven, "JPY 100"},
		{"JPY -100.5", Down, "JPY -100"},
		{"KWD 1.0005", HalfAwayFromZero, "KWD 1.001"},
		{"EUR 10.5", Up, "EUR 10.50"}, // already at scale: unchanged
		// Exact at the scale but written with more decimals: every mode
		// gives the currency's two.
		{"EUR 1.00000", Up, "EUR 1.00"},
		{"EUR 1.00000", Down, "EUR 1.00"},
		{"EUR -1.00000", Up, "EUR -1.00"},
		{"EUR 1.00000", HalfEven, "EUR 1.00"},
		{"EUR 1.00000", HalfAwayFromZero, "EUR 1.00"},
	}
	for _, tt := range others {
		if diff := cmp.Diff(tt.want, unrounded(tt.in).Round(tt.mode).String()); diff != "" {
			t.Errorf("%s.Round(%s) (-want +got):\n%s", tt.in, tt.mode, diff)
		}
	}
}

func TestRoundingModeText(t *testing.T) {
	for _, m := range []RoundingMode{HalfAwayFromZero, HalfEven, Down, Up} {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back RoundingMode
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, m)
		}
	}
	if _, err := RoundingMode(9).MarshalText(); !errors.Is(err, ErrSyntax) {
		t.Errorf("RoundingMode(9).MarshalText() error = %v, want ErrSyntax", err)
	}
	if _, err := ParseRoundingMode("HalfEven"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseRoundingMode(HalfEven) error = %v, want ErrSyntax", err)
	}
}

var roundingModes = []RoundingMode{HalfAwayFromZero, HalfEven, Down, Up}

// propRoundIdempotent: Property: Round(Round(a, m), m) equals Round(a, m),
// and the result has at most the currency's decimals.
func propRoundIdempotent(t *rapid.T) {
	a := genAmountIn(t, "a", genCurrency().Draw(t, "currency"), 6)
	m := rapid.SampledFrom(roundingModes).Draw(t, "mode")
	r := a.Round(m)
	if rr := r.Round(m); !rr.Equal(r) {
		t.Fatalf("Round(Round(%s)) = %s, Round = %s", a, rr, r)
	}
	if !r.Decimal().Equal(r.Decimal().Truncate(a.Currency().Scale())) {
		t.Fatalf("Round(%s, %s) = %s has more than %d decimals", a, m, r, a.Currency().Scale())
	}
}

func TestRoundIdempotent(t *testing.T) { rapid.Check(t, propRoundIdempotent) }

// propRoundMonotonic: Property: a ≤ b implies Round(a, m) ≤ Round(b, m) for
// every mode.
func propRoundMonotonic(t *rapid.T) {
	c := genCurrency().Draw(t, "currency")
	a, b := genAmountIn(t, "a", c, 4), genAmountIn(t, "b", c, 4)
	m := rapid.SampledFrom(roundingModes).Draw(t, "mode")
	ab, _ := a.Cmp(b)
	if ab > 0 {
		a, b = b, a
	}
	if c, _ := a.Round(m).Cmp(b.Round(m)); c > 0 {
		t.Fatalf("%s ≤ %s but Round(%s) gives %s > %s", a, b, m, a.Round(m), b.Round(m))
	}
}

func TestRoundMonotonic(t *testing.T) { rapid.Check(t, propRoundMonotonic) }

// genCoefficient draws a coefficient for MulRound: small numbers, numbers
// near the 64-bit bounds of mulRound64 (18 and 19 digits, products that
// overflow 63 bits), either sign.
func genCoefficient(t *rapid.T, label string) *big.Int {
	var c int64
	switch rapid.IntRange(0, 3).Draw(t, label+"Size") {
	case 0:
		c = rapid.Int64Range(0, 10_000).Draw(t, label)
	case 1:
		c = rapid.Int64Range(0, 1<<53).Draw(t, label)
	case 2:
		c = rapid.Int64Range(1<<53, 999_999_999_999_999_999).Draw(t, label)
	default:
		c = rapid.Int64Range(0, math.MaxInt64).Draw(t, label)
	}
	v := big.NewInt(c)
	if rapid.Bool().Draw(t, label+"Neg") {
		v.Neg(v)
	}
	if rapid.IntRange(0, 9).Draw(t, label+"Wide") == 0 { // beyond 64 bits
		v.Mul(v, big.NewInt(1_000_000_007))
	}
	return v
}

// Property (differential): MulRound is the product of shopspring's Mul
// rounded by round, whichever path it takes (the 64-bit one, or the
// decimal one when a coefficient or the product is too wide), for every
// mode (including an unknown one, which rounds as HalfAwayFromZero) and
// every currency scale.
func propMulRoundMatchesDecimal(t *rapid.T) {
	cur := rapid.SampledFrom([]Currency{EUR, JPY, MustCurrency("KWD")}).Draw(t, "currency")
	a := amountOf(cur, decimal.NewFromBigInt(genCoefficient(t, "amount"), int32(rapid.IntRange(-8, 4).Draw(t, "amountExp"))))
	r := Rate{v: decimal.NewFromBigInt(genCoefficient(t, "rate"), int32(rapid.IntRange(-12, 2).Draw(t, "rateExp")))}
	m := RoundingMode(rapid.SampledFrom([]uint8{0, 1, 2, 3, 9}).Draw(t, "mode"))
	got, want := a.MulRound(r, m), m.round(a.Decimal().Mul(r.v), cur.Scale())
	if got.Currency() != cur || !got.Decimal().Equal(want) {
		t.Fatalf("%v × %v (%s): MulRound %s, decimal %s", a.Decimal(), r.v, m, got, want)
	}
	checkForm(t, got)
}

func TestPropMulRoundMatchesDecimal(t *testing.T) { rapid.Check(t, propMulRoundMatchesDecimal) }
func FuzzPropMulRoundMatchesDecimal(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propMulRoundMatchesDecimal))
}

// TestMulRound pins the ties and the bounds of the 64-bit path: each line
// is an amount, a rate, a mode and the rounded product.
func TestMulRound(t *testing.T) {
	tests := []struct{ amount, rate, mode, want string }{
		{"EUR 1005", "0.001", "halfAwayFromZero", "EUR 1.01"},
		{"EUR 1005", "0.001", "halfEven", "EUR 1.00"},
		{"EUR 1015", "0.001", "halfEven", "EUR 1.02"},
		{"EUR -1005", "0.001", "halfAwayFromZero", "EUR -1.01"},
		{"EUR -1005", "0.001", "down", "EUR -1.00"},
		{"EUR 1001", "0.001", "up", "EUR 1.01"},
		{"EUR 1000", "0.001", "up", "EUR 1.00"},
		{"EUR 40000", "0.9", "halfAwayFromZero", "EUR 36000.00"},
		{"JPY 1234567", "0.0035", "halfAwayFromZero", "JPY 4321"},
		{"KWD 10.0005", "1", "halfEven", "KWD 10.000"},
		{"EUR 92233720368547758.07", "1", "down", "EUR 92233720368547758.07"},
		{"EUR 92233720368547758.08", "1", "down", "EUR 92233720368547758.08"},
		{"EUR 99999999999999999.99", "0.999999999999999999", "halfEven", "EUR 99999999999999999.89"},
		{"EUR 1000", "0.001", "up", "EUR 1.00"},
		{"EUR 1000", "0.001", "down", "EUR 1.00"},
		{"EUR 0.01", "0.000000000000000001", "up", "EUR 0.01"},
		{"EUR 0.001", "0.000000000000000001", "up", "EUR 0.01"},
		{"EUR 0.001", "0.000000000000000001", "down", "EUR 0.00"},
	}
	for _, tc := range tests {
		m, err := ParseRoundingMode(tc.mode)
		if err != nil {
			t.Fatal(err)
		}
		a, r := unrounded(tc.amount), MustRate(tc.rate)
		if got := a.MulRound(r, m).String(); got != tc.want {
			t.Errorf("%s × %s (%s) = %s, want %s", tc.amount, tc.rate, tc.mode, got, tc.want)
		}
	}
}

// TestMulRoundAllocations pins MulRound's contract for everyday values: the
// product of an amount of whole minor units and a rate, rounded, allocates
// nothing (integer arithmetic on the count of minor units), where the
// decimal path costs about ten allocations. Allocation counts are exact,
// not timings.
func TestMulRoundAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocation counts")
	}
	tests := []struct{ amount, rate string }{
		{"EUR 1234.56", "0.9"},        // a quotité, rounding needed
		{"EUR -1234.56", "0.9"},       // a negative amount
		{"EUR -0.05", "0.0035"},       // a negative amount, dropped digits
		{"EUR 40000", "0.9"},          // already at the scale
		{"JPY 1234567", "0.0035"},     // no minor unit
		{"KWD 1.005", "0.333"},        // three decimals
		{"EUR 0", "0.9"},              // zero
		{"EUR 9999999999999.99", "1"}, // a large amount
	}
	for _, tc := range tests {
		a, r := unrounded(tc.amount), MustRate(tc.rate)
		for _, m := range []RoundingMode{HalfAwayFromZero, HalfEven, Down, Up} {
			if n := testing.AllocsPerRun(20, func() { _ = a.MulRound(r, m) }); n != 0 {
				t.Errorf("%s × %s (%s): %v allocations, want none", tc.amount, tc.rate, m, n)
			}
		}
	}
}
