package claims

import "github.com/creditins/creditins/policy"

// The steps of Book.Trace that name what acted on the book beyond its
// invoices and layers: the stop with the clause that set it, and the
// readings it was read under.

// stopStep explains the stop of cover with the clause that set it: an
// extension's or a payment plan's (clause CG-extension) when one gave the
// stop (a refusal, or the end of an agreed extension or plan), else the
// stop's own (CG-stop-supply; the country's for a withdrawal), and the
// invoice it comes from when there is one.
func (b Book) stopStep(result string) policy.Step {
	st := policy.Step{Rule: "stop of cover", Result: result, Clause: b.Stop.Clause}
	if st.Clause.IsZero() {
		st.Clause = clauseStop
	}
	if b.Stop.Invoice != "" {
		st.Inputs = "invoice " + b.Stop.Invoice
	}
	return st
}

// readingSteps names each reading of Book.Readings that is not
// FORMAT.md's default, with what it did and its clause.
func (b Book) readingSteps() []policy.Step {
	r := b.Readings
	var st []policy.Step
	if r.OrdersKeepLimit {
		st = append(st, policy.Step{Rule: "reading: orders before a reduction",
			Result: "an invoice ordered before a reduction was notified keeps the amount in force at its order", Clause: clauseOrders})
	}
	if r.Payments != ToOldest {
		st = append(st, policy.Step{Rule: "reading: payments " + r.Payments.String(),
			Result: "the payments up to " + b.At.String() + " shared between the invoices in proportion of their open amounts, and between their insured and uninsured parts",
			Clause: clausePaymentShare})
	}
	if r.UninsuredStaysAtStop {
		res := "no stop by " + b.At.String() + ": nothing kept"
		if s := b.Stop.Date; !s.IsZero() && !s.After(b.At) {
			res = "each invoice insured at most as on " + s.AddDays(-1).String() + ", the day before the stop"
		}
		st = append(st, policy.Step{Rule: "reading: the uninsured stays so at the stop", Result: res, Clause: clauseSuspension})
	}
	if r.MeasureOn != OnLossDate {
		res := "the loss has not come: the view on " + b.At.String()
		if !b.Loss.Date.IsZero() {
			res = "the claim measured on " + b.At.String() + ", the day it was filed; later payments are recoveries"
		}
		st = append(st, policy.Step{Rule: "reading: the claim measured on " + r.MeasureOn.String(), Result: res, Clause: clauseMeasure})
	}
	return st
}
