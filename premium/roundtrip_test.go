package premium_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// jsonRoundTrip fails t unless v marshals to JSON that unmarshals back to
// a value equal to v.
func jsonRoundTrip[T any](t *rapid.T, v T) {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Fatalf("round trip of %s (-want +got):\n%s", b, diff)
	}
}

func genFrequency(t *rapid.T) premium.Frequency {
	return rapid.SampledFrom([]premium.Frequency{premium.Monthly, premium.Quarterly, premium.HalfYearly, premium.Yearly}).Draw(t, "frequency")
}

// Property: an input reads back equal from its JSON.
func propInputJSONRoundTrip(t *rapid.T) { jsonRoundTrip(t, genInput(t)) }

// Property: an annual premium (its groups, fees, taxes and trace) reads
// back equal from its JSON: what a service answers, a client reads.
func propResultJSONRoundTrip(t *rapid.T) { jsonRoundTrip(t, calc(t, genInput(t))) }

// Property: a group's line of the breakdown reads back equal from its JSON.
func propGroupPremiumJSONRoundTrip(t *rapid.T) {
	r := calc(t, genInput(t))
	jsonRoundTrip(t, r.Groups[rapid.IntRange(0, len(r.Groups)-1).Draw(t, "group")])
}

// Property: a fee line reads back equal from its JSON.
func propFeeLineJSONRoundTrip(t *rapid.T) {
	r := calc(t, genInput(t))
	if len(r.Fees) == 0 {
		t.Skip("no fee")
	}
	jsonRoundTrip(t, r.Fees[rapid.IntRange(0, len(r.Fees)-1).Draw(t, "fee")])
}

// Property: a tax line reads back equal from its JSON.
func propTaxLineJSONRoundTrip(t *rapid.T) {
	r := calc(t, genInput(t))
	if len(r.Taxes) == 0 {
		t.Skip("no tax line")
	}
	jsonRoundTrip(t, r.Taxes[rapid.IntRange(0, len(r.Taxes)-1).Draw(t, "tax")])
}

// Property: a frequency reads back equal from its text.
func propFrequencyTextRoundTrip(t *rapid.T) { jsonRoundTrip(t, genFrequency(t)) }

// Property: a declaration period and its deadline read back equal from
// their JSON.
func propDeclarationPeriodJSONRoundTrip(t *rapid.T) {
	from := day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "from"))
	due := rapid.SampledFrom([]premium.Due{{}, {Days: 30}, {DayOfNextMonth: 20}}).Draw(t, "due")
	ps, err := premium.DeclarationPeriods(from, from.AddDays(rapid.IntRange(0, 400).Draw(t, "length")), genFrequency(t), due, calendar.FRCivil)
	if err != nil {
		t.Fatal(err)
	}
	jsonRoundTrip(t, ps[rapid.IntRange(0, len(ps)-1).Draw(t, "period")])
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
	jsonRoundTrip(t, r)
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
	jsonRoundTrip(t, r)
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
	jsonRoundTrip(t, o)
}

// Property: a capped indemnity reads back equal from its JSON.
func propCappedJSONRoundTrip(t *rapid.T) {
	cur := policy.EUR
	o := premium.Offer{BuyerCap: genMoney(t, "buyerCap", cur), YearCap: genMoney(t, "yearCap", cur)}
	c, err := o.Cap(genMoney(t, "indemnity", cur), genMoney(t, "onBuyer", cur), genMoney(t, "inYear", cur))
	if err != nil {
		t.Fatal(err)
	}
	jsonRoundTrip(t, c)
}

// Property: an instalment schedule (and each instalment in it) reads back
// equal from its JSON.
func propInstalmentScheduleJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	s, err := premium.Instalments(genMoney(t, "deposit", cur), day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "from")), genFrequency(t))
	if err != nil {
		t.Fatal(err)
	}
	jsonRoundTrip(t, s)
}

// Property: an instalment reads back equal from its JSON.
func propInstalmentJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	jsonRoundTrip(t, premium.Instalment{Due: day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "due")), Amount: genMoney(t, "amount", cur)})
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
	jsonRoundTrip(t, l)
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
	jsonRoundTrip(t, r)
}

// Property: a top-up premium reads back equal from its JSON.
func propTopUpJSONRoundTrip(t *rapid.T) {
	cur := genCurrency(t)
	r, err := premium.TopUpPremium(genMoney(t, "additional", cur), genFraction(t, "rate"), rapid.IntRange(1, 24).Draw(t, "months"),
		rapid.IntRange(0, 6).Draw(t, "minMonths"), policy.HalfAwayFromZero)
	if err != nil {
		t.Fatal(err)
	}
	jsonRoundTrip(t, r)
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
