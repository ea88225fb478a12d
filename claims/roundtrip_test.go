package claims_test

import (
	"encoding/json"
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

func optCents(t *rapid.T, label string) policy.Amount {
	if rapid.Bool().Draw(t, label+".absent") {
		return policy.Amount{}
	}
	return eurCents(cents(t, label, 1_000_000_000))
}

// Property: a ledger (and the invoices, payments and credit notes in it)
// reads back equal from its JSON.
func propLedgerJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genLedger(t)) }

// Property: an invoice reads back equal from its JSON.
func propInvoiceJSONRoundTrip(t *rapid.T) {
	l := genLedger(t)
	if len(l.Invoices) > 0 {
		jsontest.RoundTrip(t, l.Invoices[0])
	}
}

// Property: a payment reads back equal from its JSON.
func propPaymentJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.Payment{Date: dateAt(t, "date", 0, 500), Amount: eurCents(cents(t, "amount", 1_000_000))})
}

// Property: a credit note reads back equal from its JSON.
func propCreditNoteJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.CreditNote{ID: rapid.StringMatching(`[A-Z0-9]{0,4}`).Draw(t, "id"), Date: dateAt(t, "date", 0, 500),
		Invoice: rapid.StringMatching(`[A-Z0-9]{0,4}`).Draw(t, "invoice"), Net: eurCents(cents(t, "net", 1_000_000)), Tax: eurCents(cents(t, "tax", 1_000_000))})
}

// Property: the events of an invoice read back equal from their JSON.
func propEventsJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.Events{OverdueNotice: dateAt(t, "notice", 0, 500), Insolvency: dateAt(t, "insolvency", 0, 500),
		Paid: dateAt(t, "paid", 0, 500), Collection: dateAt(t, "collection", 0, 500), IndemnityPaid: dateAt(t, "indemnityPaid", 0, 500),
		AsOf: dateAt(t, "asOf", 0, 500)})
}

// Property: a claim reads back equal from its JSON.
func propClaimJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.Claim{Loss: eurCents(cents(t, "loss", 1_000_000_000)), FirstLossRemaining: optCents(t, "firstLoss"),
		LiabilityRemaining: optCents(t, "liability"), PaidOn: dateAt(t, "paidOn", 0, 500)})
}

// Property: a recovery reads back equal from its JSON.
func propRecoveryJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.Recovery{Amount: eurCents(cents(t, "amount", 1_000_000)), Costs: optCents(t, "costs")})
}

// Property: a clock status reads back equal from its text.
func propClockStatusTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, rapid.SampledFrom([]claims.ClockStatus{claims.Pending, claims.Met, claims.Missed}).Draw(t, "status"))
}

// Property: a cause of loss reads back equal from its text.
func propCauseTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, rapid.SampledFrom([]claims.Cause{claims.NoLoss, claims.Insolvency, claims.ProtractedDefault, claims.Political}).Draw(t, "cause"))
}

// Property: an exclusion reads back equal from its text.
func propExclusionTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.Exclusion(rapid.IntRange(0, int(claims.CauseNotCovered)).Draw(t, "exclusion")))
}

// Property: a threshold base reads back equal from its text.
func propThresholdBaseTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.ThresholdBase(rapid.IntRange(0, int(claims.GrossIndemnity)).Draw(t, "base")))
}

// Property: a loss statement reads back equal from its JSON.
func propLossReportJSONRoundTrip(t *rapid.T) {
	terms, l, day := genLoss(t)
	r, err := claims.Loss(terms, l, day)
	if err != nil {
		t.Skip(err)
	}
	jsontest.RoundTrip(t, r)
}

// Property: a buyer's book (its buyer, decisions, ledger and events) reads
// back equal from its JSON, the form of bookfile's book.json.
func propBuyerBookJSONRoundTrip(t *rapid.T) {
	b, _ := genBuyerBook(t)
	jsontest.RoundTrip(t, b)
}

// Property: a book read on a day reads back equal from its JSON: what a
// service answers, a client reads.
func propBookJSONRoundTrip(t *rapid.T) {
	b, asOf := genBuyerBook(t)
	bk, err := claims.EvaluateBook(genBookTerms(t), b, asOf)
	if err != nil {
		t.Skip(err)
	}
	jsontest.RoundTrip(t, bk)
}

// Property: the book's enums read back equal from their text.
func propBookEnumsTextRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.CeilingRule(rapid.IntRange(0, int(claims.OpenAtDelivery)).Draw(t, "ceiling")))
	jsontest.RoundTrip(t, claims.ActionKind(rapid.IntRange(int(claims.FileNotice), int(claims.CoverStopped)).Draw(t, "action")))
}

