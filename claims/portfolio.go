package claims

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// PortfolioOptions are the choices of EvaluatePortfolio and EvaluateBuyer.
// The zero value is the strict reading of every package (FORMAT.md where it
// decides) and evaluates the buyers one after the other.
type PortfolioOptions struct {
	// Book: the choices of EvaluateBook (clocks, cover, ceiling, stop,
	// indemnity).
	Book BookOptions
	// Exposure: the choices of limits.ExposureOf.
	Exposure limits.ExposureOptions
	// Alerts: the warning ratio (Alerts.Headroom.WarnRatio;
	// limits.DefaultWarnRatio is the vectors' ratio, to be set explicitly)
	// and the notice of expiring limits. Alerts.Cover is not read: the
	// cover's choices are Book.Cover.
	Alerts limits.AlertOptions
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

// BuyerReport is one buyer of a portfolio read on the date AsOf of its
// report: its book and what a nightly job needs without more calls. When
// Err is not nil the buyer could not be evaluated, the other fields but
// Buyer are zero, and its JSON form is {"buyer": …, "error": …} (never a
// valid, empty report).
type BuyerReport struct {
	// Buyer is the buyer's ID (limits.Buyer.ID).
	Buyer string `json:"buyer"`
	// Book is the buyer's book read on AsOf (EvaluateBook): each invoice's
	// cover, open and insured amounts, the stop, the claim once the loss
	// has come, the cover and headroom of a new delivery.
	Book Book `json:"book"`
	// Exposure is the buyer's outstanding on AsOf by bucket: each
	// invoice's open part after the payments and credit notes dated on or
	// before AsOf, open or overdue by its due date (limits.ExposureOf). The
	// ledger holds issued invoices only: orders and drafts are the
	// caller's.
	Exposure limits.Exposure `json:"exposure"`
	// Alerts are the buyer's alerts on AsOf (see EvaluateBuyer).
	Alerts []limits.Alert `json:"alerts"`
	// Actions are what the insured must do, with their dates.
	Actions []Action `json:"actions"`
	// Err is why the buyer could not be evaluated; nil when it was.
	Err error `json:"-"`
}

// MarshalJSON writes a failed buyer as {"buyer", "error", "field",
// "value"}, with the field and value of a policy.RuleError, and any other
// report as its fields.
func (r BuyerReport) MarshalJSON() ([]byte, error) {
	if r.Err != nil {
		e := struct {
			Buyer string `json:"buyer"`
			Error string `json:"error"`
			Field string `json:"field,omitempty"`
			Value string `json:"value,omitempty"`
		}{Buyer: r.Buyer, Error: r.Err.Error()}
		var re *policy.RuleError
		var rep *reportedError
		switch {
		case errors.As(r.Err, &re):
			e.Field, e.Value = re.Field, re.Value
		case errors.As(r.Err, &rep):
			e.Field, e.Value = rep.field, rep.value
		}
		return json.Marshal(e)
	}
	type plain BuyerReport
	return json.Marshal(plain(r))
}

// UnmarshalJSON reads a report written by MarshalJSON. A failed buyer's
// object ({"buyer", "error", …}) reads back as a failed report, never as a
// valid empty one: Buyer and an Err whose message is "error" (with its
// field and value, so that it writes back the same); the sentinel it
// wrapped is not in the JSON and is not restored.
func (r *BuyerReport) UnmarshalJSON(data []byte) error {
	type plain BuyerReport
	var v struct {
		plain
		Error *string `json:"error"`
		Field string  `json:"field"`
		Value string  `json:"value"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	if v.Error != nil {
		*r = BuyerReport{Buyer: v.Buyer, Err: &reportedError{msg: *v.Error, field: v.Field, value: v.Value}}
		return nil
	}
	*r = BuyerReport(v.plain)
	return nil
}

// reportedError is the error of a failed buyer read back from its JSON.
type reportedError struct{ msg, field, value string }

func (e *reportedError) Error() string { return e.msg }

// ActionKind is the kind of an action due on a buyer. Its zero value is
// "no kind"; EvaluateBuyer never returns it.
type ActionKind uint8

const (
	// FileNotice: file the threat-of-loss declaration (DMS) by the
	// action's date (Book.NoticeDeadline); late when that date is before
	// AsOf.
	FileNotice ActionKind = iota + 1
	// FileClaim: the loss is constituted on the action's date; claim the
	// indemnity (not yet paid).
	FileClaim
	// CoverStopped: new deliveries are not covered since the action's date
	// (Book.Stop); stop or secure them.
	CoverStopped
)

var actionNames = [...]string{FileNotice: "fileNotice", FileClaim: "fileClaim", CoverStopped: "coverStopped"}

// String returns "fileNotice", "fileClaim" or "coverStopped".
func (k ActionKind) String() string {
	if int(k) < len(actionNames) && actionNames[k] != "" {
		return actionNames[k]
	}
	return "ActionKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k ActionKind) MarshalText() ([]byte, error) {
	if int(k) >= len(actionNames) || actionNames[k] == "" {
		return nil, outOfRange(policy.Clause{}, "action", k.String())
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping policy.ErrSyntax.
func (k *ActionKind) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" { // the zero kind has no name
		return policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, "action", s)
	}
	i, err := parseName(actionNames[:], s, policy.Clause{}, "action")
	if err == nil {
		*k = ActionKind(i)
	}
	return err
}

// Action is one thing the insured must do about a buyer, by a date.
type Action struct {
	Kind    ActionKind    `json:"kind"`
	Date    calendar.Date `json:"date"`
	Invoice string        `json:"invoice,omitempty"`
	Message string        `json:"message"`
	Clause  policy.Clause `json:"clause"`
}

// EvaluatePortfolio evaluates every buyer of a portfolio on the date asOf
// with EvaluateBuyer: the nightly batch of a credit manager. The report
// lists the buyers in the order given, whatever opts.Parallel does, and the
// result does not depend on it.
//
// EvaluatePortfolio keeps no state: calls on different portfolios, or on
// parts of one, may run at the same time. Nothing is shared between the
// buyers but terms and opts, which are only read.
//
// The terms are checked once, before any buyer (policy.Terms.Validate), so
// that terms that cannot run are reported as such, not as the first
// buyer's fault. A buyer that cannot be evaluated does not stop the others:
// its report holds the error (Err), and EvaluatePortfolio returns the error
// of the first such buyer in the order given, its field prefixed with the
// buyer's index ("buyers[3].invoices[0].net"), with the report of all the
// buyers. Other errors: asOf is required (ErrMissing), and a Parallel hook
// that skips a buyer is an error wrapping ErrInconsistent.
func EvaluatePortfolio(terms policy.Terms, books []BuyerBook, asOf calendar.Date, opts PortfolioOptions) (PortfolioReport, error) {
	if err := requireDate(policy.Clause{}, "asOf", asOf); err != nil {
		return PortfolioReport{}, err
	}
	if err := terms.Validate(); err != nil {
		return PortfolioReport{}, err
	}
	rep := PortfolioReport{AsOf: asOf, Buyers: make([]BuyerReport, len(books))}
	done := make([]bool, len(books)) // each written by its own call only
	work := func(i int) {
		r, err := EvaluateBuyer(terms, books[i], asOf, opts)
		if err != nil {
			r = BuyerReport{Buyer: books[i].Buyer.ID, Err: inBuyer(i, err)}
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

// EvaluateBuyer evaluates one buyer on the date asOf: its book
// (opts.Book.EvaluateBook) and, from it,
//
//   - the exposure on asOf (limits.ExposureOf on each invoice's open part
//     after the payments and credit notes dated on or before asOf);
//   - the alerts: Exceeded when insurable invoices are open beyond the
//     amounts in force at their deliveries (Book.OverLimit), else
//     Approaching when the insured amount of the book reaches the warning
//     ratio of a new delivery's amount (limits.Headroom's rule); and those
//     of limits.Alerts that do not depend on the exposure (limits
//     expiring, reductions ahead, the stop reached), on the buyer with the
//     book's stop (the simplified SME offer: an alert "when the buyer's exposure
//     approaches or exceeds the insured amount");
//   - the actions: file the threat-of-loss declaration by
//     Book.NoticeDeadline, claim the indemnity once the loss has come and
//     until it is paid, cover stopped since Book.Stop.
//
// opts.Parallel plays no part. Errors are those of EvaluateBook,
// limits.ExposureOf and limits.Alerts.
func EvaluateBuyer(terms policy.Terms, b BuyerBook, asOf calendar.Date, opts PortfolioOptions) (BuyerReport, error) {
	var cv limits.Coverage
	bk, err := opts.Book.evaluate(terms, b, asOf, nil, &cv)
	if err != nil {
		return BuyerReport{}, err
	}
	r := BuyerReport{Buyer: b.Buyer.ID, Book: bk}
	if r.Exposure, err = exposureOn(terms, b.Ledger, bk, opts.Exposure); err != nil {
		return BuyerReport{}, err
	}
	if r.Alerts, err = bookAlerts(cv, b, bk, opts); err != nil {
		return BuyerReport{}, err
	}
	r.Actions = actions(bk, b.Events)
	return r, nil
}

// exposureOn is the buyer's exposure on the book's AsOf: the book's open
// amounts when its view is AsOf, else the ledger imputed again on AsOf.
func exposureOn(terms policy.Terms, l Ledger, bk Book, opts limits.ExposureOptions) (limits.Exposure, error) {
	cur := terms.Currency
	var now imputation
	if bk.At != bk.AsOf {
		now = imputeOpen(l, bk.AsOf, true)
	}
	var buf [16]limits.Document // most books: on the stack, ExposureOf keeps no document
	docs := buf[:0]
	if len(bk.Invoices) > len(buf) {
		docs = make([]limits.Document, 0, len(bk.Invoices))
	}
	for i, x := range bk.Invoices {
		gross, net := x.OpenGross, x.OpenNet
		if bk.At != bk.AsOf {
			gross, net = openOf(cur, now.inv[i], terms.Rounding)
		}
		if gross.Sign() <= 0 {
			continue
		}
		tax, _ := gross.Sub(net) // one currency
		docs = append(docs, limits.Document{ID: x.ID, Kind: limits.Invoice, Net: net, Tax: tax, DueDate: l.Invoices[i].DueDate})
	}
	return limits.ExposureOf(terms, docs, bk.AsOf, opts)
}

// bookAlerts are the alerts of EvaluateBuyer, on the decisions the book
// placed (cv).
func bookAlerts(cv limits.Coverage, b BuyerBook, bk Book, opts PortfolioOptions) ([]limits.Alert, error) {
	buyer := b.Buyer
	buyer.StopDate, buyer.StopCause = bk.Stop.Date, bk.Stop.Cause
	ao := opts.Alerts
	ao.Cover = opts.Book.Cover
	out, err := cv.Alerts(buyer, limits.Exposure{}, bk.AsOf, ao)
	if err != nil {
		return nil, err
	}
	var a limits.Alert
	switch {
	case bk.OverLimit.IsPositive():
		a = limits.Alert{Kind: limits.Exceeded, Date: bk.AsOf,
			Message: "open insurable invoices exceed the amounts insured " + bk.Insured.String() + " by " + bk.OverLimit.String()}
	case bk.NewDelivery.Amount.IsPositive():
		if limits.Approaches(bk.Insured, bk.NewDelivery.Amount, ao.Headroom.WarnRatio) {
			a = limits.Alert{Kind: limits.Approaching, Date: bk.AsOf,
				Message: "insured amount " + bk.Insured.String() + " approaches the limit " + bk.NewDelivery.Amount.String() + ", headroom " + bk.Headroom.String()}
		}
	}
	if a.Kind != 0 {
		a.DecisionID, a.Clause = bk.NewDelivery.Decision.ID, clauseCeiling
		out = append([]limits.Alert{a}, out...)
		slices.SortStableFunc(out, func(x, y limits.Alert) int { return x.Date.Compare(y.Date) })
	}
	return out, nil
}

// actions are the actions due of EvaluateBuyer.
func actions(bk Book, ev Events) []Action {
	var out []Action
	if !bk.NoticeDeadline.IsZero() {
		verb := "file the threat-of-loss declaration by "
		if bk.NoticeDeadline.Before(bk.AsOf) {
			verb = "the threat-of-loss declaration was due by "
		}
		out = append(out, Action{Kind: FileNotice, Date: bk.NoticeDeadline, Invoice: bk.NoticeInvoice, Clause: clauseNotice,
			Message: verb + bk.NoticeDeadline.String() + " (invoice " + bk.NoticeInvoice + ")"})
	}
	if !bk.Loss.Date.IsZero() && ev.IndemnityPaid.IsZero() {
		out = append(out, Action{Kind: FileClaim, Date: bk.Loss.Date, Clause: clauseLossDate,
			Message: "loss constituted on " + bk.Loss.Date.String() + " (" + bk.Loss.Cause.String() + "): claim the indemnity " +
				bk.Indemnity.String() + ", due by " + bk.IndemnityDue.String()})
	}
	if !bk.Stop.Date.IsZero() && !bk.Stop.Date.After(bk.AsOf) {
		out = append(out, Action{Kind: CoverStopped, Date: bk.Stop.Date, Invoice: bk.Stop.Invoice, Clause: clauseStop,
			Message: "new deliveries are not covered since " + bk.Stop.Date.String() + " (" + bk.Stop.Cause.String() + ")"})
	}
	slices.SortStableFunc(out, func(x, y Action) int { return x.Date.Compare(y.Date) })
	return out
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
