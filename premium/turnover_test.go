package premium_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// turnoverTerms: France at 0.2 %, the other countries at 0.3 %, every
// exclusion of the terms on.
func turnoverTerms() policy.Terms {
	return policy.Terms{
		Currency: policy.EUR, Effective: day("2025-01-01"), Expiry: day("2025-12-31"),
		CountryGroups: []policy.CountryGroup{{Name: "domestic", Countries: []string{"FR"}}, {Name: "export", Others: true}},
		Premium:       policy.PremiumTerms{Rates: []policy.GroupRate{{Group: "domestic", Rate: rate("0.002")}, {Group: "export", Rate: rate("0.003")}}},
		TurnoverExclusions: policy.TurnoverExclusions{RelatedCompanies: true, PublicBuyers: true, PrivateIndividuals: true,
			CashSales: true, LetterOfCreditSales: true},
	}
}

func sale(inv, buyer, country, date, amount string) premium.SalesLine {
	return premium.SalesLine{Invoice: inv, Buyer: buyer, Country: country, Date: day(date), Amount: amt(amount)}
}

func TestTurnoverExclusions(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*premium.SalesLine)
		want string
	}{
		{"a sale on credit to a company", func(*premium.SalesLine) {}, ""},
		{"related company", func(l *premium.SalesLine) { l.BuyerKind = policy.RelatedCompany }, "related-company"},
		{"public buyer", func(l *premium.SalesLine) { l.BuyerKind = policy.PublicBuyer }, "public-buyer"},
		{"individual", func(l *premium.SalesLine) { l.BuyerKind = policy.PrivateIndividual }, "private-individual"},
		{"cash", func(l *premium.SalesLine) { l.Payment = policy.CashSale }, "cash-sale"},
		{"letter of credit", func(l *premium.SalesLine) { l.Payment = policy.LetterOfCredit }, "letter-of-credit"},
		{"the buyer first", func(l *premium.SalesLine) { l.BuyerKind, l.Payment = policy.PublicBuyer, policy.CashSale }, "public-buyer"},
		{"before the period", func(l *premium.SalesLine) { l.Date = day("2024-12-31") }, "outside-period"},
		{"after the period", func(l *premium.SalesLine) { l.Date = day("2026-01-01") }, "outside-period"},
	} {
		l := sale("A1", "B1", "FR", "2025-05-05", "EUR 100.00")
		tc.edit(&l)
		res, err := premium.Turnover(turnoverTerms(), []premium.SalesLine{l}, premium.Yearly, policy.RateTable{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := ""
		if len(res.Excluded) == 1 {
			got = res.Excluded[0].Reason.String()
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestTurnoverExcludesNothingByDefault(t *testing.T) {
	terms := turnoverTerms()
	terms.TurnoverExclusions = policy.TurnoverExclusions{}
	l := sale("A1", "B1", "FR", "2025-05-05", "EUR 100.00")
	l.BuyerKind, l.Payment = policy.PrivateIndividual, policy.CashSale
	res, err := premium.Turnover(terms, []premium.SalesLine{l}, premium.Yearly, policy.RateTable{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("EUR 100.00", res.Insurable.String()); diff != "" {
		t.Errorf("insurable (-want +got):\n%s", diff)
	}
}

func TestTurnoverErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		terms func(*policy.Terms)
		line  func(*premium.SalesLine)
		want  error
		field string
	}{
		{"no currency", func(t *policy.Terms) { t.Currency = policy.Currency{} }, nil, policy.ErrMissing, "currency"},
		{"no expiry", func(t *policy.Terms) { t.Expiry = day("2025-01-01").AddDays(-1) }, nil, policy.ErrInconsistent, "to"},
		{"group without rate", func(t *policy.Terms) { t.Premium.Rates = t.Premium.Rates[:1] }, nil, policy.ErrMissing, "premium.rates"},
		{"country in no group", func(t *policy.Terms) {
			t.CountryGroups[1] = policy.CountryGroup{Name: "export", Countries: []string{"US"}}
		}, nil, policy.ErrMissing, "lines[0].country"},
		{"country in two groups", func(t *policy.Terms) { t.CountryGroups[1].Countries = []string{"FR"} }, nil, policy.ErrInconsistent, "countryGroups[1].countries[0]"},
		{"no invoice", nil, func(l *premium.SalesLine) { l.Invoice = "" }, policy.ErrMissing, "lines[0].invoice"},
		{"no buyer", nil, func(l *premium.SalesLine) { l.Buyer = "" }, policy.ErrMissing, "lines[0].buyer"},
		{"malformed country", nil, func(l *premium.SalesLine) { l.Country = "France" }, policy.ErrSyntax, "lines[0].country"},
		{"no date", nil, func(l *premium.SalesLine) { l.Date = calendar.Date{} }, policy.ErrMissing, "lines[0].date"},
		{"negative amount", nil, func(l *premium.SalesLine) { l.Amount = amt("EUR -1.00") }, policy.ErrOutOfRange, "lines[0].amount"},
		{"unknown buyer kind", nil, func(l *premium.SalesLine) { l.BuyerKind = 9 }, policy.ErrOutOfRange, "lines[0].buyerKind"},
		{"foreign amount without rate", nil, func(l *premium.SalesLine) { l.Amount = amt("USD 10.00") }, policy.ErrMissing, "lines[0].amount: conversion.rule"},
	} {
		terms := turnoverTerms()
		if tc.terms != nil {
			tc.terms(&terms)
		}
		l := sale("A1", "B1", "DE", "2025-05-05", "EUR 100.00")
		if tc.line != nil {
			tc.line(&l)
		}
		_, err := premium.Turnover(terms, []premium.SalesLine{l}, premium.Yearly, policy.RateTable{})
		var re *policy.RuleError
		field := ""
		if errors.As(err, &re) {
			field = re.Field
		}
		if !errors.Is(err, tc.want) || field != tc.field {
			t.Errorf("%s: Turnover() = %v, want %v naming %q", tc.name, err, tc.want, tc.field)
		}
	}
}

// genSales draws a sales ledger of the year and its neighbours, in EUR,
// every kind of buyer and payment, the countries of turnoverTerms.
func genSales(t *rapid.T) []premium.SalesLine {
	n := rapid.IntRange(0, 30).Draw(t, "lines")
	lines := make([]premium.SalesLine, n)
	for i := range lines {
		lines[i] = premium.SalesLine{
			Invoice:   fmt.Sprint("A", i),
			Buyer:     rapid.SampledFrom([]string{"B1", "B2", "B3"}).Draw(t, "buyer"),
			BuyerKind: policy.BuyerKind(rapid.IntRange(0, 3).Draw(t, "kind")),
			Payment:   policy.PaymentKind(rapid.IntRange(0, 2).Draw(t, "payment")),
			Date:      day("2024-12-01").AddDays(rapid.IntRange(0, 420).Draw(t, "day")),
			Amount:    policy.FromUnits(policy.EUR, rapid.Int64Range(0, 1e9).Draw(t, "cents")),
		}
		// One country per buyer, as the ledger of one buyer has.
		lines[i].Country = map[string]string{"B1": "FR", "B2": "DE", "B3": "US"}[lines[i].Buyer]
	}
	return lines
}

func add(t *rapid.T, a, b policy.Amount) policy.Amount {
	s, err := a.Add(b)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Property: the insurable turnover of every group and period plus the
// excluded lines is the ledger's total, and the buyers' turnovers sum to
// the insurable turnover.
func propTurnoverConserved(t *rapid.T) {
	terms := turnoverTerms()
	terms.TurnoverExclusions = policy.TurnoverExclusions{
		RelatedCompanies: rapid.Bool().Draw(t, "x.related"), PublicBuyers: rapid.Bool().Draw(t, "x.public"),
		PrivateIndividuals: rapid.Bool().Draw(t, "x.individuals"), CashSales: rapid.Bool().Draw(t, "x.cash"),
		LetterOfCreditSales: rapid.Bool().Draw(t, "x.lc"),
	}
	lines := genSales(t)
	f := premium.Frequency(rapid.IntRange(0, 3).Draw(t, "frequency"))
	res, err := premium.Turnover(terms, lines, f, policy.RateTable{})
	if err != nil {
		t.Fatal(err)
	}
	ledger, groups, excluded, buyers := policy.Zero(policy.EUR), policy.Zero(policy.EUR), policy.Zero(policy.EUR), policy.Zero(policy.EUR)
	for _, l := range lines {
		ledger = add(t, ledger, l.Amount)
	}
	for _, p := range res.Periods {
		for _, g := range p.Groups {
			groups = add(t, groups, g.Turnover)
		}
	}
	for _, x := range res.Excluded {
		excluded = add(t, excluded, x.Amount)
	}
	for _, b := range res.Buyers {
		buyers = add(t, buyers, b.Turnover)
	}
	got := []string{add(t, groups, excluded).String(), res.Total.String(), buyers.String(), res.ExcludedTotal.String()}
	want := []string{ledger.String(), ledger.String(), res.Insurable.String(), excluded.String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("groups + excluded, total, buyers, excluded (-want +got):\n%s", diff)
	}
}

func TestPropTurnoverConserved(t *testing.T) { rapid.Check(t, propTurnoverConserved) }
func FuzzPropTurnoverConserved(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propTurnoverConserved)) }

// Property: the premium of the year sums each group's rate × turnover of
// each period, rounded.
func propTurnoverPremiumSumsGroups(t *rapid.T) {
	res, err := premium.Turnover(turnoverTerms(), genSales(t), premium.Quarterly, policy.RateTable{})
	if err != nil {
		t.Fatal(err)
	}
	sum := policy.Zero(policy.EUR)
	for _, p := range res.Periods {
		for _, g := range p.Groups {
			sum = add(t, sum, g.Turnover.MulRound(g.Rate, policy.HalfAwayFromZero))
		}
	}
	if diff := cmp.Diff(sum.String(), res.Premium.String()); diff != "" {
		t.Fatalf("premium (-groups +result):\n%s", diff)
	}
}

func TestPropTurnoverPremiumSumsGroups(t *testing.T) { rapid.Check(t, propTurnoverPremiumSumsGroups) }
func FuzzPropTurnoverPremiumSumsGroups(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propTurnoverPremiumSumsGroups))
}

// Property: Annual on the declarations the ledger gives charges the
// premium of the ledger within the rounding of each group and period
// (Annual rounds each group once over the year, Turnover once a period).
func propTurnoverPremiumNearAnnual(t *rapid.T) {
	terms := turnoverTerms()
	res, err := premium.Turnover(terms, genSales(t), premium.Quarterly, policy.RateTable{})
	if err != nil {
		t.Fatal(err)
	}
	annual, err := premium.Annual(terms, premium.Declarations{Turnover: res.Declarations()}, premium.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := annual.PremiumOnTurnover.Sub(res.Premium)
	if bound := policy.FromUnits(policy.EUR, int64(len(res.Periods)*2)); d.Decimal().Abs().Cmp(bound.Decimal()) > 0 {
		t.Fatalf("Annual %s, Turnover %s: more than a rounding apart", annual.PremiumOnTurnover, res.Premium)
	}
}

func TestPropTurnoverPremiumNearAnnual(t *testing.T) { rapid.Check(t, propTurnoverPremiumNearAnnual) }
func FuzzPropTurnoverPremiumNearAnnual(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propTurnoverPremiumNearAnnual))
}

