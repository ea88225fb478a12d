package policy

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestAmountSigns(t *testing.T) {
	type signs struct {
		Sign               int
		IsZero, IsNegative bool
		IsPositive         bool
	}
	for _, tc := range []struct {
		in   string
		want signs
	}{
		{"EUR -0.01", signs{Sign: -1, IsNegative: true}},
		{"EUR 0.00", signs{Sign: 0, IsZero: true}},
		{"EUR 0.01", signs{Sign: 1, IsPositive: true}},
		{"JPY 0", signs{Sign: 0, IsZero: true}},
	} {
		a := MustAmount(tc.in)
		got := signs{Sign: a.Sign(), IsZero: a.IsZero(), IsNegative: a.IsNegative(), IsPositive: a.IsPositive()}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("signs of %s (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestMinMax(t *testing.T) {
	for _, tc := range []struct {
		a, b, min, max string
	}{
		{"EUR 1.00", "EUR 2.00", "EUR 1.00", "EUR 2.00"},
		{"EUR 2.00", "EUR 1.00", "EUR 1.00", "EUR 2.00"},
		{"EUR -3.00", "EUR 0.00", "EUR -3.00", "EUR 0.00"},
		{"EUR 5.00", "EUR 5.00", "EUR 5.00", "EUR 5.00"},
	} {
		a, b := MustAmount(tc.a), MustAmount(tc.b)
		lo, err := Min(a, b)
		if err != nil {
			t.Fatalf("Min(%s, %s): %v", tc.a, tc.b, err)
		}
		hi, err := Max(a, b)
		if err != nil {
			t.Fatalf("Max(%s, %s): %v", tc.a, tc.b, err)
		}
		if diff := cmp.Diff([]Amount{MustAmount(tc.min), MustAmount(tc.max)}, []Amount{lo, hi}); diff != "" {
			t.Errorf("Min, Max of %s, %s (-want +got):\n%s", tc.a, tc.b, diff)
		}
	}
}

func TestMinMaxMismatch(t *testing.T) {
	a, b := MustAmount("EUR 1.00"), MustAmount("USD 2.00")
	for name, f := range map[string]func(Amount, Amount) (Amount, error){"Min": Min, "Max": Max} {
		if _, err := f(a, b); !errors.Is(err, ErrCurrencyMismatch) {
			t.Errorf("%s(%s, %s): error %v, want one wrapping ErrCurrencyMismatch", name, a, b, err)
		}
		if _, err := f(b, a); !errors.Is(err, ErrCurrencyMismatch) {
			t.Errorf("%s(%s, %s): error %v, want one wrapping ErrCurrencyMismatch", name, b, a, err)
		}
	}
}

func TestNewRate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		wantErr error
	}{
		{"0", nil},
		{"0.9", nil},
		{"1.5", nil},
		{"-0.0001", ErrOutOfRange},
		{"-1", ErrOutOfRange},
	} {
		r, err := NewRate(decimal.RequireFromString(tc.in))
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("NewRate(%s): error %v, want %v", tc.in, err, tc.wantErr)
			continue
		}
		if err == nil && r.String() != formatTrimmed(decimal.RequireFromString(tc.in)) {
			t.Errorf("NewRate(%s) = %s", tc.in, r)
		}
		checkErr(t, "NewRate("+tc.in+")", err)
	}
}

func TestTraceConcat(t *testing.T) {
	a := Trace{}.Add("a", "", "1", Clause{ID: "CP-1"})
	b := Trace{}.Add("b", "", "2", Clause{ID: "CP-2"}).Add("c", "", "3", Clause{ID: "CP-3"})
	got := a.Concat(b)
	want := Trace{
		{Rule: "a", Result: "1", Clause: Clause{ID: "CP-1"}},
		{Rule: "b", Result: "2", Clause: Clause{ID: "CP-2"}},
		{Rule: "c", Result: "3", Clause: Clause{ID: "CP-3"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Concat (-want +got):\n%s", diff)
	}
	// Appending to the result leaves both operands unchanged.
	_ = append(got, Step{Rule: "d"})
	_ = got.Add("e", "", "", Clause{})
	if len(a) != 1 || len(b) != 2 || b[1].Rule != "c" {
		t.Errorf("Concat changed its operands: %v %v", a, b)
	}
}
