package claims

import (
	"slices"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// The readings of a buyer's book that policy wordings vary on, each a
// named option of BookOptions.Readings whose zero value is
// conformance/FORMAT.md claims.book's rule. The readings of the cover
// itself (retroactivity before a decision's date, the validity of named
// limits) are limits.CoverOptions.Retroactivity and the policy's term
// policy.LimitFees.NamedLimitValidity; the anchor of the waiting period,
// the due date among others, is the policy's term
// policy.Terms.WaitingPeriodAnchor.

var (
	clauseOrders = policy.Clause{ID: "CG-orders-before-reduction",
		Source: "a reduction applies to deliveries after it (Receivables Insurance Canada, how do credit limits work); orders taken before it was notified keep the older amount where the policy covers orders (EDC, House of Commons international trade committee 39-1 meeting 46)"}
	clausePaymentShare = policy.Clause{ID: "CG-payment-share",
		Source: "money received shared in proportion of the insured and uninsured debt (Rycroft Associates, pro-rata example); the default imputes to the oldest invoice (Allianz Trade CH claims Q&A; Atradius glossary A)"}
	clauseSuspension = policy.Clause{ID: "CG-suspension-of-cover",
		Source: "under a suspension of cover existing receivables that are not insured cannot come under the cover even if the limit is no longer exhausted (Prisma glossary, cover)"}
	clauseMeasure = policy.Clause{ID: "CG-loss-measure-day",
		Source: "the loss measured on the balance at the date of loss (CredRisk, how to calculate a credit insurance indemnity), or on the claim filed"}
)

// Readings are the choices of EvaluateBook where policy wordings differ.
// The zero value is conformance/FORMAT.md claims.book.
type Readings struct {
	// OrdersKeepLimit: an invoice whose OrderDate is before a reduction or
	// a refusal was notified keeps the amount in force when the order was
	// taken (limits.Coverage.AtOrder). The default reads the delivery date
	// only (FORMAT.md claims.book step 4, limits.coverAt rule 3): "A new
	// limit will apply to all deliveries that are made by the policyholder
	// to the buyer after the date of the trade credit insurer's decision to
	// reduce or cancel a limit" (Receivables Insurance Canada).
	OrdersKeepLimit bool `json:"ordersKeepLimit,omitempty"`
	// Payments: how the payments and account credits are shared between the
	// invoices (PaymentRule).
	Payments PaymentRule `json:"payments,omitzero"`
	// UninsuredStaysAtStop: once cover stops (Book.Stop), what each
	// invoice had uninsured the day before the stop stays uninsured: its
	// insured amount is at most what it was then, even when later payments
	// free room under the limit. Prisma: under a suspension of cover
	// "existing receivables that are not insured cannot come under the
	// insurance cover, even if the credit limit is no longer exhausted"
	// (Prisma glossary, cover, https://www.prisma-kredit.com/en/glossary/cover.html).
	// The default (false) measures every open amount against the limit on
	// the day of the view, so a payment frees room for every delivery made
	// before the stop (FORMAT.md claims.book step 6).
	UninsuredStaysAtStop bool `json:"uninsuredStaysAtStop,omitempty"`
	// MeasureOn: the day the open amounts of a claim are measured on
	// (MeasureDay).
	MeasureOn MeasureDay `json:"measureOn,omitzero"`
}

// PaymentRule says how payments and account credits the buyer made go to
// its debts. Its zero value is ToOldest.
type PaymentRule uint8

const (
	// ToOldest: each payment goes to the oldest open invoice, whatever the
	// payer earmarked (FORMAT.md claims.loss rule 1; Allianz Trade CH claims
	// Q&A; Atradius glossary A); "one insurer runs a first in first out
	// approach" (Rycroft Associates, pro-rata example,
	// http://www.ciff.co.uk/pre.html).
	ToOldest PaymentRule = iota
	// ProRata: the payments and account credits dated on or before the day
	// of the view are shared between the invoices in proportion of their
	// open amounts before any of them (policy.Allocate, the total
	// conserved), and each invoice's share between its insured and its
	// uninsured part in proportion of them: "you work out what proportion
	// of the debt was covered and then apply that percentage to any money
	// recovered [...] half and therefore 7,500 would be allocated against
	// the insured debt and 7,500 against the uninsured debt" (Rycroft
	// Associates, same page). The clocks (the day an invoice is paid in
	// full, the stop) still read the imputation to the oldest invoice:
	// the reading is one of the claim's amounts. The ledger does not carry
	// the payer's earmark (Payment has no invoice), so no payment is
	// earmarked under either rule.
	ProRata
)

var paymentRuleNames = [...]string{ToOldest: "toOldest", ProRata: "proRata"}

// String returns "toOldest" or "proRata".
func (r PaymentRule) String() string { return nameOf(paymentRuleNames[:], int(r), "PaymentRule") }

// MarshalText implements encoding.TextMarshaler.
func (r PaymentRule) MarshalText() ([]byte, error) {
	return nameText(paymentRuleNames[:], int(r), "PaymentRule", clausePaymentShare, "payments")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping policy.ErrSyntax.
func (r *PaymentRule) UnmarshalText(b []byte) error {
	i, err := parseName(paymentRuleNames[:], string(b), clausePaymentShare, "payments")
	if err == nil {
		*r = PaymentRule(i)
	}
	return err
}

// MeasureDay is the day a claim's open amounts are measured on once the
// date of loss has come. Its zero value is OnLossDate.
type MeasureDay uint8

const (
	// OnLossDate: the day of the view is the date of loss; payments and
	// credit notes dated after it are recoveries (FORMAT.md claims.book
	// step 2; "the debtor balance as at the time of the loss", CredRisk,
	// how to calculate the value of a credit insurance indemnity).
	OnLossDate MeasureDay = iota
	// OnClaimFiled: the day of the view is the day the claim was filed,
	// the file handed over for collection (Events.Collection), required
	// then: the claim is the amount declared, and payments dated after
	// the declaration are recoveries even before the date of loss, as in
	// wordings where the insured "submit[s] a claim for the outstanding
	// amount" (Compare Credit Insurance, how does credit insurance work).
	OnClaimFiled
)

var measureNames = [...]string{OnLossDate: "lossDate", OnClaimFiled: "claimFiled"}

// String returns "lossDate" or "claimFiled".
func (m MeasureDay) String() string { return nameOf(measureNames[:], int(m), "MeasureDay") }

// MarshalText implements encoding.TextMarshaler.
func (m MeasureDay) MarshalText() ([]byte, error) {
	return nameText(measureNames[:], int(m), "MeasureDay", clauseMeasure, "measureOn")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping policy.ErrSyntax.
func (m *MeasureDay) UnmarshalText(b []byte) error {
	i, err := parseName(measureNames[:], string(b), clauseMeasure, "measureOn")
	if err == nil {
		*m = MeasureDay(i)
	}
	return err
}

// check refuses a rule outside its table.
func (r Readings) check() error {
	switch {
	case int(r.Payments) >= len(paymentRuleNames):
		return outOfRange(clausePaymentShare, "options.readings.payments", r.Payments.String())
	case int(r.MeasureOn) >= len(measureNames):
		return outOfRange(clauseMeasure, "options.readings.measureOn", r.MeasureOn.String())
	}
	return nil
}

// coverOf is the cover of an invoice at its delivery: at the day of its
// order under OrdersKeepLimit (limits.Coverage.AtOrder). An order date
// after the delivery is an error under every reading.
func (o BookOptions) coverOf(cv limits.Coverage, b limits.Buyer, inv Invoice, buf []limits.Layer) (limits.Cover, []limits.Layer, error) {
	if inv.OrderDate.After(inv.DeliveryDate) {
		return limits.Cover{}, buf, inconsistent(clauseOrders, "orderDate", inv.OrderDate.String()+" after the delivery "+inv.DeliveryDate.String())
	}
	if o.Readings.OrdersKeepLimit {
		c, err := cv.AtOrder(b, inv.DeliveryDate, inv.OrderDate)
		return c, buf, err
	}
	return cv.AtInto(b, inv.DeliveryDate, buf)
}

// measureDay sets the day of the view under MeasureOn once the date of
// loss has come (EvaluateBook step 2).
func (o BookOptions) measureDay(ev Events, bk *Book) error {
	if o.Readings.MeasureOn != OnClaimFiled || bk.Loss.Date.IsZero() {
		return nil
	}
	if ev.Collection.IsZero() {
		return missing(clauseMeasure, "events.collectionDate")
	}
	bk.At = ev.Collection
	return nil
}

// applyReadings applies ProRata and UninsuredStaysAtStop to the insured
// amounts the ceiling gave (EvaluateBook step 6).
func (o BookOptions) applyReadings(t *policy.Terms, l Ledger, bk *Book) error {
	if o.Readings.Payments == ProRata {
		if err := o.proRata(t, l, bk.At, bk); err != nil {
			return err
		}
	}
	if o.Readings.UninsuredStaysAtStop {
		return o.keepUninsured(t, l, bk)
	}
	return nil
}

// proRata reads the book on day cut with the payments and account
// credits dated on or before it shared pro rata (ProRata): the open and
// insured amounts before any of them, each invoice's open amount less its
// share of the total received, and its insured amount in proportion. The
// exclusions stay those of bk.
func (o BookOptions) proRata(t *policy.Terms, l Ledger, cut calendar.Date, bk *Book) error {
	cur := t.Currency
	bare := l
	bare.Payments = nil
	bare.CreditNotes = slices.DeleteFunc(slices.Clone(l.CreditNotes), func(c CreditNote) bool { return c.Invoice == "" })
	paid := impute(l, cut, !o.decimalOnly).paid
	if paid.Sign() == 0 {
		return nil
	}
	view := impute(bare, cut, !o.decimalOnly)
	before := *bk
	before.Invoices = slices.Clone(bk.Invoices)
	if err := o.openAndExcluded(t, bare, view, &before); err != nil {
		return err
	}
	for i := range before.Invoices {
		before.Invoices[i].Reason, before.Invoices[i].Clause = bk.Invoices[i].Reason, bk.Invoices[i].Clause
	}
	o.ceiling(t, bare, &before)
	weights := make([]decimal.Decimal, len(l.Invoices))
	shares := make([]policy.Amount, len(l.Invoices)) // everything is paid when the payments cover it
	total := money{}
	for i, x := range before.Invoices {
		weights[i], shares[i] = x.OpenGross.Decimal(), x.OpenGross
		total = total.Add(money{x.OpenGross})
	}
	if paid.Cmp(total) < 0 {
		s, err := policy.Allocate(paid.in(cur), weights)
		if err != nil {
			return err
		}
		shares = s
	}
	for i, x0 := range before.Invoices {
		x := &bk.Invoices[i]
		v := view.inv[i]
		v.allocated = money{shares[i]}
		open, openNet := openOf(cur, v, t.Rounding)
		x.OpenGross, x.OpenNet = open, openNet
		x.Insured = prorate(cur, open, x0.Insured, v.gross.in(cur), t.Rounding)
	}
	return nil
}

// keepUninsured caps each invoice's insured amount at what it was the day
// before the stop (UninsuredStaysAtStop), when the stop is on or before
// the day of the view.
func (o BookOptions) keepUninsured(t *policy.Terms, l Ledger, bk *Book) error {
	s := bk.Stop.Date
	if s.IsZero() || s.After(bk.At) {
		return nil
	}
	day := s.AddDays(-1)
	then := *bk
	then.Invoices = slices.Clone(bk.Invoices)
	if err := o.openAndExcluded(t, l, impute(l, day, !o.decimalOnly), &then); err != nil {
		return err
	}
	for i := range then.Invoices {
		then.Invoices[i].Reason, then.Invoices[i].Clause = bk.Invoices[i].Reason, bk.Invoices[i].Clause
	}
	o.ceiling(t, l, &then)
	if o.Readings.Payments == ProRata {
		if err := o.proRata(t, l, day, &then); err != nil {
			return err
		}
	}
	for i, x := range then.Invoices {
		if less(x.Insured, bk.Invoices[i].Insured) {
			bk.Invoices[i].Insured = x.Insured
		}
	}
	return nil
}
