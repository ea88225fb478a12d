package bookfile

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Assemble decodes one buyer's lines into its book, its records in the
// canonical order (see the package doc). Errors are *policy.RuleError
// values naming the record and field at fault: a buyer without its line in
// buyers.jsonl (policy.ErrMissing, "buyer"), listed twice or with two
// lines of events, or a line of another buyer (policy.ErrInconsistent), a
// line that does not decode (the error of the value's UnmarshalText, or
// policy.ErrSyntax), and the errors of limits.NewHistory, the decision
// named by its ID ("decisions[B1-D2].amount").
func Assemble(buyer string, g Group) (claims.BuyerBook, error) {
	var b claims.BuyerBook
	switch n := len(g[Buyers]); {
	case n == 0:
		return b, policy.NewRuleError(policy.ErrMissing, policy.Clause{}, "buyer", buyer+": no line in "+Buyers.File())
	case n > 1:
		return b, policy.NewRuleError(policy.ErrInconsistent, policy.Clause{}, "buyer", buyer+" listed "+strconv.Itoa(n)+" times")
	}
	var bl BuyerLine
	if err := decodeOf(buyer, Buyers, 0, g[Buyers][0], &bl, &bl.Buyer); err != nil {
		return b, err
	}
	b.Buyer = limits.Buyer{ID: bl.Buyer, Country: bl.Country, DiscretionaryEligible: bl.DiscretionaryEligible, StopDate: bl.StopDate, StopCause: bl.StopCause}

	ds := make([]limits.Decision, len(g[Decisions]))
	for i, l := range g[Decisions] {
		var d DecisionLine
		if err := decodeOf(buyer, Decisions, i, l, &d, &d.Buyer); err != nil {
			return b, err
		}
		ds[i] = d.Decision
	}
	slices.SortFunc(ds, func(x, y limits.Decision) int {
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.Seq, y.Seq), cmp.Compare(x.ID, y.ID))
	})
	h, err := limits.NewHistory(ds...)
	if err != nil {
		return b, named(err, "decisions", func(i int) string { return ds[i].ID })
	}
	b.History = h

	b.Ledger.Invoices = make([]claims.Invoice, len(g[Invoices]))
	for i, l := range g[Invoices] {
		var x InvoiceLine
		if err := decodeOf(buyer, Invoices, i, l, &x, &x.Buyer); err != nil {
			return b, err
		}
		b.Ledger.Invoices[i] = x.Invoice
	}
	slices.SortFunc(b.Ledger.Invoices, func(x, y claims.Invoice) int {
		return cmp.Or(x.DeliveryDate.Compare(y.DeliveryDate), x.InvoiceDate.Compare(y.InvoiceDate), cmp.Compare(x.ID, y.ID))
	})

	b.Ledger.Payments = make([]claims.Payment, len(g[Payments]))
	for i, l := range g[Payments] {
		var x PaymentLine
		if err := decodeOf(buyer, Payments, i, l, &x, &x.Buyer); err != nil {
			return b, err
		}
		b.Ledger.Payments[i] = x.Payment
	}
	slices.SortFunc(b.Ledger.Payments, func(x, y claims.Payment) int {
		return cmp.Or(x.Date.Compare(y.Date), x.Amount.Decimal().Cmp(y.Amount.Decimal()), cmp.Compare(x.Amount.String(), y.Amount.String()))
	})

	for i, l := range g[CreditNotes] {
		var x CreditNoteLine
		if err := decodeOf(buyer, CreditNotes, i, l, &x, &x.Buyer); err != nil {
			return b, err
		}
		b.Ledger.CreditNotes = append(b.Ledger.CreditNotes, x.CreditNote)
	}
	slices.SortFunc(b.Ledger.CreditNotes, func(x, y claims.CreditNote) int {
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.ID, y.ID))
	})

	switch n := len(g[Events]); {
	case n > 1:
		return b, policy.NewRuleError(policy.ErrInconsistent, policy.Clause{}, "events", buyer+" has "+strconv.Itoa(n)+" lines of events")
	case n == 1:
		var e EventLine
		if err := decodeOf(buyer, Events, 0, g[Events][0], &e, &e.Buyer); err != nil {
			return b, err
		}
		e.setEvents(&b)
	}
	return b, nil
}

