package claims

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Exclusion says why an open invoice is not in the insured loss. Its zero
// value, Insurable, means it is.
type Exclusion uint8

const (
	// Insurable: the invoice passes every test.
	Insurable Exclusion = iota
	// LateInvoice: invoiced after the maximum invoicing period (CP-invoicing-period).
	LateInvoice
	// TermTooLong: due after the end of the maximum credit term (CP-max-credit-term).
	TermTooLong
	// Disputed: the buyer disputes it (CG-disputed).
	Disputed
	// AfterStop: delivered on or after the stop date (CG-stop-supply).
	AfterStop
	// OutsidePeriod: delivered before the policy's effective date or after
	// its expiry date (CP-policy-period).
	OutsidePeriod
	// LateNotice: still open when its threat-of-loss declaration (DMS) was
	// due, and not declared by then; only under
	// Options.ForfeitOnLateNotice (CP-overdue-notice-forfeit).
	LateNotice
	// NoCover: no cover applies at its delivery (limits.CoverAt finds
	// none: no limit, a refusal, discretionary cover voided, or a delivery
	// outside the policy period); given by EvaluateBook, which knows the
	// covers, never by Loss.
	NoCover
	// CauseNotCovered: the decision in force at its delivery covers the
	// risk of insolvency only (limits.Conditions.InsolvencyOnly) and the
	// loss is a protracted default; given by EvaluateBook.
	CauseNotCovered
)

var reasonNames = [...]string{
	Insurable: "", LateInvoice: "late-invoice", TermTooLong: "term-too-long",
	Disputed: "disputed", AfterStop: "after-stop", OutsidePeriod: "outside-period",
	LateNotice: "late-notice", NoCover: "no-cover", CauseNotCovered: "cause-not-covered",
}

// String returns the FORMAT.md code: "" for Insurable, "late-invoice",
// "term-too-long", "disputed", "after-stop", "outside-period", and
// "late-notice", which FORMAT.md does not know (it comes only from
// Options.ForfeitOnLateNotice).
func (r Exclusion) String() string { return nameOf(reasonNames[:], int(r), "Exclusion") }

// MarshalText implements encoding.TextMarshaler.
func (r Exclusion) MarshalText() ([]byte, error) {
	return nameText(reasonNames[:], int(r), "Exclusion", policy.Clause{}, "reason")
}

// InvoiceLoss is one invoice of the loss statement.
type InvoiceLoss struct {
	ID string `json:"id"`
	// Gross is Net + Tax after the invoice's own credit notes, Credited the
	// gross total of those credit notes.
	Gross    policy.Amount `json:"gross"`
	Credited policy.Amount `json:"credited"`
	// Allocated is what the imputation rule gave it from the payments and
	// account credits.
	Allocated policy.Amount `json:"allocated"`
	// OpenGross = Gross − Allocated; OpenNet = OpenGross × Net / Gross,
	// rounded (0 when Gross is 0).
	OpenGross policy.Amount `json:"openGross"`
	OpenNet   policy.Amount `json:"openNet"`
	// Reason is why it is not insurable, with the clause applied (zero when
	// insurable).
	Reason Exclusion     `json:"reason"`
	Clause policy.Clause `json:"clause"`
}

// Insurable reports whether the invoice counts in the insured loss.
func (x InvoiceLoss) Insurable() bool { return x.Reason == Insurable }

// LossReport is the insured loss on one buyer at the date of loss
// (claims.loss in FORMAT.md), with the breakdown by invoice.
type LossReport struct {
	Date calendar.Date `json:"date"`
	// VATCovered: the amounts below include tax (Terms.VATCovered);
	// otherwise they exclude it.
	VATCovered bool `json:"vatCovered"`
	// Insured sums the open amounts of the insurable invoices, Uninsured
	// those of the others.
	Insured   policy.Amount `json:"insuredLoss"`
	Uninsured policy.Amount `json:"uninsuredOpen"`
	// Paid is the payments and account credits dated on or before Date;
	// Allocated went to invoices, Unallocated is the surplus:
	// Allocated + Unallocated = Paid.
	Paid        policy.Amount `json:"paid"`
	Allocated   policy.Amount `json:"allocated"`
	Unallocated policy.Amount `json:"unallocated"`
	// Later is the gross total of the payments and credit notes dated after
	// Date, left out of the loss (recoveries: see ShareRecovery).
	Later policy.Amount `json:"later"`
	// Invoices are in the ledger's order.
	Invoices []InvoiceLoss `json:"invoices"`
}

