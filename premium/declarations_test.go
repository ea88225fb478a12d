package premium_test

import (
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
)

func frenchTerms() policy.Terms {
	return policy.Terms{
		Currency:  policy.EUR,
		Effective: day("2025-01-01"),
		Expiry:    day("2025-12-31"),
		Premium: policy.PremiumTerms{
			Rates: []policy.GroupRate{
				{Group: premium.Domestic, Rate: rate("0.0025"), TaxRate: rate("0.09")},
				{Group: premium.Export, Rate: rate("0.004")},
			},
			Minimum: amt("EUR 5000"),
			Fees: []policy.Fee{
				{Name: "limit request", UnitPrice: policy.MustPrice("EUR 22.80")},
				{Name: "monitoring", UnitPrice: policy.MustPrice("EUR 2.85")},
			},
		},
	}
}

func quarters(group string, amounts ...string) []premium.Declaration {
	starts := []string{"2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"}
	ends := []string{"2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"}
	var out []premium.Declaration
	for i, a := range amounts {
		out = append(out, premium.Declaration{Group: group, From: day(starts[i]), To: day(ends[i]), Amount: amt(a)})
	}
	return out
}

func TestAnnual(t *testing.T) {
	decl := premium.Declarations{
		Turnover: append(quarters(premium.Domestic, "EUR 500000", "EUR 450000", "EUR 550000", "EUR 500000"),
			quarters(premium.Export, "EUR 125000", "EUR 125000", "EUR 125000", "EUR 125000")...),
		Fees:            []premium.FeeCount{{Name: "limit request", Count: 3}, {Name: "monitoring", Count: 60}, {Name: "limit request", Count: 1}},
		Charges:         []premium.Charge{{Name: "top-up", Amount: amt("EUR 250")}},
		InstalmentsPaid: amt("EUR 5000"),
	}
	got, err := premium.Annual(frenchTerms(), decl, premium.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := summary{ByGroup: amts("EUR 5000", "EUR 2000"), PremiumOnTurnover: amt("EUR 7000"), FinalPremium: amt("EUR 7000"),
		Adjustment: amt("EUR 2000"), Fees: amt("EUR 512.20"), Total: amt("EUR 7512.20"), Tax: amt("EUR 450"), Due: amt("EUR 7962.20"),
		TaxBases: amts("EUR 5000", "EUR 2000"), Taxes: amts("EUR 450", "EUR 0")}
	if diff := cmp.Diff(want, summarize(got)); diff != "" {
		t.Errorf("Annual() mismatch (-want +got):\n%s", diff)
	}
	wantFees := []premium.FeeLine{
		{Name: "limit request", UnitPrice: policy.MustPrice("EUR 22.80"), Count: 4, Amount: amt("EUR 91.20")},
		{Name: "monitoring", UnitPrice: policy.MustPrice("EUR 2.85"), Count: 60, Amount: amt("EUR 171.00")},
		{Name: "top-up", UnitPrice: policy.MustPrice("EUR 250"), Count: 1, Amount: amt("EUR 250")},
	}
	if diff := cmp.Diff(wantFees, got.Fees); diff != "" {
		t.Errorf("fee lines mismatch (-want +got):\n%s", diff)
	}
}

func TestAnnualUndeclaredGroupIsZero(t *testing.T) {
	got, err := premium.Annual(frenchTerms(), premium.Declarations{
		Turnover: []premium.Declaration{{Group: premium.Domestic, Amount: amt("EUR 4000000")}},
	}, premium.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []premium.GroupPremium{
		{Group: premium.Domestic, Turnover: amt("EUR 4000000"), Rate: rate("0.0025"), Premium: amt("EUR 10000"), TaxRate: rate("0.09")},
		{Group: premium.Export, Turnover: amt("EUR 0"), Rate: rate("0.004"), Premium: amt("EUR 0")},
	}
	if diff := cmp.Diff(want, got.Groups); diff != "" {
		t.Errorf("groups mismatch (-want +got):\n%s", diff)
	}
}

func TestAnnualErrors(t *testing.T) {
	tests := []struct {
		name   string
		terms  func(*policy.Terms)
		decl   premium.Declarations
		want   error
		wantOK bool
	}{
		{name: "no currency", terms: func(t *policy.Terms) { t.Currency = policy.Currency{} }, want: policy.ErrMissing},
		{name: "no rates", terms: func(t *policy.Terms) { t.Premium.Rates = nil }, want: policy.ErrMissing},
		{name: "a group rated twice", terms: func(t *policy.Terms) { t.Premium.Rates[1].Group = premium.Domestic }, want: policy.ErrInconsistent},
		{name: "a fee priced twice", terms: func(t *policy.Terms) { t.Premium.Fees[1].Name = "limit request" }, want: policy.ErrInconsistent},
		{name: "a group without a rate", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: "EU", Amount: amt("EUR 1")}}}, want: policy.ErrMissing},
		{name: "a declaration in dollars", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, Amount: amt("USD 1")}}}, want: policy.ErrCurrencyMismatch},
		{name: "a negative declaration", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, Amount: amt("EUR -1")}}}, want: policy.ErrOutOfRange},
		{name: "a period with one date", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, From: day("2025-01-01"), Amount: amt("EUR 1")}}}, want: policy.ErrMissing},
		{name: "a period ending before it starts", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, From: day("2025-02-01"), To: day("2025-01-31"), Amount: amt("EUR 1")}}}, want: policy.ErrInconsistent},
		{name: "a period before the policy", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, From: day("2024-12-01"), To: day("2024-12-31"), Amount: amt("EUR 1")}}}, want: policy.ErrOutOfRange},
		{name: "a period after the policy", decl: premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, From: day("2025-12-01"), To: day("2026-01-31"), Amount: amt("EUR 1")}}}, want: policy.ErrOutOfRange},
		{name: "two overlapping periods of one group", decl: premium.Declarations{Turnover: []premium.Declaration{
			{Group: premium.Export, From: day("2025-01-01"), To: day("2025-03-31"), Amount: amt("EUR 1")},
			{Group: premium.Export, From: day("2025-03-31"), To: day("2025-06-30"), Amount: amt("EUR 1")}}}, want: policy.ErrInconsistent},
		{name: "a whole-year declaration and a quarter", decl: premium.Declarations{Turnover: []premium.Declaration{
			{Group: premium.Export, From: day("2025-04-01"), To: day("2025-06-30"), Amount: amt("EUR 1")},
			{Group: premium.Export, Amount: amt("EUR 1")}}}, want: policy.ErrInconsistent},
		{name: "the same period for two groups", decl: premium.Declarations{Turnover: []premium.Declaration{
			{Group: premium.Export, From: day("2025-01-01"), To: day("2025-03-31"), Amount: amt("EUR 1")},
			{Group: premium.Domestic, From: day("2025-01-01"), To: day("2025-03-31"), Amount: amt("EUR 1")}}}, wantOK: true},
		{name: "an unpriced fee", decl: premium.Declarations{Fees: []premium.FeeCount{{Name: "collection", Count: 1}}}, want: policy.ErrMissing},
		{name: "a negative fee count", decl: premium.Declarations{Fees: []premium.FeeCount{{Name: "monitoring", Count: -1}}}, want: policy.ErrOutOfRange},
		{name: "a count that overflows", decl: premium.Declarations{Fees: []premium.FeeCount{{Name: "monitoring", Count: 1 << 53}, {Name: "monitoring", Count: 1}}}, want: policy.ErrOutOfRange},
		{name: "a negative charge", decl: premium.Declarations{Charges: []premium.Charge{{Name: "top-up", Amount: amt("EUR -1")}}}, want: policy.ErrOutOfRange},
		{name: "instalments in pounds", decl: premium.Declarations{InstalmentsPaid: amt("GBP 1")}, want: policy.ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := frenchTerms()
			if tt.terms != nil {
				tt.terms(&terms)
			}
			_, err := premium.Annual(terms, tt.decl, premium.Options{})
			if tt.wantOK {
				wantErr(t, err, nil)
				return
			}
			wantErr(t, err, tt.want)
		})
	}
}

