package premium_test

import (
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

func genFrequency(t *rapid.T) premium.Frequency {
	return rapid.SampledFrom([]premium.Frequency{premium.Monthly, premium.Quarterly, premium.HalfYearly, premium.Yearly}).Draw(t, "frequency")
}

// Property: an input reads back equal from its JSON.
func propInputJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genInput(t)) }

// Property: an annual premium (its groups, fees, taxes and trace) reads
// back equal from its JSON: what a service answers, a client reads.
func propResultJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, calc(t, genInput(t))) }

// Property: a group's line of the breakdown reads back equal from its JSON.
func propGroupPremiumJSONRoundTrip(t *rapid.T) {
	r := calc(t, genInput(t))
	jsontest.RoundTrip(t, r.Groups[rapid.IntRange(0, len(r.Groups)-1).Draw(t, "group")])
}

// Property: a fee line reads back equal from its JSON.
func propFeeLineJSONRoundTrip(t *rapid.T) {
	r := calc(t, genInput(t))
	if len(r.Fees) == 0 {
		t.Skip("no fee")
	}
	jsontest.RoundTrip(t, r.Fees[rapid.IntRange(0, len(r.Fees)-1).Draw(t, "fee")])
}

// Property: a tax line reads back equal from its JSON.
func propTaxLineJSONRoundTrip(t *rapid.T) {
	r := calc(t, genInput(t))
	if len(r.Taxes) == 0 {
		t.Skip("no tax line")
	}
	jsontest.RoundTrip(t, r.Taxes[rapid.IntRange(0, len(r.Taxes)-1).Draw(t, "tax")])
}

// Property: a frequency reads back equal from its text.
func propFrequencyTextRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genFrequency(t)) }

// Property: a declaration period and its deadline read back equal from
// their JSON.
func propDeclarationPeriodJSONRoundTrip(t *rapid.T) {
	from := day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "from"))
	due := rapid.SampledFrom([]premium.Due{{}, {Days: 30}, {DayOfNextMonth: 20}}).Draw(t, "due")
	ps, err := premium.DeclarationPeriods(from, from.AddDays(rapid.IntRange(0, 400).Draw(t, "length")), genFrequency(t), due, calendar.FRCivil)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, ps[rapid.IntRange(0, len(ps)-1).Draw(t, "period")])
}

// Property: a premium after its bonus or malus reads back equal from its
// JSON.
func propBonusMalusResultJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	p := genMoney(t, "premium", cur)
	if !p.IsPositive() {
		t.Skip("no premium")
	}
	scale := []premium.BonusMalusStep{
		{LossRatio: premium.Range[policy.Rate]{From: rate("0"), To: rate("0.3")}, Bonus: genFraction(t, "bonus")},
		{LossRatio: premium.Range[policy.Rate]{From: rate("0.3"), Unbounded: true}, Malus: genFraction(t, "malus")},
	}
	r, err := premium.BonusMalus(p, genMoney(t, "claims", cur), scale, policy.HalfEven)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, r)
}

// Property: a profit share reads back equal from its JSON.
func propProfitShareResultJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	terms := premium.ProfitShareTerms{Share: genFraction(t, "share"), ManagementCharge: genFraction(t, "charge"), Years: 1, CarryForward: true}
	r, err := premium.ProfitShare(terms, []premium.YearAccount{{Premium: genMoney(t, "premium", cur), IndemnitiesPaid: genMoney(t, "indemnities", cur)}},
		genMoney(t, "carried", cur).Neg(), policy.HalfAwayFromZero)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, r)
}

// Property: a flat-rate offer reads back equal from its JSON.
func propOfferJSONRoundTrip(t *rapid.T) {
	cur := policy.EUR
	g := premium.Grid{Currency: cur, Bands: []premium.Band{{
		Turnover: premium.Range[policy.Amount]{From: amt("EUR 0"), Unbounded: true}, Buyers: premium.Range[int]{From: 0, Unbounded: true},
		Price: genMoney(t, "price", cur), BuyerCap: genMoney(t, "buyerCap", cur), YearCap: genMoney(t, "yearCap", cur)}}}
	o, err := premium.FlatRate(g, premium.Profile{Turnover: genMoney(t, "turnover", cur), Buyers: rapid.IntRange(0, 100).Draw(t, "buyers")})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, o)
}

// Property: a capped indemnity reads back equal from its JSON.
func propCappedJSONRoundTrip(t *rapid.T) {
	cur := policy.EUR
	o := premium.Offer{BuyerCap: genMoney(t, "buyerCap", cur), YearCap: genMoney(t, "yearCap", cur)}
	c, err := o.Cap(genMoney(t, "indemnity", cur), genMoney(t, "onBuyer", cur), genMoney(t, "inYear", cur))
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, c)
}

