package claims

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Invoice is one invoice of a buyer's ledger: its dates, its amounts
// excluding tax (Net) and of tax (Tax), whether the buyer disputes it, and
// the country group whose maximum credit term applies (empty: the policy's
// general one). ID identifies it in the ledger and breaks ties in the
// imputation order.
//
// Its zero value is an invoice with no dates and no amounts: Clocks runs no
// clock for it, Loss refuses it.
type Invoice struct {
	ID           string        `json:"id"`
	DeliveryDate calendar.Date `json:"deliveryDate"`
	InvoiceDate  calendar.Date `json:"invoiceDate"`
	DueDate      calendar.Date `json:"dueDate"`
	Net          policy.Amount `json:"net"`
	Tax          policy.Amount `json:"tax"`
	Disputed     bool          `json:"disputed"`
	Group        string        `json:"group,omitempty"`
	// OrderDate is the day the buyer's order was taken; the zero Date when
	// not given. Read by BookOptions.Readings.OrdersKeepLimit; on or
	// before DeliveryDate.
	OrderDate calendar.Date `json:"orderDate,omitzero"`
}

// Events are what happened to an unpaid invoice, each a date, the zero Date
// meaning "has not happened":
//
//   - OverdueNotice: the threat-of-loss declaration (DMS, overdue notice)
//     was filed;
//   - Insolvency: insolvency proceedings were opened against the buyer;
//   - Paid: the invoice was paid in full (Clocks reads it; BuyerClocks
//     derives it from the ledger's payments);
//   - Collection: the file was handed over for collection (to the
//     insurer's collection service, an agency or a lawyer; demande
//     d'intervention contentieuse), the anchor of the waiting period under
//     policy.FromCollection;
//   - IndemnityPaid: the insurer paid the indemnity;
//   - AsOf: the day the clocks are read ("today", passed by the caller). An
//     act that has not happened is Missed once AsOf is after its last day;
//     without AsOf it stays Pending.
type Events struct {
	OverdueNotice calendar.Date `json:"overdueNoticeDate"`
	Insolvency    calendar.Date `json:"insolvencyDate"`
	Paid          calendar.Date `json:"paidDate"`
	Collection    calendar.Date `json:"collectionDate,omitzero"`
	IndemnityPaid calendar.Date `json:"indemnityPaidDate"`
	// Political is the day a political event (non-transfer, moratorium,
	// war, confiscation) prevented the buyer from paying; EvaluateBook
	// reads it, with the buyer's country's schedule (policy.CountryCover).
	Political calendar.Date `json:"politicalEventDate,omitzero"`
	AsOf      calendar.Date `json:"asOf"`
	// Proceedings are the acts of the insolvency proceedings (see
	// Proceedings); Settle and EvaluateBook read them.
	Proceedings Proceedings `json:"proceedings,omitzero"`
}

// ClockStatus says whether the act a clock limits was done in time. Its zero
// value is Pending.
type ClockStatus uint8

const (
	// Pending: the act has not happened and is not known to be late (no
	// AsOf date, or AsOf on or before the last day), or the clock does not
	// run.
	Pending ClockStatus = iota
	// Met: the act happened on or before the last day (Final), or the
	// policy sets no such limit, so there is nothing to miss.
	Met
	// Missed: the act happened after the last day, or has not happened and
	// AsOf is after it.
	Missed
)

var statusNames = [...]string{Pending: "pending", Met: "met", Missed: "missed"}

// String returns "pending", "met" or "missed".
func (s ClockStatus) String() string { return nameOf(statusNames[:], int(s), "ClockStatus") }

// MarshalText implements encoding.TextMarshaler.
func (s ClockStatus) MarshalText() ([]byte, error) {
	return nameText(statusNames[:], int(s), "ClockStatus", policy.Clause{}, "status")
}

