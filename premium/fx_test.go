package premium_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
)

// TestAnnualIn: export turnover declared in dollars and pounds under a euro
// policy, converted at the ECB rate of the last day of each quarter
// declared (clause CP-currency-conversion), then priced at the export rate.
func TestAnnualIn(t *testing.T) {
	terms := frenchTerms()
	terms.Conversion = policy.CurrencyConversion{Rule: policy.AtInvoiceDate, Calendar: calendar.TARGET}
	tb, err := policy.NewRateTable(
		policy.ExchangeRate{From: policy.EUR, To: policy.USD, Date: day("2025-03-31"), Rate: rate("1.0850")},
		policy.ExchangeRate{From: policy.EUR, To: policy.GBP, Date: day("2025-06-30"), Rate: rate("0.8350")},
	)
	if err != nil {
		t.Fatal(err)
	}
	decl := premium.Declarations{Turnover: []premium.Declaration{
		{Group: premium.Export, From: day("2025-01-01"), To: day("2025-03-31"), Amount: amt("USD 108500")},
		{Group: premium.Export, From: day("2025-04-01"), To: day("2025-06-30"), Amount: amt("GBP 83500")},
		{Group: premium.Domestic, Amount: amt("EUR 2000000")},
	}}
	got, convs, err := premium.AnnualIn(terms, decl, premium.Options{}, tb)
	if err != nil {
		t.Fatal(err)
	}
	// 100 000 + 100 000 euros of export turnover at 0.4 %.
	if diff := cmp.Diff(amts("EUR 5000", "EUR 800"), summarize(got).ByGroup); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var steps []string
	for _, c := range convs {
		steps = append(steps, c.Step().Inputs+" → "+c.Step().Result)
	}
	want := []string{"USD 108500.00 ÷ EUR/USD 1.085 on 2025-03-31 → EUR 100000.00", "GBP 83500.00 ÷ EUR/GBP 0.835 on 2025-06-30 → EUR 100000.00"}
	if diff := cmp.Diff(want, steps); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestConvertDeclarationsMissingRate: the refusal names the declaration,
// the pair and the date.
func TestConvertDeclarationsMissingRate(t *testing.T) {
	terms := frenchTerms()
	terms.Conversion = policy.CurrencyConversion{Rule: policy.AtInvoiceDate}
	decl := premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, Amount: amt("USD 1000")}}}
	_, _, err := premium.ConvertDeclarations(terms, decl, policy.RateTable{})
	checkErr(t, err)
	if !errors.Is(err, policy.ErrNoRate) {
		t.Fatalf("want ErrNoRate, got %v", err)
	}
	want := `policy: missing value: no exchange rate: turnover[0].amount: rates="USD/EUR on 2025-12-31" (CP-currency-conversion)`
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FuzzConvertDeclarations: any declared amount and quote converts into the
// policy currency or fails with a sentinel.
func FuzzConvertDeclarations(f *testing.F) {
	f.Add("USD 108500", "USD", "1.085", "2025-03-31")
	f.Add("GBP 1", "USD", "0.5", "2025-12-31")
	f.Add("JPY 7", "JPY", "162.45", "2025-06-30")
	f.Fuzz(func(t *testing.T, amount, quoted, r, d string) {
		a, err1 := policy.ParseAmount(amount)
		c, err2 := policy.ParseCurrency(quoted)
		rt, err3 := policy.ParseRate(r)
		dd, err4 := calendar.ParseDate(d)
		if errors.Join(err1, err2, err3, err4) != nil {
			return
		}
		tb, err := policy.NewRateTable(policy.ExchangeRate{From: policy.EUR, To: c, Date: dd, Rate: rt})
		if err != nil {
			checkErr(t, err)
			return
		}
		terms := frenchTerms()
		terms.Conversion = policy.CurrencyConversion{Rule: policy.AtInvoiceDate}
		out, _, err := premium.ConvertDeclarations(terms, premium.Declarations{Turnover: []premium.Declaration{{Group: premium.Export, To: dd, Amount: a}}}, tb)
		if err != nil {
			checkErr(t, err)
			return
		}
		if got := out.Turnover[0].Amount; got.Currency() != policy.EUR || got.Validate() != nil {
			t.Fatalf("%s gave %s", a, got)
		}
	})
}
