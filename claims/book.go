package claims

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// BuyerBook is one buyer's book as the caller keeps it: what
// limits.CoverAt needs to know of the buyer, the insurer's decisions on it,
// its ledger and what happened to it.
//
//   - Buyer.StopDate and StopCause are a stop the caller knows of that the
//     ledger does not show (a claim filed, country cover withdrawn); the
//     stops that follow from the ledger and the events are computed, so
//     Ledger.StopDate must be zero.
//   - Events are the buyer's: the threat-of-loss declaration (DMS) filed,
//     insolvency, the hand-over for collection, the indemnity paid. Paid
//     must be zero (the payments come from the ledger) and AsOf zero or the
//     day the book is read.
type BuyerBook struct {
	Buyer   limits.Buyer   `json:"buyer"`
	History limits.History `json:"decisions"`
	Ledger  Ledger         `json:"ledger"`
	Events  Events         `json:"events"`
}

// CeilingRule says what the amount in force at a delivery is measured
// against when it caps the insured amounts of a buyer's book. Policy
// wordings read the credit limit as the most the insurer covers on the
// buyer's outstanding ("the credit limit is the maximum amount of
// outstanding debt on a buyer that we will cover", Atradius practical
// guide, the amount of the credit limit), deliveries beyond it being at the
// insured's own risk (Allianz Trade CH, claims Q&A: "deliveries beyond the
// limit are not insured"); they differ on which outstanding counts. Its
// zero value is OpenAtView, the rule of conformance/FORMAT.md claims.book
// step 6.
type CeilingRule uint8

const (
	// OpenAtView: the insurable invoices, taken in order of delivery, share
	// the amount in force at each one's delivery, each using up what it
	// still has open on the day of the view: insured_i = min(open_i,
	// max(0, amount_i − insured_1 − … − insured_(i−1))). An excluded
	// invoice uses up nothing; a payment frees room for every delivery; a
	// delivery made before a reduction took effect keeps the older amount
	// (FORMAT.md claims.book step 6; Atradius, monitoring risks: a
	// reduction applies to deliveries made after it takes effect).
	OpenAtView CeilingRule = iota
	// WholeOutstanding: as OpenAtView, but every earlier invoice still open
	// on the day of the view uses up the amount, insured or not (the limit
	// read as a ceiling on the buyer's whole outstanding, excluded invoices
	// included: Atradius, "exposure" is every amount the buyer owes).
	WholeOutstanding
	// OpenAtDelivery: the room of a delivery is the amount in force at it
	// less what the earlier insurable deliveries still had open on that
	// day (payments dated on or before it imputed), so a later payment
	// does not bring back cover a delivery lacked when it was made; each
	// invoice's insured amount is that room, at most what it has open on
	// the day of the view.
	OpenAtDelivery
)

var ceilingNames = [...]string{OpenAtView: "openAtView", WholeOutstanding: "wholeOutstanding", OpenAtDelivery: "openAtDelivery"}

// String returns "openAtView", "wholeOutstanding" or "openAtDelivery".
func (r CeilingRule) String() string { return nameOf(ceilingNames[:], int(r), "CeilingRule") }