// Clock is one time limit of a claim: the limit computed from its anchor
// (nominal and final day, the period and the counting rule), the date of
// the act it limits (zero when not done), whether that act was in time,
// and the clause it implements.
//
// Its zero value is a clock that does not run: its anchor is not known yet
// (no notice filed, no date of loss) or the policy sets no such limit.
type Clock struct {
	Limit  calendar.Limit `json:"limit"`
	Act    calendar.Date  `json:"act"`
	Status ClockStatus    `json:"status"`
	Clause policy.Clause  `json:"clause"`
}

// Running reports whether the clock runs, i.e. has a last day.
func (c Clock) Running() bool { return !c.Limit.Final.IsZero() }

// newClock returns the clock of limit l for act, read on day asOf.
func newClock(l calendar.Limit, act, asOf calendar.Date, c policy.Clause) Clock {
	st := Pending
	switch {
	case !act.IsZero() && l.Met(act):
		st = Met
	case !act.IsZero(), !asOf.IsZero() && asOf.After(l.Final):
		st = Missed
	}
	return Clock{Limit: l, Act: act, Status: st, Clause: c}
}

// noLimit is the clock of a limit the policy does not set: it does not
// run, and there is nothing to miss.
func noLimit(act calendar.Date, c policy.Clause) Clock {
	return Clock{Act: act, Status: Met, Clause: c}
}

// Cause is the cause of loss (Atradius glossary I, P; Coface lexicon). Its zero value is NoLoss.
type Cause uint8

const (
	// NoLoss: no date of loss yet (no insolvency, no waiting period
	// running), or the invoice was paid in full on or before it.
	NoLoss Cause = iota
	// Insolvency: insolvency proceedings opened on or before the end of the
	// waiting period (or with no waiting period running).
	Insolvency
	// ProtractedDefault: the debt was still unpaid at the end of the
	// waiting period (carence, défaillance de fait).
	ProtractedDefault
	// Political: a political event prevented payment and the policy's
	// political waiting period for the buyer's country has run
	// (policy.CountryCover); given by EvaluateBook.
	Political
)

var causeNames = [...]string{NoLoss: "none", Insolvency: "insolvency", ProtractedDefault: "protractedDefault", Political: "political"}

// String returns "none", "insolvency", "protractedDefault" or "political".
func (c Cause) String() string { return nameOf(causeNames[:], int(c), "Cause") }

// MarshalText implements encoding.TextMarshaler.
func (c Cause) MarshalText() ([]byte, error) {
	return nameText(causeNames[:], int(c), "Cause", policy.Clause{}, "cause")
}

// DateOfLoss is the date the loss is constituted and its cause. Its zero
// value is "no loss".
type DateOfLoss struct {
	Date   calendar.Date `json:"date"`
	Cause  Cause         `json:"cause"`
	Clause policy.Clause `json:"clause"`
}

// Deadlines are the clocks of one unpaid invoice (claims.deadlines in
// FORMAT.md), in the order they run. A clock whose inputs are missing does
// not run (its zero value).
type Deadlines struct {
	// Invoicing: the invoice must be issued by the maximum invoicing
	// period after delivery, counted with Terms.DeadlineRule; the act is
	// the invoice date (clause CP-invoicing-period).
	Invoicing Clock `json:"invoicing"`
	// MaxCredit: the end of the maximum credit term, from the invoice date;
	// the act is the due date, which must not be after it (clause
	// CP-max-credit-term).
	MaxCredit Clock `json:"maxCredit"`
	// MEP: the end of the maximum extension period, from the original due
	// date, which stays the reference; the act is the payment in full
	// (clause CP-max-extension-period).
	MEP Clock `json:"mep"`
	// OverdueNotice: the threat-of-loss declaration (DMS) deadline, Days
	// after the anchor of Terms.OverdueNotice, counted with
	// Terms.DeadlineRule; the act is the notice. Payment in full on or
	// before its last day also meets it: there is nothing left to notify
	// (clause CP-overdue-notice).
	OverdueNotice Clock `json:"overdueNotice"`
	// WaitingPeriod: the end of the waiting period, months from the date
	// WaitingFrom names (clamped at month end); the act is the payment in
	// full: an invoice still unpaid at its end (Missed) is a loss in
	// protracted default (clause CP-waiting-period).
	WaitingPeriod Clock `json:"waitingPeriod"`
	// WaitingFrom is the anchor of the waiting period,
	// Terms.WaitingPeriodAnchor (the sources disagree on it).
	WaitingFrom policy.WaitingAnchor `json:"waitingFrom"`
	// Loss: the date of loss (clause CG-date-of-loss).
	Loss DateOfLoss `json:"loss"`
	// IndemnityDue: the day the indemnity is due, Terms.IndemnityDays after
	// the date of loss; the act is the insurer's payment (clause
	// CP-indemnity-delay).
	IndemnityDue Clock `json:"indemnityDue"`
}

