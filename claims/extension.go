package claims

import (
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The clauses of extensions of the due date and payment plans.
var (
	clauseExtension = policy.Clause{ID: "CG-extension",
		Source: "an extension of the due date (prorogation d'échéance) or a payment plan (plan d'apurement) within the maximum extension period is the insured's own; beyond it, it needs the insurer's prior agreement; the original due date stays the reference (Atradius glossary M, maximum extension period; Atradius glossary P, payment plan, postponement of payment; assurance-credit-entreprise.fr glossary, prorogation d'échéance)"}
	clauseExtensionClaim = policy.Clause{ID: "CP-extension-claim",
		Source: "after an extension refused by the insurer the insured stops deliveries and files the claim within the policy's time limit (assurance-credit-entreprise.fr glossary, prorogation d'échéance: 90 days)"}
)

// Agreement is the insurer's answer to an extension of the due date or a
// payment plan. Its zero value is NotAsked.
//
// Atradius' glossary (M, maximum extension period): "This is the period
// during which you have the option, without having to consult us, to grant
// one or more postponements of the agreed invoice due date"; (P,
// postponement of payment): "If the deferral of payment would exceed the
// maximum extension period, you do need to obtain a written agreement from
// Atradius." Within that period the answer is not read.
type Agreement uint8

const (
	// NotAsked: the insured granted it without the insurer's agreement.
	NotAsked Agreement = iota
	// Agreed: the insurer agreed to it.
	Agreed
	// Refused: the insurer refused it.
	Refused
)

var agreementNames = [...]string{NotAsked: "notAsked", Agreed: "agreed", Refused: "refused"}

// String returns "notAsked", "agreed" or "refused".
func (a Agreement) String() string { return nameOf(agreementNames[:], int(a), "Agreement") }

// MarshalText implements encoding.TextMarshaler.
func (a Agreement) MarshalText() ([]byte, error) {
	return nameText(agreementNames[:], int(a), "Agreement", clauseExtension, "insurer")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping policy.ErrSyntax.
func (a *Agreement) UnmarshalText(b []byte) error {
	i, err := parseName(agreementNames[:], string(b), clauseExtension, "insurer")
	if err == nil {
		*a = Agreement(i)
	}
	return err
}

// Extension is an extension of one invoice's due date (prorogation
// d'échéance, postponement of payment): the new due date, the day the
// insured granted it, the insurer's answer and the day of that answer
// (required with Agreed and Refused, zero with NotAsked). "The originally
// agreed due date of a debt is deferred to a new date. [...] However, the
// originally agreed due date remains the date used for the application of
// the policy terms and conditions" (Atradius glossary P): the invoice's
// DueDate stays as it is, and so do its clocks.
type Extension struct {
	Invoice     string        `json:"invoice"`
	NewDueDate  calendar.Date `json:"newDueDate"`
	Granted     calendar.Date `json:"grantedDate"`
	Insurer     Agreement     `json:"insurer"`
	InsurerDate calendar.Date `json:"insurerDate,omitzero"`
}

// Instalment is one payment a payment plan schedules.
type Instalment struct {
	Date   calendar.Date `json:"date"`
	Amount policy.Amount `json:"amount"`
}

// PaymentPlan is a schedule of instalments (plan d'apurement) agreed with
// the buyer on Date for the open amount of one or more invoices: the
// instalments, in date order and on or after Date, sum to the invoices'
// open gross amount on Date. Insurer and InsurerDate are as in Extension.
// "You can agree a payment plan with your customer, at their request, if
// they are not able to pay your invoice straight away" (Atradius glossary
// P, payment plan). The instalments the buyer pays are Payments of the
// ledger like any other, imputed to the oldest open invoice (clause
// CG-imputation: "any payments received [...] will always be credited to
// the oldest outstanding invoice", Allianz Trade CH claims Q&A).
type PaymentPlan struct {
	Invoices    []string      `json:"invoices"`
	Date        calendar.Date `json:"date"`
	Instalments []Instalment  `json:"instalments"`
	Insurer     Agreement     `json:"insurer"`
	InsurerDate calendar.Date `json:"insurerDate,omitzero"`
}

// checkAnswer refuses an answer outside its enum, an answer without its
// date and a date without an answer.
func checkAnswer(a Agreement, on calendar.Date) error {
	switch {
	case int(a) >= len(agreementNames):
		return outOfRange(clauseExtension, "insurer", a.String())
	case a == NotAsked && !on.IsZero():
		return inconsistent(clauseExtension, "insurerDate", on.String()+" with insurer notAsked")
	case a != NotAsked && on.IsZero():
		return missing(clauseExtension, "insurerDate")
	}
	return nil
}

// checkExtensions validates the extensions and payment plans of a ledger
// whose invoices, payments and credit notes checkLedger has accepted (the
// field names are those of the ledger's JSON):
//
//   - an extension names an invoice of the ledger; its new due date is
//     after the invoice's due date and after the previous extension's of
//     the same invoice; it was granted on or after the invoice date and not
//     before the previous extension of the invoice; the insurer's answer
//     is not dated before the invoice date;
//   - a plan names invoices of the ledger, each once and in no earlier
//     plan; neither it nor the insurer's answer is dated before the
//     invoice date of one of them; its instalments are dated on or after its date, each after the
//     previous one, with amounts above 0 in cur; they sum to the open gross
//     amount of its invoices on its date (clause CG-imputation: payments
//     and credit notes dated on or before it imputed);
//   - an answer has its date, and only an answer has one.
//
// Errors: ErrMissing, ErrInconsistent, ErrOutOfRange, ErrCurrencyMismatch,
// each naming the field ("paymentPlans[0].instalments[2].date").
func checkExtensions(cur policy.Currency, l Ledger) error {
	if len(l.Extensions)+len(l.PaymentPlans) == 0 {
		return nil
	}
	ids := make(map[string]int, len(l.Invoices))
	for i, inv := range l.Invoices {
		ids[inv.ID] = i
	}
	previous := make(map[string]Extension)
	for i, e := range l.Extensions {
		if err := e.check(l, ids, previous); err != nil {
			return at("extensions", i, err)
		}
		previous[e.Invoice] = e
	}
	planned := make(map[string]bool)
	for i, p := range l.PaymentPlans {
		if err := p.check(cur, l, ids, planned); err != nil {
			return at("paymentPlans", i, err)
		}
	}
	return nil
}

// check validates one extension (see checkExtensions).
func (e Extension) check(l Ledger, ids map[string]int, previous map[string]Extension) error {
	if e.Invoice == "" {
		return missing(clauseExtension, "invoice")
	}
	j, ok := ids[e.Invoice]
	if !ok {
		return inconsistent(clauseExtension, "invoice", e.Invoice+" is not in the ledger")
	}
	inv := l.Invoices[j]
	if err := requireDate(clauseExtension, "newDueDate", e.NewDueDate); err != nil {
		return err
	}
	if err := requireDate(clauseExtension, "grantedDate", e.Granted); err != nil {
		return err
	}
	switch p, again := previous[e.Invoice]; {
	case !e.NewDueDate.After(inv.DueDate):
		return inconsistent(clauseExtension, "newDueDate", e.NewDueDate.String()+" not after dueDate "+inv.DueDate.String())
	case e.Granted.Before(inv.InvoiceDate):
		return inconsistent(clauseExtension, "grantedDate", e.Granted.String()+" before invoiceDate "+inv.InvoiceDate.String())
	case again && !e.NewDueDate.After(p.NewDueDate):
		return inconsistent(clauseExtension, "newDueDate", e.NewDueDate.String()+" not after the previous extension's "+p.NewDueDate.String())
	case again && e.Granted.Before(p.Granted):
		return inconsistent(clauseExtension, "grantedDate", e.Granted.String()+" before the previous extension's "+p.Granted.String())
	case e.InsurerDate.Before(inv.InvoiceDate) && !e.InsurerDate.IsZero():
		return inconsistent(clauseExtension, "insurerDate", e.InsurerDate.String()+" before invoiceDate "+inv.InvoiceDate.String())
	}
	return checkAnswer(e.Insurer, e.InsurerDate)
}

// check validates one payment plan (see checkExtensions); planned holds
// the invoices of the plans before it and gets its own.
func (p PaymentPlan) check(cur policy.Currency, l Ledger, ids map[string]int, planned map[string]bool) error {
	if len(p.Invoices) == 0 {
		return missing(clauseExtension, "invoices")
	}
	if err := requireDate(clauseExtension, "date", p.Date); err != nil {
		return err
	}
	if len(p.Instalments) == 0 {
		return missing(clauseExtension, "instalments")
	}
	idx := make([]int, len(p.Invoices))
	for k, id := range p.Invoices {
		j, ok := ids[id]
		field := "invoices[" + strconv.Itoa(k) + "]"
		switch {
		case !ok:
			return inconsistent(clauseExtension, field, id+" is not in the ledger")
		case slices.Contains(p.Invoices[:k], id):
			return inconsistent(clauseExtension, field, id+" listed twice")
		case planned[id]:
			return inconsistent(clauseExtension, field, id+" is in an earlier plan")
		case p.Date.Before(l.Invoices[j].InvoiceDate):
			return inconsistent(clauseExtension, "date", p.Date.String()+" before the invoiceDate of "+id)
		case !p.InsurerDate.IsZero() && p.InsurerDate.Before(l.Invoices[j].InvoiceDate):
			return inconsistent(clauseExtension, "insurerDate", p.InsurerDate.String()+" before the invoiceDate of "+id)
		}
		idx[k] = j
	}
	for _, id := range p.Invoices {
		planned[id] = true
	}
	total := money{}
	after := p.Date.AddDays(-1)
	for k, in := range p.Instalments {
		err := requireDate(clauseExtension, "date", in.Date)
		if err == nil {
			err = checkAmount(clauseExtension, "amount", in.Amount, cur, false)
		}
		if err == nil && !in.Amount.IsPositive() {
			err = outOfRange(clauseExtension, "amount", in.Amount.String())
		}
		if err == nil && !in.Date.After(after) {
			err = inconsistent(clauseExtension, "date", in.Date.String()+" before the plan's date or not after the previous instalment")
		}
		if err != nil {
			return at("instalments", k, err)
		}
		after = in.Date
		total = total.Add(money{in.Amount})
	}
	if open := openOn(l, idx, p.Date); total.Cmp(open) != 0 {
		return inconsistent(clauseExtension, "instalments", "sum to "+total.in(cur).String()+", the invoices have "+open.in(cur).String()+" open on "+p.Date.String())
	}
	return checkAnswer(p.Insurer, p.InsurerDate)
}

// openOn is the open gross amount of the invoices idx on day d, the
// payments and credit notes dated on or before d imputed (clause
// CG-imputation).
func openOn(l Ledger, idx []int, d calendar.Date) money {
	im := impute(l, d, true)
	open := money{}
	for _, j := range idx {
		x := im.inv[j]
		open = open.Add(x.gross.Sub(x.allocated))
	}
	return open
}

// missedInstalment is the date of the first instalment of plan p that the
// buyer missed: one dated before asOf (every one when asOf is zero) after
// which the plan's invoices still have more open, the payments and credit
// notes dated on or before it imputed, than the plan's amount less the
// instalments due up to it. The zero Date when none was missed.
func (p PaymentPlan) missedInstalment(l Ledger, idx []int, asOf calendar.Date) calendar.Date {
	left := money{}
	for _, in := range p.Instalments {
		left = left.Add(money{in.Amount})
	}
	for _, in := range p.Instalments {
		if !asOf.IsZero() && !in.Date.Before(asOf) {
			break
		}
		left = left.Sub(money{in.Amount})
		if openOn(l, idx, in.Date).Cmp(left) > 0 {
			return in.Date
		}
	}
	return calendar.Date{}
}

// relief is what a buyer's extensions and payment plans do to its book
// read on a day (EvaluateBook step 3).
type relief struct {
	// ends are the agreed ends that replace the end of the maximum
	// extension period of an invoice, by ledger index.
	ends map[int]calendar.Date
	// stop is the earliest stop they give; claim the claim deadline.
	stop  Stop
	claim Clock
}

// reliefOf applies a ledger's extensions and payment plans (clause
// CG-extension) to its clocks on day asOf (every date counted when asOf is
// zero, as BuyerClocks reads them); paidOn is the day each invoice was
// paid in full, the zero Date while open.
//
// The original due date stays the reference of every other rule ("the
// originally agreed due date remains the date used for the application of
// the policy terms and conditions", Atradius glossary P): the clocks are
// not touched. What changes is the stop of cover and the claim deadline:
//
//   - an extension is free when its new due date is on or before the end
//     of its invoice's maximum extension period (the MEP clock's last day,
//     under the decision's conditions), or the policy sets none; a plan is
//     free when its last instalment is on or before the earliest such end
//     of its invoices ("If the payment plan is paid off within the maximum
//     extension period, you can agree this yourself and take care of the
//     follow up. The moment an instalment will be paid after the maximum
//     extension period, you will need the prior agreement of Atradius",
//     Atradius glossary P). A free one changes nothing, whatever the
//     insurer answered;
//   - one that is not free and Agreed replaces the end of the maximum
//     extension period of its invoices by its agreed end: the new due
//     date; for a plan, the day of its first missed instalment (the plan
//     is no longer kept: "Le non paiement à l'échéance qui ne donne pas, ou
//     plus, lieu à prorogation est un « impayé caractérisé ». Il place
//     l'acheteur en « état de manquement », ce qui a pour effet d'exclure de
//     la garantie toute nouvelle opération", Ooreka, indemnisation de
//     l'assurance crédit), else its last instalment; the latest of them
//     when several apply. An invoice not paid in full by its agreed end
//     stops cover the day after (cause limits.StopMEP, the cause the
//     policy's own rule gives: an invoice unpaid beyond the period its
//     payment was allowed);
//   - one that is not free and Refused stops cover on the day of the
//     refusal ("En cas de refus de l'assureur, l'assuré à l'obligation de
//     ne plus livrer", assurance-credit-entreprise.fr, prorogation
//     d'échéance), cause limits.StopMEP; one NotAsked gives nothing: its
//     invoices keep their maximum extension period ("non-payment of an
//     invoice after the expiry of the maximum extension period (unless you
//     obtain our written agreement)" stops cover, Atradius glossary S);
//   - once one that is not free has failed (refused, or one of its
//     invoices unpaid at its agreed end or, NotAsked, at the end of its
//     maximum extension period, that end before asOf), the claim must be
//     filed (the act: Events.Collection, the hand-over of the file) within
//     Terms.ExtensionClaimDays of the earliest such stop, counted with
//     DeadlineRule (clause CP-extension-claim).
//
// A grant, an answer or a plan dated after a non-zero asOf is
// ErrInconsistent: it has not happened yet.
func (o Options) reliefOf(t policy.Terms, l Ledger, clocks func(int) ClockDays, paidOn func(int) calendar.Date, ev Events, asOf calendar.Date) (relief, error) {
	var r relief
	if len(l.Extensions)+len(l.PaymentPlans) == 0 {
		return r, nil
	}
	if err := checkNotYet(l, asOf); err != nil {
		return relief{}, err
	}
	ids := make(map[string]int, len(l.Invoices))
	for i, inv := range l.Invoices {
		ids[inv.ID] = i
	}
	var refusals []Stop
	failing := make(map[int]bool) // invoices of a relief that is not free
	agree := func(j int, end calendar.Date) {
		if r.ends == nil {
			r.ends = make(map[int]calendar.Date)
		}
		if e, ok := r.ends[j]; !ok || end.After(e) {
			r.ends[j] = end
		}
	}
	for _, e := range l.Extensions {
		j := ids[e.Invoice]
		if m := clocks(j).MEP; !m.Running() || !e.NewDueDate.After(m.Final) {
			continue // free
		}
		failing[j] = true
		switch e.Insurer {
		case Agreed:
			agree(j, e.NewDueDate)
		case Refused:
			refusals = append(refusals, Stop{Date: e.InsurerDate, Cause: limits.StopMEP, Invoice: e.Invoice, Clause: clauseExtension})
		}
	}
	for _, p := range l.PaymentPlans {
		idx := make([]int, len(p.Invoices))
		var mep calendar.Date
		for k, id := range p.Invoices {
			idx[k] = ids[id]
			if m := clocks(idx[k]).MEP; m.Running() && (mep.IsZero() || m.Final.Before(mep)) {
				mep = m.Final
			}
		}
		last := p.Instalments[len(p.Instalments)-1].Date
		if mep.IsZero() || !last.After(mep) {
			continue // free
		}
		for _, j := range idx {
			failing[j] = true
		}
		switch p.Insurer {
		case Agreed:
			end := last
			if m := p.missedInstalment(l, idx, asOf); !m.IsZero() {
				end = m
			}
			for _, j := range idx {
				agree(j, end)
			}
		case Refused:
			refusals = append(refusals, Stop{Date: p.InsurerDate, Cause: limits.StopMEP, Invoice: p.Invoices[0], Clause: clauseExtension})
		}
	}
	var anchor calendar.Date
	earliest := func(s *Stop, c Stop) {
		if s.Date.IsZero() || c.Date.Before(s.Date) {
			*s = c
		}
	}
	for _, s := range refusals {
		earliest(&r.stop, s)
		if anchor.IsZero() || s.Date.Before(anchor) {
			anchor = s.Date
		}
	}
	for _, j := range byAge(l.Invoices) {
		end, agreed := r.ends[j]
		if !agreed {
			if !failing[j] || !clocks(j).MEP.Running() {
				continue
			}
			end = clocks(j).MEP.Final
		}
		if !asOf.IsZero() && !end.Before(asOf) || !paidOn(j).IsZero() && !paidOn(j).After(end) {
			continue
		}
		day := end.AddDays(1)
		if agreed {
			earliest(&r.stop, Stop{Date: day, Cause: limits.StopMEP, Invoice: l.Invoices[j].ID, Clause: clauseExtension})
		}
		if failing[j] && (anchor.IsZero() || day.Before(anchor)) {
			anchor = day
		}
	}
	if anchor.IsZero() {
		return r, nil
	}
	p, set := t.ExtensionClaimDays.Period()
	if !set {
		r.claim = noLimit(ev.Collection, clauseExtensionClaim)
		return r, nil
	}
	lim, err := calendar.Deadline(anchor, p, t.DeadlineRule)
	if err != nil {
		return relief{}, err
	}
	r.claim = newClock(lim, ev.Collection, ev.AsOf, clauseExtensionClaim)
	return r, nil
}

// checkNotYet refuses a grant, an insurer's answer or a plan dated after
// asOf (none when asOf is zero).
func checkNotYet(l Ledger, asOf calendar.Date) error {
	if asOf.IsZero() {
		return nil
	}
	late := func(list string, i int, field string, d calendar.Date) error {
		if d.After(asOf) {
			return at(list, i, inconsistent(clauseExtension, field, d.String()+" after asOf "+asOf.String()+": it has not happened yet"))
		}
		return nil
	}
	for i, e := range l.Extensions {
		if err := late("extensions", i, "grantedDate", e.Granted); err != nil {
			return err
		}
		if err := late("extensions", i, "insurerDate", e.InsurerDate); err != nil {
			return err
		}
	}
	for i, p := range l.PaymentPlans {
		if err := late("paymentPlans", i, "date", p.Date); err != nil {
			return err
		}
		if err := late("paymentPlans", i, "insurerDate", p.InsurerDate); err != nil {
			return err
		}
	}
	return nil
}

// clocks are the clocks the stop of cover reads (stopOf): those of each
// invoice, without the end of the maximum extension period of an invoice
// that has an agreed end (r.stop has its stop).
func (r relief) clocks(clocks func(int) ClockDays) func(int) ClockDays {
	if len(r.ends) == 0 {
		return clocks
	}
	return func(i int) ClockDays {
		d := clocks(i)
		if _, ok := r.ends[i]; ok {
			d.MEP = ClockDay{}
		}
		return d
	}
}
