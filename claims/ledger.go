package claims

import (
	"cmp"
	"errors"
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Payment is a sum received from the buyer. Whatever invoice the payer
// meant it for, it goes to the oldest open invoice (Allianz Trade CH claims Q&A;
// Atradius glossary A).
type Payment struct {
	Date   calendar.Date `json:"date"`
	Amount policy.Amount `json:"amount"`
}

// CreditNote is a credit the insured granted the buyer (avoir): with an
// Invoice it corrects that invoice, lowering its Net and Tax; without one
// (a rebate on the account) it is applied like a payment, to the oldest
// open invoice. Either way it counts only when dated on or before the date
// of loss, like a payment (clause CG-credit-notes).
type CreditNote struct {
	ID      string        `json:"id"`
	Date    calendar.Date `json:"date"`
	Invoice string        `json:"invoice,omitempty"`
	Net     policy.Amount `json:"net"`
	Tax     policy.Amount `json:"tax"`
}

// Ledger is a buyer's account: its invoices, the payments received, the
// credit notes issued, the stop date from which deliveries are not covered
// (the zero Date: none; BuyerClocks computes it), and the day the buyer's
// threat-of-loss declaration (DMS) was filed (the zero Date: not filed),
// which Loss reads under Options.ForfeitOnLateNotice only, and BuyerClocks
// when Events.OverdueNotice is zero. Invoice IDs must be unique.
type Ledger struct {
	Invoices      []Invoice     `json:"invoices"`
	Payments      []Payment     `json:"payments"`
	CreditNotes   []CreditNote  `json:"creditNotes,omitempty"`
	StopDate      calendar.Date `json:"stopDate"`
	OverdueNotice calendar.Date `json:"overdueNoticeDate,omitzero"`
	// TakenBack are the goods taken back under retention of title, which
	// Loss and EvaluateBook deduct as credit notes (see TakenBack).
	TakenBack []TakenBack `json:"takenBack,omitempty"`
	// Extensions and PaymentPlans are the extensions of due dates and the
	// payment plans granted to the buyer (see Extension, PaymentPlan);
	// EvaluateBook and BuyerClocks read them, Loss does not.
	Extensions   []Extension   `json:"extensions,omitempty"`
	PaymentPlans []PaymentPlan `json:"paymentPlans,omitempty"`
}

// checkLedger validates a ledger in currency cur: every invoice has an ID
// (unique), its three dates, and non-negative amounts in cur; every payment
// and credit note a date and non-negative amounts in cur; a credit note
// names an invoice of the ledger, if any, and the credit notes on an
// invoice do not exceed its net amount nor its tax. Field names are built
// only for an error.
func checkLedger(cur policy.Currency, l Ledger) error {
	ids := newInvoiceIndex(l.Invoices)
	for i, inv := range l.Invoices {
		if !ids.add(i) {
			return at("invoices", i, inconsistent(clauseImputation, "id", inv.ID+" listed twice"))
		}
		err := requireDate(clauseImputation, "deliveryDate", inv.DeliveryDate)
		if err == nil {
			err = requireDate(clauseImputation, "invoiceDate", inv.InvoiceDate)
		}
		if err == nil {
			err = requireDate(clauseImputation, "dueDate", inv.DueDate)
		}
		if err == nil {
			err = checkAmount(clauseImputation, "net", inv.Net, cur, false)
		}
		if err == nil {
			err = checkAmount(clauseImputation, "tax", inv.Tax, cur, false)
		}
		if err != nil {
			return at("invoices", i, err)
		}
	}
	for i, p := range l.Payments {
		err := requireDate(clauseImputation, "date", p.Date)
		if err == nil {
			err = checkAmount(clauseImputation, "amount", p.Amount, cur, false)
		}
		if err != nil {
			return at("payments", i, err)
		}
	}
	type credit struct {
		invoice  int   // ledger index
		net, tax money // credited on it
	}
	var credited []credit // in the order of the first credit note on each invoice (a few: a scan)
	for i, c := range l.CreditNotes {
		err := requireDate(clauseCreditNote, "date", c.Date)
		if err == nil {
			err = checkAmount(clauseCreditNote, "net", c.Net, cur, false)
		}
		if err == nil {
			err = checkAmount(clauseCreditNote, "tax", c.Tax, cur, false)
		}
		if err != nil {
			return at("creditNotes", i, err)
		}
		if c.Invoice == "" {
			continue
		}
		j, ok := ids.find(c.Invoice)
		if !ok {
			return at("creditNotes", i, inconsistent(clauseCreditNote, "invoice", c.Invoice+" is not in the ledger"))
		}
		k := slices.IndexFunc(credited, func(c credit) bool { return c.invoice == j })
		if k < 0 {
			credited = append(credited, credit{invoice: j})
			k = len(credited) - 1
		}
		credited[k].net, credited[k].tax = credited[k].net.Add(money{c.Net}), credited[k].tax.Add(money{c.Tax})
	}
	for _, c := range credited {
		inv := l.Invoices[c.invoice]
		if c.net.Cmp(money{inv.Net}) > 0 || c.tax.Cmp(money{inv.Tax}) > 0 {
			return inconsistent(clauseCreditNote, "creditNotes", "the credit notes on "+inv.ID+" exceed it")
		}
	}
	return checkExtensions(cur, l)
}

// at prefixes the field of a rule error with the list and index it is
// about: "net" becomes "invoices[3].net".
func at(list string, i int, err error) error {
	var re *policy.RuleError
	if errors.As(err, &re) {
		re.Field = list + "[" + strconv.Itoa(i) + "]." + re.Field
	}
	return err
}

// olderThan orders invoices for the imputation rule: the earliest due
// date first, then the earliest invoice date, then the smaller ID
// (FORMAT.md claims.loss rule 1). IDs being unique, the order is total, so
// the result does not depend on the order of the ledger.
func olderThan(a, b Invoice) int {
	if c := a.DueDate.Compare(b.DueDate); c != 0 {
		return c
	}
	if c := a.InvoiceDate.Compare(b.InvoiceDate); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// imputed is one invoice after imputation.
type imputed = imputedOf[money]

// imputation is the state of a buyer's account at a cut-off date.
type imputation = imputationOf[money]

// imputedOf is one invoice after imputation, in numbers of kind N.
type imputedOf[N any] struct {
	net, tax, gross N             // after the invoice's own credit notes
	credited        N             // gross total of those credit notes
	allocated       N             // payments and account credits imputed to it
	paidOn          calendar.Date // the day its open amount reached 0; zero: still open
}

// imputationOf is the state of a buyer's account at a cut-off date.
type imputationOf[N any] struct {
	inv       []imputedOf[N] // by ledger index
	age       []int          // the ledger indices, the oldest invoice first (byAge)
	paid      N              // payments and account credits up to the cut-off
	allocated N              // of which imputed to invoices
	later     N              // payments and credit notes (gross) after the cut-off, left out
}

// event is a payment or a credit note, in date order.
type event[N any] struct {
	date   calendar.Date
	amount N   // gross
	net    N   // a credit note on an invoice: its net
	target int // the ledger index of the invoice a credit note corrects; -1 otherwise
}

// number is what the imputation computes with: money, the reference, or
// units, whole minor units in int64, its fast path.
type number[N any] interface {
	Add(N) N
	Sub(N) N
	Cmp(N) int
	Sign() int
}

// units is a number of minor units of one currency (see
// policy.Amount.Units).
type units int64

func (a units) Add(b units) units { return a + b }
func (a units) Sub(b units) units { return a - b }
func (a units) Cmp(b units) int   { return cmp.Compare(a, b) }
func (a units) Sign() int         { return cmp.Compare(a, 0) }

// impute applies the imputation rule (clause CG-imputation; FORMAT.md
// claims.loss rule 1) to a validated ledger: payments and account credits
// dated on or before cutoff (all of them when cutoff is zero), in date
// order, each go to the open invoice that is oldest by olderThan, whatever
// the payer earmarked, and spill to the next one; a credit note on an
// invoice lowers that invoice (and what was imputed to it beyond its new
// amount moves on to the next one). Invoices are all open from the start:
// an advance payment clears the oldest invoice even if it was issued later
// (Allianz Trade CH: advance payments for later supplies still reduce the
// loss). It records, for each invoice, the day its open amount reached 0.
//
// The rule runs in int64 minor units when every amount of the ledger counts
// in policy.Amount.Units (the fast path; fast false forces the decimal
// path, its reference, which the book's differential property compares),
// else in decimal.
func impute(l Ledger, cutoff calendar.Date, fast bool) imputation {
	return imputeFor(l, cutoff, fast, convertAll)
}

// imputeOpen is impute for a reader of the invoices only (the book, the
// exposure): on the fast path the account's totals (paid, allocated,
// later) are left zero, so that they cost nothing.
func imputeOpen(l Ledger, cutoff calendar.Date, fast bool) imputation {
	return imputeFor(l, cutoff, fast, convertInvoices)
}

// eventAfter reports whether a payment or credit note of l is dated after
// day d: when none is, the imputation on d is that of the whole ledger
// (imputeOf reads no event after its cutoff, and every event before it).
func (l Ledger) eventAfter(d calendar.Date) bool {
	for _, p := range l.Payments {
		if p.Date.After(d) {
			return true
		}
	}
	for _, c := range l.CreditNotes {
		if c.Date.After(d) {
			return true
		}
	}
	return false
}

// conversion is how much of an imputation in minor units amountsOf
// writes as amounts.
type conversion uint8

const (
	convertInvoices conversion = iota // the invoices' amounts and days
	convertAll                        // and the account's totals
)

func imputeFor(l Ledger, cutoff calendar.Date, fast bool, c conversion) imputation {
	if u, ok := imputeUnits(l, cutoff, fast); ok {
		return amountsOf(u, l, l.Invoices[0].Net.Currency(), c)
	}
	return imputeOf(l, cutoff, money{}, func(a policy.Amount) money { return money{a} })
}

// imputeUnits is the imputation on the fast path, in minor units, and
// whether it could be made (fast, and every amount counts in minor units).
func imputeUnits(l Ledger, cutoff calendar.Date, fast bool) (imputationOf[units], bool) {
	if fast && len(l.Invoices) > 0 {
		// Every amount is read in minor units once (policy.Amount.Units;
		// with at most 15 digits each, no sum of a ledger comes near
		// overflow); one that does not count in them, but the zero
		// Amount, sends the whole ledger to the decimal path.
		whole := true
		u := imputeOf[units](l, cutoff, 0, func(a policy.Amount) units {
			n, ok := a.Units()
			whole = whole && (ok || a.Currency().IsZero())
			return units(n)
		})
		return u, whole
	}
	return imputationOf[units]{}, false
}

// wholeLedger is the imputation of a whole ledger: the day each invoice
// was paid in full (paidOn, by ledger index; the zero Date while open),
// and the imputation itself, in the minor units of the fast path or in
// amounts: the view on a day after which no payment or credit note comes
// is written from it, not imputed again (the imputation on that day is
// the whole ledger's, see eventAfter).
type wholeLedger struct {
	paidOn []calendar.Date
	age    []int // the ledger indices, the oldest invoice first (byAge)
	units  imputationOf[units]
	fast   bool       // units were made
	all    imputation // else
}

// imputeWhole imputes the whole ledger once.
func imputeWhole(l Ledger, fast bool) wholeLedger {
	w := wholeLedger{paidOn: make([]calendar.Date, len(l.Invoices))}
	if w.units, w.fast = imputeUnits(l, calendar.Date{}, fast); w.fast {
		for i, x := range w.units.inv {
			w.paidOn[i] = x.paidOn
		}
		w.age = w.units.age
		return w
	}
	w.all = imputeFor(l, calendar.Date{}, false, convertAll)
	for i, x := range w.all.inv {
		w.paidOn[i] = x.paidOn
	}
	w.age = w.all.age
	return w
}

// viewOn is imputeOpen(l, at, fast), from the whole ledger's imputation w
// when no payment or credit note comes after at.
func (w wholeLedger) viewOn(l Ledger, at calendar.Date, fast bool) imputation {
	switch {
	case l.eventAfter(at):
		return imputeOpen(l, at, fast)
	case w.fast:
		return amountsOf(w.units, l, l.Invoices[0].Net.Currency(), convertInvoices)
	default:
		return w.all
	}
}

// amountsOf writes an imputation in minor units as amounts of cur, as
// much of it as c asks: the amounts an invoice kept from the ledger are the
// ledger's own.
func amountsOf(u imputationOf[units], l Ledger, cur policy.Currency, c conversion) imputation {
	conv := func(n units) money { return money{policy.FromUnits(cur, int64(n))} }
	im := imputation{inv: make([]imputed, len(u.inv)), age: u.age}
	if c == convertAll {
		im.paid, im.allocated, im.later = conv(u.paid), conv(u.allocated), conv(u.later)
	}
	for i, ux := range u.inv {
		inv := l.Invoices[i]
		y := &im.inv[i]
		y.paidOn = ux.paidOn
		y.net, y.tax = money{inv.Net}, money{inv.Tax}
		if ux.credited != 0 {
			y.net, y.tax, y.credited = conv(ux.net), conv(ux.tax), conv(ux.credited)
		}
		y.gross = conv(ux.gross)
		if ux.tax == 0 {
			y.gross = y.net // no tax: the gross is the net
		}
		switch {
		case ux.allocated == ux.gross:
			y.allocated = y.gross
		case ux.allocated != 0:
			y.allocated = conv(ux.allocated)
		}
	}
	return im
}

// imputeOf is the imputation rule (see impute) in numbers of kind N, amt
// reading an amount as one, zero their 0.
func imputeOf[N number[N]](l Ledger, cutoff calendar.Date, zero N, amt func(policy.Amount) N) imputationOf[N] {
	n := len(l.Invoices)
	im := imputationOf[N]{inv: make([]imputedOf[N], n)}
	idx := make([]int, 2*n) // one allocation for order and pos
	order, pos := idx[:n:n], idx[n:]
	for i, inv := range l.Invoices {
		order[i] = i
		x := &im.inv[i]
		x.net, x.tax, x.credited, x.allocated = amt(inv.Net), amt(inv.Tax), zero, zero
		x.gross = x.net.Add(x.tax)
		if x.gross.Sign() == 0 {
			x.paidOn = inv.InvoiceDate // nothing was ever owed
		}
	}
	slices.SortFunc(order, func(a, b int) int { return olderThan(l.Invoices[a], l.Invoices[b]) })
	im.age = order
	// pos: ledger index → position in order
	for p, i := range order {
		pos[i] = p
	}
	events := make([]event[N], 0, len(l.Payments)+len(l.CreditNotes))
	for _, p := range l.Payments {
		events = append(events, event[N]{date: p.Date, amount: amt(p.Amount), target: -1})
	}
	for _, c := range l.CreditNotes {
		e := event[N]{date: c.Date, amount: amt(c.Net).Add(amt(c.Tax)), target: -1}
		if c.Invoice != "" {
			e.target = slices.IndexFunc(l.Invoices, func(inv Invoice) bool { return inv.ID == c.Invoice })
			e.net = amt(c.Net)
		}
		events = append(events, e)
	}
	slices.SortStableFunc(events, func(a, b event[N]) int { return a.date.Compare(b.date) })

	im.paid, im.later = zero, zero
	k := 0          // invoices order[:k] are fully imputed
	covered := zero // their gross total
	advance := func(d calendar.Date) {
		for k < n {
			x := &im.inv[order[k]]
			next := covered.Add(x.gross)
			if im.paid.Cmp(next) < 0 {
				return
			}
			covered = next
			if x.paidOn.IsZero() {
				x.paidOn = d
			}
			k++
		}
	}
	advance(calendar.Date{})
	for _, e := range events {
		if !cutoff.IsZero() && e.date.After(cutoff) {
			im.later = im.later.Add(e.amount)
			continue
		}
		if e.target < 0 {
			im.paid = im.paid.Add(e.amount)
			advance(e.date)
			continue
		}
		x := &im.inv[e.target] // checkLedger made sure the credits fit
		x.net, x.tax, x.gross = x.net.Sub(e.net), x.tax.Sub(e.amount.Sub(e.net)), x.gross.Sub(e.amount)
		x.credited = x.credited.Add(e.amount)
		if pos[e.target] < k {
			covered = covered.Sub(e.amount)
		}
		if x.gross.Sign() == 0 && x.paidOn.IsZero() {
			x.paidOn = e.date
		}
		advance(e.date)
	}
	// The final state: order[:k] fully imputed, order[k] partly, the rest
	// not at all.
	for p, i := range order {
		x := &im.inv[i]
		switch {
		case p < k:
			x.allocated = x.gross
		case p == k:
			x.allocated = im.paid.Sub(covered)
		}
	}
	im.allocated = im.paid
	if k == n {
		im.allocated = covered
	}
	return im
}