// Options are the conventions of Clocks, BuyerClocks and Loss that the
// sources leave open. Their zero value is the reading of FORMAT.md.
type Options struct {
	// AdjustTermEnds counts the end of the maximum credit term, the end of
	// the MEP, the end of the waiting period and the indemnity due date
	// with Terms.DeadlineRule, like the invoicing and notice limits (so
	// under calendar.FRCivil a Sunday moves to the next business day).
	//
	// The default (false) is FORMAT.md claims.deadlines: those four are
	// plain calendar days or months from their anchor (months clamped at
	// month end), never adjusted. They bound a payment term, an
	// extension allowance, a waiting period and the insurer's own delay,
	// not a time within which the insured must act, which is what CPC art.
	// 642 al. 2 extends; no source extends them.
	AdjustTermEnds bool

	// ForfeitOnLateNotice takes out of the insured loss every invoice still
	// open at the date of loss whose threat-of-loss declaration (DMS) was
	// not filed by its deadline (Ledger.OverdueNotice later than the
	// notice clock's Final day, or not filed and that day before the date of
	// loss): reason LateNotice. Allianz Trade Switzerland's wording: no
	// overdue report, automatic loss of cover.
	//
	// The default (false) is FORMAT.md claims.loss: the clocks report the
	// notice Missed and the loss keeps the invoice. What a late declaration
	// costs is the policy's own wording, not the Code des assurances: its
	// article L111-1 takes credit insurance out of Titles I to III of Book I
	// ("à l'exception des articles L. 111-6, L. 112-2, L. 112-4, L. 112-7 et
	// L. 113-4-1, ils ne sont applicables ni aux assurances maritimes et
	// fluviales ni aux opérations d'assurance crédit"), so L113-2 (a late
	// declaration forfeits cover only on the insurer's proof of a
	// prejudice) does not govern it. Wordings differ (forfeiture, a
	// reduction, nothing), so forfeiture is this option, off by default.
	ForfeitOnLateNotice bool

	// GoodsValue: the value at which Ledger.TakenBack is deducted from the
	// loss (see GoodsValuation).
	GoodsValue GoodsValuation
}

// Clocks returns the clocks of one unpaid invoice under the FORMAT.md
// conventions: Options{}.Clocks.
func Clocks(t policy.Terms, inv Invoice, ev Events) (Deadlines, error) {
	return Options{}.Clocks(t, inv, ev)
}

