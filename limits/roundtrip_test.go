package limits_test

import (
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// optLimit draws a time limit of days, or none.
func optLimit(t *rapid.T, label string) policy.TimeLimit {
	if rapid.Bool().Draw(t, label+".absent") {
		return policy.TimeLimit{}
	}
	return limitDays(rapid.IntRange(0, 365).Draw(t, label))
}

func genConditions(t *rapid.T) limits.Conditions {
	return limits.Conditions{MaxCreditDays: optLimit(t, "maxCreditDays"), MaxExtensionDays: optLimit(t, "maxExtensionDays"),
		InsolvencyOnly: rapid.Bool().Draw(t, "insolvencyOnly")}
}

func optDay(t *rapid.T, label string) calendar.Date {
	if rapid.Bool().Draw(t, label+".absent") {
		return calendar.Date{}
	}
	return base.AddDays(rapid.IntRange(0, 800).Draw(t, label))
}

// Property: a decision reads back equal from its JSON.
func propDecisionJSONRoundTrip(t *rapid.T) {
	d := genDecision(t, 0)
	d.Conditions = genConditions(t)
	jsontest.RoundTrip(t, d)
}

// Property: a decision's conditions read back equal from their JSON.
func propConditionsJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genConditions(t)) }

// Property: a history reads back equal, decisions in order, from its JSON.
func propHistoryJSONRoundTrip(t *rapid.T) {
	h, err := limits.NewHistory(genDecisions(t, 0, 8)...)
	if err != nil {
		t.Skip(err)
	}
	jsontest.RoundTrip(t, h)
}

// Property: a buyer reads back equal from its JSON.
func propBuyerJSONRoundTrip(t *rapid.T) {
	b := genBuyer(t)
	b.ID = rapid.StringMatching(`[A-Z0-9]{0,4}`).Draw(t, "id")
	if b.StopDate = optDay(t, "stopDate"); !b.StopDate.IsZero() {
		b.StopCause = rapid.SampledFrom([]limits.StopCause{limits.StopNotice, limits.StopMEP, limits.StopInsolvency}).Draw(t, "stopCause")
	}
	jsontest.RoundTrip(t, b)
}

// Property: a document reads back equal from its JSON.
func propDocumentJSONRoundTrip(t *rapid.T) {
	d := limits.Document{ID: "X" + rapid.StringMatching(`[0-9]{0,3}`).Draw(t, "id"),
		Kind: rapid.SampledFrom([]limits.DocumentKind{limits.Order, limits.DraftInvoice, limits.Invoice, limits.CreditNote}).Draw(t, "kind"),
		Net:  genAmount(t, "net", 0, 1_000_000_00)}
	if rapid.Bool().Draw(t, "taxed") {
		d.Tax = genAmount(t, "tax", 0, 100_000_00)
	}
	d.DueDate = optDay(t, "dueDate")
	if d.Kind == limits.Invoice && d.DueDate.IsZero() {
		d.DueDate = base
	}
	if d.Kind == limits.DraftInvoice {
		d.Order = rapid.StringMatching(`[A-Z]{0,3}`).Draw(t, "order")
	}
	jsontest.RoundTrip(t, d)
}

// Property: exposure buckets read back equal from their JSON.
func propExposureJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, limits.Exposure{Open: genAmount(t, "open", 0, 1e9), Overdue: genAmount(t, "overdue", 0, 1e9),
		Draft: genAmount(t, "draft", 0, 1e9), Orders: genAmount(t, "orders", 0, 1e9), Credits: genAmount(t, "credits", 0, 1e9)})
}

// Property: buyer facts read back equal from their JSON.
func propBuyerFactsJSONRoundTrip(t *rapid.T) {
	f := limits.BuyerFacts{ReportDate: optDay(t, "report"), AdverseInformation: rapid.Bool().Draw(t, "adverse"), LastLoss: optDay(t, "lastLoss")}
	for range rapid.IntRange(0, 3).Draw(t, "purchases") {
		f.Purchases = append(f.Purchases, base.AddDays(rapid.IntRange(0, 800).Draw(t, "purchase")))
	}
	for range rapid.IntRange(0, 3).Draw(t, "late") {
		f.LatePayments = append(f.LatePayments, base.AddDays(rapid.IntRange(0, 800).Draw(t, "latePayment")))
	}
	jsontest.RoundTrip(t, f)
}

// Property: a cover found by CoverAt reads back equal from its JSON.
func propCoverJSONRoundTrip(t *rapid.T) {
	h, err := limits.NewHistory(genDecisions(t, 0, 6)...)
	if err != nil {
		t.Skip(err)
	}
	c, err := limits.CoverAt(genTerms(t), h, genBuyer(t), base.AddDays(rapid.IntRange(0, 500).Draw(t, "delivery")), limits.CoverOptions{})
	if err != nil {
		t.Skip(err)
	}
	jsontest.RoundTrip(t, c)
}

