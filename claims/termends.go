package claims

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// termEnds are the last days of an invoice's maximum invoicing period
// (clause CP-invoicing-period) and of its maximum credit term (clause
// CP-max-credit-term), the zero Date where no such limit runs: what the
// exclusions LateInvoice and TermTooLong read (FORMAT.md claims.loss rule
// 3). A book reads them off the invoice's clocks (clockEnds), computed
// once; Loss computes them (invoicingEnd, maxCreditEnd).
type termEnds struct {
	invoicing, maxCredit calendar.Date
}

// clockEnds are the term ends of an invoice's clocks: the last days of its
// Invoicing and MaxCredit clocks (zero when the clock does not run).
func clockEnds(d *ClockDays) termEnds {
	return termEnds{invoicing: d.Invoicing.Final, maxCredit: d.MaxCredit.Final}
}

// invoicingEnd is the last day of the maximum invoicing period of inv
// (invoicingLimit, as the Invoicing clock runs it); the zero Date when it
// does not run.
func invoicingEnd(t *policy.Terms, inv Invoice) (calendar.Date, error) {
	lim, ok, err := invoicingLimit(t, inv)
	if !ok {
		return calendar.Date{}, err
	}
	return lim.Final, nil
}

// maxCreditEnd is the end of the maximum credit term of inv
// (maxCreditLimit, as the MaxCredit clock runs it); the zero Date when it
// does not run.
func (o Options) maxCreditEnd(t *policy.Terms, inv Invoice) (calendar.Date, error) {
	lim, ok, err := o.maxCreditLimit(t, inv)
	if !ok {
		return calendar.Date{}, err
	}
	return lim.Final, nil
}

// late reports whether an act done on day act (zero: not done) misses a
// limit whose last day is end (calendar.Limit.Met); no limit runs, and
// nothing is late, when end is the zero Date.
func late(end, act calendar.Date) bool {
	return !end.IsZero() && !(calendar.Limit{Final: end}).Met(act)
}
