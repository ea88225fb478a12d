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
			Fees:    []policy.Fee{{Name: "buyer assessment", UnitPrice: policy.MustPrice("EUR 150")}},
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

// The same firm on a flat-rate SME offer: one yearly price covering fees
// and premium, read from the insurer's grid by sector, turnover and number
// of buyers (the simplified SME offer). The grid here is invented: no public one exists.
func ExampleFlatRate() {
	upTo20 := premium.Range[int]{From: 1, To: 20, ToIncluded: true}
	grid := premium.Grid{
		Name:     "SME offer",
		Currency: policy.EUR,
		Bands: []premium.Band{
			{Sector: "wholesale", Turnover: premium.Range[policy.Amount]{From: policy.MustAmount("EUR 0"), To: policy.MustAmount("EUR 1000000")},
				Buyers: upTo20, Price: policy.MustAmount("EUR 1800"), BuyerCap: policy.MustAmount("EUR 50000"), YearCap: policy.MustAmount("EUR 150000")},
			{Sector: "wholesale", Turnover: premium.Range[policy.Amount]{From: policy.MustAmount("EUR 1000000"), To: policy.MustAmount("EUR 5000000")},
				Buyers: upTo20, Price: policy.MustAmount("EUR 3900"), BuyerCap: policy.MustAmount("EUR 80000"), YearCap: policy.MustAmount("EUR 300000")},
		},
	}
	offer, err := premium.FlatRate(grid, premium.Profile{Sector: "wholesale", Turnover: policy.MustAmount("EUR 2500000"), Buyers: 20})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("price", offer.Price, "a year")
	capped, _ := offer.Cap(policy.MustAmount("EUR 95000"), policy.Amount{}, policy.MustAmount("EUR 250000"))
	fmt.Println("indemnity after the caps", capped.Indemnity)
	_, err = premium.FlatRate(grid, premium.Profile{Sector: "wholesale", Turnover: policy.MustAmount("EUR 2500000"), Buyers: 21})
	fmt.Println(err)
	// Output:
	// price EUR 3900.00 a year
	// indemnity after the caps EUR 50000.00
	// premium: no band covers the value: profile="sector \"wholesale\", turnover EUR 2500000.00, 21 buyers (grid \"SME offer\")" (CP-flat-rate)
}

// Monthly balance declarations due by the 20th of the next month, moved to
// the next business day under the French civil rule.
func ExampleDeclarationPeriods() {
	periods, err := premium.DeclarationPeriods(
		calendar.MustDate(2025, time.July, 1), calendar.MustDate(2025, time.December, 31),
		premium.Monthly, premium.Due{DayOfNextMonth: 20}, calendar.FRCivil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range periods {
		fmt.Println(p.From, "to", p.To, "due", p.Deadline.Final)
	}
	// Output:
	// 2025-07-01 to 2025-07-31 due 2025-08-20
	// 2025-08-01 to 2025-08-31 due 2025-09-22
	// 2025-09-01 to 2025-09-30 due 2025-10-20
	// 2025-10-01 to 2025-10-31 due 2025-11-20
	// 2025-11-01 to 2025-11-30 due 2025-12-22
	// 2025-12-01 to 2025-12-31 due 2026-01-20
}

// A three-year profit share of 40 % after a 30 % management charge.
func ExampleProfitShare() {
	terms := premium.ProfitShareTerms{Share: policy.MustRate("0.4"), ManagementCharge: policy.MustRate("0.3"), Years: 3}
	r, err := premium.ProfitShare(terms, []premium.YearAccount{
		{Premium: policy.MustAmount("EUR 10000"), IndemnitiesPaid: policy.MustAmount("EUR 0")},
		{Premium: policy.MustAmount("EUR 10000"), IndemnitiesPaid: policy.MustAmount("EUR 12000")},
		{Premium: policy.MustAmount("EUR 10000"), IndemnitiesPaid: policy.MustAmount("EUR 0")},
	}, policy.Amount{}, policy.HalfAwayFromZero)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(r.Trace)
	// Output:
	// 1. management charge: EUR 30000.00 × 0.3 → EUR 9000.00 [CP-profit-share (participation bénéficiaire: (premium − management charge − indemnities paid) × share, over 1 to 3 years (assurance-credit-entreprise.fr, participation aux bénéfices))]
	// 2. profit-share balance: premium EUR 30000.00 − charge EUR 9000.00 − indemnities EUR 12000.00 + carried EUR 0.00 → EUR 9000.00 [CP-profit-share (participation bénéficiaire: (premium − management charge − indemnities paid) × share, over 1 to 3 years (assurance-credit-entreprise.fr, participation aux bénéfices))]
	// 3. profit share: max(0, EUR 9000.00) × 0.4 → EUR 3600.00 [CP-profit-share (participation bénéficiaire: (premium − management charge − indemnities paid) × share, over 1 to 3 years (assurance-credit-entreprise.fr, participation aux bénéfices))]
	// 4. balance carried forward: carryForward no → EUR 0.00 [CP-profit-share (participation bénéficiaire: (premium − management charge − indemnities paid) × share, over 1 to 3 years (assurance-credit-entreprise.fr, participation aux bénéfices))]
}

// The maximum liability of a year as 30 times that year's premium.
func ExampleMaxLiability() {
	terms := policy.Terms{Currency: policy.EUR, MaxLiability: policy.MaxLiability{PremiumMultiple: 30}}
	l, err := premium.MaxLiability(terms, policy.MustAmount("EUR 7000"))
	fmt.Println(l.Max, l.Limited, err)
	// Output: EUR 210000.00 true <nil>
}

// A top-up (CAP-like) cover of EUR 50 000 at 2 % a year, used two months
// with a minimum of three, billed with the year's fees.
func ExampleTopUpPremium() {
	t, err := premium.TopUpPremium(policy.MustAmount("EUR 50000"), policy.MustRate("0.02"), 2, 3, policy.HalfAwayFromZero)
	fmt.Println(t.MonthsBilled, t.Premium, err)
	charge := premium.Charge{Name: "top-up", Amount: t.Premium}
	fmt.Println(charge.Name, charge.Amount)
	// Output:
	// 3 EUR 250.00 <nil>
	// top-up EUR 250.00
}

// A 10 % bonus for a loss ratio below 30 %.
func ExampleBonusMalus() {
	scale := []premium.BonusMalusStep{
		{LossRatio: premium.Range[policy.Rate]{From: policy.MustRate("0"), To: policy.MustRate("0.3")}, Bonus: policy.MustRate("0.1")},
		{LossRatio: premium.Range[policy.Rate]{From: policy.MustRate("0.3"), Unbounded: true}},
	}
	r, err := premium.BonusMalus(policy.MustAmount("EUR 10000"), policy.MustAmount("EUR 1500"), scale, policy.HalfAwayFromZero)
	fmt.Println(r.LossRatio, r.Adjustment, r.Premium, err)
	// Output: 0.15 EUR -1000.00 EUR 9000.00 <nil>
}
