package policy

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
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
			got = append(got, MustAmount(s).Round(m).String())
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
		{"EUR 1.00000", Up, "EUR 1.00000"},
	}
	for _, tt := range others {
		if diff := cmp.Diff(tt.want, MustAmount(tt.in).Round(tt.mode).String()); diff != "" {
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