// decodeOf decodes a line of buyer's (see decode) whose "buyer" field,
// read into got, must be buyer.
func decodeOf(buyer string, k Kind, i int, line string, v any, got *string) error {
	if err := decode(k, i, line, v); err != nil {
		return err
	}
	if *got != buyer {
		return policy.NewRuleError(policy.ErrInconsistent, policy.Clause{}, "buyer", *got+" in a line of "+buyer)
	}
	return nil
}

// named replaces the index of a record in the field of a rule error by the
// record's ID: "invoices[3].net" becomes "invoices[B1-F3].net", so that the
// field names the line at fault whatever the order of the files.
func named(err error, list string, id func(i int) string) error {
	var re *policy.RuleError
	if !errors.As(err, &re) || !strings.HasPrefix(re.Field, list+"[") {
		return err
	}
	rest := re.Field[len(list)+1:]
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return err
	}
	i, convErr := strconv.Atoi(rest[:end])
	if convErr != nil || i < 0 {
		return err
	}
	if s := id(i); s != "" {
		re.Field = list + "[" + s + rest[end:]
	}
	return err
}

// Evaluate evaluates one buyer from its lines on asOf
// (claims.EvaluateBuyer on the book of Assemble). It never fails: a buyer
// that cannot be read or evaluated gets a report whose Err says why, its
// field naming the record at fault by ID (invoices, decisions, credit
// notes) or by position in the canonical order (payments).
func Evaluate(terms policy.Terms, asOf calendar.Date, opts claims.PortfolioOptions, buyer string, g Group) claims.BuyerReport {
	b, err := Assemble(buyer, g)
	if err == nil {
		var r claims.BuyerReport
		if r, err = claims.EvaluateBuyer(terms, b, asOf, opts); err == nil {
			return r
		}
		err = named(err, "invoices", func(i int) string { return at(b.Ledger.Invoices, i).ID })
		err = named(err, "creditNotes", func(i int) string { return at(b.Ledger.CreditNotes, i).ID })
		ds := b.History.Decisions()
		err = named(err, "decisions", func(i int) string { return at(ds, i).ID })
	}
	return claims.BuyerReport{Buyer: buyer, Err: err}
}

// at is s[i], or the zero value out of range.
func at[T any](s []T, i int) T {
	var z T
	if i < len(s) {
		return s[i]
	}
	return z
}

// ReportLine is a buyer's report as a line of the output: its JSON form,
// json.Marshal(r) byte for byte. It calls claims.BuyerReport.MarshalJSON
// itself: json.Marshal would compact and check its output again, a third
// of the cost of a report (the output of MarshalJSON is already compact,
// HTML-escaped JSON).
func ReportLine(r claims.BuyerReport) (string, error) {
	b, err := r.MarshalJSON()
	return string(b), err
}

// Lines writes a buyer's book as lines, by kind: the inverse of Assemble
// for a book in the canonical order.
func Lines(b claims.BuyerBook) (Group, error) {
	var g Group
	id := b.Buyer.ID
	switch {
	case !b.Events.Paid.IsZero(), !b.Events.AsOf.IsZero():
		return g, policy.NewRuleError(policy.ErrInconsistent, policy.Clause{}, "events", id+": paidDate and asOf have no line")
	case !b.Ledger.StopDate.IsZero(), !b.Ledger.OverdueNotice.IsZero():
		return g, policy.NewRuleError(policy.ErrInconsistent, policy.Clause{}, "ledger", id+": stopDate and overdueNoticeDate have no line (put the notice in the events)")
	}
	add := func(k Kind, v any) error {
		s, err := encode(v)
		g[k] = append(g[k], s)
		return err
	}
	errs := []error{add(Buyers, BuyerLine{Buyer: id, Country: b.Buyer.Country, DiscretionaryEligible: b.Buyer.DiscretionaryEligible,
		StopDate: b.Buyer.StopDate, StopCause: b.Buyer.StopCause})}
	for _, d := range b.History.Decisions() {
		errs = append(errs, add(Decisions, DecisionLine{Buyer: id, Decision: d}))
	}
	for _, x := range b.Ledger.Invoices {
		errs = append(errs, add(Invoices, InvoiceLine{Buyer: id, Invoice: x}))
	}
	for _, x := range b.Ledger.Payments {
		errs = append(errs, add(Payments, PaymentLine{Buyer: id, Payment: x}))
	}
	for _, x := range b.Ledger.CreditNotes {
		errs = append(errs, add(CreditNotes, CreditNoteLine{Buyer: id, CreditNote: x}))
	}
	if e, ok := eventLine(b); ok {
		errs = append(errs, add(Events, e))
	}
	return g, errors.Join(errs...)
}