// Clocks returns the clocks of one unpaid invoice (FORMAT.md
// claims.deadlines). Each time limit of the terms is a policy.TimeLimit; a
// limit the policy does not set runs no clock and has nothing to miss
// (Status Met, as the policy package doc states):
//
//   - invoicing deadline = deadline(delivery, MaxInvoicingDays,
//     DeadlineRule).Final;
//   - end of the maximum credit term = invoice date (delivery date under
//     policy.CreditFromDelivery) + MaxCreditDays (MaxCreditDaysByGroup for
//     the invoice's group);
//   - end of the MEP = due date + MaxExtensionDays;
//   - DMS deadline = deadline(anchor, OverdueNotice.Days,
//     DeadlineRule).Final, the anchor being the due date, the end of the
//     maximum credit term or the end of the MEP;
//   - end of the waiting period = its anchor + WaitingPeriod (months
//     clamped), the anchor being, as Terms.WaitingPeriodAnchor says, the
//     notice (Events.OverdueNotice), the due date, or the hand-over for
//     collection (Events.Collection); no clock until the anchor is known;
//   - date of loss = the insolvency date when it is on or before the end of
//     the waiting period (or no waiting period runs yet), else the end of
//     the waiting period; none when the invoice was paid in full on or
//     before it;
//   - indemnity due = date of loss + IndemnityDays.
//
// The four term ends follow o.AdjustTermEnds. Errors: ErrMissing naming
// waitingPeriodMonths or indemnityDays when the terms do not set them (no
// protracted default, no indemnity date could be computed; so
// Clocks(policy.Terms{}, …) is an error); ErrInconsistent for a notice
// anchored on the end of a maximum credit term or of a maximum extension
// period the policy does not set, for a group listed twice, and for events
// in an impossible order (an overdue notice or an insolvency dated before
// the delivery: the date of loss would come before the debt existed; an
// invoice dated before its delivery is advance invoicing and is accepted);
// ErrOutOfRange for an anchor outside its enum; and the calendar's errors
// (a deadline the rule cannot compute, a calendar that does not cover the
// year).
func (o Options) Clocks(t policy.Terms, inv Invoice, ev Events) (Deadlines, error) {
	if err := checkEventOrder(inv, ev); err != nil {
		return Deadlines{}, err
	}
	if err := checkClockTerms(&t); err != nil {
		return Deadlines{}, err
	}
	return o.clocks(&t, inv, ev)
}

// clocks is Clocks without the order of the events checked: BuyerClocks
// and EvaluateBook pass the buyer's notice and insolvency to every invoice
// of the ledger, including those delivered after them (which the stop
// leaves uninsured). The callers check the terms (checkClockTerms) once,
// not once per invoice.
func (o Options) clocks(t *policy.Terms, inv Invoice, ev Events) (Deadlines, error) {
	d, err := o.termClocks(t, inv, ev)
	if err != nil {
		return Deadlines{}, err
	}
	d.WaitingFrom = t.WaitingPeriodAnchor
	if from := waitingAnchor(t, inv, ev); !from.IsZero() {
		lim, err := o.termEnd(t, from, t.WaitingPeriod)
		if err != nil {
			return Deadlines{}, err
		}
		d.WaitingPeriod = newClock(lim, ev.Paid, ev.AsOf, clauseWaiting)
	}
	d.Loss = dateOfLoss(d.WaitingPeriod, ev)
	if !d.Loss.Date.IsZero() {
		lim, err := o.termEnd(t, d.Loss.Date, t.IndemnityDays)
		if err != nil {
			return Deadlines{}, err
		}
		d.IndemnityDue = newClock(lim, ev.IndemnityPaid, ev.AsOf, clauseIndemnityDelay)
	}
	return d, nil
}

