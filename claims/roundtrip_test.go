package claims_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
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

func optCents(t *rapid.T, label string) policy.Amount {
	if rapid.Bool().Draw(t, label+".absent") {
		return policy.Amount{}
	}
	return eurCents(cents(t, label, 1_000_000_000))
}

// Property: a ledger (and the invoices, payments and credit notes in it)
// reads back equal from its JSON.
func propLedgerJSONRoundTrip(t *rapid.T) { jsonRoundTrip(t, genLedger(t)) }

// Property: an invoice reads back equal from its JSON.
func propInvoiceJSONRoundTrip(t *rapid.T) {
	l := genLedger(t)
	if len(l.Invoices) > 0 {
		jsonRoundTrip(t, l.Invoices[0])
	}
}

// Property: a payment reads back equal from its JSON.
func propPaymentJSONRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.Payment{Date: dateAt(t, "date", 0, 500), Amount: eurCents(cents(t, "amount", 1_000_000))})
}

// Property: a credit note reads back equal from its JSON.
func propCreditNoteJSONRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.CreditNote{ID: rapid.StringMatching(`[A-Z0-9]{0,4}`).Draw(t, "id"), Date: dateAt(t, "date", 0, 500),
		Invoice: rapid.StringMatching(`[A-Z0-9]{0,4}`).Draw(t, "invoice"), Net: eurCents(cents(t, "net", 1_000_000)), Tax: eurCents(cents(t, "tax", 1_000_000))})
}

// Property: the events of an invoice read back equal from their JSON.
func propEventsJSONRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.Events{OverdueNotice: dateAt(t, "notice", 0, 500), Insolvency: dateAt(t, "insolvency", 0, 500),
		Paid: dateAt(t, "paid", 0, 500), Collection: dateAt(t, "collection", 0, 500), IndemnityPaid: dateAt(t, "indemnityPaid", 0, 500),
		AsOf: dateAt(t, "asOf", 0, 500)})
}

// Property: a claim reads back equal from its JSON.
func propClaimJSONRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.Claim{Loss: eurCents(cents(t, "loss", 1_000_000_000)), FirstLossRemaining: optCents(t, "firstLoss"),
		LiabilityRemaining: optCents(t, "liability"), PaidOn: dateAt(t, "paidOn", 0, 500)})
}

// Property: a recovery reads back equal from its JSON.
func propRecoveryJSONRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.Recovery{Amount: eurCents(cents(t, "amount", 1_000_000)), Costs: optCents(t, "costs")})
}

// Property: a clock status reads back equal from its text.
func propClockStatusTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, rapid.SampledFrom([]claims.ClockStatus{claims.Pending, claims.Met, claims.Missed}).Draw(t, "status"))
}

// Property: a cause of loss reads back equal from its text.
func propCauseTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, rapid.SampledFrom([]claims.Cause{claims.NoLoss, claims.Insolvency, claims.ProtractedDefault, claims.Political}).Draw(t, "cause"))
}

// Property: an exclusion reads back equal from its text.
func propExclusionTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.Exclusion(rapid.IntRange(0, int(claims.CauseNotCovered)).Draw(t, "exclusion")))
}

// Property: a threshold base reads back equal from its text.
func propThresholdBaseTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.ThresholdBase(rapid.IntRange(0, int(claims.GrossIndemnity)).Draw(t, "base")))
}

// Property: a loss statement reads back equal from its JSON.
func propLossReportJSONRoundTrip(t *rapid.T) {
	terms, l, day := genLoss(t)
	r, err := claims.Loss(terms, l, day)
	if err != nil {
		t.Skip(err)
	}
	jsonRoundTrip(t, r)
}

// Property: a buyer's book (its buyer, decisions, ledger and events) reads
// back equal from its JSON, the form of bookfile's book.json.
func propBuyerBookJSONRoundTrip(t *rapid.T) {
	b, _ := genBuyerBook(t)
	jsonRoundTrip(t, b)
}

// Property: a book read on a day reads back equal from its JSON: what a
// service answers, a client reads.
func propBookJSONRoundTrip(t *rapid.T) {
	b, asOf := genBuyerBook(t)
	bk, err := claims.EvaluateBook(genBookTerms(t), b, asOf)
	if err != nil {
		t.Skip(err)
	}
	jsonRoundTrip(t, bk)
}

// Property: the book's enums read back equal from their text.
func propBookEnumsTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, claims.CeilingRule(rapid.IntRange(0, int(claims.OpenAtDelivery)).Draw(t, "ceiling")))
	jsonRoundTrip(t, claims.ActionKind(rapid.IntRange(int(claims.FileNotice), int(claims.CoverStopped)).Draw(t, "action")))
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