func TestPropBuyerBookJSONRoundTrip(t *testing.T)     { rapid.Check(t, propBuyerBookJSONRoundTrip) }
func TestPropBookJSONRoundTrip(t *testing.T)          { rapid.Check(t, propBookJSONRoundTrip) }
func TestPropBookEnumsTextRoundTrip(t *testing.T)     { rapid.Check(t, propBookEnumsTextRoundTrip) }
func TestPropLedgerJSONRoundTrip(t *testing.T)        { rapid.Check(t, propLedgerJSONRoundTrip) }
func TestPropInvoiceJSONRoundTrip(t *testing.T)       { rapid.Check(t, propInvoiceJSONRoundTrip) }
func TestPropPaymentJSONRoundTrip(t *testing.T)       { rapid.Check(t, propPaymentJSONRoundTrip) }
func TestPropCreditNoteJSONRoundTrip(t *testing.T)    { rapid.Check(t, propCreditNoteJSONRoundTrip) }
func TestPropEventsJSONRoundTrip(t *testing.T)        { rapid.Check(t, propEventsJSONRoundTrip) }
func TestPropClaimJSONRoundTrip(t *testing.T)         { rapid.Check(t, propClaimJSONRoundTrip) }
func TestPropRecoveryJSONRoundTrip(t *testing.T)      { rapid.Check(t, propRecoveryJSONRoundTrip) }
func TestPropClockStatusTextRoundTrip(t *testing.T)   { rapid.Check(t, propClockStatusTextRoundTrip) }
func TestPropCauseTextRoundTrip(t *testing.T)         { rapid.Check(t, propCauseTextRoundTrip) }
func TestPropExclusionTextRoundTrip(t *testing.T)     { rapid.Check(t, propExclusionTextRoundTrip) }
func TestPropThresholdBaseTextRoundTrip(t *testing.T) { rapid.Check(t, propThresholdBaseTextRoundTrip) }
func TestPropLossReportJSONRoundTrip(t *testing.T)    { rapid.Check(t, propLossReportJSONRoundTrip) }

// genDeadlines draws the clocks of one invoice.
func genDeadlines(t *rapid.T) claims.Deadlines {
	delivery := dateAt(t, "delivery", 0, 300)
	issued := delivery.AddDays(rapid.IntRange(0, 40).Draw(t, "invoiceAfter"))
	invoice := claims.Invoice{ID: "F", DeliveryDate: delivery, InvoiceDate: issued, DueDate: issued.AddDays(rapid.IntRange(0, 200).Draw(t, "term")),
		Net: eurCents(cents(t, "net", 1_000_000)), Tax: eurCents(0)}
	ev := claims.Events{OverdueNotice: optDate(t, "notice"), Insolvency: optDate(t, "insolvency"), Paid: optDate(t, "paid"),
		IndemnityPaid: optDate(t, "indemnityPaid"), AsOf: dateAt(t, "asOf", 0, 900)}
	d, err := claims.Clocks(genTerms(t), invoice, ev)
	if err != nil {
		t.Skip(err)
	}
	return d
}

func optDate(t *rapid.T, label string) calendar.Date {
	if rapid.Bool().Draw(t, label+".absent") {
		return calendar.Date{}
	}
	return dateAt(t, label, 0, 700)
}

// genBuyerReport draws a buyer evaluated on a day.
func genBuyerReport(t *rapid.T) claims.BuyerReport {
	b, asOf := genBuyerBook(t)
	r, err := claims.EvaluateBuyer(genBookTerms(t), b, asOf, claims.PortfolioOptions{})
	if err != nil {
		t.Skip(err)
	}
	return r
}

// genBook draws a buyer's book read on a day.
func genEvaluatedBook(t *rapid.T) claims.Book {
	b, asOf := genBuyerBook(t)
	bk, err := claims.EvaluateBook(genBookTerms(t), b, asOf)
	if err != nil {
		t.Skip(err)
	}
	return bk
}

// Property: the clocks of an invoice read back equal from their JSON.
func propDeadlinesJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genDeadlines(t)) }

// Property: a clock reads back equal from its JSON.
func propClockJSONRoundTrip(t *rapid.T) {
	d := genDeadlines(t)
	jsontest.RoundTrip(t, rapid.SampledFrom([]claims.Clock{d.Invoicing, d.MaxCredit, d.MEP, d.OverdueNotice, d.WaitingPeriod, d.IndemnityDue}).Draw(t, "clock"))
}

