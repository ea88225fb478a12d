package claims_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// TestShareRecovery pins FORMAT.md claims.recovery: net = max(0, recovery
// − costs), insurer = round(net × indemnity / loss) half away from zero,
// at most indemnity, insured = net − insurer. Amounts without a currency
// are in EUR; "" is the zero Amount (no costs).
func TestShareRecovery(t *testing.T) {
	tests := []struct {
		name                              string
		indemnity, loss, recovery, costs  string
		wantNet, wantInsurer, wantInsured string
	}{
		{"27 000 paid on a 40 000 loss: the insurer takes 67.5 %", "27000", "40000", "10000", "", "10000", "6750", "3250"},
		{"collection costs the policy deducts come off first", "27000", "40000", "10000", "1000", "9000", "6075", "2925"},
		{"FORMAT.md rec-001: 5 000 less 500 of costs, 90 % to the insurer", "18000", "20000", "5000", "500", "4500", "4050", "450"},
		{"a third of a cent rounds down, not to the insurer first", "1", "3", "1", "", "1", "0.33", "0.67"},
		{"two thirds of a cent round up", "2", "3", "1", "", "1", "0.67", "0.33"},
		{"a tie rounds half away from zero, not to even", "1", "2", "0.05", "", "0.05", "0.03", "0.02"},
		{"a tie at half a cent goes to the insurer", "1", "2", "0.01", "", "0.01", "0.01", "0"},
		{"nothing paid, all to the insured", "0", "5000", "100", "", "100", "0", "100"},
		{"everything paid, all to the insurer", "5000", "5000", "100", "0", "100", "100", "0"},
		{"costs above the recovery: nothing to share", "1", "2", "1", "1.5", "0", "0", "0"},
		{"costs equal to the recovery: nothing to share", "1", "2", "1", "1", "0", "0", "0"},
		{"a zero recovery on a zero loss: every share 0", "0", "0", "0", "", "0", "0", "0"},
		{"a recovery above the loss: the insurer's share stops at the indemnity", "900", "1000", "1200", "", "1200", "900", "300"},
		{"no minor unit in yen: 7 × 7 / 9 = 5.44 rounds to 5", "JPY 7", "JPY 9", "JPY 8", "JPY 1", "JPY 7", "JPY 5", "JPY 2"},
		{"a yen tie rounds away: 5 × 3 / 10 = 1.5 → 2", "JPY 3", "JPY 10", "JPY 5", "", "JPY 5", "JPY 2", "JPY 3"},
	}
	amt := func(s string) policy.Amount {
		if strings.HasPrefix(s, "JPY ") {
			return policy.MustAmount(s)
		}
		return eur(s)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := claims.ShareRecovery(amt(tc.indemnity), amt(tc.loss), claims.Recovery{Amount: amt(tc.recovery), Costs: amt(tc.costs)})
			if err != nil {
				t.Fatalf("ShareRecovery: %v", err)
			}
			want := []string{amt(tc.wantNet).String(), amt(tc.wantInsurer).String(), amt(tc.wantInsured).String()}
			got := []string{s.Net.String(), s.Insurer.String(), s.Insured.String()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ShareRecovery (net, insurer, insured) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestShareRecoveryErrors(t *testing.T) {
	tests := []struct {
		name            string
		indemnity, loss policy.Amount
		r               claims.Recovery
		want            error
	}{
		{"no loss", eur("1"), policy.Amount{}, claims.Recovery{Amount: eur("1")}, policy.ErrMissing},
		{"no recovery", eur("1"), eur("2"), claims.Recovery{}, policy.ErrMissing},
		{"no indemnity", policy.Amount{}, eur("2"), claims.Recovery{Amount: eur("1")}, policy.ErrMissing},
		{"a zero loss with a recovery", eur("0"), eur("0"), claims.Recovery{Amount: eur("0.01")}, policy.ErrInconsistent},
		{"a zero loss with a recovery all costs", eur("0"), eur("0"), claims.Recovery{Amount: eur("1"), Costs: eur("1")}, policy.ErrInconsistent},
		{"an indemnity above the loss", eur("3"), eur("2"), claims.Recovery{Amount: eur("1")}, policy.ErrInconsistent},
		{"an indemnity above a zero loss", eur("1"), eur("0"), claims.Recovery{Amount: eur("0")}, policy.ErrInconsistent},
		{"a negative recovery", eur("1"), eur("2"), claims.Recovery{Amount: eur("-1")}, policy.ErrOutOfRange},
		{"a negative indemnity", eur("-1"), eur("2"), claims.Recovery{Amount: eur("1")}, policy.ErrOutOfRange},
		{"costs in dollars", eur("1"), eur("2"), claims.Recovery{Amount: eur("1"), Costs: policy.MustAmount("USD 1")}, policy.ErrCurrencyMismatch},
		{"a recovery in dollars", eur("1"), eur("2"), claims.Recovery{Amount: policy.MustAmount("USD 1")}, policy.ErrCurrencyMismatch},
		{"negative costs", eur("1"), eur("2"), claims.Recovery{Amount: eur("1"), Costs: eur("-1")}, policy.ErrOutOfRange},
		{"a fraction of a cent", eur("1"), eur("2"), claims.Recovery{Amount: eur("2.01").Mul(policy.MustRate("0.5"))}, policy.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := claims.ShareRecovery(tc.indemnity, tc.loss, tc.r)
			checkErr(t, "ShareRecovery", err)
			if !errors.Is(err, tc.want) {
				t.Errorf("ShareRecovery error = %v, want %v", err, tc.want)
			}
		})
	}
}

// Property: the insurer's share is the pro-rata share rounded to the
// nearest cent: |insurer × loss − net × indemnity| ≤ loss × 0.005 (FORMAT.md
// claims.recovery: round(net × indemnity / loss), never the cent given to
// the insurer first).
func propRecoveryInsurerNearest(t *rapid.T) {
	indemnity, loss, r := genRecovery(t)
	s, err := claims.ShareRecovery(indemnity, loss, r)
	if err != nil {
		t.Fatalf("ShareRecovery: %v", err)
	}
	gap := s.Insurer.Decimal().Mul(loss.Decimal()).Sub(s.Net.Decimal().Mul(indemnity.Decimal())).Abs()
	if gap.Cmp(loss.Decimal().Shift(-2).Mul(decimal.New(5, -1))) > 0 {
		t.Fatalf("insurer %v is not round(%v × %v / %v)", s.Insurer, s.Net, indemnity, loss)
	}
}

func TestPropRecoveryInsurerNearest(t *testing.T) { rapid.Check(t, propRecoveryInsurerNearest) }
func FuzzPropRecoveryInsurerNearest(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propRecoveryInsurerNearest))
}
