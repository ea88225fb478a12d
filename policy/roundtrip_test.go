package policy

import (
	"strconv"
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"pgregory.net/rapid"
)

// enumOf draws one of the named values of an enum whose names are indexed
// by value ("" for a value without a name).
func enumOf[E ~uint8](t *rapid.T, label string, names []string) E {
	var named []E
	for i, n := range names {
		if n != "" {
			named = append(named, E(i))
		}
	}
	return rapid.SampledFrom(named).Draw(t, label)
}

// Property: a currency reads back equal from its text.
func propCurrencyTextRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genCurrency().Draw(t, "currency")) }

// Property: a rounding mode reads back equal from its text.
func propRoundingModeTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[RoundingMode](t, "mode", roundingNames[:]))
}

// Property: a notice anchor reads back equal from its text.
func propNoticeAnchorTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[NoticeAnchor](t, "anchor", noticeAnchorNames[:]))
}

// Property: a waiting-period anchor reads back equal from its text.
func propWaitingAnchorTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[WaitingAnchor](t, "anchor", waitingAnchorNames[:]))
}

// Property: a threshold mode reads back equal from its text.
func propThresholdModeTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[ThresholdMode](t, "mode", thresholdModeNames[:]))
}

// Property: a cover type reads back equal from its text.
func propCoverTypeTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[CoverType](t, "cover", coverTypeNames[:]))
}

// Property: a liability base reads back equal from its text.
func propLiabilityBaseTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[LiabilityBase](t, "base", liabilityBaseNames[:]))
}

// Property: a monitoring basis reads back equal from its text.
func propMonitoringBasisTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, enumOf[MonitoringBasis](t, "basis", monitoringBasisNames[:]))
}

// Property: a trace (its steps and their clauses) reads back equal from
// its JSON.
func propTraceJSONRoundTrip(t *rapid.T) {
	var tr Trace
	for range rapid.IntRange(0, 4).Draw(t, "steps") {
		tr = tr.Add(traceText.Draw(t, "rule"), traceText.Draw(t, "inputs"), traceText.Draw(t, "result"), genClause(t))
	}
	jsontest.RoundTrip(t, tr)
}

// traceText draws the text of a step or a clause's source.
var traceText = rapid.StringMatching(`[a-z0-9 ,.()→-]{0,12}`)

func genClause(t *rapid.T) Clause {
	return Clause{ID: rapid.StringMatching(`[A-Z]{0,2}(-[a-z]{1,5})?`).Draw(t, "id"), Source: traceText.Draw(t, "source")}
}

// Property: a clause reads back equal from its JSON.
func propClauseJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genClause(t)) }

// Property: a step of a trace reads back equal from its JSON.
func propStepJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, Step{Rule: traceText.Draw(t, "rule"), Inputs: traceText.Draw(t, "inputs"), Result: traceText.Draw(t, "result"), Clause: genClause(t)})
}

// Property: the quotités read back equal from their JSON.
func propQuotitesJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genTerms(t).Quotites) }

// Property: a claim threshold reads back equal from its JSON.
func propThresholdJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, Threshold{Amount: genTermAmount(t, "threshold", genCurrency().Draw(t, "currency")), Mode: enumOf[ThresholdMode](t, "mode", thresholdModeNames[:])})
}

// Property: a maximum liability (an amount, a multiple of the premium and
// its base) reads back equal from its JSON.
func propMaxLiabilityJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, MaxLiability{Amount: genTermAmount(t, "amount", genCurrency().Draw(t, "currency")),
		PremiumMultiple: rapid.Int64Range(0, 40).Draw(t, "multiple"), Base: enumOf[LiabilityBase](t, "base", liabilityBaseNames[:])})
}

// genLimitFees draws the limit fees of a policy in c, each field now and
// then not set.
func genLimitFees(t *rapid.T, c Currency) LimitFees {
	if rapid.Bool().Draw(t, "limitFees.none") {
		return LimitFees{}
	}
	return LimitFees{
		Monitoring: genTermPrice(t, c), MonitoringBasis: enumOf[MonitoringBasis](t, "basis", monitoringBasisNames[:]),
		Request: genTermPrice(t, c), BillIncreases: rapid.Bool().Draw(t, "billIncreases"),
		TopUpMinMonths: rapid.IntRange(0, 12).Draw(t, "topUpMinMonths"), TopUpCapToPrimary: rapid.Bool().Draw(t, "topUpCapToPrimary"),
		TopUpCeiling: genTermAmount(t, "topUpCeiling", c), TopUpLapseAtRenewal: rapid.Bool().Draw(t, "topUpLapseAtRenewal"),
		NamedLimitValidity: genLimit(t, "namedLimitValidity"),
	}
}

// Property: the premium terms (rates, minimum, fees, limit fees) read back
// equal from their JSON.
func propPremiumTermsJSONRoundTrip(t *rapid.T) {
	tm := genTerms(t)
	p := tm.Premium
	p.LimitFees = genLimitFees(t, tm.Currency)
	jsontest.RoundTrip(t, p)
}

