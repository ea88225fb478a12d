package policy

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in      string
		want    string // String() of the result
		wantErr error
	}{
		{"EUR 1234.56", "EUR 1234.56", nil},
		{"EUR -0.5", "EUR -0.50", nil},
		{"JPY 100", "JPY 100", nil},
		{"KWD 1.5", "KWD 1.500", nil},
		{"EUR 0", "EUR 0.00", nil},
		{"EUR 000123.4", "EUR 123.40", nil},
		{"EUR 0.123456789012345678", "", ErrOutOfRange},
		{"EUR 10.500", "EUR 10.50", nil},
		{"EUR 1." + strings.Repeat("0", 30), "EUR 1.00", nil},
		{"EUR " + strings.Repeat("0", 30) + "1", "EUR 1.00", nil},
		{"KWD 1.005", "KWD 1.005", nil},
		{"EUR " + strings.Repeat("9", 24), "EUR " + strings.Repeat("9", 24) + ".00", nil},
		{"EUR 1,000.00", "", ErrSyntax},
		{"EUR 1e4", "", ErrSyntax},
		{"EUR +5", "", ErrSyntax},
		{"eur 5", "", ErrUnknownCurrency},
		{"EUR  5", "", ErrSyntax},
		{"EUR 5.", "", ErrSyntax},
		{"EUR .5", "", ErrSyntax},
		{"XXX 5", "", ErrUnknownCurrency},
		{"EUR 0." + strings.Repeat("1", 19), "", ErrSyntax},
		{"EUR " + strings.Repeat("1", 25), "", ErrSyntax},
		{"EUR", "", ErrSyntax},
		{"", "", ErrSyntax},
		{"EUR 5 ", "", ErrSyntax},
		{"EUR -", "", ErrSyntax},
		{"EUR --5", "", ErrSyntax},
		{"EUR 1_000", "", ErrSyntax},
		{"EUR ５", "", ErrSyntax},
		{"EURO 5", "", ErrSyntax},
		{"5 EUR", "", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("ParseAmount(%q) error (-want +got):\n%s", tt.in, diff)
			}
			checkErr(t, "ParseAmount", err)
			if err != nil {
				return
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("ParseAmount(%q).String() (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestAmountString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"EUR 10.5", "EUR 10.50"},
		{"EUR 10", "EUR 10.00"},
		{"JPY 100", "JPY 100"},
		{"EUR 1.005", "EUR 1.005"}, // unrounded: never shown rounded
		{"EUR -0.5", "EUR -0.50"},
		{"KWD 2", "KWD 2.000"},
		{"CLF 1.2", "CLF 1.2000"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, unrounded(tt.in).String()); diff != "" {
			t.Errorf("%q.String() (-want +got):\n%s", tt.in, diff)
		}
	}
	if diff := cmp.Diff("0", Amount{}.String()); diff != "" {
		t.Errorf("Amount{}.String() (-want +got):\n%s", diff)
	}
}

// TestAmountZeroValue pins the documented zero values: the zero Amount is
// "no amount", marshals to the empty text and back.
func TestAmountZeroValue(t *testing.T) {
	var z Amount
	b, err := z.MarshalText()
	if err != nil || len(b) != 0 {
		t.Fatalf("Amount{}.MarshalText() = %q, %v; want empty, nil", b, err)
	}
	back := MustAmount("EUR 1")
	if err := back.UnmarshalText(nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(z, back); diff != "" {
		t.Errorf("UnmarshalText(empty) (-want +got):\n%s", diff)
	}
	if !z.IsZero() || z.Sign() != 0 || !z.Currency().IsZero() {
		t.Errorf("Amount{}: IsZero %v Sign %d Currency %q", z.IsZero(), z.Sign(), z.Currency())
	}
	if _, err := NewAmount(Currency{}, decimal.NewFromInt(1)); !errors.Is(err, ErrMissing) {
		t.Errorf("NewAmount(no currency) error = %v, want ErrMissing", err)
	}
}

func TestAmountMismatch(t *testing.T) {
	eur, usd := MustAmount("EUR 1"), MustAmount("USD 1")
	ops := map[string]func() error{
		"Add": func() error { _, err := eur.Add(usd); return err },
		"Sub": func() error { _, err := eur.Sub(usd); return err },
		"Cmp": func() error { _, err := eur.Cmp(usd); return err },
		"Min": func() error { _, err := Min(eur, usd); return err },
		"Max": func() error { _, err := Max(eur, usd); return err },
		"Sum": func() error { _, err := Sum(EUR, eur, usd); return err },
	}
	for name, op := range ops {
		err := op()
		if !errors.Is(err, ErrCurrencyMismatch) {
			t.Errorf("%s(EUR, USD) error = %v, want ErrCurrencyMismatch", name, err)
		}
		checkErr(t, name, err)
	}
}

// propAmountTextRoundTrip: Property: an amount NewAmount accepts reads back
// equal from its String and its MarshalText; one it refuses (finer than the
// minor unit) is refused by ParseAmount and MarshalText too.
func propAmountTextRoundTrip(t *rapid.T) {
	a := genAmountIn(t, "a", genCurrency().Draw(t, "currency"), 6)
	_, errNew := NewAmount(a.cur, a.Decimal())
	got, err := ParseAmount(a.String())
	if (err == nil) != (errNew == nil) {
		t.Fatalf("NewAmount(%s) error %v, ParseAmount(%q) error %v", a, errNew, a, err)
	}
	b, errText := a.MarshalText()
	if (errText == nil) != (errNew == nil) {
		t.Fatalf("NewAmount(%s) error %v, MarshalText error %v", a, errNew, errText)
	}
	if errNew != nil {
		return
	}
	if !got.Equal(a) {
		t.Fatalf("ParseAmount(%q) = %s", a, got)
	}
	var back Amount
	if err := back.UnmarshalText(b); err != nil || !back.Equal(a) {
		t.Fatalf("UnmarshalText(%q) = %s, %v", b, back, err)
	}
}

func TestAmountTextRoundTrip(t *testing.T) { rapid.Check(t, propAmountTextRoundTrip) }

// propMismatchErrors: Property: Add, Sub, Cmp, Min and Max of two amounts
// of different currencies always return an error wrapping
// ErrCurrencyMismatch, and never when the currencies agree.
func propMismatchErrors(t *rapid.T) {
	ca, cb := genCurrency().Draw(t, "ca"), genCurrency().Draw(t, "cb")
	a, b := genAmountIn(t, "a", ca, 2), genAmountIn(t, "b", cb, 2)
	_, eAdd := a.Add(b)
	_, eSub := a.Sub(b)
	_, eCmp := a.Cmp(b)
	_, eMin := Min(a, b)
	_, eMax := Max(a, b)
	for i, err := range []error{eAdd, eSub, eCmp, eMin, eMax} {
		if got := errors.Is(err, ErrCurrencyMismatch); got != (ca != cb) {
			t.Fatalf("op %d on %s and %s: error %v", i, a, b, err)
		}
	}
}

func TestMismatchErrors(t *testing.T) { rapid.Check(t, propMismatchErrors) }

// Property: Units and FromUnits are inverse on whole minor units, and Units
// refuses what it cannot count exactly.
func TestPropUnitsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := MustCurrency(rapid.SampledFrom([]string{"EUR", "JPY", "KWD"}).Draw(t, "currency"))
		n := rapid.Int64Range(-999_999_999_999_999, 999_999_999_999_999).Draw(t, "units")
		a := FromUnits(c, n)
		got, ok := a.Units()
		if !ok || got != n {
			t.Fatalf("Units(FromUnits(%d)) = %d, %v", n, got, ok)
		}
		if _, ok := a.Mul(MustRate("0.5")).Units(); ok && n%2 != 0 {
			t.Fatalf("Units of the unrounded half of %v is exact", a)
		}
	})
}

// TestUnitsDigitBound: Units counts amounts of at most 15 digits of minor
// units, at the edge and on both signs, and refuses 16 digits.
func TestUnitsDigitBound(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when refused
	}{
		{"EUR 9999999999999.99", "999999999999999"},
		{"EUR -9999999999999.99", "-999999999999999"},
		{"EUR 10000000000000.00", ""},
		{"EUR -10000000000000.00", ""},
		{"JPY 999999999999999", "999999999999999"},
		{"JPY 1000000000000000", ""},
		{"KWD 999999999999.999", "999999999999999"},
		{"KWD 1000000000000.000", ""},
		{"EUR 0.01", "1"},
	}
	for _, tt := range tests {
		n, ok := MustAmount(tt.in).Units()
		got := ""
		if ok {
			got = strconv.FormatInt(n, 10)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Units(%s) (-want +got):\n%s", tt.in, diff)
		}
	}
}