// Property: a date of loss reads back equal from its JSON.
func propDateOfLossJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genDeadlines(t).Loss) }

// Property: an indemnity breakdown reads back equal from its JSON.
func propBreakdownJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genClaim(t).run(t)) }

// Property: the shares of a recovery read back equal from their JSON.
func propSharesJSONRoundTrip(t *rapid.T) {
	indemnity, loss, r := genRecovery(t)
	s, err := claims.ShareRecovery(indemnity, loss, r)
	if err != nil {
		t.Fatalf("ShareRecovery: %v", err)
	}
	jsontest.RoundTrip(t, s)
}

// genBuyerDeadlines draws the clocks of a buyer's ledger.
func genBuyerDeadlines(t *rapid.T) claims.BuyerDeadlines {
	d, err := claims.BuyerClocks(genTerms(t), genLedger(t), claims.Events{OverdueNotice: optDate(t, "notice"), Insolvency: optDate(t, "insolvency"),
		AsOf: dateAt(t, "asOf", 0, 900)})
	if err != nil {
		t.Skip(err)
	}
	return d
}

// Property: the clocks of a buyer's ledger read back equal from their JSON.
func propBuyerDeadlinesJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genBuyerDeadlines(t)) }

// Property: a stop of cover reads back equal from its JSON.
func propStopJSONRoundTrip(t *rapid.T) {
	if rapid.Bool().Draw(t, "fromBook") {
		jsontest.RoundTrip(t, genEvaluatedBook(t).Stop)
		return
	}
	jsontest.RoundTrip(t, genBuyerDeadlines(t).Stop)
}

// Property: a layer of a claim reads back equal from its JSON.
func propLayerJSONRoundTrip(t *rapid.T) {
	in := genClaim(t)
	br := in.run(t)
	jsontest.RoundTrip(t, claims.Layer{Quotite: in.cover.Quotite, Insured: in.claim.Loss, Indemnity: br.Indemnity, Breakdown: br})
}

// Property: an order checked against the book reads back equal from its
// JSON.
func propOrderCheckJSONRoundTrip(t *rapid.T) {
	o, err := genEvaluatedBook(t).Order(eurCents(cents(t, "order", 10_000_000)), limits.HeadroomOptions{})
	if err != nil {
		t.Skip(err)
	}
	jsontest.RoundTrip(t, o)
}

// Property: an action due on a buyer reads back equal from its JSON.
func propActionJSONRoundTrip(t *rapid.T) {
	r := genBuyerReport(t)
	if len(r.Actions) == 0 {
		t.Skip("no action")
	}
	jsontest.RoundTrip(t, r.Actions[rapid.IntRange(0, len(r.Actions)-1).Draw(t, "action")])
}

// Property: a buyer's report reads back equal from its JSON.
func propBuyerReportJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genBuyerReport(t)) }

// Property: a failed buyer's report (an error object by design) never
// reads back as a valid report: it reads back failed, with the buyer and
// the message, and writes back the same JSON.
func propFailedBuyerReportJSONRoundTrip(t *rapid.T) {
	field := rapid.SampledFrom([]string{"", "invoices[0].net"}).Draw(t, "field")
	r := claims.BuyerReport{Buyer: rapid.StringMatching(`[A-Z0-9]{0,4}`).Draw(t, "buyer"),
		Err: policy.NewRuleError(policy.ErrOutOfRange, policy.Clause{}, field, rapid.StringMatching(`[A-Z0-9 .-]{0,8}`).Draw(t, "value"))}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var back claims.BuyerReport
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if back.Err == nil || back.Buyer != r.Buyer || back.Err.Error() != r.Err.Error() {
		t.Fatalf("%s read back as buyer %q, error %v", b, back.Buyer, back.Err)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	if diff := cmp.Diff(string(b), string(again)); diff != "" {
		t.Fatalf("written back (-want +got):\n%s", diff)
	}
}

// Property: a claim of the year reads back equal from its JSON.
func propYearClaimJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, claims.YearClaim{Claim: claims.Claim{Loss: eurCents(cents(t, "loss", 1_000_000_000)), PaidOn: dateAt(t, "paidOn", 0, 500)},
		LossDate: optDate(t, "lossDate"), Delivery: optDate(t, "delivery")})
}

