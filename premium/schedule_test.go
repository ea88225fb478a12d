package premium_test

import (
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
)

func TestInstalments(t *testing.T) {
	tests := []struct {
		name    string
		deposit string
		from    string
		f       premium.Frequency
		want    []premium.Instalment
		wantErr error
	}{
		{name: "quarterly", deposit: "EUR 10000", from: "2025-01-01", f: premium.Quarterly, want: []premium.Instalment{
			{Due: day("2025-01-01"), Amount: amt("EUR 2500")}, {Due: day("2025-04-01"), Amount: amt("EUR 2500")},
			{Due: day("2025-07-01"), Amount: amt("EUR 2500")}, {Due: day("2025-10-01"), Amount: amt("EUR 2500")}}},
		{name: "half-yearly, an odd cent to the first", deposit: "EUR 100.01", from: "2025-03-31", f: premium.HalfYearly, want: []premium.Instalment{
			{Due: day("2025-03-31"), Amount: amt("EUR 50.01")}, {Due: day("2025-09-30"), Amount: amt("EUR 50.00")}}},
		{name: "quarterly from 31 August, clamped from the start", deposit: "JPY 10", from: "2025-08-31", f: premium.Quarterly, want: []premium.Instalment{
			{Due: day("2025-08-31"), Amount: amt("JPY 3")}, {Due: day("2025-11-30"), Amount: amt("JPY 3")},
			{Due: day("2026-02-28"), Amount: amt("JPY 2")}, {Due: day("2026-05-31"), Amount: amt("JPY 2")}}},
		{name: "yearly", deposit: "EUR 0", from: "2025-01-01", f: premium.Yearly, want: []premium.Instalment{{Due: day("2025-01-01"), Amount: amt("EUR 0")}}},
		{name: "no currency", deposit: "", from: "2025-01-01", f: premium.Yearly, wantErr: policy.ErrMissing},
		{name: "no start", deposit: "EUR 1", from: "", f: premium.Yearly, wantErr: policy.ErrMissing},
		{name: "negative", deposit: "EUR -1", from: "2025-01-01", f: premium.Yearly, wantErr: policy.ErrOutOfRange},
		{name: "below the cent", deposit: "EUR 1.005", from: "2025-01-01", f: premium.Yearly, wantErr: policy.ErrOutOfRange},
		{name: "unknown frequency", deposit: "EUR 1", from: "2025-01-01", f: 4, wantErr: policy.ErrOutOfRange},
		{name: "past year 9999", deposit: "EUR 1", from: "9999-06-01", f: premium.Monthly, wantErr: policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dep policy.Amount
			if tt.deposit != "" {
				dep = unrounded(tt.deposit)
			}
			var from calendar.Date
			if tt.from != "" {
				from = day(tt.from)
			}
			got, err := premium.Instalments(dep, from, tt.f)
			wantErr(t, err, tt.wantErr)
			if diff := cmp.Diff(tt.want, got.Instalments); diff != "" {
				t.Errorf("Instalments() mismatch (-want +got):\n%s", diff)
			}
			if err == nil && len(got.Trace) != len(tt.want) {
				t.Errorf("trace has %d steps, want one per instalment", len(got.Trace))
			}
		})
	}
}