func TestDeclarationDeadline(t *testing.T) {
	tests := []struct {
		name           string
		periodEnd      string
		due            premium.Due
		rule           calendar.Rule
		nominal, final string
		wantErr        error
	}{
		{"by the 20th, a Friday", "2025-05-31", premium.Due{DayOfNextMonth: 20}, calendar.FRCivil, "2025-06-20", "2025-06-20", nil},
		{"by the 20th, a Saturday, extended", "2025-08-31", premium.Due{DayOfNextMonth: 20}, calendar.FRCivil, "2025-09-20", "2025-09-22", nil},
		{"by the 20th, not extended under strict", "2025-08-31", premium.Due{DayOfNextMonth: 20}, calendar.StrictRule, "2025-09-20", "2025-09-20", nil},
		{"by the 31st, clamped in February", "2025-01-31", premium.Due{DayOfNextMonth: 31}, calendar.StrictRule, "2025-02-28", "2025-02-28", nil},
		{"a period ending mid-month", "2025-03-15", premium.Due{DayOfNextMonth: 10}, calendar.StrictRule, "2025-04-10", "2025-04-10", nil},
		{"the 1st of May is a holiday", "2025-04-30", premium.Due{DayOfNextMonth: 1}, calendar.FRCivil, "2025-05-01", "2025-05-02", nil},
		{"within 30 days", "2025-12-31", premium.Due{Days: 30}, calendar.FRCivil, "2026-01-30", "2026-01-30", nil},
		{"within 30 days, a Sunday, extended", "2025-03-31", premium.Due{Days: 30}, calendar.FRCivil, "2025-04-30", "2025-04-30", nil},
		{"no period end", "", premium.Due{Days: 30}, calendar.FRCivil, "", "", policy.ErrMissing},
		{"no deadline stated", "2025-03-31", premium.Due{}, calendar.FRCivil, "", "", policy.ErrMissing},
		{"both kinds", "2025-03-31", premium.Due{Days: 30, DayOfNextMonth: 20}, calendar.FRCivil, "", "", policy.ErrInconsistent},
		{"day 32", "2025-03-31", premium.Due{DayOfNextMonth: 32}, calendar.FRCivil, "", "", policy.ErrOutOfRange},
		{"negative days", "2025-03-31", premium.Due{Days: -1}, calendar.FRCivil, "", "", policy.ErrOutOfRange},
		{"backward rule", "2025-03-31", premium.Due{Days: 8}, calendar.Rule{Backward: true}, "", "", policy.ErrInconsistent},
		{"bad extension", "2025-03-31", premium.Due{DayOfNextMonth: 8}, calendar.Rule{Extend: calendar.Nearest}, "", "", calendar.ErrInvalidArgument},
		{"holiday calendar out of its years", "2299-12-31", premium.Due{DayOfNextMonth: 20}, calendar.FRCivil, "", "", calendar.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var end calendar.Date
			if tt.periodEnd != "" {
				end = day(tt.periodEnd)
			}
			got, err := premium.DeclarationDeadline(end, tt.due, tt.rule)
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			if diff := cmp.Diff([2]calendar.Date{day(tt.nominal), day(tt.final)}, [2]calendar.Date{got.Nominal, got.Final}); diff != "" {
				t.Errorf("DeclarationDeadline() mismatch (-want +got):\n%s", diff)
			}
			if got.Extended != (got.Final != got.Nominal) || got.Anchor != end {
				t.Errorf("Extended %v, Anchor %v", got.Extended, got.Anchor)
			}
		})
	}
}