// Property: an instalment schedule (and each instalment in it) reads back
// equal from its JSON.
func propInstalmentScheduleJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	s, err := premium.Instalments(genMoney(t, "deposit", cur), day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "from")), genFrequency(t))
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, s)
}

// Property: an instalment reads back equal from its JSON.
func propInstalmentJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	jsontest.RoundTrip(t, premium.Instalment{Due: day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "due")), Amount: genMoney(t, "amount", cur)})
}

// Property: a maximum liability reads back equal from its JSON.
func propLiabilityJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	terms := policy.Terms{Currency: cur}
	switch rapid.IntRange(0, 2).Draw(t, "kind") {
	case 1:
		terms.MaxLiability.Amount = genMoney(t, "amount", cur)
	case 2:
		terms.MaxLiability.PremiumMultiple = rapid.Int64Range(1, 40).Draw(t, "multiple")
	}
	l, err := premium.MaxLiability(terms, genMoney(t, "premium", cur))
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, l)
}

// Property: the limit fees of a year read back equal from their JSON.
func propLimitFeesResultJSONRoundTrip(t *rapid.T) {
	terms := feeTerms(policy.LimitFees{Monitoring: policy.MustPrice("EUR 12.5"), Request: policy.MustPrice("EUR 40"), TopUpMinMonths: 3})
	var hs []limits.History
	for i := range rapid.IntRange(0, 3).Draw(t, "buyers") {
		hs = append(hs, genHistory(t, "h"+itoa(i)))
	}
	r, err := premium.LimitFees(terms, hs, calendar.Date{}, calendar.Date{})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, r)
}

// Property: a top-up premium reads back equal from its JSON.
func propTopUpJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	r, err := premium.TopUpPremium(genMoney(t, "additional", cur), genFraction(t, "rate"), rapid.IntRange(1, 24).Draw(t, "months"),
		rapid.IntRange(0, 6).Draw(t, "minMonths"), policy.HalfAwayFromZero)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, r)
}

func TestPropInputJSONRoundTrip(t *testing.T)        { rapid.Check(t, propInputJSONRoundTrip) }
func TestPropResultJSONRoundTrip(t *testing.T)       { rapid.Check(t, propResultJSONRoundTrip) }
func TestPropGroupPremiumJSONRoundTrip(t *testing.T) { rapid.Check(t, propGroupPremiumJSONRoundTrip) }
func TestPropFeeLineJSONRoundTrip(t *testing.T)      { rapid.Check(t, propFeeLineJSONRoundTrip) }
func TestPropTaxLineJSONRoundTrip(t *testing.T)      { rapid.Check(t, propTaxLineJSONRoundTrip) }
func TestPropFrequencyTextRoundTrip(t *testing.T)    { rapid.Check(t, propFrequencyTextRoundTrip) }
func TestPropDeclarationPeriodJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propDeclarationPeriodJSONRoundTrip)
}
func TestPropBonusMalusResultJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propBonusMalusResultJSONRoundTrip)
}
func TestPropProfitShareResultJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propProfitShareResultJSONRoundTrip)
}
func TestPropOfferJSONRoundTrip(t *testing.T)  { rapid.Check(t, propOfferJSONRoundTrip) }
func TestPropCappedJSONRoundTrip(t *testing.T) { rapid.Check(t, propCappedJSONRoundTrip) }
func TestPropInstalmentScheduleJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propInstalmentScheduleJSONRoundTrip)
}
func TestPropInstalmentJSONRoundTrip(t *testing.T) { rapid.Check(t, propInstalmentJSONRoundTrip) }
func TestPropLiabilityJSONRoundTrip(t *testing.T)  { rapid.Check(t, propLiabilityJSONRoundTrip) }
func TestPropLimitFeesResultJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propLimitFeesResultJSONRoundTrip)
}
func TestPropTopUpJSONRoundTrip(t *testing.T) { rapid.Check(t, propTopUpJSONRoundTrip) }