func TestPropDecisionJSONRoundTrip(t *testing.T)   { rapid.Check(t, propDecisionJSONRoundTrip) }
func TestPropConditionsJSONRoundTrip(t *testing.T) { rapid.Check(t, propConditionsJSONRoundTrip) }
func TestPropHistoryJSONRoundTrip(t *testing.T)    { rapid.Check(t, propHistoryJSONRoundTrip) }
func TestPropBuyerJSONRoundTrip(t *testing.T)      { rapid.Check(t, propBuyerJSONRoundTrip) }
func TestPropDocumentJSONRoundTrip(t *testing.T)   { rapid.Check(t, propDocumentJSONRoundTrip) }
func TestPropExposureJSONRoundTrip(t *testing.T)   { rapid.Check(t, propExposureJSONRoundTrip) }
func TestPropBuyerFactsJSONRoundTrip(t *testing.T) { rapid.Check(t, propBuyerFactsJSONRoundTrip) }
func TestPropCoverJSONRoundTrip(t *testing.T)      { rapid.Check(t, propCoverJSONRoundTrip) }

// Property: a headroom position reads back equal from its JSON.
func propPositionJSONRoundTrip(t *rapid.T) {
	_, _, p := genPosition(t)
	jsontest.RoundTrip(t, p)
}

// Property: an alert reads back equal from its JSON.
func propAlertJSONRoundTrip(t *rapid.T) {
	h, err := limits.NewHistory(genDecisions(t, 1, 6)...)
	if err != nil {
		t.Skip(err)
	}
	b := genBuyer(t)
	if b.StopDate = optDay(t, "stopDate"); !b.StopDate.IsZero() {
		b.StopCause = limits.StopInsolvency
	}
	as, err := limits.Alerts(genTerms(t), h, b, limits.Exposure{Open: genAmount(t, "open", 0, 10_000_000)},
		base.AddDays(rapid.IntRange(0, 500).Draw(t, "today")), limits.AlertOptions{})
	if err != nil {
		t.Skip(err)
	}
	if len(as) == 0 {
		t.Skip("no alert")
	}
	jsontest.RoundTrip(t, as[rapid.IntRange(0, len(as)-1).Draw(t, "alert")])
}

// Property: a discretionary eligibility reads back equal from its JSON.
func propEligibilityJSONRoundTrip(t *rapid.T) {
	var c limits.DiscretionaryConditions
	for _, r := range []limits.DiscretionaryRule{limits.AtradiusDCLByReport(), limits.AllianzPaymentExperience(), limits.AllianzCreditReport()} {
		if rapid.Bool().Draw(t, "rule") {
			c.AnyOf = append(c.AnyOf, r)
		}
	}
	f := limits.BuyerFacts{ReportDate: optDay(t, "report"), AdverseInformation: rapid.Bool().Draw(t, "adverse"), LastLoss: optDay(t, "lastLoss")}
	for range rapid.IntRange(0, 3).Draw(t, "purchases") {
		f.Purchases = append(f.Purchases, base.AddDays(rapid.IntRange(0, 800).Draw(t, "purchase")))
	}
	el, err := limits.EvaluateDiscretionary(c, f, base.AddDays(rapid.IntRange(0, 900).Draw(t, "at")))
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, el)
}

func TestPropPositionJSONRoundTrip(t *testing.T)    { rapid.Check(t, propPositionJSONRoundTrip) }
func TestPropAlertJSONRoundTrip(t *testing.T)       { rapid.Check(t, propAlertJSONRoundTrip) }
func TestPropEligibilityJSONRoundTrip(t *testing.T) { rapid.Check(t, propEligibilityJSONRoundTrip) }

// The properties above as fuzz targets.
func FuzzPropDecisionJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propDecisionJSONRoundTrip)) }
func FuzzPropConditionsJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propConditionsJSONRoundTrip))
}
func FuzzPropHistoryJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propHistoryJSONRoundTrip)) }
func FuzzPropBuyerJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propBuyerJSONRoundTrip)) }
func FuzzPropDocumentJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propDocumentJSONRoundTrip)) }
func FuzzPropExposureJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propExposureJSONRoundTrip)) }
func FuzzPropBuyerFactsJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBuyerFactsJSONRoundTrip))
}
func FuzzPropCoverJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propCoverJSONRoundTrip)) }
func FuzzPropPositionJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propPositionJSONRoundTrip)) }
func FuzzPropAlertJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propAlertJSONRoundTrip)) }
func FuzzPropEligibilityJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propEligibilityJSONRoundTrip))
}