// FuzzTurnover feeds any line to Turnover: no panic, an error wraps a
// sentinel.
func FuzzTurnover(f *testing.F) {
	f.Add("A1", "B1", "FR", uint8(0), uint8(0), "2025-03-01", "EUR 100.00")
	f.Add("", "B1", "XX", uint8(9), uint8(1), "2026-03-01", "USD 1")
	f.Fuzz(func(t *testing.T, inv, buyer, country string, kind, pay uint8, date, amount string) {
		d, _ := calendar.ParseDate(date)
		a, _ := policy.ParseAmount(amount)
		l := premium.SalesLine{Invoice: inv, Buyer: buyer, Country: country, BuyerKind: policy.BuyerKind(kind), Payment: policy.PaymentKind(pay), Date: d, Amount: a}
		_, err := premium.Turnover(turnoverTerms(), []premium.SalesLine{l}, premium.Monthly, policy.RateTable{})
		checkErr(t, err)
	})
}

func ExampleTurnover() {
	terms := policy.Terms{
		Currency: policy.EUR, Effective: day("2025-01-01"), Expiry: day("2025-12-31"),
		CountryGroups: []policy.CountryGroup{{Name: "domestic", Countries: []string{"FR"}}, {Name: "export", Others: true}},
		Premium: policy.PremiumTerms{Rates: []policy.GroupRate{
			{Group: "domestic", Rate: policy.MustRate("0.002")}, {Group: "export", Rate: policy.MustRate("0.003")}}},
		TurnoverExclusions: policy.TurnoverExclusions{RelatedCompanies: true, CashSales: true},
	}
	lines := []premium.SalesLine{
		{Invoice: "A1", Buyer: "Dupont", Country: "FR", Date: day("2025-02-10"), Amount: policy.MustAmount("EUR 10000.00")},
		{Invoice: "A2", Buyer: "Müller", Country: "DE", Date: day("2025-05-12"), Amount: policy.MustAmount("EUR 5000.00")},
		{Invoice: "A3", Buyer: "Filiale", Country: "FR", BuyerKind: policy.RelatedCompany, Date: day("2025-05-20"), Amount: policy.MustAmount("EUR 2000.00")},
	}
	res, err := premium.Turnover(terms, lines, premium.HalfYearly, policy.RateTable{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Periods {
		for _, g := range p.Groups {
			fmt.Println(p.From, g.Group, g.Turnover, g.Premium)
		}
	}
	for _, x := range res.Excluded {
		fmt.Println("excluded", x.Invoice, x.Reason, x.Amount)
	}
	fmt.Println("premium", res.Premium)
	// Output:
	// 2025-01-01 domestic EUR 10000.00 EUR 20.00
	// 2025-01-01 export EUR 5000.00 EUR 15.00
	// 2025-07-01 domestic EUR 0.00 EUR 0.00
	// 2025-07-01 export EUR 0.00 EUR 0.00
	// excluded A3 related-company EUR 2000.00
	// premium EUR 35.00
}

// Property: a sales ledger and the turnover built from it read back equal
// from their JSON.
func propTurnoverJSONRoundTrip(t *rapid.T) {
	lines := genSales(t)
	jsontest.RoundTrip(t, lines)
	res, err := premium.Turnover(turnoverTerms(), lines, genFrequency(t), policy.RateTable{})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, res)
}

func TestPropTurnoverJSONRoundTrip(t *testing.T) { rapid.Check(t, propTurnoverJSONRoundTrip) }
func FuzzPropTurnoverJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propTurnoverJSONRoundTrip))
}
