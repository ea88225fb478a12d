package premium_test

import (
	"testing"

	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
)

type groupIn struct{ group, rate, tax, turnover string }

type feeIn struct {
	name, price string
	count       int64
}

func input(cur string, groups []groupIn, minimum, paid string, fees []feeIn) premium.Input {
	in := premium.Input{Currency: policy.MustCurrency(cur)}
	for _, g := range groups {
		gi := premium.GroupInput{Group: g.group, Rate: rate(g.rate), Turnover: amt(g.turnover)}
		if g.tax != "" {
			gi.TaxRate = rate(g.tax)
		}
		in.Groups = append(in.Groups, gi)
	}
	if minimum != "" {
		in.Minimum = amt(minimum)
	}
	if paid != "" {
		in.InstalmentsPaid = amt(paid)
	}
	for _, f := range fees {
		in.Fees = append(in.Fees, premium.FeeInput{Name: f.name, UnitPrice: policy.MustPrice(f.price), Count: f.count})
	}
	return in
}

// summary is the part of a Result the table tests compare.
type summary struct {
	ByGroup                                                            []policy.Amount
	PremiumOnTurnover, FinalPremium, Adjustment, Fees, Total, Tax, Due policy.Amount
	MinimumApplies                                                     bool
	TaxBases, Taxes                                                    []policy.Amount
}

func summarize(r premium.Result) summary {
	s := summary{PremiumOnTurnover: r.PremiumOnTurnover, FinalPremium: r.FinalPremium, Adjustment: r.Adjustment,
		Fees: r.FeesTotal, Total: r.Total, Tax: r.Tax, Due: r.TotalWithTax, MinimumApplies: r.MinimumApplies}
	for _, g := range r.Groups {
		s.ByGroup = append(s.ByGroup, g.Premium)
	}
	for _, t := range r.Taxes {
		s.TaxBases = append(s.TaxBases, t.Base)
		s.Taxes = append(s.Taxes, t.Tax)
	}
	return s
}

func amts(ss ...string) []policy.Amount {
	out := make([]policy.Amount, len(ss))
	for i, s := range ss {
		out[i] = amt(s)
	}
	return out
}