// Loss returns the insured loss on one buyer under the FORMAT.md
// conventions: Options{}.Loss.
func Loss(t policy.Terms, l Ledger, lossDate calendar.Date) (LossReport, error) {
	return Options{}.Loss(t, l, lossDate)
}

// Loss returns the insured loss on one buyer at the date of loss from its
// ledger (clauses CG-imputation, CG-credit-notes, CP-vat; FORMAT.md
// claims.loss):
//
//  1. payments and account credits dated on or before lossDate go to the
//     oldest open invoice, whatever the payer earmarked (see impute);
//     later ones and any surplus are left out; credit notes on an invoice
//     lower it;
//  2. for each invoice, OpenGross = Gross − Allocated and OpenNet =
//     OpenGross × Net / Gross, rounded to the minor unit with
//     Terms.Rounding;
//  3. an invoice is insurable unless, checked in this order, it was
//     invoiced late, its term is over the maximum, it is disputed, it was
//     delivered on or after Ledger.StopDate, or outside the policy period
//     (Terms.Effective to Terms.Expiry, each bound applying when set), or,
//     under o.ForfeitOnLateNotice only, it is still open and its
//     threat-of-loss declaration was late (see Options);
//  4. Insured sums OpenNet (OpenGross when Terms.VATCovered) over the
//     insurable invoices, Uninsured over the others.
//
// The invoicing and credit-term tests are those of Clocks. Errors:
// ErrMissing (no policy currency, no lossDate, an invoice, payment or
// credit note without one of its dates or amounts), ErrCurrencyMismatch, ErrOutOfRange (a
// negative amount or number of days, an unknown rounding mode),
// ErrInconsistent (a duplicate invoice ID, a credit note on an unknown
// invoice or larger than it), and the calendar's errors; under
// o.ForfeitOnLateNotice, those of Clocks for an open invoice too.
func (o Options) Loss(t policy.Terms, l Ledger, lossDate calendar.Date) (LossReport, error) {
	cur := t.Currency
	if cur.IsZero() {
		return LossReport{}, missing(clauseVAT, "currency")
	}
	if err := requireDate(clauseLossDate, "lossDate", lossDate); err != nil {
		return LossReport{}, err
	}
	if t.Rounding > policy.Up {
		return LossReport{}, outOfRange(clauseVAT, "rounding", t.Rounding.String())
	}
	if err := checkTermLimits(&t); err != nil {
		return LossReport{}, err
	}
	if err := checkLedger(cur, l); err != nil {
		return LossReport{}, err
	}
	l, err := o.takeBack(t, l)
	if err != nil {
		return LossReport{}, err
	}
	im := impute(l, lossDate, true)
	rep := LossReport{Date: lossDate, VATCovered: t.VATCovered, Invoices: make([]InvoiceLoss, len(l.Invoices))}
	insured, uninsured := money{policy.Zero(cur)}, money{policy.Zero(cur)}
	for i, inv := range l.Invoices {
		x := im.inv[i]
		open, openNet := openOf(cur, x, t.Rounding)
		reason, clause, err := o.exclusion(&t, inv, nil, l, lossDate, open.Sign() > 0)
		if err != nil {
			return LossReport{}, err
		}
		base := openNet
		if t.VATCovered {
			base = open
		}
		if reason == Insurable {
			insured = insured.Add(money{base})
		} else {
			uninsured = uninsured.Add(money{base})
		}
		rep.Invoices[i] = InvoiceLoss{
			ID: inv.ID, Gross: x.gross.in(cur), Credited: x.credited.in(cur),
			Allocated: x.allocated.in(cur), OpenGross: open, OpenNet: openNet,
			Reason: reason, Clause: clause,
		}
	}
	rep.Insured, rep.Uninsured = insured.in(cur), uninsured.in(cur)
	rep.Paid, rep.Allocated = im.paid.in(cur), im.allocated.in(cur)
	rep.Unallocated = im.paid.Sub(im.allocated).in(cur)
	rep.Later = im.later.in(cur)
	return rep, nil
}