func TestTopUpPremium(t *testing.T) {
	tests := []struct {
		name              string
		additional, rate  string
		months, minMonths int
		mode              policy.RoundingMode
		wantMonths        int
		want              string
		wantErr           error
	}{
		{"CAP 2 % p.a., minimum three months applies", "EUR 50000", "0.02", 2, 3, policy.HalfAwayFromZero, 3, "EUR 250", nil},
		{"CAP+ 6 % p.a. for 5 months", "EUR 20000", "0.06", 5, 3, policy.HalfAwayFromZero, 5, "EUR 500", nil},
		{"a third of a cent rounds down", "EUR 1", "0.02", 1, 0, policy.HalfAwayFromZero, 1, "EUR 0.00", nil},
		{"rounded up on request", "EUR 1", "0.02", 1, 0, policy.Up, 1, "EUR 0.01", nil},
		{"an exact half cent", "EUR 3", "0.02", 1, 0, policy.HalfAwayFromZero, 1, "EUR 0.01", nil},
		{"an exact half cent, banker's", "EUR 3", "0.02", 1, 0, policy.HalfEven, 1, "EUR 0.00", nil},
		{"no month", "EUR 1", "0.02", 0, 3, policy.HalfAwayFromZero, 0, "", policy.ErrOutOfRange},
		{"negative minimum", "EUR 1", "0.02", 1, -1, policy.HalfAwayFromZero, 0, "", policy.ErrOutOfRange},
		{"rate above 1", "EUR 1", "2", 1, 0, policy.HalfAwayFromZero, 0, "", policy.ErrOutOfRange},
		{"negative limit", "EUR -1", "0.02", 1, 0, policy.HalfAwayFromZero, 0, "", policy.ErrOutOfRange},
		{"no currency", "", "0.02", 1, 0, policy.HalfAwayFromZero, 0, "", policy.ErrMissing},
		{"bad mode", "EUR 1", "0.02", 1, 0, 7, 0, "", policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var add policy.Amount
			if tt.additional != "" {
				add = amt(tt.additional)
			}
			got, err := premium.TopUpPremium(add, rate(tt.rate), tt.months, tt.minMonths, tt.mode)
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			if diff := cmp.Diff(premium.TopUp{MonthsBilled: tt.wantMonths, Premium: amt(tt.want), Trace: got.Trace}, got); diff != "" {
				t.Errorf("TopUpPremium() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMaxLiability(t *testing.T) {
	tests := []struct {
		name        string
		ml          policy.MaxLiability
		cur         policy.Currency
		yearPremium string
		want        premium.Liability
		wantErr     error
	}{
		{name: "30 times the year's premium", ml: policy.MaxLiability{PremiumMultiple: 30}, cur: policy.EUR, yearPremium: "EUR 7000",
			want: premium.Liability{Max: amt("EUR 210000"), Limited: true}},
		{name: "a fixed amount; the premium is not read", ml: policy.MaxLiability{Amount: amt("EUR 1000000")}, cur: policy.EUR,
			want: premium.Liability{Max: amt("EUR 1000000"), Limited: true}},
		{name: "none", cur: policy.EUR, want: premium.Liability{}},
		{name: "both", ml: policy.MaxLiability{Amount: amt("EUR 1"), PremiumMultiple: 2}, cur: policy.EUR, wantErr: policy.ErrInconsistent},
		{name: "negative multiple", ml: policy.MaxLiability{PremiumMultiple: -2}, cur: policy.EUR, yearPremium: "EUR 1", wantErr: policy.ErrOutOfRange},
		{name: "premium in dollars", ml: policy.MaxLiability{PremiumMultiple: 2}, cur: policy.EUR, yearPremium: "USD 1", wantErr: policy.ErrCurrencyMismatch},
		{name: "no premium given for a multiple", ml: policy.MaxLiability{PremiumMultiple: 2}, cur: policy.EUR, wantErr: policy.ErrMissing},
		{name: "amount in dollars", ml: policy.MaxLiability{Amount: amt("USD 1")}, cur: policy.EUR, wantErr: policy.ErrCurrencyMismatch},
		{name: "negative amount", ml: policy.MaxLiability{Amount: amt("EUR -1")}, cur: policy.EUR, wantErr: policy.ErrOutOfRange},
		{name: "no currency in the terms", ml: policy.MaxLiability{PremiumMultiple: 2}, yearPremium: "EUR 1", wantErr: policy.ErrMissing},
		{name: "a base outside its enum", ml: policy.MaxLiability{PremiumMultiple: 2, Base: policy.CommercialRiskPremium + 1}, cur: policy.EUR, yearPremium: "EUR 1", wantErr: policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p policy.Amount
			if tt.yearPremium != "" {
				p = amt(tt.yearPremium)
			}
			got, err := premium.MaxLiability(policy.Terms{Currency: tt.cur, MaxLiability: tt.ml}, p)
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			if len(got.Trace) != 1 {
				t.Errorf("trace: %v", got.Trace)
			}
			got.Trace = nil
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MaxLiability() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMaxLiabilityNamesItsBase: the trace of a maximum stated as a multiple
// of the premium says which premium it was counted on.
func TestMaxLiabilityNamesItsBase(t *testing.T) {
	var got []string
	for _, b := range []policy.LiabilityBase{policy.PremiumPaid, policy.PremiumEarned, policy.CommercialRiskPremium} {
		l, err := premium.MaxLiability(policy.Terms{Currency: policy.EUR, MaxLiability: policy.MaxLiability{PremiumMultiple: 30, Base: b}}, amt("EUR 7000"))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, l.Trace[0].Inputs)
	}
	want := []string{
		"30 × year premium (premiumPaid) EUR 7000.00",
		"30 × year premium (premiumEarned) EUR 7000.00",
		"30 × year premium (commercialRiskPremium) EUR 7000.00",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MaxLiability trace inputs (-want +got):\n%s", diff)
	}
}