// MarshalText implements encoding.TextMarshaler.
func (r CeilingRule) MarshalText() ([]byte, error) {
	return nameText(ceilingNames[:], int(r), "CeilingRule", clauseCeiling, "ceiling")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping policy.ErrSyntax.
func (r *CeilingRule) UnmarshalText(b []byte) error {
	i, err := parseName(ceilingNames[:], string(b), clauseCeiling, "ceiling")
	if err == nil {
		*r = CeilingRule(i)
	}
	return err
}

// BookOptions are the choices of EvaluateBook. The zero value is
// conformance/FORMAT.md claims.book.
type BookOptions struct {
	// Clocks: the conventions of the clocks and of the loss.
	Clocks Options `json:"clocks"`
	// Cover: the choices of limits.CoverAt. A batch that reads the
	// results, not the reasons, sets Cover.OmitTrace: the covers' traces
	// are most of a book's allocations (Book.Trace still explains the
	// book).
	Cover limits.CoverOptions `json:"cover"`
	// Ceiling: what the amount in force at a delivery caps.
	Ceiling CeilingRule `json:"ceiling"`
	// StopOnMissedNotice also stops cover on the day after the last day of
	// an invoice's threat-of-loss declaration when the invoice was still
	// open then and no declaration was filed by it: Coface's wordings stop
	// cover for a buyer for whom a notification of overdue account "has, or
	// should have, been given". The default (false) stops cover on the day
	// the declaration is filed only (FORMAT.md claims.book step 3).
	StopOnMissedNotice bool `json:"stopOnMissedNotice"`
	// Readings: the readings of the book policy wordings differ on
	// (order dates, payments shared pro rata, the uninsured kept at a stop,
	// the day the claim is measured on); the zero value is FORMAT.md's.
	Readings Readings `json:"readings,omitzero"`
	// Indemnity: the order of the deductions of each layer's indemnity.
	Indemnity IndemnityOptions `json:"indemnity"`
	// FirstLossRemaining and LiabilityRemaining are where the insurance
	// year stands before this claim (see Claim); the zero Amount takes the
	// policy's whole amounts.
	FirstLossRemaining policy.Amount `json:"aggregateFirstLossRemaining"`
	LiabilityRemaining policy.Amount `json:"maxLiabilityRemaining"`
	// Insolvency: the choices of Settle.
	Insolvency InsolvencyOptions `json:"insolvency"`

	// decimalOnly keeps the book's imputations on their reference path
	// (policy.Amount), not on their int64 fast path (set by the package's
	// differential property only).
	decimalOnly bool
}

// BookInvoice is one invoice of a buyer's book read on a day.
type BookInvoice struct {
	ID string `json:"id"`
	// Cover is the cover at the invoice's delivery (limits.CoverAt, the
	// buyer's stop left out: the stop is Reason AfterStop).
	Cover limits.Cover `json:"cover"`
	// Gross is Net + Tax after the invoice's own credit notes; OpenGross
	// what is still open on the day of the view after the payments imputed
	// to it; OpenNet = OpenGross × Net / Gross, rounded.
	Gross     policy.Amount `json:"gross"`
	OpenGross policy.Amount `json:"openGross"`
	OpenNet   policy.Amount `json:"openNet"`
	// Reason is why it is not insurable (Insurable when it is), with the
	// clause applied.
	Reason Exclusion     `json:"reason"`
	Clause policy.Clause `json:"clause"`
	// Insured is its insured amount: its open amount (net, or gross when
	// the policy covers tax) within the ceiling of the amount in force at
	// its delivery (see CeilingRule); 0 when excluded.
	Insured policy.Amount `json:"insured"`
	// Clocks are its clocks read on the book's AsOf, the day it was paid
	// in full found by imputing the whole ledger: their last days and
	// statuses (the whole clocks are BookOptions.InvoiceDeadlines').
	Clocks ClockDays `json:"clocks"`
}

// Layer is the part of a claim insured at one quotité, and its indemnity.
type Layer struct {
	Quotite policy.Rate   `json:"quotite"`
	Insured policy.Amount `json:"insured"`
	// Indemnity is Breakdown.Indemnity: the layer's insured amount times
	// its quotité, rounded, then the policy's per-claim deductions.
	Indemnity policy.Amount `json:"indemnity"`
	Breakdown Breakdown     `json:"breakdown"`
}

// Book is a buyer's book read on one day (conformance/FORMAT.md
// claims.book): the cover of each invoice at its delivery, the stop of
// cover, the open and insured amounts, the cover and headroom of a new
// delivery, the notice to file and, once the date of loss has come, the
// claim and its indemnity.
type Book struct {
	// AsOf is the day the book is read; At the day of the view: the date
	// of loss when it has come, else AsOf.
	AsOf calendar.Date `json:"asOf"`
	At   calendar.Date `json:"at"`
	// Group is the country group of the buyer's country whose values the
	// book read in place of the general ones (policy.CountryGroup); "" when
	// the general terms apply.
	Group string `json:"group,omitempty"`
	// Loss is the buyer's date of loss and its cause once it has come (on
	// or before AsOf); its zero value (NoLoss) before.
	Loss DateOfLoss `json:"loss"`
	// Stop is the stop of cover for new deliveries; its zero value when
	// there is none. Deliveries made before it keep their cover.
	Stop Stop `json:"stop"`
	// Invoices are in the ledger's order.
	Invoices []BookInvoice `json:"invoices"`
	// VATCovered: the insured amounts include tax (Terms.VATCovered).
	VATCovered bool `json:"vatCovered"`
	// OpenGross and OpenNet sum the invoices'; Insured their insured
	// amounts; Uninsured = OpenNet − Insured (OpenGross − Insured when
	// VATCovered).
	OpenGross policy.Amount `json:"openGross"`
	OpenNet   policy.Amount `json:"openNet"`
	Insured   policy.Amount `json:"insured"`
	Uninsured policy.Amount `json:"uninsured"`
	// OverLimit is the part of Uninsured that insurable invoices have
	// beyond the amounts in force at their deliveries (trading beyond the
	// limit); the rest of Uninsured is excluded invoices.
	OverLimit policy.Amount `json:"overLimit"`
	// Layers are the insured amounts grouped by quotité, in increasing
	// order of quotité, with their indemnities; empty before the loss has
	// come.
	Layers []Layer `json:"layers"`
	// Indemnity sums the layers' indemnities, due on IndemnityDue; the zero
	// Amount and the zero Date before the loss has come.
	Indemnity    policy.Amount `json:"indemnity"`
	IndemnityDue calendar.Date `json:"indemnityDue"`
	// NewDelivery is the cover of a delivery made on AsOf (no cover on or
	// after the stop date); Headroom = max(0, NewDelivery.Amount −
	// Insured): what a new delivery can still have insured.
	NewDelivery limits.Cover  `json:"newDelivery"`
	Headroom    policy.Amount `json:"headroom"`
	// NoticeDeadline is the last day to file the buyer's threat-of-loss
	// declaration (DMS) when none is filed: the earliest deadline of the
	// invoices still open on AsOf whose due date is before AsOf; the zero
	// Date when there is none or a declaration was filed. NoticeInvoice is
	// the invoice it comes from.
	NoticeDeadline calendar.Date `json:"noticeDeadline"`
	NoticeInvoice  string        `json:"noticeInvoice,omitempty"`
	// Insolvency: with insolvency proceedings in Events.Proceedings, their
	// clocks and, once a loss in insolvency has come, the settlement of
	// its indemnity (Settle), whose balance's due date is IndemnityDue.
	Insolvency Settlement `json:"insolvency,omitzero"`
	// ExtensionClaim is the deadline to file the claim once an extension
	// or a payment plan beyond the maximum extension period has failed (see
	// Extension); its zero value when none has.
	ExtensionClaim Clock `json:"extensionClaim,omitzero"`
	// Readings are the readings the book was read under
	// (BookOptions.Readings), which its trace names.
	Readings Readings `json:"readings,omitzero"`
}

// EvaluateBook reads a buyer's book on the day asOf under the FORMAT.md
// conventions: BookOptions{}.EvaluateBook.
func EvaluateBook(terms policy.Terms, b BuyerBook, asOf calendar.Date) (Book, error) {
	return BookOptions{}.EvaluateBook(terms, b, asOf)
}

// EvaluateBook reads a buyer's book on the day asOf (conformance/FORMAT.md
// claims.book, whose steps it follows): the one operation that an ERP's
// nightly job, an order screen and a claims desk call.
//
//  0. The terms: the general ones, or those of the country group of the
//     buyer's country where the group sets them (policy.Terms.ForCountry:
//     maximum credit term, waiting periods, quotités).
//  1. Date of loss: the insolvency, or the end of the waiting period run
//     from its anchor (see Clocks), or the end of the political waiting
//     period of the buyer's country after a political event
//     (Events.Political, policy.CountryCover), whichever comes first; it
//     has come when it is on or before asOf.
//  2. The day of the view, At: the date of loss when it has come, else
//     asOf. Payments and credit notes dated on or before At are imputed to
//     the oldest open invoice (see Loss); later ones are recoveries.
//  3. Stop of cover (Atradius glossary, "stop supply"; see BuyerClocks):
//     the earliest of the day after the end of the maximum extension
//     period of an invoice not paid in full by then (when that end is
//     before asOf; the buyer's payment stops cover, not the invoice's
//     cover: an excluded invoice stops it too), the day the threat-of-loss
//     declaration was filed, the day insolvency proceedings were opened,
//     the day cover of the buyer's country is withdrawn
//     (policy.CountryCover.WithdrawnFrom), and the caller's
//     Buyer.StopDate; ties go to insolvency, then the notice, then the
//     extension period, then the extensions' and payment plans' stops
//     (Ledger.Extensions, PaymentPlans: see Extension; they also set
//     ExtensionClaim), then the country, then the caller's. A stop takes
//     away the cover of deliveries made on or after it; earlier deliveries
//     keep theirs.
//  4. The cover of each invoice at its delivery (limits.CoverAt).
//  5. Exclusions, in this order: late invoice, term too long, disputed,
//     delivered on or after the stop date, no cover (outside the policy
//     period included), a loss in protracted default or political under a
//     decision that covers insolvency only, and, under Clocks.ForfeitOnLateNotice, a late
//     declaration. The conditions of the decision in force at a delivery
//     (limits.Conditions: its own maximum credit term and maximum
//     extension period) replace the policy's for that invoice's clocks and
//     exclusions.
//  6. Insured amounts: the amount in force at each delivery is a ceiling
//     (see CeilingRule).
//  7. Once the date of loss has come: the insured amounts grouped by
//     quotité (a political loss at Quotites.Political, whatever the
//     cover), each layer's indemnity by Indemnity, due IndemnityDays after
//     the date of loss.
//  8. The cover of a new delivery on asOf and the headroom.
//  9. The notice to file.
//
// Errors: ErrMissing (no asOf, no policy currency, an invoice without its
// dates or amounts), ErrInconsistent (an event dated after asOf, a ledger
// with a StopDate, Events.Paid set, Events.AsOf another day, a duplicate
// invoice ID, the notice given twice with two dates, a claim over several
// quotités under a policy whose per-claim deductions would have to be
// shared between them), ErrCurrencyMismatch, ErrOutOfRange, and the errors
// of Clocks, Loss, limits.CoverAt and Indemnity.
func (o BookOptions) EvaluateBook(terms policy.Terms, b BuyerBook, asOf calendar.Date) (Book, error) {
	return o.evaluate(terms, b, asOf, nil, nil)
}

// InvoiceDeadlines returns the whole clocks of each invoice of a book read
// on asOf, in the ledger's order: the clocks whose last days and statuses
// EvaluateBook reports in BookInvoice.Clocks, with their anchors, periods,
// rules, acts and clauses (Deadlines), read under the same terms (the
// buyer's country group's, the conditions of the decision in force at each
// delivery) and with the same days of payment in full. A batch that reads
// many books keeps the short form; a screen that shows one invoice's clocks
// and why asks for them. The book is evaluated to give them, so the errors
// are EvaluateBook's.
func (o BookOptions) InvoiceDeadlines(terms policy.Terms, b BuyerBook, asOf calendar.Date) ([]Deadlines, error) {
	out := make([]Deadlines, len(b.Ledger.Invoices))
	if _, err := o.evaluate(terms, b, asOf, func(i int, d Deadlines) { out[i] = d }, nil); err != nil {
		return nil, err
	}
	return out, nil
}

// evaluate is EvaluateBook, each (when not nil) given the whole clocks of
// every invoice as they are computed, and coverage (when not nil) the
// buyer's decisions placed (EvaluateBuyer's alerts read them again).
func (o BookOptions) evaluate(terms policy.Terms, b BuyerBook, asOf calendar.Date, each func(i int, d Deadlines), coverage *limits.Coverage) (Book, error) {
	terms, group, err := buyerTerms(terms, b)
	if err != nil {
		return Book{}, err
	}
	ev, err := o.bookEvents(&terms, b, asOf)
	if err != nil {
		return Book{}, err
	}
	l, err := o.bookLedger(terms, b.Ledger, ev)
	if err != nil {
		return Book{}, err
	}
	l.OverdueNotice = ev.OverdueNotice
	whole := imputeWhole(l, !o.decimalOnly)
	paidOn := whole.paidOn

	bk := Book{AsOf: asOf, Group: group, VATCovered: terms.VATCovered, Invoices: make([]BookInvoice, len(l.Invoices)), Readings: o.Readings}
	cv, err := limits.NewCoverage(terms, b.History, o.Cover)
	if err != nil {
		return Book{}, err
	}
	if coverage != nil {
		*coverage = cv
	}
	if err := o.coverEach(cv, b, &bk); err != nil {
		return Book{}, err
	}
	for i, inv := range l.Invoices {
		e := ev
		e.Paid = paidOn[i]
		x := &bk.Invoices[i]
		d, err := o.Clocks.clocks(underConditions(&terms, x.Cover.Decision.Conditions), inv, e)
		if err != nil {
			return Book{}, at("invoices", i, err)
		}
		x.Clocks = d.Days()
		if each != nil {
			each(i, d)
		}
		x.ID = inv.ID
	}
	clocks := func(i int) ClockDays { return bk.Invoices[i].Clocks }
	rl, err := o.Clocks.reliefOf(terms, l, clocks, func(i int) calendar.Date { return paidOn[i] }, ev, asOf)
	if err != nil {
		return Book{}, err
	}
	bk.Stop, bk.ExtensionClaim = stopOf(l.Invoices, whole.age, rl.clocks(clocks), ev, asOf, o.StopOnMissedNotice), rl.claim
	country, _ := terms.Country(b.Buyer.Country)
	for _, s := range [...]Stop{
		rl.stop,
		{Date: country.WithdrawnFrom, Cause: limits.StopCountry, Clause: clausePolitical},
		{Date: b.Buyer.StopDate, Cause: b.Buyer.StopCause, Clause: clauseStop},
	} {
		if !s.Date.IsZero() && (bk.Stop.Date.IsZero() || s.Date.Before(bk.Stop.Date)) {
			bk.Stop = s
		}
	}
	if bk.Loss, err = o.Clocks.buyerLoss(&terms, l.Invoices, clocks, ev); err != nil {
		return Book{}, err
	}
	if bk.Loss, err = o.Clocks.politicalLoss(&terms, country, ev, bk.Loss); err != nil {
		return Book{}, err
	}
	bk.At = asOf
	if bk.Loss.Date.IsZero() || bk.Loss.Date.After(asOf) {
		bk.Loss = DateOfLoss{}
	} else {
		bk.At = bk.Loss.Date
	}
	if err := o.measureDay(ev, &bk); err != nil {
		return Book{}, err
	}

	view := whole.viewOn(l, bk.At, !o.decimalOnly)
	l.StopDate = bk.Stop.Date
	if err := o.openAndExcluded(&terms, l, view, &bk); err != nil {
		return Book{}, err
	}
	o.ceiling(&terms, l, &bk)
	if err := o.applyReadings(&terms, l, &bk); err != nil {
		return Book{}, err
	}
	o.totals(terms.Currency, &bk)
	if !bk.Loss.Date.IsZero() {
		if err := o.claim(&terms, l.Invoices, &bk); err != nil {
			return Book{}, err
		}
	}
	if err := o.settle(terms, ev, &bk); err != nil {
		return Book{}, err
	}
	buyer := b.Buyer
	buyer.StopDate, buyer.StopCause = bk.Stop.Date, bk.Stop.Cause
	if bk.NewDelivery, err = cv.At(buyer, asOf); err != nil {
		return Book{}, err
	}
	bk.Headroom = subFloor(bk.NewDelivery.Amount, bk.Insured)
	if ev.OverdueNotice.IsZero() {
		bk.NoticeDeadline, bk.NoticeInvoice = noticeToFile(l.Invoices, whole.age, clocks, paidOn, asOf)
	}
	return bk, nil
}

// bookEvents checks the book against its day and returns its events read
// on asOf, with the notice of the ledger or of the events.
func (o BookOptions) bookEvents(terms *policy.Terms, b BuyerBook, asOf calendar.Date) (Events, error) {
	ev := b.Events
	switch {
	case asOf.IsZero():
		return Events{}, missing(policy.Clause{}, "asOf")
	case terms.Currency.IsZero():
		return Events{}, missing(clauseImputation, "currency")
	case int(o.Ceiling) >= len(ceilingNames):
		return Events{}, outOfRange(clauseCeiling, "options.ceiling", o.Ceiling.String())
	case o.Readings.check() != nil:
		return Events{}, o.Readings.check()
	case !b.Ledger.StopDate.IsZero():
		return Events{}, inconsistent(clauseStop, "ledger.stopDate", "set in a book: give Buyer.StopDate and StopCause")
	case !ev.Paid.IsZero():
		return Events{}, inconsistent(clauseImputation, "events.paidDate", "set for a whole ledger")
	case !ev.AsOf.IsZero() && ev.AsOf != asOf:
		return Events{}, inconsistent(policy.Clause{}, "events.asOf", ev.AsOf.String()+", not "+asOf.String())
	case !b.Buyer.StopDate.IsZero() && b.Buyer.StopCause == limits.NoStop:
		return Events{}, missing(clauseStop, "buyer.stopCause")
	}
	notice, err := noticeOf(b.Ledger, ev)
	if err != nil {
		return Events{}, err
	}
	ev.OverdueNotice, ev.AsOf = notice, asOf
	for _, e := range [...]struct {
		field string
		d     calendar.Date
	}{{"events.overdueNoticeDate", ev.OverdueNotice}, {"events.insolvencyDate", ev.Insolvency},
		{"events.collectionDate", ev.Collection}, {"events.indemnityPaidDate", ev.IndemnityPaid},
		{"events.politicalEventDate", ev.Political}} {
		if e.d.After(asOf) {
			return Events{}, inconsistent(clauseLossDate, e.field, e.d.String()+" after asOf "+asOf.String()+": it has not happened yet")
		}
	}
	if err := checkClockTerms(terms); err != nil {
		return Events{}, err
	}
	if err := checkLedger(terms.Currency, b.Ledger); err != nil {
		return Events{}, err
	}
	if err := terms.ValidateCountries(); err != nil {
		return Events{}, err
	}
	if c := b.Buyer.Country; c != "" && !policy.ValidCountry(c) {
		return Events{}, policy.NewRuleError(policy.ErrSyntax, clausePolitical, "buyer.country", c)
	}
	if !ev.Political.IsZero() {
		if cc, ok := terms.Country(b.Buyer.Country); !ok || !cc.PoliticalWaitingPeriod.IsSet() || terms.Quotites.Political.IsZero() {
			return Events{}, inconsistent(clausePolitical, "events.politicalEventDate",
				ev.Political.String()+": the policy covers no political risk in the buyer's country "+strconv.Quote(b.Buyer.Country))
		}
	}
	return ev, nil
}

// stopOf is the stop of cover for new deliveries that a buyer's ledger and
// events give on day asOf (Atradius glossary, "stop supply": cover ends
// for deliveries after a buyer's overdue account, insolvency or the end of
// the maximum extension period; FORMAT.md claims.book step 3), the earliest
// of:
//
//   - the day after the end of the maximum extension period of an invoice
//     not paid in full by then, when that end is before asOf (every end
//     when asOf is zero: the stop that will come if nothing is paid), the
//     oldest invoice first on a tie;
//   - the day the threat-of-loss declaration was filed;
//   - under missedNotice, the day after the last day of an invoice's
//     declaration when the invoice was open then and none was filed by it;
//   - the day insolvency proceedings were opened.
//
// Ties go to insolvency, then the notice, then the extension period.
func stopOf(invs []Invoice, age []int, clocks func(int) ClockDays, ev Events, asOf calendar.Date, missedNotice bool) Stop {
	var s Stop
	take := func(d calendar.Date, c limits.StopCause, inv string) {
		if d.IsZero() || !s.Date.IsZero() && !d.Before(s.Date) {
			return
		}
		s = Stop{Date: d, Cause: c, Invoice: inv, Clause: clauseStop}
	}
	take(ev.Insolvency, limits.StopInsolvency, "")
	take(ev.OverdueNotice, limits.StopNotice, "")
	if missedNotice && ev.OverdueNotice.IsZero() {
		for _, i := range age {
			n := clocks(i).OverdueNotice
			if n.Running() && n.Status != Met && (asOf.IsZero() || n.Final.Before(asOf)) {
				take(n.Final.AddDays(1), limits.StopNotice, invs[i].ID)
			}
		}
	}
	for _, i := range age {
		m := clocks(i).MEP
		if m.Running() && m.Status != Met && (asOf.IsZero() || m.Final.Before(asOf)) {
			take(m.Final.AddDays(1), limits.StopMEP, invs[i].ID)
		}
	}
	return s
}

// byAge returns the ledger indices of invs, the oldest first (olderThan).
func byAge(invs []Invoice) []int {
	order := make([]int, len(invs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return olderThan(invs[a], invs[b]) })
	return order
}

// buyerLoss is the buyer's date of loss (FORMAT.md claims.book step 1):
// the insolvency when it comes on or before the end of the waiting period,
// else that end. A waiting period run from the notice or from the
// hand-over for collection is the buyer's; one run from each invoice's due
// date ends first for the invoice unpaid at its end that is due first.
func (o Options) buyerLoss(t *policy.Terms, invs []Invoice, clocks func(int) ClockDays, ev Events) (DateOfLoss, error) {
	ev.Paid = calendar.Date{}
	if t.WaitingPeriodAnchor != policy.FromDueDate {
		var wait Clock
		if from := waitingAnchor(t, Invoice{}, ev); !from.IsZero() {
			lim, err := o.termEnd(t, from, t.WaitingPeriod)
			if err != nil {
				return DateOfLoss{}, err
			}
			wait = newClock(lim, calendar.Date{}, ev.AsOf, clauseWaiting)
		}
		return dateOfLoss(wait, ev), nil
	}
	l := dateOfLoss(Clock{}, ev)
	for i := range invs {
		if d := clocks(i); !d.Loss.IsZero() && (l.Date.IsZero() || d.Loss.Before(l.Date)) {
			l = DateOfLoss{Date: d.Loss, Cause: d.LossCause, Clause: clauseLossDate}
		}
	}
	return l, nil
}

// politicalLoss is the date of loss once a political event is counted: the
// end of the political waiting period of the buyer's country after the
// event (policy.CountryCover), when it comes before the commercial date of
// loss l; on the same day an insolvency comes first, then the political
// cause, then protracted default.
func (o Options) politicalLoss(t *policy.Terms, c policy.CountryCover, ev Events, l DateOfLoss) (DateOfLoss, error) {
	if ev.Political.IsZero() {
		return l, nil
	}
	lim, err := o.termEnd(t, ev.Political, c.PoliticalWaitingPeriod)
	if err != nil {
		return DateOfLoss{}, err
	}
	d := lim.Final
	if l.Date.IsZero() || d.Before(l.Date) || d == l.Date && l.Cause == ProtractedDefault {
		return DateOfLoss{Date: d, Cause: Political, Clause: clausePolitical}, nil
	}
	return l, nil
}

// coverEach finds the cover of each invoice at its delivery, the buyer's
// stop left out (the book applies it as an exclusion).
func (o BookOptions) coverEach(cv limits.Coverage, b BuyerBook, bk *Book) error {
	buyer := b.Buyer
	buyer.StopDate, buyer.StopCause = calendar.Date{}, limits.NoStop
	layers := make([]limits.Layer, 0, len(b.Ledger.Invoices)+4) // one buffer for the covers' layers (most have one)
	for i, inv := range b.Ledger.Invoices {
		c, buf, err := o.coverOf(cv, buyer, inv, layers)
		if err != nil {
			return at("invoices", i, err)
		}
		bk.Invoices[i].Cover, layers = c, buf
	}
	return nil
}

// openAndExcluded sets each invoice's open amounts on the day of the view
// and its exclusion (EvaluateBook steps 2 and 5).
func (o BookOptions) openAndExcluded(t *policy.Terms, l Ledger, view imputation, bk *Book) error {
	cur := t.Currency
	for i, inv := range l.Invoices {
		x := &bk.Invoices[i]
		open, openNet := openOf(cur, view.inv[i], t.Rounding)
		x.Gross, x.OpenGross, x.OpenNet = view.inv[i].gross.in(cur), open, openNet
		cond := x.Cover.Decision.Conditions
		// The decision's terms matter to the exclusion only for the late
		// notice: the limits it reads are those its clocks computed.
		tc, ends := t, clockEnds(&x.Clocks)
		if o.Clocks.ForfeitOnLateNotice {
			tc = underConditions(t, cond)
		}
		reason, clause, err := o.Clocks.exclusion(tc, inv, &ends, l, bk.At, open.Sign() > 0)
		if err != nil {
			return at("invoices", i, err)
		}
		switch {
		case reason == OutsidePeriod || reason == Insurable && x.Cover.Type == policy.NoCover:
			reason, clause = NoCover, clauseNoCover
		case reason == Insurable && cond.InsolvencyOnly && (bk.Loss.Cause == ProtractedDefault || bk.Loss.Cause == Political):
			reason, clause = CauseNotCovered, clauseInsolvencyOnly
		}
		x.Reason, x.Clause = reason, clause
	}
	return nil
}

// underConditions are the terms of the deliveries a decision covers: its
// own maximum credit term and maximum extension period, when it sets them,
// in place of the policy's (limits.Conditions; Prisma: a decision "can
// carry conditions, e.g. a specific maximum extension period"). A
// decision without conditions returns t itself; one with conditions a copy.
func underConditions(t *policy.Terms, c limits.Conditions) *policy.Terms {
	if !c.MaxCreditDays.IsSet() && !c.MaxExtensionDays.IsSet() {
		return t
	}
	u := *t
	if c.MaxCreditDays.IsSet() {
		u.MaxCreditDays, u.MaxCreditDaysByGroup = c.MaxCreditDays, nil
	}
	if c.MaxExtensionDays.IsSet() {
		u.MaxExtensionDays = c.MaxExtensionDays
	}
	return &u
}

// openOf is an invoice's open amount on the day of an imputation, gross
// and net of tax (FORMAT.md claims.loss rule 2): OpenGross = Gross −
// Allocated, OpenNet = OpenGross × Net / Gross rounded with mode m.
func openOf(cur policy.Currency, x imputed, m policy.RoundingMode) (open, openNet policy.Amount) {
	gross := x.gross.in(cur)
	switch {
	case x.allocated.Sign() == 0:
		return gross, prorate(cur, gross, x.net.in(cur), gross, m)
	case x.allocated.Cmp(x.gross) == 0:
		return policy.Zero(cur), policy.Zero(cur) // paid in full
	}
	open = x.gross.Sub(x.allocated).in(cur)
	return open, prorate(cur, open, x.net.in(cur), gross, m)
}

// base is the amount of an invoice the insured amounts are taken from: its
// open amount net of tax, or gross when the policy covers tax.
func (x BookInvoice) base(vat bool) policy.Amount {
	if vat {
		return x.OpenGross
	}
	return x.OpenNet
}

// ceiling applies the amounts in force at the deliveries as a ceiling on
// the insured amounts (EvaluateBook step 6, CeilingRule).
func (o BookOptions) ceiling(t *policy.Terms, l Ledger, bk *Book) {
	cur := t.Currency
	order := byDelivery(l.Invoices)
	used := o.sum(cur)
	for k, i := range order {
		x := &bk.Invoices[i]
		x.Insured = policy.Zero(cur)
		base := x.base(t.VATCovered)
		if x.Reason != Insurable {
			if o.Ceiling == WholeOutstanding {
				used.add(base, false)
			}
			continue
		}
		room := o.sum(cur)
		room.add(x.Cover.Amount, false)
		if o.Ceiling == OpenAtDelivery {
			room.add(o.openBefore(t, l, bk, order[:k], l.Invoices[i].DeliveryDate), true)
		} else {
			room.subtract(&used)
		}
		x.Insured = capAt(base, room)
		if o.Ceiling == WholeOutstanding {
			used.add(base, false)
		} else {
			used.add(x.Insured, false)
		}
	}
}

// capAt is min(base, max(0, room)): the part of an open amount the room
// left under the ceiling insures.
func capAt(base policy.Amount, room sum) policy.Amount {
	r := room.amount()
	switch {
	case !r.IsPositive():
		return policy.Zero(base.Currency())
	case less(r, base):
		return r
	}
	return base
}

// byDelivery returns the ledger indices of invs in order of delivery
// (ties: invoice date, then ID): the order in which deliveries use up the
// amount in force (FORMAT.md claims.book step 6).
func byDelivery(invs []Invoice) []int {
	order := make([]int, len(invs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		x, y := invs[a], invs[b]
		if c := x.DeliveryDate.Compare(y.DeliveryDate); c != 0 {
			return c
		}
		if c := x.InvoiceDate.Compare(y.InvoiceDate); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	return order
}

// openBefore is what the insurable invoices among earlier had open on day
// d, payments and credit notes dated on or before d imputed
// (OpenAtDelivery).
func (o BookOptions) openBefore(t *policy.Terms, l Ledger, bk *Book, earlier []int, d calendar.Date) policy.Amount {
	im := imputeOpen(l, d, !o.decimalOnly)
	total := o.sum(t.Currency)
	for _, j := range earlier {
		if bk.Invoices[j].Reason != Insurable {
			continue
		}
		open, openNet := openOf(t.Currency, im.inv[j], t.Rounding)
		if t.VATCovered {
			openNet = open
		}
		total.add(openNet, false)
	}
	return total.amount()
}

// totals sums the open and insured amounts of the book.
func (o BookOptions) totals(cur policy.Currency, bk *Book) {
	gross, net, insured, over, uninsured := o.sum(cur), o.sum(cur), o.sum(cur), o.sum(cur), o.sum(cur)
	for _, x := range bk.Invoices {
		gross.add(x.OpenGross, false)
		net.add(x.OpenNet, false)
		insured.add(x.Insured, false)
		uninsured.add(x.base(bk.VATCovered), false)
		uninsured.add(x.Insured, true)
		if x.Reason == Insurable {
			over.add(x.base(bk.VATCovered), false)
			over.add(x.Insured, true)
		}
	}
	bk.OpenGross, bk.OpenNet, bk.Insured, bk.OverLimit, bk.Uninsured = gross.amount(), net.amount(), insured.amount(), over.amount(), uninsured.amount()
}

// sum is a running total in cur.
func (o BookOptions) sum(cur policy.Currency) sum { return sum{cur: cur} }

// claim groups the insured amounts by quotité and computes each layer's
// indemnity with Indemnity (EvaluateBook step 7): the layer's insured
// amount is its loss and its limit (the ceiling is already applied), its
// quotité the cover's, its type of cover that of its first delivery. Under a policy with per-claim deductions (a claim
// threshold, a deductible, an aggregate first loss or a maximum
// liability), a claim over several quotités is an error: the wordings do
// not say how one deduction is shared between layers.
func (o BookOptions) claim(t *policy.Terms, invs []Invoice, bk *Book) error {
	cur := t.Currency
	type group struct {
		q       policy.Rate
		typ     policy.CoverType
		insured sum
	}
	var gs []group
	for _, i := range byDelivery(invs) {
		x := bk.Invoices[i]
		if !x.Insured.IsPositive() {
			continue
		}
		q := x.Cover.Quotite
		if bk.Loss.Cause == Political {
			q = t.Quotites.Political // political risk has its own quotité, whatever the cover
		}
		k := slices.IndexFunc(gs, func(g group) bool { return g.q.Decimal().Cmp(q.Decimal()) == 0 })
		if k < 0 {
			gs = append(gs, group{q: q, typ: x.Cover.Type, insured: o.sum(cur)})
			k = len(gs) - 1
		}
		gs[k].insured.add(x.Insured, false)
	}
	slices.SortFunc(gs, func(a, b group) int { return a.q.Decimal().Cmp(b.q.Decimal()) })
	if len(gs) > 1 && perClaimDeductions(t) {
		return inconsistent(clauseQuotite, "layers", strconv.Itoa(len(gs))+" quotités under a policy with per-claim deductions")
	}
	due, err := o.Clocks.termEnd(t, bk.Loss.Date, t.IndemnityDays)
	if err != nil {
		return err
	}
	bk.IndemnityDue = due.Final
	total := o.sum(cur)
	bk.Layers = make([]Layer, 0, len(gs))
	for _, g := range gs {
		ins := g.insured.amount()
		cl := Claim{Loss: ins, FirstLossRemaining: o.FirstLossRemaining, LiabilityRemaining: o.LiabilityRemaining, PaidOn: bk.IndemnityDue}
		br, err := Indemnity(*t, cl, limits.Cover{Type: g.typ, Amount: ins, Quotite: g.q}, o.Indemnity)
		if err != nil {
			return err
		}
		bk.Layers = append(bk.Layers, Layer{Quotite: g.q, Insured: ins, Indemnity: br.Indemnity, Breakdown: br})
		total.add(br.Indemnity, false)
	}
	bk.Indemnity = total.amount()
	return nil
}

// perClaimDeductions reports whether the policy deducts anything per claim
// or per year beyond the quotité.
func perClaimDeductions(t *policy.Terms) bool {
	return t.ClaimThreshold.Amount.IsPositive() || t.Deductible.IsPositive() || t.AggregateFirstLoss.IsPositive() ||
		t.MaxLiability.Amount.IsPositive() || t.MaxLiability.PremiumMultiple != 0
}

// noticeToFile is the last day to file the buyer's threat-of-loss
// declaration (FORMAT.md claims.book step 9): the earliest notice deadline
// of the invoices, insurable or not, still open on asOf (not paid in full
// by then) and due before asOf.
func noticeToFile(invs []Invoice, age []int, clocks func(int) ClockDays, paidOn []calendar.Date, asOf calendar.Date) (calendar.Date, string) {
	var d calendar.Date
	id := ""
	for _, i := range age {
		inv := invs[i]
		paid := paidOn[i]
		n := clocks(i).OverdueNotice
		if !inv.DueDate.Before(asOf) || !paid.IsZero() && !paid.After(asOf) || !n.Running() {
			continue
		}
		if d.IsZero() || n.Final.Before(d) {
			d, id = n.Final, inv.ID
		}
	}
	return d, id
}

// OrderCheck answers the order screen's question "can I ship this order to
// this buyer today, and how much of it is insured?" from the buyer's book
// read today.
type OrderCheck struct {
	// Amount is the order's amount (excluding tax unless the policy covers
	// tax, as the book's amounts).
	Amount policy.Amount `json:"amount"`
	// Cover is the cover of a delivery today (Book.NewDelivery).
	Cover limits.Cover `json:"cover"`
	// Insured = min(Amount, Book.Headroom): the part of the order the
	// ceiling still has room for; Uninsured the rest, shipped at the
	// insured's own risk (trading beyond the limit is allowed, the excess
	// is uninsured: Allianz Trade CH, claims Q&A).
	Insured   policy.Amount `json:"insured"`
	Uninsured policy.Amount `json:"uninsured"`
	// Status is limits.Headroom's verdict on the insured amount of the book
	// plus the order against the cover's amount: Over when part of the
	// order is uninsured, Warn at or above the warning ratio, else Ok.
	Status limits.HeadroomStatus `json:"status"`
}

// Order checks an order of the given amount against the book: the cover of
// a delivery on the book's day and the room its amount has left above what
// is insured. Errors: the amount is required, in the policy's currency and
// not negative (ErrMissing, ErrCurrencyMismatch, ErrOutOfRange), and the
// warning ratio is at most 1.
func (b Book) Order(amount policy.Amount, opts limits.HeadroomOptions) (OrderCheck, error) {
	cur := b.NewDelivery.Amount.Currency()
	if err := checkAmount(clauseCeiling, "order", amount, cur, false); err != nil {
		return OrderCheck{}, err
	}
	p, err := limits.Headroom(b.NewDelivery.Amount, limits.Exposure{Open: b.Insured}, amount, opts)
	if err != nil {
		return OrderCheck{}, err
	}
	c := OrderCheck{Amount: amount, Cover: b.NewDelivery, Insured: amount, Uninsured: policy.Zero(cur), Status: p.Status}
	if less(b.Headroom, amount) {
		c.Insured = b.Headroom
		c.Uninsured, _ = amount.Sub(b.Headroom) // one currency, checked
		c.Status = limits.Over
	}
	return c, nil
}

// CheckOrder reads the buyer's book on day and checks an order of the
// given amount against it (Book.Order): the order screen's one call. Its
// errors are those of EvaluateBook and Book.Order.
func (o BookOptions) CheckOrder(terms policy.Terms, b BuyerBook, day calendar.Date, amount policy.Amount, headroom limits.HeadroomOptions) (OrderCheck, error) {
	bk, err := o.EvaluateBook(terms, b, day)
	if err != nil {
		return OrderCheck{}, err
	}
	return bk.Order(amount, headroom)
}

// Trace explains the book step by step: the date of loss, the stop (with
// the clause of the extension or plan that set it, when one did), the
// claim after a failed extension, the readings applied (Readings), each
// invoice's cover, open amount, exclusion and insured amount, each layer
// of the claim, and the settlement in insolvency (Settlement.Trace), with
// their clauses. It is built on demand.
func (b Book) Trace() policy.Trace {
	tr := make(policy.Trace, 0, len(b.Invoices)+len(b.Layers)+3)
	loss := "not come by " + b.AsOf.String()
	if !b.Loss.Date.IsZero() {
		loss = b.Loss.Date.String() + " (" + b.Loss.Cause.String() + ")"
	}
	tr = append(tr, policy.Step{Rule: "date of loss", Inputs: "read on " + b.AsOf.String(), Result: loss + "; view on " + b.At.String(), Clause: clauseLossDate})
	stop := "none"
	if !b.Stop.Date.IsZero() {
		stop = "deliveries from " + b.Stop.Date.String() + " not covered (" + b.Stop.Cause.String() + ")"
	}
	tr = append(tr, b.stopStep(stop))
	if c := b.ExtensionClaim; c.Running() {
		tr = append(tr, policy.Step{Rule: "claim after a failed extension", Result: "file by " + c.Limit.Final.String() + ": " + c.Status.String(), Clause: c.Clause})
	}
	tr = append(tr, b.readingSteps()...)
	for _, x := range b.Invoices {
		res := "insured " + x.Insured.String()
		if x.Reason != Insurable {
			res = "excluded: " + x.Reason.String()
		}
		tr = append(tr, policy.Step{Rule: "invoice " + x.ID,
			Inputs: "cover at delivery " + x.Cover.Type.String() + " " + x.Cover.Amount.String() + ", open " + x.OpenGross.String() + " (net " + x.OpenNet.String() + ")",
			Result: res, Clause: clauseCeiling})
	}
	for _, l := range b.Layers {
		tr = append(tr, policy.Step{Rule: "layer at quotité " + l.Quotite.String(), Inputs: "insured " + l.Insured.String(),
			Result: "indemnity " + l.Indemnity.String(), Clause: clauseQuotite})
	}
	if !b.Insolvency.IsZero() {
		tr = append(tr, b.Insolvency.Trace()...)
	}
	return append(tr, policy.Step{Rule: "new delivery", Inputs: "cover " + b.NewDelivery.Type.String() + " " + b.NewDelivery.Amount.String(),
		Result: "headroom " + b.Headroom.String(), Clause: clauseCeiling})
}
