package policy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func decimals(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = decimal.RequireFromString(s)
	}
	return out
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name    string
		total   string
		weights []string
		want    []string
		wantErr error
	}{
		{"thirds", "EUR 100.00", []string{"1", "1", "1"}, []string{"EUR 33.34", "EUR 33.33", "EUR 33.33"}, nil},
		{"negative total", "EUR -0.05", []string{"1", "1"}, []string{"EUR -0.03", "EUR -0.02"}, nil},
		{"negative thirds", "EUR -100", []string{"1", "1", "1"}, []string{"EUR -33.34", "EUR -33.33", "EUR -33.33"}, nil},
		{"zero weight gets nothing", "EUR 1.00", []string{"0", "1", "0", "2"}, []string{"EUR 0.00", "EUR 0.34", "EUR 0.00", "EUR 0.66"}, nil},
		{"leftover skips zero weights", "EUR 0.02", []string{"0", "1", "1", "1"}, []string{"EUR 0.00", "EUR 0.01", "EUR 0.01", "EUR 0.00"}, nil},
		{"JPY whole units", "JPY 100", []string{"1", "1", "1"}, []string{"JPY 34", "JPY 33", "JPY 33"}, nil},
		{"decimal weights", "EUR 10", []string{"0.5", "0.25", "0.25"}, []string{"EUR 5.00", "EUR 2.50", "EUR 2.50"}, nil},
		{"zero total", "EUR 0", []string{"1", "2"}, []string{"EUR 0.00", "EUR 0.00"}, nil},
		{"trailing zeros are whole units", "EUR 1.000", []string{"1", "1"}, []string{"EUR 0.50", "EUR 0.50"}, nil},
		{"fraction of a cent", "EUR 1.005", []string{"1"}, nil, ErrOutOfRange},
		{"negative weight", "EUR 1", []string{"1", "-1"}, nil, ErrOutOfRange},
		{"all zero weights", "EUR 1", []string{"0", "0"}, nil, ErrInconsistent},
		{"no weights", "EUR 1", nil, nil, ErrInconsistent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Allocate(unrounded(tt.total), decimals(tt.weights...))
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("Allocate error (-want +got):\n%s", diff)
			}
			checkErr(t, "Allocate", err)
			var gotS []string
			for _, a := range got {
				gotS = append(gotS, a.String())
			}
			if diff := cmp.Diff(tt.want, gotS); diff != "" {
				t.Errorf("Allocate(%s, %v) (-want +got):\n%s", tt.total, tt.weights, diff)
			}
		})
	}
	if _, err := Allocate(Amount{}, decimals("1")); err == nil {
		t.Error("Allocate(zero Amount) gave no error")
	}
}

// genAllocation draws a total in whole minor units and weights with at
// least one positive.
func genAllocation(t *rapid.T) (Amount, []decimal.Decimal) {
	c := genCurrency().Draw(t, "currency")
	total := genAmountIn(t, "total", c, 0)
	n := rapid.IntRange(1, 8).Draw(t, "n")
	ws := make([]decimal.Decimal, n)
	for i := range ws {
		w := rapid.OneOf(rapid.Int64Range(0, 3), rapid.Int64Range(0, 1_000_000)).Draw(t, "weight")
		ws[i] = decimal.New(w, -int32(rapid.IntRange(0, 4).Draw(t, "weight.decimals")))
	}
	if k := rapid.IntRange(0, n-1).Draw(t, "positive"); ws[k].IsZero() {
		ws[k] = decimal.NewFromInt(1)
	}
	return total, ws
}

// propAllocateConserves: Property: the shares of Allocate sum to the total,
// in its currency.
func propAllocateConserves(t *rapid.T) {
	total, ws := genAllocation(t)
	shares, err := Allocate(total, ws)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Sum(total.Currency(), shares...)
	if err != nil || !sum.Equal(total) {
		t.Fatalf("Allocate(%s, %v) = %v sums to %s, %v", total, ws, shares, sum, err)
	}
}

func TestAllocateConserves(t *testing.T) { rapid.Check(t, propAllocateConserves) }

// propAllocateNearExact: Property: every share of Allocate is a whole number
// of minor units within one minor unit of its exact part total × w / Σw:
// never more than one unit above it in magnitude, never a full unit below.
func propAllocateNearExact(t *rapid.T) {
	total, ws := genAllocation(t)
	shares, err := Allocate(total, ws)
	if err != nil {
		t.Fatal(err)
	}
	sum := decimal.Zero
	for _, w := range ws {
		sum = sum.Add(w)
	}
	unit := decimal.New(1, -total.Currency().Scale())
	for i, s := range shares {
		if !s.Decimal().Equal(s.Decimal().Truncate(total.Currency().Scale())) {
			t.Fatalf("share %d = %s is not whole minor units", i, s)
		}
		// Compare |share|·Σw with |total|·w (no division): the gap is
		// below one unit·Σw, and the share is not smaller in magnitude by
		// a full unit.
		gap := s.Decimal().Abs().Mul(sum).Sub(total.Decimal().Abs().Mul(ws[i]))
		if gap.Abs().Cmp(unit.Mul(sum)) >= 0 {
			t.Fatalf("Allocate(%s, %v): share %d = %s is a unit or more from its exact part", total, ws, i, s)
		}
		if s.Sign() != 0 && s.Sign() != total.Sign() {
			t.Fatalf("share %d = %s has the wrong sign for %s", i, s, total)
		}
	}
}

func TestAllocateNearExact(t *testing.T) { rapid.Check(t, propAllocateNearExact) }
