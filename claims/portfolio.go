package claims

import (
	"errors"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// BuyerBook is one buyer of a portfolio as a nightly batch has it: what
// limits.CoverAt needs to know of the buyer, the insurer's decisions on it,
// its ledger and what happened to it.
//
//   - Buyer.StopDate and StopCause are a stop the caller knows of that the
//     ledger does not show (a claim filed, country cover withdrawn); the
//     stops that follow from the ledger and the events are computed
//     (BuyerClocks), so Ledger.StopDate must be zero.
//   - Events are the buyer's: the threat-of-loss declaration (DMS) filed,
//     insolvency, the indemnity paid. Paid must be zero (the payments come
//     from the ledger) and AsOf zero or the portfolio's date.
type BuyerBook struct {
	Buyer   limits.Buyer
	History limits.History
	Ledger  Ledger
	Events  Events
}

// PortfolioOptions are the choices of EvaluatePortfolio. The zero value is
// the strict reading of every package (FORMAT.md where it decides) and
// evaluates the buyers one after the other.
type PortfolioOptions struct {
	// Clocks: the conventions of BuyerClocks and Loss.
	Clocks Options
	// Cover: the choices of limits.CoverAt.
	Cover limits.CoverOptions
	// Exposure and Headroom: the choices of limits.ExposureOf and
	// limits.Headroom (limits.DefaultWarnRatio is the vectors' warning
	// ratio, to be set explicitly).
	Exposure limits.ExposureOptions
	Headroom limits.HeadroomOptions
	// Parallel, when not nil, runs the evaluation of the buyers: it must
	// call work(i) once for every i in [0, n) and return when every call
	// has returned. It may make the calls from several goroutines at once:
	// each call writes only its own buyer's entry of the report. The
	// package starts no goroutine of its own; the example of
	// EvaluatePortfolio named "parallel" is a hook of ten lines that uses
	// every core. nil evaluates the buyers in order on the caller's
	// goroutine.
	Parallel func(n int, work func(i int))
}

// PortfolioReport is a portfolio evaluated on one date.
type PortfolioReport struct {
	AsOf calendar.Date `json:"asOf"`
	// Buyers are in the order of the books given.
	Buyers []BuyerReport `json:"buyers"`
}

// BuyerReport is one buyer of a portfolio evaluated on the date AsOf of its
// report. When Err is not nil the buyer could not be evaluated and the
// other fields are zero.
type BuyerReport struct {
	// Buyer is the buyer as its cover was evaluated: its StopDate and
	// StopCause are the earlier of the book's and of Clocks.Stop when that
	// is on or before AsOf (a later Clocks.Stop is what will happen if the
	// invoice stays unpaid, not a stop yet).
	Buyer limits.Buyer `json:"buyer"`
	// Covers[i] is the cover of Ledger.Invoices[i] at its delivery date
	// (limits.CoverAt).
	Covers []limits.Cover `json:"covers"`
	// Clocks are the clocks of the ledger (BuyerClocks read on AsOf):
	// Clocks.Invoices[i] those of Ledger.Invoices[i], the buyer's DMS
	// deadline, and the stop date the ledger and the events give.
	Clocks BuyerDeadlines `json:"clocks"`
	// Limit is the cover of a delivery made on AsOf: the limit a new order
	// is checked against (none after the stop date).
	Limit limits.Cover `json:"limit"`
	// Exposure is the buyer's outstanding on AsOf: the open part of each
	// invoice after the payments and credit notes dated on or before AsOf
	// (imputed as Loss does), open or overdue by its due date
	// (limits.ExposureOf). The ledger holds issued invoices only: orders
	// and drafts are the caller's.
	Exposure limits.Exposure `json:"exposure"`
	// Headroom is that exposure against Limit (limits.Headroom, with no
	// pending document).
	Headroom limits.Position `json:"headroom"`
	// Loss is the insured loss at the buyer's date of loss (the earliest
	// date of loss of its invoices' clocks) when that date is on or before
	// AsOf; the zero LossReport (Date zero) when there is none yet.
	Loss LossReport `json:"loss"`
	// Err is why the buyer could not be evaluated; nil when it was.
	Err error `json:"-"`
}

// EvaluatePortfolio evaluates every buyer of a portfolio on the date asOf
// with EvaluateBuyer: the nightly batch of a credit manager (the cover of
// every invoice, the clocks, the exposure and headroom of every buyer, the
// losses constituted). The report lists the buyers in the order given,
// whatever opts.Parallel does, and the result does not depend on it.
//
// EvaluatePortfolio keeps no state: calls on different portfolios, or on
// parts of one, may run at the same time. Nothing is shared between the
// buyers but terms and opts, which are only read.
//
// A buyer that cannot be evaluated does not stop the others: its report
// holds the error (Err), and EvaluatePortfolio returns the error of the
// first such buyer in the order given, its field prefixed with the buyer's
// index ("buyers[3].invoices[0].net"), with the report of all the buyers.
// Other errors: asOf is required (ErrMissing), and a Parallel hook that
// skips a buyer is an error wrapping ErrInconsistent.
func EvaluatePortfolio(terms policy.Terms, books []BuyerBook, asOf calendar.Date, opts PortfolioOptions) (PortfolioReport, error) {
	if err := requireDate(policy.Clause{}, "asOf", asOf); err != nil {
		return PortfolioReport{}, err
	}
	rep := PortfolioReport{AsOf: asOf, Buyers: make([]BuyerReport, len(books))}
	done := make([]bool, len(books)) // each written by its own call only
	work := func(i int) {
		r, err := EvaluateBuyer(terms, books[i], asOf, opts)
		if err != nil {
			r = BuyerReport{Err: inBuyer(i, err)}
		}
		rep.Buyers[i], done[i] = r, true
	}
	if opts.Parallel == nil {
		for i := range books {
			work(i)
		}
	} else {
		opts.Parallel(len(books), work)
	}
	for i, r := range rep.Buyers {
		if !done[i] {
			return rep, inconsistent(policy.Clause{}, "parallel", "buyer "+strconv.Itoa(i)+" was not evaluated")
		}
		if r.Err != nil {
			return rep, r.Err
		}
	}
	return rep, nil
}

// EvaluateBuyer evaluates one buyer of a portfolio on the date asOf,
// composing the rules of this package and of package limits:
//
//  1. the clocks of its ledger, read on asOf, and the stop date of its cover
//     (BuyerClocks with opts.Clocks; domain-rules C1–C9, C4);
//  2. the stop date applied: the earlier of the book's (Buyer.StopDate) and
//     of the clocks' when it is on or before asOf (C4: cover stops at the
//     first trigger; a later one has not happened yet);
//  3. the cover of each invoice at its delivery date, and of a delivery on
//     asOf (limits.CoverAt with opts.Cover);
//  4. the exposure on asOf from the open part of each invoice after the
//     payments and credit notes dated on or before asOf (Loss's imputation
//     to the oldest invoice, CL5; limits.ExposureOf with opts.Exposure), and
//     the headroom under the limit of a delivery on asOf (limits.Headroom
//     with opts.Headroom, no pending document; L5, L6);
//  5. the insured loss at the date of loss, when the clocks give one on or
//     before asOf (Loss with opts.Clocks, the ledger carrying the book's
//     notice; CL1, CL2).
//
// opts.Parallel plays no part. Errors are those of the functions above, and
// ErrMissing without asOf, ErrInconsistent for a book whose Ledger.StopDate
// is set or whose Events.AsOf is another date than asOf.
func EvaluateBuyer(terms policy.Terms, b BuyerBook, asOf calendar.Date, opts PortfolioOptions) (BuyerReport, error) {
	switch {
	case asOf.IsZero():
		return BuyerReport{}, missing(policy.Clause{}, "asOf")
	case !b.Ledger.StopDate.IsZero():
		return BuyerReport{}, inconsistent(clauseStop, "ledger.stopDate", "set in a book: give Buyer.StopDate and StopCause")
	case !b.Events.AsOf.IsZero() && b.Events.AsOf != asOf:
		return BuyerReport{}, inconsistent(policy.Clause{}, "events.asOf", b.Events.AsOf.String()+", not "+asOf.String())
	}
	ev := b.Events
	ev.AsOf = asOf
	notice, err := noticeOf(b.Ledger, ev)
	if err != nil {
		return BuyerReport{}, err
	}
	ev.OverdueNotice = notice
	clocks, err := opts.Clocks.BuyerClocks(terms, b.Ledger, ev)
	if err != nil {
		return BuyerReport{}, err
	}
	r := BuyerReport{Buyer: withStop(b.Buyer, clocks.Stop, asOf), Clocks: clocks, Covers: make([]limits.Cover, len(b.Ledger.Invoices))}
	for i, inv := range b.Ledger.Invoices {
		if r.Covers[i], err = limits.CoverAt(terms, b.History, r.Buyer, inv.DeliveryDate, opts.Cover); err != nil {
			return BuyerReport{}, err
		}
	}
	if r.Limit, err = limits.CoverAt(terms, b.History, r.Buyer, asOf, opts.Cover); err != nil {
		return BuyerReport{}, err
	}
	ledger := b.Ledger
	ledger.StopDate = r.Buyer.StopDate
	ledger.OverdueNotice = notice

	now, err := opts.Clocks.Loss(terms, ledger, asOf)
	if err != nil {
		return BuyerReport{}, err
	}
	docs := make([]limits.Document, 0, len(now.Invoices))
	for i, x := range now.Invoices {
		if !x.OpenGross.IsPositive() {
			continue
		}
		tax, err := x.OpenGross.Sub(x.OpenNet)
		if err != nil {
			return BuyerReport{}, err
		}
		docs = append(docs, limits.Document{ID: x.ID, Kind: limits.Invoice, Net: x.OpenNet, Tax: tax, DueDate: ledger.Invoices[i].DueDate})
	}
	if r.Exposure, err = limits.ExposureOf(terms, docs, asOf, opts.Exposure); err != nil {
		return BuyerReport{}, err
	}
	if r.Headroom, err = limits.Headroom(r.Limit.Amount, r.Exposure, policy.Zero(terms.Currency), opts.Headroom); err != nil {
		return BuyerReport{}, err
	}

	var lossDate calendar.Date
	for _, d := range clocks.Invoices {
		if l := d.Loss.Date; !l.IsZero() && (lossDate.IsZero() || l.Before(lossDate)) {
			lossDate = l
		}
	}
	if !lossDate.IsZero() && !lossDate.After(asOf) {
		if r.Loss, err = opts.Clocks.Loss(terms, ledger, lossDate); err != nil {
			return BuyerReport{}, err
		}
	}
	return r, nil
}

// withStop returns the buyer with the stop s when it is reached on asOf and
// comes before the buyer's own stop date, if any (domain-rules C4: the
// cover of new deliveries stops at the first trigger).
func withStop(b limits.Buyer, s Stop, asOf calendar.Date) limits.Buyer {
	if s.Date.IsZero() || s.Date.After(asOf) || (!b.StopDate.IsZero() && !s.Date.Before(b.StopDate)) {
		return b
	}
	b.StopDate = s.Date
	b.StopCause = s.Cause
	return b
}

// inBuyer names the buyer an error is about: a rule error's field gets the
// prefix "buyers[i].", another error is wrapped.
func inBuyer(i int, err error) error {
	var re *policy.RuleError
	if errors.As(err, &re) {
		return at("buyers", i, err)
	}
	return &buyerError{i: i, err: err}
}

// buyerError is an error of the calendar (or of a caller's hook) on one
// buyer of a portfolio.
type buyerError struct {
	i   int
	err error
}

func (e *buyerError) Error() string {
	return "claims: buyers[" + strconv.Itoa(e.i) + "]: " + e.err.Error()
}

func (e *buyerError) Unwrap() error { return e.err }