// Property: a group's premium rate reads back equal from its JSON.
func propGroupRateJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, GroupRate{Group: rapid.SampledFrom(testGroups).Draw(t, "group"), Rate: genRate(t, "rate"), TaxRate: genRate(t, "tax")})
}

// Property: a fee of the policy reads back equal from its JSON.
func propFeeJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, Fee{Name: rapid.SampledFrom([]string{"limit request", "monitoring", ""}).Draw(t, "name"), UnitPrice: genTermPrice(t, genCurrency().Draw(t, "currency"))})
}

// Property: a loss payee reads back equal from its JSON.
func propLossPayeeJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, LossPayee{Name: rapid.SampledFrom([]string{"", "Factor SA"}).Draw(t, "name"), From: genOptDate(t, "from")})
}

// Property: an overdue notice (a time limit and its anchor) reads back
// equal from its JSON.
func propNoticeJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, Notice{Days: genLimit(t, "days"), Anchor: enumOf[NoticeAnchor](t, "anchor", noticeAnchorNames[:])})
}

// Property: a country group's time limit reads back equal from its JSON.
func propGroupLimitJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, GroupLimit{Group: rapid.SampledFrom(testGroups).Draw(t, "group"), Limit: genLimit(t, "limit")})
}

// Property: a country's schedule (its political waiting period and stop
// date, each now and then not set) reads back equal from its JSON.
func propCountryCoverJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, CountryCover{Country: rapid.StringMatching(`[A-Z]{2}`).Draw(t, "country"),
		PoliticalWaitingPeriod: genLimit(t, "politicalWaitingPeriod"), WithdrawnFrom: genOptDate(t, "withdrawnFrom")})
}

// Property: a rule of discretionary cover reads back equal from its JSON.
func propDiscretionaryRuleJSONRoundTrip(t *rapid.T) {
	c := genTerms(t).DiscretionaryConditions
	if len(c.AnyOf) == 0 {
		t.Skip("no rule")
	}
	jsontest.RoundTrip(t, c.AnyOf[rapid.IntRange(0, len(c.AnyOf)-1).Draw(t, "rule")])
}

// Property: the conditions of discretionary cover read back equal from
// their JSON.
func propDiscretionaryConditionsJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, genTerms(t).DiscretionaryConditions)
}

// Property: a percentage deductible (its floor, cap and retention each
// now and then not set, or set to zero) reads back equal from its JSON.
func propDeductibleRuleJSONRoundTrip(t *rapid.T) {
	c := genCurrency().Draw(t, "currency")
	jsontest.RoundTrip(t, DeductibleRule{Rate: genRate(t, "rate"), Floor: genTermAmount(t, "floor", c), Cap: genTermAmount(t, "cap", c),
		MinimumRetention: genTermAmount(t, "minimumRetention", c)})
}

// genDatedAmounts draws up to four amounts dated on distinct days, each
// with its clause.
func genDatedAmounts(t *rapid.T) []Dated[Amount] {
	var items []Dated[Amount]
	for i, o := range rapid.SliceOfNDistinct(rapid.IntRange(-20000, 20000), 0, 4, rapid.ID[int]).Draw(t, "days") {
		items = append(items, Dated[Amount]{From: epoch.AddDays(o), Value: genAmountIn(t, "value", genCurrency().Draw(t, "currency"), 0),
			Clause: Clause{ID: "Avenant-" + strconv.Itoa(i)}})
	}
	return items
}

// Property: a dated amount reads back equal from its JSON.
func propDatedJSONRoundTrip(t *rapid.T) {
	items := genDatedAmounts(t)
	if len(items) == 0 {
		t.Skip("no item")
	}
	jsontest.RoundTrip(t, items[0])
}

// Property: a schedule of amounts reads back equal from its JSON.
func propScheduleJSONRoundTrip(t *rapid.T) {
	s, err := NewSchedule(genDatedAmounts(t)...)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, s)
}

