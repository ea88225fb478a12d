package premium_test

import (
	"fmt"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// A French firm priced 0.25 % on domestic turnover and 0.40 % on export,
// with a minimum premium of EUR 5000 paid in advance in four instalments,
// and EUR 150 per buyer assessment. The domestic premium bears the
// insurance tax at the rate the contract states (here 9 %, a parameter),
// the export premium is exempt (art. 995 8° CGI).
func ExampleAnnual() {
	terms := policy.Terms{
		Currency:  policy.EUR,
		Effective: calendar.MustDate(2025, time.January, 1),
		Expiry:    calendar.MustDate(2025, time.December, 31),
		Premium: policy.PremiumTerms{
			Rates: []policy.GroupRate{
				{Group: premium.Domestic, Rate: policy.MustRate("0.0025"), TaxRate: policy.MustRate("0.09")},
				{Group: premium.Export, Rate: policy.MustRate("0.004")},
			},
			Minimum: policy.MustAmount("EUR 5000"),
			Fees:    []policy.Fee{{Name: "buyer assessment", UnitPrice: policy.MustAmount("EUR 150")}},
		},
	}
	deposit, _ := premium.Instalments(terms.Premium.Minimum, terms.Effective, premium.Quarterly)
	for _, in := range deposit.Instalments {
		fmt.Println("instalment", in.Due, in.Amount)
	}
	res, err := premium.Annual(terms, premium.Declarations{
		Turnover: []premium.Declaration{
			{Group: premium.Domestic, Amount: policy.MustAmount("EUR 2000000")},
			{Group: premium.Export, Amount: policy.MustAmount("EUR 500000")},
		},
		Fees:            []premium.FeeCount{{Name: "buyer assessment", Count: 4}},
		InstalmentsPaid: deposit.Deposit,
	}, premium.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range res.Groups {
		fmt.Println(g.Group, g.Premium)
	}
	fmt.Println("final premium", res.FinalPremium)
	fmt.Println("adjustment", res.Adjustment)
	fmt.Println("fees", res.FeesTotal)
	fmt.Println("total excluding tax", res.Total)
	fmt.Println("tax", res.Tax)
	fmt.Println("total including tax", res.TotalWithTax)
	// Output:
	// instalment 2025-01-01 EUR 1250.00
	// instalment 2025-04-01 EUR 1250.00
	// instalment 2025-07-01 EUR 1250.00
	// instalment 2025-10-01 EUR 1250.00
	// domestic EUR 5000.00
	// export EUR 2000.00
	// final premium EUR 7000.00
	// adjustment EUR 2000.00
	// fees EUR 600.00
	// total excluding tax EUR 7600.00
	// tax EUR 450.00
	// total including tax EUR 8050.00
}