// termClocks are the clocks that run from the invoice's own dates: the
// invoicing deadline, the end of the maximum credit term, the end of the
// MEP and the overdue-notice deadline. Loss reads the last through it.
func (o Options) termClocks(t *policy.Terms, inv Invoice, ev Events) (Deadlines, error) {
	var d Deadlines
	lim, ok, err := invoicingLimit(t, inv)
	if err != nil {
		return Deadlines{}, err
	}
	if ok {
		d.Invoicing = newClock(lim, inv.InvoiceDate, ev.AsOf, clauseInvoicing)
	} else if !t.MaxInvoicingDays.IsSet() {
		d.Invoicing = noLimit(inv.InvoiceDate, clauseInvoicing)
	}
	if lim, ok, err = o.maxCreditLimit(t, inv); err != nil {
		return Deadlines{}, err
	}
	if ok {
		// The act is the due date, set with the invoice: AsOf plays no part.
		d.MaxCredit = newClock(lim, inv.DueDate, calendar.Date{}, clauseMaxCredit)
	} else if l, _ := maxCreditDays(t, inv.Group); !l.IsSet() {
		d.MaxCredit = noLimit(inv.DueDate, clauseMaxCredit)
	}
	switch {
	case !t.MaxExtensionDays.IsSet():
		d.MEP = noLimit(ev.Paid, clauseMEP)
	case !inv.DueDate.IsZero():
		if lim, err = o.termEnd(t, inv.DueDate, t.MaxExtensionDays); err != nil {
			return Deadlines{}, err
		}
		d.MEP = newClock(lim, ev.Paid, ev.AsOf, clauseMEP)
	}
	if d.OverdueNotice, err = noticeClock(t, inv, d, ev); err != nil {
		return Deadlines{}, err
	}
	return d, nil
}

// checkClockTerms refuses terms that cannot run the clocks: the waiting
// period and the indemnity delay not set (every claim needs them: a loss in
// protracted default is constituted at the end of the waiting period, and
// the indemnity is due after the date of loss), and what checkTermLimits
// refuses.
func checkClockTerms(t *policy.Terms) error {
	switch {
	case !t.WaitingPeriod.IsSet():
		return policy.NewRuleError(policy.ErrMissing, clauseWaiting, "waitingPeriodMonths", t.WaitingPeriod.String())
	case !t.IndemnityDays.IsSet():
		return policy.NewRuleError(policy.ErrMissing, clauseIndemnityDelay, "indemnityDays", t.IndemnityDays.String())
	}
	return checkTermLimits(t)
}

// checkTermLimits refuses what the invoice's own clocks (termClocks) cannot
// run on: a country group listed without its limit, an anchor outside its
// enum, an overdue notice anchored on the end of a maximum extension period
// the policy does not set (or of a maximum credit term: noticeClock, which
// knows the invoice's group).
func checkTermLimits(t *policy.Terms) error {
	for _, g := range t.MaxCreditDaysByGroup {
		if !g.Limit.IsSet() {
			return policy.NewRuleError(policy.ErrMissing, clauseMaxCredit, "maxCreditDaysByGroup["+g.Group+"].value", g.Limit.String())
		}
	}
	// The enums' own tables decide, rather than a copy here of their last
	// value.
	if !t.WaitingPeriodAnchor.Valid() {
		return outOfRange(clauseWaiting, "waitingPeriodAnchor", t.WaitingPeriodAnchor.String())
	}
	if !t.MaxCreditFrom.Valid() {
		return outOfRange(clauseMaxCredit, "maxCreditFrom", t.MaxCreditFrom.String())
	}
	a := t.OverdueNotice.Anchor
	if !a.Valid() {
		return outOfRange(clauseNotice, "overdueNotice.anchor", strconv.Itoa(int(a)))
	}
	if a == policy.MEPEnd && !t.MaxExtensionDays.IsSet() {
		return inconsistent(clauseNotice, "overdueNotice.anchor", "mepEnd with maxExtensionDays not set")
	}
	return nil
}

// checkEventOrder refuses events that cannot follow the delivery they are
// about: an overdue notice or an insolvency dated before the delivery would
// give a date of loss before the debt existed. An invoice dated before its
// delivery is advance invoicing, and stays accepted; the invoicing clock
// then reads it as on time.
func checkEventOrder(inv Invoice, ev Events) error {
	if inv.DeliveryDate.IsZero() {
		return nil
	}
	for _, e := range [...]struct {
		field string
		date  calendar.Date
	}{{"events.overdueNoticeDate", ev.OverdueNotice}, {"events.insolvencyDate", ev.Insolvency}} {
		if !e.date.IsZero() && e.date.Before(inv.DeliveryDate) {
			return inconsistent(clauseLossDate, e.field, e.date.String()+" before deliveryDate "+inv.DeliveryDate.String())
		}
	}
	return nil
}

