package examples

import (
	"io"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// YearPremium computes what a year of credit insurance costs a firm, first on
// a classic whole-turnover policy priced on its declared turnover, then on a
// flat-rate SME offer, and writes the report to w.
//
// Ferrand SAS sells in France and abroad. Its classic policy charges a rate
// on the insurable turnover excluding tax by country group, "France /
// Export" (a French broker's guide: "le
// pourcentage est calculé sur la base ... [de la] typologie du poste client
// France / Export"), with a minimum premium invoiced in
// advance in four quarterly instalments and adjusted at the end of the year
// (CG-premium-adjustment), and fees for limit requests and buyer monitoring
// (CP-fees). The
// insurance tax applies to the domestic premium at the rate the contract
// states (a parameter here: no public source gives it), export credit insurance
// being exempt (art. 995 8° CGI). The turnover is declared quarter by quarter
// within 30 days of each quarter's end ([premium.DeclarationPeriods], CP-declarations).
// A weaker year shows the minimum premium at work, and the maximum
// liability of the year is 30 times its premium (Coface TradeLiner).
//
// The same firm is then priced on the simplified SME offer ("une tarification forfaitaire.
// Le prix annuel global inclut les frais et la prime ... selon ... le secteur
// d'activité, le chiffre d'affaires et le nombre d'acheteurs à couvrir"),
// from a grid invented for the story, since no insurer publishes one.
func YearPremium(w io.Writer) error {
	var r report
	terms := policy.Terms{
		PolicyID:     "GL-2025-0088",
		Currency:     policy.EUR,
		Signature:    date(2024, time.December, 16),
		Effective:    date(2025, time.January, 1),
		Expiry:       date(2025, time.December, 31),
		DeadlineRule: calendar.FRCivil,
		// The clocks every claim needs, although this story prices the
		// year only: 5 months' waiting period, indemnity 30 days after.
		WaitingPeriod: policy.MustTimeLimit(calendar.Months(5)),
		IndemnityDays: policy.MustTimeLimit(calendar.Days(30)),
		MaxLiability:  policy.MaxLiability{PremiumMultiple: 30, Base: policy.PremiumPaid},
		Premium: policy.PremiumTerms{
			Rates: []policy.GroupRate{
				{Group: premium.Domestic, Rate: policy.MustRate("0.0028"), TaxRate: policy.MustRate("0.09")},
				{Group: premium.Export, Rate: policy.MustRate("0.0045")},
			},
			Minimum: eur("6000"),
			Fees: []policy.Fee{
				{Name: "limit request (frais d'étude)", UnitPrice: policy.MustPrice("EUR 120")},
				{Name: "buyer monitoring (frais de surveillance)", UnitPrice: policy.MustPrice("EUR 45")},
			},
		},
	}
	if err := terms.Validate(); err != nil {
		return err
	}
	r.title("The year's premium")
	r.linef("Ferrand SAS, policy %s, insurance year %s to %s.", terms.PolicyID, terms.Effective, terms.Expiry)
	rows := [][]string{{"country group", "premium rate", "insurance tax"}}
	for _, g := range terms.Premium.Rates {
		rows = append(rows, []string{g.Group, g.Rate.Percent(), g.TaxRate.Percent()})
	}
	r.table(rows)
	r.linef("Minimum premium %s; fees: %s %s each, %s %s each.", terms.Premium.Minimum,
		terms.Premium.Fees[0].Name, terms.Premium.Fees[0].UnitPrice, terms.Premium.Fees[1].Name, terms.Premium.Fees[1].UnitPrice)

	deposit, err := premium.Instalments(terms.Premium.Minimum, terms.Effective, premium.Quarterly)
	if err != nil {
		return err
	}
	r.section("Provisional premium: the minimum, invoiced in advance")
	rows = [][]string{{"invoiced on", "amount"}}
	for _, in := range deposit.Instalments {
		rows = append(rows, []string{in.Due.String(), in.Amount.String()})
	}
	r.table(rows)

	periods, err := premium.DeclarationPeriods(terms.Effective, terms.Expiry, premium.Quarterly, premium.Due{Days: 30}, terms.DeadlineRule)
	if err != nil {
		return err
	}
	domestic := []string{"380000", "425000", "360000", "485000"}
	export := []string{"90000", "120000", "95000", "115000"}
	var decl premium.Declarations
	r.section("Turnover declared, excluding tax")
	rows = [][]string{{"quarter", "declare by", premium.Domestic, premium.Export}}
	for i, p := range periods {
		decl.Turnover = append(decl.Turnover,
			premium.Declaration{Group: premium.Domestic, From: p.From, To: p.To, Amount: eur(domestic[i])},
			premium.Declaration{Group: premium.Export, From: p.From, To: p.To, Amount: eur(export[i])})
		rows = append(rows, []string{p.From.String() + " to " + p.To.String(), p.Deadline.Final.String(),
			eur(domestic[i]).String(), eur(export[i]).String()})
	}
	r.table(rows)
	decl.Fees = []premium.FeeCount{{Name: terms.Premium.Fees[0].Name, Count: 6}, {Name: terms.Premium.Fees[1].Name, Count: 18}}
	decl.InstalmentsPaid = deposit.Deposit

	res, err := premium.Annual(terms, decl, premium.Options{})
	if err != nil {
		return err
	}
	r.section("The premium of the year")
	premiumTable(&r, res)
	liability, err := premium.MaxLiability(terms, res.FinalPremium)
	if err != nil {
		return err
	}
	r.linef("Maximum liability of the year (limite de décaissement): %d × %s = %s.",
		terms.MaxLiability.PremiumMultiple, res.FinalPremium, liability.Max)

	// A weaker year: the minimum premium applies.
	weak := premium.Declarations{
		Turnover: []premium.Declaration{
			{Group: premium.Domestic, Amount: eur("1100000")},
			{Group: premium.Export, Amount: eur("280000")},
		},
		Fees:            decl.Fees,
		InstalmentsPaid: deposit.Deposit,
	}
	weakRes, err := premium.Annual(terms, weak, premium.Options{})
	if err != nil {
		return err
	}
	r.section("The same policy in a weaker year")
	premiumTable(&r, weakRes)

	// The same firm on a flat-rate offer.
	upTo20 := premium.Range[int]{From: 1, To: 20, ToIncluded: true}
	from21 := premium.Range[int]{From: 21, To: 50, ToIncluded: true}
	band := func(from, to string) premium.Range[policy.Amount] {
		return premium.Range[policy.Amount]{From: eur(from), To: eur(to)}
	}
	grid := premium.Grid{
		Name: "SME offer 2025", Currency: policy.EUR,
		Source: policy.Clause{ID: "CP-flat-rate", Source: "the offer's price table (invented for this story)"},
		Bands: []premium.Band{
			{Sector: "wholesale", Turnover: band("0", "1000000"), Buyers: upTo20, Price: eur("3900"), BuyerCap: eur("50000"), YearCap: eur("150000")},
			{Sector: "wholesale", Turnover: band("1000000", "3000000"), Buyers: upTo20, Price: eur("7200"), BuyerCap: eur("80000"), YearCap: eur("250000")},
			{Sector: "wholesale", Turnover: band("1000000", "3000000"), Buyers: from21, Price: eur("9800"), BuyerCap: eur("80000"), YearCap: eur("300000")},
		},
	}
	var turnovers []policy.Amount
	for _, g := range res.Groups {
		turnovers = append(turnovers, g.Turnover)
	}
	turnover, err := policy.Sum(res.Currency, turnovers...)
	if err != nil {
		return err
	}
	profile := premium.Profile{Sector: "wholesale", Turnover: turnover, Buyers: 18}
	offer, err := premium.FlatRate(grid, profile)
	if err != nil {
		return err
	}
	r.section("The same firm on a flat-rate offer")
	rows = [][]string{{"sector", "turnover", "buyers", "yearly price", "cap per buyer", "cap per year"}}
	for _, b := range grid.Bands {
		rows = append(rows, []string{b.Sector, b.Turnover.String(), b.Buyers.String(), b.Price.String(), b.BuyerCap.String(), b.YearCap.String()})
	}
	r.table(rows)
	r.linef("Ferrand SAS: %s, turnover %s, %d buyers to cover → band %d: %s a year, fees included.",
		profile.Sector, profile.Turnover, profile.Buyers, offer.Band+1, offer.Price)
	r.linef("Classic policy this year: %s excluding tax (premium and fees), %s with the tax.", res.Total, res.TotalWithTax)
	capped, err := offer.Cap(eur("95000"), policy.Amount{}, eur("200000"))
	if err != nil {
		return err
	}
	r.linef("The price includes less: the offer caps the indemnities. EUR 95000.00 owed on one buyer, after")
	r.line("EUR 200000.00 already paid this year:")
	r.trace(capped.Trace)
	return r.flush(w)
}

// premiumTable writes the breakdown of a year's premium.
func premiumTable(r *report, res premium.Result) {
	rows := [][]string{{"line", "base", "rate", "amount"}}
	for _, g := range res.Groups {
		rows = append(rows, []string{"premium " + g.Group, g.Turnover.String(), g.Rate.Percent(), g.Premium.String()})
	}
	rows = append(rows, []string{"premium on turnover", "", "", res.PremiumOnTurnover.String()})
	minimum := "minimum premium (not reached)"
	if res.MinimumApplies {
		minimum = "minimum premium (applies)"
	}
	rows = append(rows, []string{minimum, "", "", res.Minimum.String()})
	rows = append(rows, []string{"final premium", "", "", res.FinalPremium.String()})
	rows = append(rows, []string{"instalments already paid", "", "", res.InstalmentsPaid.String()})
	rows = append(rows, []string{"adjustment (régularisation)", "", "", res.Adjustment.String()})
	for _, f := range res.Fees {
		rows = append(rows, []string{"fee: " + f.Name, f.UnitPrice.String() + " × " + itoa(f.Count), "", f.Amount.String()})
	}
	rows = append(rows, []string{"total excluding tax", "", "", res.Total.String()})
	for _, t := range res.Taxes {
		rows = append(rows, []string{"insurance tax on " + joinGroups(t.Groups), t.Base.String(), t.Rate.Percent(), t.Tax.String()})
	}
	rows = append(rows, []string{"total including tax", "", "", res.TotalWithTax.String()})
	r.table(rows)
}