// exclusion returns why an invoice of ledger l is not insurable at lossDate
// (clauses CP-policy-period, CG-disputed, CP-max-credit-term,
// CP-invoicing-period, CG-stop-supply), checked in the order of FORMAT.md
// claims.loss rule 3, the policy period last, then, for an invoice still
// open, the late notice of o.ForfeitOnLateNotice (CP-overdue-notice-forfeit): Insurable when none
// applies. The invoicing and maximum credit limits are those of known,
// the invoice's clocks, when given (a book), else computed here, the
// second only for an invoice not issued late.
func (o Options) exclusion(t *policy.Terms, inv Invoice, known *termEnds, l Ledger, lossDate calendar.Date, open bool) (Exclusion, policy.Clause, error) {
	stop := l.StopDate
	var ends termEnds
	var err error
	if known != nil {
		ends = *known
	} else if ends.invoicing, err = invoicingEnd(t, inv); err != nil {
		return 0, policy.Clause{}, err
	}
	if late(ends.invoicing, inv.InvoiceDate) {
		return LateInvoice, clauseInvoicing, nil
	}
	if known == nil {
		if ends.maxCredit, err = o.maxCreditEnd(t, inv); err != nil {
			return 0, policy.Clause{}, err
		}
	}
	if late(ends.maxCredit, inv.DueDate) {
		return TermTooLong, clauseMaxCredit, nil
	}
	switch {
	case inv.Disputed:
		return Disputed, clauseDisputed, nil
	case !stop.IsZero() && !inv.DeliveryDate.Before(stop):
		return AfterStop, clauseStop, nil
	case !t.Effective.IsZero() && inv.DeliveryDate.Before(t.Effective),
		!t.Expiry.IsZero() && inv.DeliveryDate.After(t.Expiry):
		return OutsidePeriod, clausePeriod, nil
	}
	if o.ForfeitOnLateNotice && open {
		d, err := o.termClocks(t, inv, Events{OverdueNotice: l.OverdueNotice, AsOf: lossDate})
		if err != nil {
			return 0, policy.Clause{}, err
		}
		if d.OverdueNotice.Status == Missed {
			return LateNotice, clauseLateNotice, nil
		}
	}
	return Insurable, policy.Clause{}, nil
}

// prorate returns a × num / den rounded to cur's minor unit with mode m:
// multiplied first, divided once with an explicit precision (never Div), 0
// when a or den is 0. The quotient is taken one digit beyond the minor unit,
// plus a sticky unit further when the division is inexact, so that every
// rounding mode sees ties exactly and inexact values as such.
//
//	prorate(EUR, 866.67, 1000, 1200, HalfAwayFromZero) = 722.23 (722.225 exactly)
func prorate(cur policy.Currency, a, num, den policy.Amount, m policy.RoundingMode) policy.Amount {
	if den.IsZero() || a.IsZero() {
		return policy.Zero(cur)
	}
	// One currency, den not 0, m checked with the terms, and a result of
	// at most as many integer digits as a (num ≤ den): MulDiv cannot fail.
	p, _ := a.MulDiv(num, den, m)
	return p
}

// Trace returns the loss statement as steps: the imputation, each
// invoice's open amount and reason, the totals. It is built on demand.
func (r LossReport) Trace() policy.Trace {
	tr := make(policy.Trace, 0, len(r.Invoices)+2)
	tr = append(tr, policy.Step{
		Rule:   "imputation to the oldest invoice",
		Inputs: "payments and account credits to " + r.Date.String() + " " + r.Paid.String(),
		Result: "allocated " + r.Allocated.String() + ", unallocated " + r.Unallocated.String() + ", later " + r.Later.String() + " left out",
		Clause: clauseImputation,
	})
	for _, x := range r.Invoices {
		res := "insurable"
		if !x.Insurable() {
			res = "excluded: " + x.Reason.String()
		}
		tr = append(tr, policy.Step{
			Rule:   "invoice " + x.ID,
			Inputs: "gross " + x.Gross.String() + " − allocated " + x.Allocated.String() + " = open " + x.OpenGross.String() + " (net " + x.OpenNet.String() + ")",
			Result: res,
			Clause: x.Clause,
		})
	}
	base := "open amounts excluding tax"
	if r.VATCovered {
		base = "open amounts including tax"
	}
	tr = append(tr, policy.Step{
		Rule: "insured loss", Inputs: base,
		Result: r.Insured.String() + " (uninsured " + r.Uninsured.String() + ")",
		Clause: clauseVAT,
	})
	return tr
}