// waitingAnchor is the day the waiting period runs from (clause
// CP-waiting-period; the sources disagree on the anchor): the notice, the invoice's original due date, or the
// hand-over for collection, as the terms say; the zero Date while that has
// not happened.
func waitingAnchor(t *policy.Terms, inv Invoice, ev Events) calendar.Date {
	switch t.WaitingPeriodAnchor {
	case policy.FromDueDate:
		return inv.DueDate
	case policy.FromCollection:
		return ev.Collection
	}
	return ev.OverdueNotice
}

// invoicingLimit is the maximum invoicing period (CP-invoicing-period): the invoice
// must be issued by deadline(delivery, MaxInvoicingDays,
// DeadlineRule).Final. ok is false when the policy sets no limit or the
// delivery date is not known. Clocks and Loss both apply it.
func invoicingLimit(t *policy.Terms, inv Invoice) (lim calendar.Limit, ok bool, err error) {
	p, set := t.MaxInvoicingDays.Period()
	if !set || inv.DeliveryDate.IsZero() {
		return calendar.Limit{}, false, nil
	}
	lim, err = calendar.Deadline(inv.DeliveryDate, p, t.DeadlineRule)
	return lim, err == nil, err
}

// maxCreditDays is the maximum credit term for a country group: the
// group's limit from MaxCreditDaysByGroup, else MaxCreditDays. A group
// listed twice is an error (two values for one rule); one listed without
// its limit is refused by checkTermLimits.
func maxCreditDays(t *policy.Terms, group string) (policy.TimeLimit, error) {
	l, found := t.MaxCreditDays, false
	if group == "" {
		return l, nil
	}
	for _, g := range t.MaxCreditDaysByGroup {
		if g.Group != group {
			continue
		}
		if found {
			return policy.TimeLimit{}, inconsistent(clauseMaxCredit, "maxCreditDaysByGroup", group+" listed twice")
		}
		l, found = g.Limit, true
	}
	return l, nil
}

// maxCreditLimit is the end of the maximum credit term (clause
// CP-max-credit-term; Atradius glossary I): the invoice date (or the delivery date, policy.CreditTermStart) + the maximum credit term; a due date after it
// makes the invoice uninsurable. ok is false when the policy sets no
// maximum (0) or the invoice date is not known. Clocks and Loss both apply
// it.
func (o Options) maxCreditLimit(t *policy.Terms, inv Invoice) (lim calendar.Limit, ok bool, err error) {
	l, err := maxCreditDays(t, inv.Group)
	start := creditTermStart(t, inv)
	if err != nil || !l.IsSet() || start.IsZero() {
		return calendar.Limit{}, false, err
	}
	lim, err = o.termEnd(t, start, l)
	return lim, err == nil, err
}

// termEnd is the end of a contract term or delay l (set: the callers check
// it): plain calendar arithmetic (calendar.StrictRule: the anchor day not
// counted, months clamped, no extension) unless o.AdjustTermEnds.
func (o Options) termEnd(t *policy.Terms, anchor calendar.Date, l policy.TimeLimit) (calendar.Limit, error) {
	p, _ := l.Period()
	r := calendar.StrictRule
	if o.AdjustTermEnds {
		r = t.DeadlineRule
	}
	return calendar.Deadline(anchor, p, r)
}