func TestCalculate(t *testing.T) {
	tests := []struct {
		name          string
		in            premium.Input
		opts          premium.Options
		want          summary
		wantTaxGroups [][]string
	}{
		{
			name: "above the minimum, instalments paid, fees (prm-annual-001)",
			in: input("EUR", []groupIn{{"domestic", "0.0025", "", "EUR 2000000"}, {"export", "0.004", "", "EUR 500000"}},
				"EUR 5000", "EUR 5000", []feeIn{{"buyer assessment", "EUR 150", 4}}),
			want: summary{ByGroup: amts("EUR 5000", "EUR 2000"), PremiumOnTurnover: amt("EUR 7000"), FinalPremium: amt("EUR 7000"),
				Adjustment: amt("EUR 2000"), Fees: amt("EUR 600"), Total: amt("EUR 7600"), Tax: amt("EUR 0"), Due: amt("EUR 7600"),
				TaxBases: amts("EUR 7000"), Taxes: amts("EUR 0")},
			wantTaxGroups: [][]string{{"domestic", "export"}},
		},
		{
			name: "the minimum applies and the refund stops at it (prm-annual-004)",
			in:   input("EUR", []groupIn{{"domestic", "0.003", "", "EUR 1000000"}}, "EUR 5000", "EUR 8000", nil),
			want: summary{ByGroup: amts("EUR 3000"), PremiumOnTurnover: amt("EUR 3000"), FinalPremium: amt("EUR 5000"),
				Adjustment: amt("EUR -3000"), Fees: amt("EUR 0"), Total: amt("EUR 5000"), Tax: amt("EUR 0"), Due: amt("EUR 5000"),
				MinimumApplies: true, TaxBases: amts("EUR 5000"), Taxes: amts("EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}},
		},
		{
			name: "each group rounded before the sum (prm-annual-005)",
			in:   input("EUR", []groupIn{{"A", "0.001", "", "EUR 1005"}, {"B", "0.001", "", "EUR 1005"}}, "EUR 0", "EUR 0", nil),
			want: summary{ByGroup: amts("EUR 1.01", "EUR 1.01"), PremiumOnTurnover: amt("EUR 2.02"), FinalPremium: amt("EUR 2.02"),
				Adjustment: amt("EUR 2.02"), Fees: amt("EUR 0"), Total: amt("EUR 2.02"), Tax: amt("EUR 0"), Due: amt("EUR 2.02"),
				TaxBases: amts("EUR 2.02"), Taxes: amts("EUR 0")},
			wantTaxGroups: [][]string{{"A", "B"}},
		},
		{
			name: "yen rounded to whole yen (prm-annual-006)",
			in:   input("JPY", []groupIn{{"domestic", "0.0035", "", "JPY 1234567"}}, "JPY 0", "JPY 4000", []feeIn{{"monitoring", "JPY 500", 3}}),
			want: summary{ByGroup: amts("JPY 4321"), PremiumOnTurnover: amt("JPY 4321"), FinalPremium: amt("JPY 4321"),
				Adjustment: amt("JPY 321"), Fees: amt("JPY 1500"), Total: amt("JPY 5821"), Tax: amt("JPY 0"), Due: amt("JPY 5821"),
				TaxBases: amts("JPY 4321"), Taxes: amts("JPY 0")},
			wantTaxGroups: [][]string{{"domestic"}},
		},
		{
			name: "no minimum and no instalments given: the zero Amount reads as 0",
			in:   input("EUR", []groupIn{{"domestic", "0.001", "", "EUR 1000"}}, "", "", nil),
			want: summary{ByGroup: amts("EUR 1"), PremiumOnTurnover: amt("EUR 1"), FinalPremium: amt("EUR 1"),
				Adjustment: amt("EUR 1"), Fees: amt("EUR 0"), Total: amt("EUR 1"), Tax: amt("EUR 0"), Due: amt("EUR 1"),
				TaxBases: amts("EUR 1"), Taxes: amts("EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}},
		},
		{
			name: "domestic taxed, export exempt (art. 995 8° CGI); the rate is the caller's",
			in: input("EUR", []groupIn{{"domestic", "0.0025", "0.09", "EUR 2000000"}, {"export", "0.004", "0", "EUR 500000"}},
				"EUR 5000", "EUR 5000", []feeIn{{"buyer assessment", "EUR 150", 4}}),
			want: summary{ByGroup: amts("EUR 5000", "EUR 2000"), PremiumOnTurnover: amt("EUR 7000"), FinalPremium: amt("EUR 7000"),
				Adjustment: amt("EUR 2000"), Fees: amt("EUR 600"), Total: amt("EUR 7600"), Tax: amt("EUR 450"), Due: amt("EUR 8050"),
				TaxBases: amts("EUR 5000", "EUR 2000"), Taxes: amts("EUR 450", "EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}, {"export"}},
		},
		{
			name: "fees taxed on option, split like the premium",
			in: input("EUR", []groupIn{{"domestic", "0.0025", "0.09", "EUR 2000000"}, {"export", "0.004", "0", "EUR 500000"}},
				"EUR 5000", "EUR 5000", []feeIn{{"buyer assessment", "EUR 150", 4}}),
			opts: premium.Options{TaxFees: true},
			want: summary{ByGroup: amts("EUR 5000", "EUR 2000"), PremiumOnTurnover: amt("EUR 7000"), FinalPremium: amt("EUR 7000"),
				Adjustment: amt("EUR 2000"), Fees: amt("EUR 600"), Total: amt("EUR 7600"), Tax: amt("EUR 488.57"), Due: amt("EUR 8088.57"),
				TaxBases: amts("EUR 5428.58", "EUR 2171.42"), Taxes: amts("EUR 488.57", "EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}, {"export"}},
		},
		{
			name: "the minimum's supplement is split like the premium on turnover",
			in:   input("EUR", []groupIn{{"domestic", "0.003", "0.09", "EUR 1000000"}, {"export", "0.003", "0", "EUR 1000000"}}, "EUR 9000", "", nil),
			want: summary{ByGroup: amts("EUR 3000", "EUR 3000"), PremiumOnTurnover: amt("EUR 6000"), FinalPremium: amt("EUR 9000"),
				Adjustment: amt("EUR 9000"), Fees: amt("EUR 0"), Total: amt("EUR 9000"), Tax: amt("EUR 405"), Due: amt("EUR 9405"),
				MinimumApplies: true, TaxBases: amts("EUR 4500", "EUR 4500"), Taxes: amts("EUR 405", "EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}, {"export"}},
		},
		{
			name: "no turnover, two tax rates: the residual group bears the minimum",
			in:   input("EUR", []groupIn{{"domestic", "0.003", "0.09", "EUR 0"}, {"export", "0.003", "0", "EUR 0"}}, "EUR 2500", "", nil),
			opts: premium.Options{ResidualTaxGroup: "domestic"},
			want: summary{ByGroup: amts("EUR 0", "EUR 0"), PremiumOnTurnover: amt("EUR 0"), FinalPremium: amt("EUR 2500"),
				Adjustment: amt("EUR 2500"), Fees: amt("EUR 0"), Total: amt("EUR 2500"), Tax: amt("EUR 225"), Due: amt("EUR 2725"),
				MinimumApplies: true, TaxBases: amts("EUR 2500", "EUR 0"), Taxes: amts("EUR 225", "EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}, {"export"}},
		},
		{
			name: "no turnover, one tax rate: no choice to make",
			in:   input("EUR", []groupIn{{"domestic", "0.0042", "0.09", "EUR 0"}, {"other", "0.003", "0.09", "EUR 0"}}, "EUR 2500", "", []feeIn{{"a", "EUR 75.50", 2}, {"b", "EUR 12.25", 0}}),
			want: summary{ByGroup: amts("EUR 0", "EUR 0"), PremiumOnTurnover: amt("EUR 0"), FinalPremium: amt("EUR 2500"),
				Adjustment: amt("EUR 2500"), Fees: amt("EUR 151"), Total: amt("EUR 2651"), Tax: amt("EUR 225"), Due: amt("EUR 2876"),
				MinimumApplies: true, TaxBases: amts("EUR 2500"), Taxes: amts("EUR 225")},
			wantTaxGroups: [][]string{{"domestic", "other"}},
		},
		{
			name: "premiums that round to nothing: the minimum is split pro rata of the turnovers",
			in:   input("EUR", []groupIn{{"domestic", "0.001", "0.09", "EUR 3"}, {"export", "0.001", "0", "EUR 1"}}, "EUR 100", "", nil),
			want: summary{ByGroup: amts("EUR 0", "EUR 0"), PremiumOnTurnover: amt("EUR 0"), FinalPremium: amt("EUR 100"),
				Adjustment: amt("EUR 100"), Fees: amt("EUR 0"), Total: amt("EUR 100"), Tax: amt("EUR 6.75"), Due: amt("EUR 106.75"),
				MinimumApplies: true, TaxBases: amts("EUR 75", "EUR 25"), Taxes: amts("EUR 6.75", "EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}, {"export"}},
		},
		{
			name: "no group: the minimum alone, no tax rate stated",
			in:   input("EUR", nil, "EUR 2500", "EUR 1000", []feeIn{{"a", "EUR 10", 1}}),
			want: summary{PremiumOnTurnover: amt("EUR 0"), FinalPremium: amt("EUR 2500"), Adjustment: amt("EUR 1500"),
				Fees: amt("EUR 10"), Total: amt("EUR 2510"), Tax: amt("EUR 0"), Due: amt("EUR 2510"), MinimumApplies: true},
		},
		{
			name: "sub-cent unit price: each fee line rounded",
			in:   input("EUR", []groupIn{{"domestic", "0", "", "EUR 0"}}, "", "", []feeIn{{"monitoring", "EUR 2.855", 3}, {"request", "EUR 0.005", 1}}),
			want: summary{ByGroup: amts("EUR 0"), PremiumOnTurnover: amt("EUR 0"), FinalPremium: amt("EUR 0"),
				Adjustment: amt("EUR 0"), Fees: amt("EUR 8.58"), Total: amt("EUR 8.58"), Tax: amt("EUR 0"), Due: amt("EUR 8.58"),
				TaxBases: amts("EUR 0"), Taxes: amts("EUR 0")},
			wantTaxGroups: [][]string{{"domestic"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Options = tt.opts
			got, err := premium.Calculate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarize(got)); diff != "" {
				t.Errorf("Calculate() mismatch (-want +got):\n%s", diff)
			}
			var groups [][]string
			for _, l := range got.Taxes {
				groups = append(groups, l.Groups)
			}
			if diff := cmp.Diff(tt.wantTaxGroups, groups); diff != "" {
				t.Errorf("tax groups mismatch (-want +got):\n%s", diff)
			}
			if len(got.Trace) == 0 {
				t.Error("empty trace")
			}
		})
	}
}

func TestCalculateRoundingMode(t *testing.T) {
	in := input("EUR", []groupIn{{"A", "0.001", "", "EUR 1005"}, {"B", "0.001", "", "EUR 1015"}}, "", "", nil)
	for _, tt := range []struct {
		mode policy.RoundingMode
		want []policy.Amount
	}{
		{policy.HalfAwayFromZero, amts("EUR 1.01", "EUR 1.02")},
		{policy.HalfEven, amts("EUR 1.00", "EUR 1.02")},
		{policy.Down, amts("EUR 1.00", "EUR 1.01")},
		{policy.Up, amts("EUR 1.01", "EUR 1.02")},
	} {
		in.Rounding = tt.mode
		got, err := premium.Calculate(in)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, summarize(got).ByGroup); diff != "" {
			t.Errorf("%v mismatch (-want +got):\n%s", tt.mode, diff)
		}
	}
}

func TestCalculateErrors(t *testing.T) {
	ok := func() premium.Input {
		return input("EUR", []groupIn{{"domestic", "0.003", "0.09", "EUR 1000"}, {"export", "0.004", "0", "EUR 1000"}}, "EUR 10", "EUR 0", []feeIn{{"f", "EUR 1", 1}})
	}
	tests := []struct {
		name   string
		change func(*premium.Input)
		want   error
	}{
		{"no currency", func(in *premium.Input) { in.Currency = policy.Currency{} }, policy.ErrMissing},
		{"turnover in dollars (err-017)", func(in *premium.Input) { in.Groups[1].Turnover = amt("USD 500000") }, policy.ErrCurrencyMismatch},
		{"negative turnover (err-020)", func(in *premium.Input) { in.Groups[0].Turnover = amt("EUR -1000") }, policy.ErrOutOfRange},
		{"turnover not given", func(in *premium.Input) { in.Groups[0].Turnover = policy.Amount{} }, policy.ErrCurrencyMismatch},
		{"rate above 1", func(in *premium.Input) { in.Groups[0].Rate = rate("1.5") }, policy.ErrOutOfRange},
		{"tax rate above 1", func(in *premium.Input) { in.Groups[0].TaxRate = rate("1.01") }, policy.ErrOutOfRange},
		{"group named twice", func(in *premium.Input) { in.Groups[1].Group = "domestic" }, policy.ErrInconsistent},
		{"minimum in dollars", func(in *premium.Input) { in.Minimum = amt("USD 10") }, policy.ErrCurrencyMismatch},
		{"negative minimum", func(in *premium.Input) { in.Minimum = amt("EUR -10") }, policy.ErrOutOfRange},
		{"minimum below the cent", func(in *premium.Input) { in.Minimum = amt("EUR 20.01").Mul(rate("0.5")) }, policy.ErrOutOfRange},
		{"negative instalments", func(in *premium.Input) { in.InstalmentsPaid = amt("EUR -1") }, policy.ErrOutOfRange},
		{"negative fee count", func(in *premium.Input) { in.Fees[0].Count = -1 }, policy.ErrOutOfRange},
		{"unit price in pounds", func(in *premium.Input) { in.Fees[0].UnitPrice = policy.MustPrice("GBP 1") }, policy.ErrCurrencyMismatch},
		{"no unit price", func(in *premium.Input) { in.Fees[0].UnitPrice = policy.Price{} }, policy.ErrCurrencyMismatch},
		{"turnover below the cent", func(in *premium.Input) { in.Groups[0].Turnover = amt("EUR 2.01").Mul(rate("0.5")) }, policy.ErrOutOfRange},
		{"unknown rounding mode", func(in *premium.Input) { in.Rounding = 9 }, policy.ErrOutOfRange},
		{"zero turnover, two tax rates, no residual group", func(in *premium.Input) {
			in.Groups[0].Turnover, in.Groups[1].Turnover = amt("EUR 0"), amt("EUR 0")
		}, policy.ErrInconsistent},
		{"residual group that is not a group", func(in *premium.Input) {
			in.Groups[0].Turnover, in.Groups[1].Turnover = amt("EUR 0"), amt("EUR 0")
			in.Options.ResidualTaxGroup = "EU"
		}, policy.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := ok()
			if _, err := premium.Calculate(in); err != nil {
				t.Fatalf("base input: %v", err)
			}
			tt.change(&in)
			_, err := premium.Calculate(in)
			wantErr(t, err, tt.want)
		})
	}
}

func TestCalculateZeroInput(t *testing.T) {
	_, err := premium.Calculate(premium.Input{})
	wantErr(t, err, policy.ErrMissing)
}