// genAmountRange draws a non-empty band of amounts of cur: whole minor
// units, each bound open or closed, now and then without an upper bound
// (its To then left zero).
func genAmountRange(t *rapid.T, label string, cur policy.Currency) premium.Range[policy.Amount] {
	from := rapid.Int64Range(0, 1_000_000).Draw(t, label+".from")
	r := premium.Range[policy.Amount]{
		From: units(t, cur, from), FromExcluded: rapid.Bool().Draw(t, label+".fromExcluded"),
		ToIncluded: rapid.Bool().Draw(t, label+".toIncluded"), Unbounded: rapid.Bool().Draw(t, label+".unbounded"),
	}
	if !r.Unbounded {
		r.To = units(t, cur, from+rapid.Int64Range(1, 1_000_000).Draw(t, label+".width"))
	}
	return r
}

// units is n minor units of cur.
func units(t *rapid.T, cur policy.Currency, n int64) policy.Amount {
	a, err := policy.NewAmount(cur, decimal.New(n, -cur.Scale()))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// genBand draws a band of sector priced in cur whose turnover and buyers
// bands are not empty (two buyers apart at least, so that excluded bounds
// leave a count between them).
func genBand(t *rapid.T, label, sector string, cur policy.Currency) premium.Band {
	buyers := genIntRange(t, label+".buyers")
	if buyers.To < buyers.From+2 {
		buyers.To = buyers.From + 2
	}
	b := premium.Band{Sector: sector, Turnover: genAmountRange(t, label+".turnover", cur), Buyers: buyers, Price: genMoney(t, label+".price", cur)}
	if rapid.Bool().Draw(t, label+".capped") {
		b.BuyerCap, b.YearCap = genMoney(t, label+".buyerCap", cur), genMoney(t, label+".yearCap", cur)
	}
	return b
}

// genDeclarations draws the declarations of a year in cur: periods that
// follow one another (so that no two of a group overlap), or, for a single
// declaration, now and then the whole year (no dates).
func genDeclarations(t *rapid.T, cur policy.Currency) premium.Declarations {
	var d premium.Declarations
	next := day("2025-01-01")
	n := rapid.IntRange(0, 4).Draw(t, "declarations")
	for i := range n {
		x := premium.Declaration{Group: rapid.SampledFrom([]string{"domestic", "export", ""}).Draw(t, "group"), Amount: genMoney(t, "amount", cur)}
		if n > 1 || !rapid.Bool().Draw(t, "wholeYear") {
			x.From = next.AddDays(rapid.IntRange(0, 40).Draw(t, "gap"+itoa(i)))
			x.To = x.From.AddDays(rapid.IntRange(0, 120).Draw(t, "length"+itoa(i)))
			next = x.To.AddDays(1)
		}
		d.Turnover = append(d.Turnover, x)
	}
	for range rapid.IntRange(0, 2).Draw(t, "fees") {
		d.Fees = append(d.Fees, genFeeCount(t))
	}
	for range rapid.IntRange(0, 2).Draw(t, "charges") {
		d.Charges = append(d.Charges, premium.Charge{Name: "charge", Amount: genMoney(t, "charge", cur)})
	}
	if rapid.Bool().Draw(t, "instalments") {
		d.InstalmentsPaid = genMoney(t, "instalmentsPaid", cur)
	}
	return d
}

func genFeeCount(t *rapid.T) premium.FeeCount {
	return premium.FeeCount{Name: rapid.SampledFrom([]string{"limit request", "monitoring", ""}).Draw(t, "fee.name"),
		Count: rapid.OneOf(rapid.Int64Range(0, 1000), rapid.Just(int64(1)<<53)).Draw(t, "fee.count")}
}

// Property: a group of an input reads back equal from its JSON.
func propGroupInputJSONRoundTrip(t *rapid.T) {
	in := genInput(t)
	jsontest.RoundTrip(t, in.Groups[rapid.IntRange(0, len(in.Groups)-1).Draw(t, "group")])
}

// Property: a fee of an input reads back equal from its JSON.
func propFeeInputJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, premium.FeeInput{Name: "fee", UnitPrice: genPrice(t, "unitPrice", genCurrency(t)), Count: rapid.Int64Range(0, 1000).Draw(t, "count")})
}

// Property: the options of an input read back equal from their JSON.
func propOptionsJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, premium.Options{TaxFees: rapid.Bool().Draw(t, "taxFees"), ResidualTaxGroup: rapid.SampledFrom([]string{"", "g0", "export"}).Draw(t, "residual")})
}

// Property: the declarations of a year read back equal from their JSON.
func propDeclarationsJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, genDeclarations(t, genCurrency(t)))
}

// Property: a turnover declaration reads back equal from its JSON.
func propDeclarationJSONRoundTrip(t *rapid.T) {
	d := genDeclarations(t, genCurrency(t))
	if len(d.Turnover) == 0 {
		t.Skip("no declaration")
	}
	jsontest.RoundTrip(t, d.Turnover[rapid.IntRange(0, len(d.Turnover)-1).Draw(t, "declaration")])
}