func TestDeclarationPeriods(t *testing.T) {
	type period struct{ From, To, Final string }
	tests := []struct {
		name     string
		from, to string
		f        premium.Frequency
		due      premium.Due
		want     []period
		wantErr  error
	}{
		{name: "quarterly, by the 20th", from: "2025-01-01", to: "2025-12-31", f: premium.Quarterly, due: premium.Due{DayOfNextMonth: 20},
			want: []period{{"2025-01-01", "2025-03-31", "2025-04-22"}, {"2025-04-01", "2025-06-30", "2025-07-21"},
				{"2025-07-01", "2025-09-30", "2025-10-20"}, {"2025-10-01", "2025-12-31", "2026-01-20"}}},
		{name: "half-yearly, no deadline", from: "2025-01-01", to: "2025-12-31", f: premium.HalfYearly,
			want: []period{{"2025-01-01", "2025-06-30", ""}, {"2025-07-01", "2025-12-31", ""}}},
		{name: "a short year cut at its end", from: "2025-07-01", to: "2025-11-15", f: premium.Quarterly,
			want: []period{{"2025-07-01", "2025-09-30", ""}, {"2025-10-01", "2025-11-15", ""}}},
		{name: "monthly from the 31st: months clamp from the start", from: "2025-01-31", to: "2025-04-29", f: premium.Monthly,
			want: []period{{"2025-01-31", "2025-02-27", ""}, {"2025-02-28", "2025-03-30", ""}, {"2025-03-31", "2025-04-29", ""}}},
		{name: "one day", from: "2025-03-01", to: "2025-03-01", f: premium.Yearly, want: []period{{"2025-03-01", "2025-03-01", ""}}},
		{name: "to before from", from: "2025-03-02", to: "2025-03-01", f: premium.Yearly, wantErr: policy.ErrInconsistent},
		{name: "unknown frequency", from: "2025-01-01", to: "2025-12-31", f: 7, wantErr: policy.ErrOutOfRange},
		{name: "too many periods", from: "1900-01-01", to: "2025-12-31", f: premium.Monthly, wantErr: policy.ErrOutOfRange},
		{name: "no start", to: "2025-12-31", f: premium.Monthly, wantErr: policy.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var from, to calendar.Date
			if tt.from != "" {
				from = day(tt.from)
			}
			if tt.to != "" {
				to = day(tt.to)
			}
			got, err := premium.DeclarationPeriods(from, to, tt.f, tt.due, calendar.FRCivil)
			wantErr(t, err, tt.wantErr)
			var periods []period
			for _, p := range got {
				periods = append(periods, period{p.From.String(), p.To.String(), p.Deadline.Final.String()})
			}
			if diff := cmp.Diff(tt.want, periods); diff != "" {
				t.Errorf("DeclarationPeriods() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFrequencyText(t *testing.T) {
	for _, f := range []premium.Frequency{premium.Monthly, premium.Quarterly, premium.HalfYearly, premium.Yearly} {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var g premium.Frequency
		if err := g.UnmarshalText(b); err != nil || g != f {
			t.Errorf("round trip of %v gave %v, %v", f, g, err)
		}
	}
	if _, err := premium.Frequency(4).MarshalText(); err == nil {
		t.Error("Frequency(4) marshalled")
	}
	_, err := premium.ParseFrequency("weekly")
	wantErr(t, err, policy.ErrSyntax)
	if got := []int{premium.Frequency(0).Months(), premium.Quarterly.Months(), premium.Frequency(9).Months()}; !cmp.Equal(got, []int{1, 3, 0}) {
		t.Errorf("Months = %v", got)
	}
}

func TestZeroValues(t *testing.T) {
	if !(premium.Due{}).IsZero() {
		t.Error("Due{} is not zero")
	}
	if premium.Frequency(0) != premium.Monthly {
		t.Error("the zero Frequency is not Monthly")
	}
	if (premium.Options{}) != (premium.Options{TaxFees: false, ResidualTaxGroup: ""}) {
		t.Error("unexpected zero Options")
	}
	// The zero Range is [0, 0): empty, so a grid using it is refused.
	var r premium.Range[int]
	if in, err := r.Contains(0); err != nil || in {
		t.Errorf("zero Range contains 0: %v %v", in, err)
	}
	err := premium.Grid{Currency: policy.EUR, Bands: []premium.Band{{Price: amt("EUR 1"), Turnover: premium.Range[policy.Amount]{From: amt("EUR 0"), Unbounded: true}}}}.Validate()
	wantErr(t, err, policy.ErrInconsistent)
	// The zero Grid has no currency.
	wantErr(t, premium.Grid{}.Validate(), policy.ErrMissing)
	// The zero Declarations declare nothing: the minimum is due, and with
	// two tax rates and nothing to split it by, the zero Options refuse to
	// guess which tax applies.
	_, err = premium.Annual(frenchTerms(), premium.Declarations{}, premium.Options{})
	wantErr(t, err, policy.ErrInconsistent)
	res, err := premium.Annual(frenchTerms(), premium.Declarations{}, premium.Options{ResidualTaxGroup: premium.Domestic})
	if err != nil || !res.FinalPremium.Equal(amt("EUR 5000")) || !res.Adjustment.Equal(amt("EUR 5000")) || !res.Tax.Equal(amt("EUR 450")) {
		t.Errorf("Annual with no declarations: %v %v %v", res.FinalPremium, res.Tax, err)
	}
}
