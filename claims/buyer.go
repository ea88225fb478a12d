package claims

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Stop is the first day from which deliveries to the buyer are not covered
// (Ledger.StopDate for Loss), its cause and, for StopMEP, the invoice. Its
// zero value is "no stop".
type Stop struct {
	Date    calendar.Date    `json:"date"`
	Cause   limits.StopCause `json:"cause"`
	Invoice string           `json:"invoice,omitempty"`
	Clause  policy.Clause    `json:"clause"`
}

// BuyerDeadlines are the clocks of a buyer's whole ledger.
type BuyerDeadlines struct {
	// Invoices are the clocks of each invoice, in the ledger's order, with
	// Events.Paid taken from the imputation of the ledger's payments.
	Invoices []Deadlines `json:"invoices"`
	// Oldest is the ID of the oldest invoice still unpaid at the end of
	// its notice limit ("" when there is none); Filing is that limit, the
	// buyer's threat-of-loss declaration (DMS) deadline, with the notice of
	// Events.OverdueNotice as its act.
	Oldest string `json:"oldest"`
	Filing Clock  `json:"filing"`
	// Stop is the stop date of the cover for new deliveries.
	Stop Stop `json:"stop"`
}

// BuyerClocks returns the clocks of a buyer's ledger under the FORMAT.md
// conventions: Options{}.BuyerClocks.
func BuyerClocks(t policy.Terms, l Ledger, ev Events) (BuyerDeadlines, error) {
	return Options{}.BuyerClocks(t, l, ev)
}

// BuyerClocks returns the clocks of a buyer's whole ledger: each invoice's
// Deadlines, the day each was paid in full being found by imputing every
// payment and credit note of the ledger to the oldest open invoice; the
// buyer's claim filing deadline, the DMS deadline of the oldest invoice
// still unpaid at the end of its notice limit; and the stop date of cover
// for new deliveries, the earliest of the day after the end of the maximum
// extension period of an invoice still unpaid then (every end, come or
// not: a stop after Events.AsOf is what will happen if nothing is paid;
// EvaluateBook keeps only the ends before its day), the day the threat-of-loss declaration (DMS) was filed and the day
// insolvency proceedings were opened, ties going to insolvency, then the
// notice, then the extension period (Atradius glossary, "stop supply";
// conformance/FORMAT.md claims.book step 3, which EvaluateBook applies),
// with the ledger's extensions and payment plans (see Extension; the claim
// deadline they may set is EvaluateBook's Book.ExtensionClaim).
// Events.Paid must be zero: the payments come from the ledger
// (ErrInconsistent otherwise). The notice is Events.OverdueNotice,
// or Ledger.OverdueNotice when that is zero; set in both, they must be the
// same day (ErrInconsistent). Other errors are those of Clocks and, for the
// ledger, of Loss.
func (o Options) BuyerClocks(t policy.Terms, l Ledger, ev Events) (BuyerDeadlines, error) {
	if !ev.Paid.IsZero() {
		return BuyerDeadlines{}, inconsistent(clauseImputation, "events.paidDate", "set for a whole ledger")
	}
	var err error
	if ev.OverdueNotice, err = noticeOf(l, ev); err != nil {
		return BuyerDeadlines{}, err
	}
	if t.Currency.IsZero() {
		return BuyerDeadlines{}, missing(clauseImputation, "currency")
	}
	if err := checkClockTerms(&t); err != nil {
		return BuyerDeadlines{}, err
	}
	if err := checkLedger(t.Currency, l); err != nil {
		return BuyerDeadlines{}, err
	}
	whole := imputeWhole(l, true)
	paidOn := whole.paidOn
	b := BuyerDeadlines{Invoices: make([]Deadlines, len(l.Invoices))}
	oldest := -1 // ledger index
	for i, inv := range l.Invoices {
		e := ev
		e.Paid = paidOn[i]
		d, err := o.clocks(&t, inv, e)
		if err != nil {
			return BuyerDeadlines{}, err
		}
		b.Invoices[i] = d
		if unpaidAtEnd(d.OverdueNotice, e.Paid) && (oldest < 0 || earlier(d.OverdueNotice, inv, b.Invoices[oldest].OverdueNotice, l.Invoices[oldest])) {
			oldest = i
		}
	}
	if oldest >= 0 {
		b.Oldest = l.Invoices[oldest].ID
		b.Filing = newClock(b.Invoices[oldest].OverdueNotice.Limit, ev.OverdueNotice, ev.AsOf, clauseNotice)
	}
	clocks := func(i int) ClockDays { return b.Invoices[i].Days() }
	rl, err := o.reliefOf(t, l, clocks, func(i int) calendar.Date { return paidOn[i] }, ev, calendar.Date{})
	if err != nil {
		return BuyerDeadlines{}, err
	}
	b.Stop = stopOf(l.Invoices, whole.age, rl.clocks(clocks), ev, calendar.Date{}, false)
	if s := rl.stop; !s.Date.IsZero() && (b.Stop.Date.IsZero() || s.Date.Before(b.Stop.Date)) {
		b.Stop = s // ties to the ledger's own stops
	}
	return b, nil
}

// noticeOf is the day the buyer's threat-of-loss declaration was filed,
// given in the events, the ledger or both (then the same day).
func noticeOf(l Ledger, ev Events) (calendar.Date, error) {
	switch {
	case l.OverdueNotice.IsZero():
		return ev.OverdueNotice, nil
	case ev.OverdueNotice.IsZero(), ev.OverdueNotice == l.OverdueNotice:
		return l.OverdueNotice, nil
	}
	return calendar.Date{}, inconsistent(clauseNotice, "overdueNoticeDate",
		"ledger "+l.OverdueNotice.String()+", events "+ev.OverdueNotice.String())
}

// unpaidAtEnd reports whether a running clock ended with the invoice still
// open: not paid in full on or before its last day.
func unpaidAtEnd(c Clock, paid calendar.Date) bool {
	return c.Running() && (paid.IsZero() || paid.After(c.Limit.Final))
}

// earlier reports whether clock c of invoice inv ends before clock d of
// invoice jnv, the older invoice first on the same day.
func earlier(c Clock, inv Invoice, d Clock, jnv Invoice) bool {
	if cmp := c.Limit.Final.Compare(d.Limit.Final); cmp != 0 {
		return cmp < 0
	}
	return olderThan(inv, jnv) < 0
}