// Property: a fee count reads back equal from its JSON.
func propFeeCountJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genFeeCount(t)) }

// Property: a charge reads back equal from its JSON.
func propChargeJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, premium.Charge{Name: "charge", Amount: genMoney(t, "amount", genCurrency(t))})
}

// Property: a declaration due date rule (none, a day of the next month, or
// days after the period) reads back equal from its JSON.
func propDueJSONRoundTrip(t *rapid.T) {
	var d premium.Due
	switch rapid.IntRange(0, 2).Draw(t, "kind") {
	case 1:
		d.DayOfNextMonth = rapid.IntRange(1, 31).Draw(t, "dayOfNextMonth")
	case 2:
		d.Days = rapid.IntRange(1, 3660).Draw(t, "days")
	}
	jsontest.RoundTrip(t, d)
}

// Property: a flat-rate grid (one band per sector) reads back equal from
// its JSON.
func propGridJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	g := premium.Grid{Name: rapid.SampledFrom([]string{"", "SME 2025"}).Draw(t, "name"), Currency: cur,
		Source: rapid.SampledFrom([]policy.Clause{{}, {ID: "CP-3"}, {ID: "CP-3", Source: "Conditions particulières"}}).Draw(t, "source")}
	for i, s := range []string{"", "retail", "food"}[:rapid.IntRange(1, 3).Draw(t, "bands")] {
		g.Bands = append(g.Bands, genBand(t, "band"+itoa(i), s, cur))
	}
	jsontest.RoundTrip(t, g)
}

// Property: a band of a grid reads back equal from its JSON.
func propBandJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	jsontest.RoundTrip(t, genBand(t, "band", "retail", cur))
}

// Property: a band of amounts reads back equal from its JSON.
func propRangeJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, genAmountRange(t, "range", genCurrency(t)))
}

// Property: a flat-rate profile reads back equal from its JSON.
func propProfileJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, premium.Profile{Sector: rapid.SampledFrom([]string{"", "retail"}).Draw(t, "sector"),
		Turnover: genMoney(t, "turnover", genCurrency(t)), Buyers: rapid.IntRange(0, 1000).Draw(t, "buyers")})
}

// Property: a step of a bonus-malus scale (a bonus or a malus) reads back
// equal from its JSON.
func propBonusMalusStepJSONRoundTrip(t *rapid.T) {
	from := genFraction(t, "from")
	lr := premium.Range[policy.Rate]{From: from, FromExcluded: rapid.Bool().Draw(t, "fromExcluded"), Unbounded: true}
	if !rapid.Bool().Draw(t, "unbounded") {
		to, err := policy.NewRate(from.Decimal().Add(decimal.New(rapid.Int64Range(1, 2_000_000).Draw(t, "width"), -6)))
		if err != nil {
			t.Fatal(err)
		}
		lr.Unbounded, lr.To, lr.ToIncluded = false, to, rapid.Bool().Draw(t, "toIncluded")
	}
	s := premium.BonusMalusStep{LossRatio: lr}
	if rapid.Bool().Draw(t, "bonus") {
		s.Bonus = genFraction(t, "bonusRate")
	} else {
		s.Malus = genFraction(t, "malusRate")
	}
	jsontest.RoundTrip(t, s)
}

// Property: profit-share terms read back equal from their JSON.
func propProfitShareTermsJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, premium.ProfitShareTerms{Share: genFraction(t, "share"), ManagementCharge: genFraction(t, "charge"),
		Years: rapid.IntRange(1, 3).Draw(t, "years"), CarryForward: rapid.Bool().Draw(t, "carryForward")})
}

// Property: a year's account (its indemnities now and then not given)
// reads back equal from its JSON.
func propYearAccountJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	y := premium.YearAccount{Premium: genMoney(t, "premium", cur)}
	if rapid.Bool().Draw(t, "indemnities") {
		y.IndemnitiesPaid = genMoney(t, "indemnitiesPaid", cur)
	}
	jsontest.RoundTrip(t, y)
}