func TestPropDeadlinesJSONRoundTrip(t *testing.T)  { rapid.Check(t, propDeadlinesJSONRoundTrip) }
func TestPropClockJSONRoundTrip(t *testing.T)      { rapid.Check(t, propClockJSONRoundTrip) }
func TestPropDateOfLossJSONRoundTrip(t *testing.T) { rapid.Check(t, propDateOfLossJSONRoundTrip) }
func TestPropBreakdownJSONRoundTrip(t *testing.T)  { rapid.Check(t, propBreakdownJSONRoundTrip) }
func TestPropSharesJSONRoundTrip(t *testing.T)     { rapid.Check(t, propSharesJSONRoundTrip) }
func TestPropBuyerDeadlinesJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propBuyerDeadlinesJSONRoundTrip)
}
func TestPropStopJSONRoundTrip(t *testing.T)        { rapid.Check(t, propStopJSONRoundTrip) }
func TestPropLayerJSONRoundTrip(t *testing.T)       { rapid.Check(t, propLayerJSONRoundTrip) }
func TestPropOrderCheckJSONRoundTrip(t *testing.T)  { rapid.Check(t, propOrderCheckJSONRoundTrip) }
func TestPropActionJSONRoundTrip(t *testing.T)      { rapid.Check(t, propActionJSONRoundTrip) }
func TestPropBuyerReportJSONRoundTrip(t *testing.T) { rapid.Check(t, propBuyerReportJSONRoundTrip) }
func TestPropFailedBuyerReportJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propFailedBuyerReportJSONRoundTrip)
}
func TestPropYearClaimJSONRoundTrip(t *testing.T) { rapid.Check(t, propYearClaimJSONRoundTrip) }

// The properties above as fuzz targets.
func FuzzPropBuyerBookJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propBuyerBookJSONRoundTrip)) }
func FuzzPropBookJSONRoundTrip(f *testing.F)      { f.Fuzz(rapid.MakeFuzz(propBookJSONRoundTrip)) }
func FuzzPropBookEnumsTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propBookEnumsTextRoundTrip)) }
func FuzzPropLedgerJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propLedgerJSONRoundTrip)) }
func FuzzPropInvoiceJSONRoundTrip(f *testing.F)   { f.Fuzz(rapid.MakeFuzz(propInvoiceJSONRoundTrip)) }
func FuzzPropPaymentJSONRoundTrip(f *testing.F)   { f.Fuzz(rapid.MakeFuzz(propPaymentJSONRoundTrip)) }
func FuzzPropCreditNoteJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propCreditNoteJSONRoundTrip))
}
func FuzzPropEventsJSONRoundTrip(f *testing.F)   { f.Fuzz(rapid.MakeFuzz(propEventsJSONRoundTrip)) }
func FuzzPropClaimJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propClaimJSONRoundTrip)) }
func FuzzPropRecoveryJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propRecoveryJSONRoundTrip)) }
func FuzzPropClockStatusTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propClockStatusTextRoundTrip))
}
func FuzzPropCauseTextRoundTrip(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propCauseTextRoundTrip)) }
func FuzzPropExclusionTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propExclusionTextRoundTrip)) }
func FuzzPropThresholdBaseTextRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propThresholdBaseTextRoundTrip))
}
func FuzzPropLossReportJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLossReportJSONRoundTrip))
}
func FuzzPropDeadlinesJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propDeadlinesJSONRoundTrip)) }
func FuzzPropClockJSONRoundTrip(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propClockJSONRoundTrip)) }
func FuzzPropDateOfLossJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDateOfLossJSONRoundTrip))
}
func FuzzPropBreakdownJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propBreakdownJSONRoundTrip)) }
func FuzzPropSharesJSONRoundTrip(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propSharesJSONRoundTrip)) }
func FuzzPropBuyerDeadlinesJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBuyerDeadlinesJSONRoundTrip))
}
func FuzzPropStopJSONRoundTrip(f *testing.F)  { f.Fuzz(rapid.MakeFuzz(propStopJSONRoundTrip)) }
func FuzzPropLayerJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propLayerJSONRoundTrip)) }
func FuzzPropOrderCheckJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propOrderCheckJSONRoundTrip))
}
func FuzzPropActionJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propActionJSONRoundTrip)) }
func FuzzPropBuyerReportJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBuyerReportJSONRoundTrip))
}
func FuzzPropFailedBuyerReportJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propFailedBuyerReportJSONRoundTrip))
}
func FuzzPropYearClaimJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propYearClaimJSONRoundTrip)) }
