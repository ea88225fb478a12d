package premium_test

import (
	"testing"

	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
)

func TestLossRatio(t *testing.T) {
	tests := []struct {
		claims, premium string
		want            string
		wantErr         error
	}{
		{"EUR 3500", "EUR 7000", "0.5", nil},
		{"EUR 1000", "EUR 3000", "0.3333", nil},
		{"EUR 2000", "EUR 3000", "0.6667", nil},
		{"EUR 0.01", "EUR 200", "0.0001", nil}, // 0.00005: half away from zero at 4 places
		{"EUR 21000", "EUR 7000", "3", nil},
		{"EUR 0", "EUR 7000", "0", nil},
		{"EUR 1", "EUR 0", "", policy.ErrOutOfRange},
		{"EUR -1", "EUR 1", "", policy.ErrOutOfRange},
		{"USD 1", "EUR 1", "", policy.ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.claims+"/"+tt.premium, func(t *testing.T) {
			got, err := premium.LossRatio(amt(tt.claims), amt(tt.premium))
			wantErr(t, err, tt.wantErr)
			if tt.wantErr == nil {
				if diff := cmp.Diff(rate(tt.want), got); diff != "" {
					t.Errorf("LossRatio() mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// scale is an invented bonus-malus scale (no market scale is public).
func scale() []premium.BonusMalusStep {
	return []premium.BonusMalusStep{
		{LossRatio: premium.Range[policy.Rate]{From: rate("0"), To: rate("0.3")}, Bonus: rate("0.1")},
		{LossRatio: premium.Range[policy.Rate]{From: rate("0.3"), To: rate("0.7"), ToIncluded: true}},
		{LossRatio: premium.Range[policy.Rate]{From: rate("0.7"), FromExcluded: true, Unbounded: true}, Malus: rate("0.15")},
	}
}

func TestBonusMalus(t *testing.T) {
	tests := []struct {
		name             string
		premium, claims  string
		scale            []premium.BonusMalusStep
		wantStep         int
		wantAdj, wantNew string
		wantErr          error
	}{
		{"bonus", "EUR 10000", "EUR 1500", scale(), 0, "EUR -1000", "EUR 9000", nil},
		{"0.3 is in the neutral band", "EUR 10000", "EUR 3000", scale(), 1, "EUR 0", "EUR 10000", nil},
		{"0.7 is still neutral", "EUR 10000", "EUR 7000", scale(), 1, "EUR 0", "EUR 10000", nil},
		{"malus", "EUR 10000", "EUR 7001", scale(), 2, "EUR 1500", "EUR 11500", nil},
		{"rounded malus", "EUR 333.33", "EUR 1000", scale(), 2, "EUR 50.00", "EUR 383.33", nil},
		{"no band", "EUR 10000", "EUR 1", scale()[1:], 0, "", "", premium.ErrNoBand},
		{"overlapping scale", "EUR 10000", "EUR 1", append(scale(), premium.BonusMalusStep{LossRatio: premium.Range[policy.Rate]{From: rate("0.5"), To: rate("0.6")}}), 0, "", "", premium.ErrOverlappingBands},
		{"bonus and malus on one step", "EUR 10000", "EUR 1", []premium.BonusMalusStep{{LossRatio: premium.Range[policy.Rate]{Unbounded: true}, Bonus: rate("0.1"), Malus: rate("0.1")}}, 0, "", "", policy.ErrInconsistent},
		{"bonus above 1", "EUR 10000", "EUR 1", []premium.BonusMalusStep{{LossRatio: premium.Range[policy.Rate]{Unbounded: true}, Bonus: rate("1.1")}}, 0, "", "", policy.ErrOutOfRange},
		{"empty scale", "EUR 10000", "EUR 1", nil, 0, "", "", policy.ErrMissing},
		{"zero premium", "EUR 0", "EUR 1", scale(), 0, "", "", policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := premium.BonusMalus(amt(tt.premium), amt(tt.claims), tt.scale, policy.HalfAwayFromZero)
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			lr, _ := premium.LossRatio(amt(tt.claims), amt(tt.premium))
			want := premium.BonusMalusResult{LossRatio: lr, Step: tt.wantStep, Adjustment: amt(tt.wantAdj), Premium: amt(tt.wantNew), Trace: got.Trace}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("BonusMalus() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestProfitShare(t *testing.T) {
	year := func(p, i string) premium.YearAccount {
		return premium.YearAccount{Premium: amt(p), IndemnitiesPaid: amt(i)}
	}
	pb := premium.ProfitShareTerms{Share: rate("0.4"), ManagementCharge: rate("0.3"), Years: 1}
	three := pb
	three.Years = 3
	carry := three
	carry.CarryForward = true
	tests := []struct {
		name      string
		terms     premium.ProfitShareTerms
		years     []premium.YearAccount
		carriedIn string
		want      [4]string // charge, balance, profit share, carried out
		wantErr   error
	}{
		{"one good year", pb, []premium.YearAccount{year("EUR 20000", "EUR 5000")}, "", [4]string{"EUR 6000", "EUR 9000", "EUR 3600", "EUR 0"}, nil},
		{"one bad year, nothing carried", pb, []premium.YearAccount{year("EUR 20000", "EUR 30000")}, "", [4]string{"EUR 6000", "EUR -16000", "EUR 0", "EUR 0"}, nil},
		{"three years pooled", three, []premium.YearAccount{year("EUR 10000", "EUR 0"), year("EUR 10000", "EUR 12000"), year("EUR 10000", "EUR 0")}, "",
			[4]string{"EUR 9000", "EUR 9000", "EUR 3600", "EUR 0"}, nil},
		{"a loss carried in", carry, []premium.YearAccount{year("EUR 10000", "EUR 0"), year("EUR 10000", "EUR 0"), year("EUR 10000", "EUR 0")}, "EUR -15000",
			[4]string{"EUR 9000", "EUR 6000", "EUR 2400", "EUR 0"}, nil},
		{"a loss carried out", carry, []premium.YearAccount{year("EUR 10000", "EUR 40000"), year("EUR 10000", "EUR 0"), year("EUR 10000", "EUR 0")}, "",
			[4]string{"EUR 9000", "EUR -19000", "EUR 0", "EUR -19000"}, nil},
		{"a carried loss without carry-forward", three, []premium.YearAccount{year("EUR 1", "EUR 0"), year("EUR 1", "EUR 0"), year("EUR 1", "EUR 0")}, "EUR -1", [4]string{}, policy.ErrInconsistent},
		{"a positive balance carried in", carry, []premium.YearAccount{year("EUR 1", "EUR 0"), year("EUR 1", "EUR 0"), year("EUR 1", "EUR 0")}, "EUR 1", [4]string{}, policy.ErrOutOfRange},
		{"four years", premium.ProfitShareTerms{Years: 4}, nil, "", [4]string{}, policy.ErrOutOfRange},
		{"two accounts for three years", three, []premium.YearAccount{year("EUR 1", "EUR 0"), year("EUR 1", "EUR 0")}, "", [4]string{}, policy.ErrInconsistent},
		{"no account", pb, nil, "", [4]string{}, policy.ErrMissing},
		{"share above 1", premium.ProfitShareTerms{Share: rate("1.5"), Years: 1}, []premium.YearAccount{year("EUR 1", "EUR 0")}, "", [4]string{}, policy.ErrOutOfRange},
		{"indemnities in dollars", pb, []premium.YearAccount{year("EUR 1", "USD 0")}, "", [4]string{}, policy.ErrCurrencyMismatch},
		{"negative premium", pb, []premium.YearAccount{year("EUR -1", "EUR 0")}, "", [4]string{}, policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in policy.Amount
			if tt.carriedIn != "" {
				in = amt(tt.carriedIn)
			}
			got, err := premium.ProfitShare(tt.terms, tt.years, in, policy.HalfAwayFromZero)
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			want := [4]policy.Amount{amt(tt.want[0]), amt(tt.want[1]), amt(tt.want[2]), amt(tt.want[3])}
			if diff := cmp.Diff(want, [4]policy.Amount{got.ManagementCharge, got.Balance, got.ProfitShare, got.CarriedOut}); diff != "" {
				t.Errorf("ProfitShare() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