// noticeClock is the threat-of-loss declaration deadline (CP-overdue-notice):
// OverdueNotice.Days after its anchor, counted with DeadlineRule. It runs
// once its anchor is known; payment in full on or before its last day meets
// it as well as a notice does. With OverdueNotice.Days not set the policy
// sets no deadline: nothing to miss.
func noticeClock(t *policy.Terms, inv Invoice, d Deadlines, ev Events) (Clock, error) {
	var anchor calendar.Date
	switch t.OverdueNotice.Anchor {
	case policy.DueDate:
		anchor = inv.DueDate
	case policy.MaxCreditEnd:
		if l, _ := maxCreditDays(t, inv.Group); !l.IsSet() {
			return Clock{}, inconsistent(clauseNotice, "overdueNotice.anchor", "maxCreditEnd without a maximum credit term")
		}
		anchor = d.MaxCredit.Limit.Final
	case policy.MEPEnd:
		anchor = d.MEP.Limit.Final
	}
	p, set := t.OverdueNotice.Days.Period()
	if !set {
		return noLimit(ev.OverdueNotice, clauseNotice), nil
	}
	if anchor.IsZero() {
		return Clock{}, nil
	}
	lim, err := calendar.Deadline(anchor, p, t.DeadlineRule)
	if err != nil {
		return Clock{}, err
	}
	if ev.OverdueNotice.IsZero() && !ev.Paid.IsZero() && lim.Met(ev.Paid) {
		return Clock{Limit: lim, Act: ev.Paid, Status: Met, Clause: clauseNotice}, nil
	}
	return newClock(lim, ev.OverdueNotice, ev.AsOf, clauseNotice), nil
}

// dateOfLoss is the date of loss (clause CG-date-of-loss; FORMAT.md
// lossDate): the insolvency date when it is on or before the end of the
// waiting period, or when no waiting period runs; else the end of the
// waiting period. An invoice paid in full on or before that date has no
// loss.
func dateOfLoss(wait Clock, ev Events) DateOfLoss {
	var l DateOfLoss
	switch {
	case !ev.Insolvency.IsZero() && (!wait.Running() || !ev.Insolvency.After(wait.Limit.Final)):
		l = DateOfLoss{Date: ev.Insolvency, Cause: Insolvency, Clause: clauseLossDate}
	case wait.Running():
		l = DateOfLoss{Date: wait.Limit.Final, Cause: ProtractedDefault, Clause: clauseLossDate}
	}
	if !l.Date.IsZero() && !ev.Paid.IsZero() && !ev.Paid.After(l.Date) {
		return DateOfLoss{Clause: clauseLossDate}
	}
	return l
}

// Trace returns the clocks as steps, one per running clock, with their
// anchors, periods, rules and status. It is built on demand.
func (d Deadlines) Trace() policy.Trace {
	var tr policy.Trace
	add := func(rule, anchor, act string, c Clock) {
		if !c.Running() {
			if c.Status == Met {
				tr = append(tr, policy.Step{Rule: rule, Result: "no limit in the policy", Clause: c.Clause})
			}
			return
		}
		in := anchor + " " + c.Limit.Anchor.String() + " + " + c.Limit.Period.String()
		if c.Limit.Rule.Name != "" {
			in += " (" + c.Limit.Rule.Name + ")"
		}
		res := c.Limit.Final.String()
		if c.Limit.Extended {
			res += " (nominal " + c.Limit.Nominal.String() + ", extended)"
		}
		if !c.Act.IsZero() {
			res += "; " + act + " " + c.Act.String()
		}
		tr = append(tr, policy.Step{Rule: rule, Inputs: in, Result: res + ": " + c.Status.String(), Clause: c.Clause})
	}
	add("invoicing deadline", "delivery", "invoice", d.Invoicing)
	add("end of the maximum credit term", "invoice", "due date", d.MaxCredit)
	add("end of the maximum extension period", "due date", "paid", d.MEP)
	add("overdue notice (DMS) deadline", "anchor", "act", d.OverdueNotice)
	add("end of the waiting period", d.WaitingFrom.String(), "paid", d.WaitingPeriod)
	if !d.Loss.Date.IsZero() {
		tr = append(tr, policy.Step{Rule: "date of loss", Inputs: d.Loss.Cause.String(), Result: d.Loss.Date.String(), Clause: d.Loss.Clause})
	}
	add("indemnity due", "date of loss", "paid", d.IndemnityDue)
	return tr
}
