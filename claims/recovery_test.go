package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

func TestShareRecovery(t *testing.T) {
	tests := []struct {
		name                              string
		indemnity, loss, recovery, costs  string
		wantNet, wantInsurer, wantInsured string
	}{
		{"27 000 paid on a 40 000 loss: the insurer takes 67.5 %", "27000", "40000", "10000", "", "10000", "6750", "3250"},
		{"collection costs the policy deducts come off first", "27000", "40000", "10000", "1000", "9000", "6075", "2925"},
		{"a cent that does not split goes to the insurer first", "1", "3", "1", "", "1", "0.34", "0.66"},
		{"nothing paid, all to the insured", "0", "5000", "100", "", "100", "0", "100"},
		{"everything paid, all to the insurer", "5000", "5000", "100", "0", "100", "100", "0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := claims.ShareRecovery(eur(tc.indemnity), eur(tc.loss), claims.Recovery{Amount: eur(tc.recovery), Costs: eur(tc.costs)})
			if err != nil {
				t.Fatalf("ShareRecovery: %v", err)
			}
			want := []string{eur(tc.wantNet).String(), eur(tc.wantInsurer).String(), eur(tc.wantInsured).String()}
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
		{"a zero loss", eur("0"), eur("0"), claims.Recovery{Amount: eur("0")}, policy.ErrInconsistent},
		{"an indemnity above the loss", eur("3"), eur("2"), claims.Recovery{Amount: eur("1")}, policy.ErrInconsistent},
		{"costs above the recovery", eur("1"), eur("2"), claims.Recovery{Amount: eur("1"), Costs: eur("1.5")}, policy.ErrInconsistent},
		{"a recovery above the loss", eur("1"), eur("2"), claims.Recovery{Amount: eur("3")}, policy.ErrInconsistent},
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