func TestPropGroupInputJSONRoundTrip(t *testing.T)   { rapid.Check(t, propGroupInputJSONRoundTrip) }
func TestPropFeeInputJSONRoundTrip(t *testing.T)     { rapid.Check(t, propFeeInputJSONRoundTrip) }
func TestPropOptionsJSONRoundTrip(t *testing.T)      { rapid.Check(t, propOptionsJSONRoundTrip) }
func TestPropDeclarationsJSONRoundTrip(t *testing.T) { rapid.Check(t, propDeclarationsJSONRoundTrip) }
func TestPropDeclarationJSONRoundTrip(t *testing.T)  { rapid.Check(t, propDeclarationJSONRoundTrip) }
func TestPropFeeCountJSONRoundTrip(t *testing.T)     { rapid.Check(t, propFeeCountJSONRoundTrip) }
func TestPropChargeJSONRoundTrip(t *testing.T)       { rapid.Check(t, propChargeJSONRoundTrip) }
func TestPropDueJSONRoundTrip(t *testing.T)          { rapid.Check(t, propDueJSONRoundTrip) }
func TestPropGridJSONRoundTrip(t *testing.T)         { rapid.Check(t, propGridJSONRoundTrip) }
func TestPropBandJSONRoundTrip(t *testing.T)         { rapid.Check(t, propBandJSONRoundTrip) }
func TestPropRangeJSONRoundTrip(t *testing.T)        { rapid.Check(t, propRangeJSONRoundTrip) }
func TestPropProfileJSONRoundTrip(t *testing.T)      { rapid.Check(t, propProfileJSONRoundTrip) }
func TestPropBonusMalusStepJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propBonusMalusStepJSONRoundTrip)
}
func TestPropProfitShareTermsJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propProfitShareTermsJSONRoundTrip)
}
func TestPropYearAccountJSONRoundTrip(t *testing.T) { rapid.Check(t, propYearAccountJSONRoundTrip) }

// The properties above as fuzz targets.
func FuzzPropInputJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propInputJSONRoundTrip)) }
func FuzzPropResultJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propResultJSONRoundTrip)) }
func FuzzPropGroupPremiumJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propGroupPremiumJSONRoundTrip))
}
func FuzzPropFeeLineJSONRoundTrip(f *testing.F)   { f.Fuzz(rapid.MakeFuzz(propFeeLineJSONRoundTrip)) }
func FuzzPropTaxLineJSONRoundTrip(f *testing.F)   { f.Fuzz(rapid.MakeFuzz(propTaxLineJSONRoundTrip)) }
func FuzzPropFrequencyTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propFrequencyTextRoundTrip)) }
func FuzzPropDeclarationPeriodJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDeclarationPeriodJSONRoundTrip))
}
func FuzzPropBonusMalusResultJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBonusMalusResultJSONRoundTrip))
}
func FuzzPropProfitShareResultJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propProfitShareResultJSONRoundTrip))
}
func FuzzPropOfferJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propOfferJSONRoundTrip)) }
func FuzzPropCappedJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propCappedJSONRoundTrip)) }
func FuzzPropInstalmentScheduleJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propInstalmentScheduleJSONRoundTrip))
}
func FuzzPropInstalmentJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propInstalmentJSONRoundTrip))
}
func FuzzPropLiabilityJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propLiabilityJSONRoundTrip)) }
func FuzzPropLimitFeesResultJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLimitFeesResultJSONRoundTrip))
}
func FuzzPropTopUpJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propTopUpJSONRoundTrip)) }
func FuzzPropGroupInputJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propGroupInputJSONRoundTrip))
}
func FuzzPropFeeInputJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propFeeInputJSONRoundTrip)) }
func FuzzPropOptionsJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propOptionsJSONRoundTrip)) }
func FuzzPropDeclarationsJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDeclarationsJSONRoundTrip))
}
func FuzzPropDeclarationJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDeclarationJSONRoundTrip))
}
func FuzzPropFeeCountJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propFeeCountJSONRoundTrip)) }
func FuzzPropChargeJSONRoundTrip(f *testing.F)   { f.Fuzz(rapid.MakeFuzz(propChargeJSONRoundTrip)) }
func FuzzPropDueJSONRoundTrip(f *testing.F)      { f.Fuzz(rapid.MakeFuzz(propDueJSONRoundTrip)) }
func FuzzPropGridJSONRoundTrip(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propGridJSONRoundTrip)) }
func FuzzPropBandJSONRoundTrip(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propBandJSONRoundTrip)) }
func FuzzPropRangeJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propRangeJSONRoundTrip)) }
func FuzzPropProfileJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propProfileJSONRoundTrip)) }
func FuzzPropBonusMalusStepJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBonusMalusStepJSONRoundTrip))
}
func FuzzPropProfitShareTermsJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propProfitShareTermsJSONRoundTrip))
}
func FuzzPropYearAccountJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propYearAccountJSONRoundTrip))
}