func TestPropCurrencyTextRoundTrip(t *testing.T)     { rapid.Check(t, propCurrencyTextRoundTrip) }
func TestPropRoundingModeTextRoundTrip(t *testing.T) { rapid.Check(t, propRoundingModeTextRoundTrip) }
func TestPropNoticeAnchorTextRoundTrip(t *testing.T) { rapid.Check(t, propNoticeAnchorTextRoundTrip) }
func TestPropWaitingAnchorTextRoundTrip(t *testing.T) {
	rapid.Check(t, propWaitingAnchorTextRoundTrip)
}
func TestPropThresholdModeTextRoundTrip(t *testing.T) {
	rapid.Check(t, propThresholdModeTextRoundTrip)
}
func TestPropCoverTypeTextRoundTrip(t *testing.T) { rapid.Check(t, propCoverTypeTextRoundTrip) }
func TestPropLiabilityBaseTextRoundTrip(t *testing.T) {
	rapid.Check(t, propLiabilityBaseTextRoundTrip)
}
func TestPropMonitoringBasisTextRoundTrip(t *testing.T) {
	rapid.Check(t, propMonitoringBasisTextRoundTrip)
}
func TestPropTraceJSONRoundTrip(t *testing.T)        { rapid.Check(t, propTraceJSONRoundTrip) }
func TestPropClauseJSONRoundTrip(t *testing.T)       { rapid.Check(t, propClauseJSONRoundTrip) }
func TestPropStepJSONRoundTrip(t *testing.T)         { rapid.Check(t, propStepJSONRoundTrip) }
func TestPropQuotitesJSONRoundTrip(t *testing.T)     { rapid.Check(t, propQuotitesJSONRoundTrip) }
func TestPropThresholdJSONRoundTrip(t *testing.T)    { rapid.Check(t, propThresholdJSONRoundTrip) }
func TestPropMaxLiabilityJSONRoundTrip(t *testing.T) { rapid.Check(t, propMaxLiabilityJSONRoundTrip) }
func TestPropPremiumTermsJSONRoundTrip(t *testing.T) { rapid.Check(t, propPremiumTermsJSONRoundTrip) }
func TestPropGroupRateJSONRoundTrip(t *testing.T)    { rapid.Check(t, propGroupRateJSONRoundTrip) }
func TestPropFeeJSONRoundTrip(t *testing.T)          { rapid.Check(t, propFeeJSONRoundTrip) }
func TestPropLossPayeeJSONRoundTrip(t *testing.T)    { rapid.Check(t, propLossPayeeJSONRoundTrip) }
func TestPropNoticeJSONRoundTrip(t *testing.T)       { rapid.Check(t, propNoticeJSONRoundTrip) }
func TestPropGroupLimitJSONRoundTrip(t *testing.T)   { rapid.Check(t, propGroupLimitJSONRoundTrip) }
func TestPropCountryCoverJSONRoundTrip(t *testing.T) { rapid.Check(t, propCountryCoverJSONRoundTrip) }
func TestPropDiscretionaryRuleJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propDiscretionaryRuleJSONRoundTrip)
}
func TestPropDiscretionaryConditionsJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propDiscretionaryConditionsJSONRoundTrip)
}
func TestPropDeductibleRuleJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propDeductibleRuleJSONRoundTrip)
}
func TestPropDatedJSONRoundTrip(t *testing.T)    { rapid.Check(t, propDatedJSONRoundTrip) }
func TestPropScheduleJSONRoundTrip(t *testing.T) { rapid.Check(t, propScheduleJSONRoundTrip) }

// The properties above as fuzz targets.
func FuzzPropCurrencyTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propCurrencyTextRoundTrip)) }
func FuzzPropRoundingModeTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propRoundingModeTextRoundTrip))
}
func FuzzPropNoticeAnchorTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propNoticeAnchorTextRoundTrip))
}
func FuzzPropWaitingAnchorTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propWaitingAnchorTextRoundTrip))
}
func FuzzPropThresholdModeTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propThresholdModeTextRoundTrip))
}
func FuzzPropCoverTypeTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propCoverTypeTextRoundTrip)) }
func FuzzPropLiabilityBaseTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLiabilityBaseTextRoundTrip))
}
func FuzzPropMonitoringBasisTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propMonitoringBasisTextRoundTrip))
}
func FuzzPropTraceJSONRoundTrip(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propTraceJSONRoundTrip)) }
func FuzzPropClauseJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propClauseJSONRoundTrip)) }
func FuzzPropStepJSONRoundTrip(f *testing.F)      { f.Fuzz(rapid.MakeFuzz(propStepJSONRoundTrip)) }
func FuzzPropQuotitesJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propQuotitesJSONRoundTrip)) }
func FuzzPropThresholdJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propThresholdJSONRoundTrip)) }
func FuzzPropMaxLiabilityJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propMaxLiabilityJSONRoundTrip))
}
func FuzzPropPremiumTermsJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propPremiumTermsJSONRoundTrip))
}
func FuzzPropGroupRateJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propGroupRateJSONRoundTrip)) }
func FuzzPropFeeJSONRoundTrip(f *testing.F)       { f.Fuzz(rapid.MakeFuzz(propFeeJSONRoundTrip)) }
func FuzzPropLossPayeeJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propLossPayeeJSONRoundTrip)) }
func FuzzPropNoticeJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propNoticeJSONRoundTrip)) }
func FuzzPropGroupLimitJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propGroupLimitJSONRoundTrip))
}
func FuzzPropCountryCoverJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propCountryCoverJSONRoundTrip))
}
func FuzzPropDiscretionaryRuleJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDiscretionaryRuleJSONRoundTrip))
}
func FuzzPropDiscretionaryConditionsJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDiscretionaryConditionsJSONRoundTrip))
}
func FuzzPropDeductibleRuleJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDeductibleRuleJSONRoundTrip))
}
func FuzzPropDatedJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propDatedJSONRoundTrip)) }
func FuzzPropScheduleJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propScheduleJSONRoundTrip)) }
