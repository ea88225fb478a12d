package claims

import (
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// The rules of a loss in insolvency proceedings (procédure collective):
// the time limits the Code de commerce sets the insured as a creditor, the
// goods it takes back under a retention-of-title clause, and when the
// insurer pays the indemnity of such a loss.
var (
	clauseDeclaration = policy.Clause{ID: "CG-claim-declaration",
		Source: "declaration of the claim to the mandataire judiciaire within two months of the publication of the opening judgment in the BODACC, doubled for a creditor outside metropolitan France (Code de commerce L622-24, R622-24; Infogreffe, déclaration d'une créance au mandataire judiciaire); the insured must act to minimise the loss (Atradius glossary A, actions to minimise loss)"}
	clauseRevendication = policy.Clause{ID: "CG-revendication",
		Source: "revendication of goods within three months of the publication of the judgment opening the proceedings, on pain of forclusion (Code de commerce L624-9, R624-13)"}
	clauseTakenBack = policy.Clause{ID: "CG-goods-taken-back",
		Source: "goods sold under a retention-of-title clause and found in kind taken back (Code de commerce L624-16); the loss is the invoiced value less the sums received (assurance-crédit, calcul de l'indemnité)"}
	clauseAdmission = policy.Clause{ID: "CP-indemnity-after-admission",
		Source: "indemnity paid within a month of the admission of the claim, an advance of 70 % before (e-assurance-credit.com, indemnisation); 50 % provisionally in Spanish law (Ley de Contrato de Seguro art. 70)"}
)

// Proceedings are the acts of the buyer's insolvency proceedings that
// concern the insured as a creditor, each a date, the zero Date meaning
// "has not happened":
//
//   - Published: the opening judgment was published in the BODACC, the
//     anchor of the declaration and revendication time limits;
//   - Declared: the insured declared its claim to the mandataire
//     judiciaire (déclaration de créance);
//   - Revendication: the insured claimed its goods sold under a
//     retention-of-title clause;
//   - Admitted: the claim was admitted (admission de la créance), for
//     AdmittedAmount (the zero Amount: not known);
//   - Prejudice: what the insurer assesses it lost by a declaration made
//     late or not at all, read under ReduceByPrejudice only.
type Proceedings struct {
	Published      calendar.Date `json:"publishedDate,omitzero"`
	Declared       calendar.Date `json:"claimDeclaredDate,omitzero"`
	Revendication  calendar.Date `json:"revendicationDate,omitzero"`
	Admitted       calendar.Date `json:"admittedDate,omitzero"`
	AdmittedAmount policy.Amount `json:"admittedAmount,omitzero"`
	Prejudice      policy.Amount `json:"prejudice,omitzero"`
}

// IsZero reports whether nothing of the proceedings is known.
func (p Proceedings) IsZero() bool { return p == Proceedings{} }

// TakenBack are goods the insured took back from the buyer under a
// retention-of-title clause (clause CG-goods-taken-back): the day, the
// invoices they were sold on (their value is spread over them in this
// order, each taking at most what is left of its net amount), their value
// at the invoiced price excluding tax (Invoiced) and what they fetch,
// excluding tax (Resale). Options.GoodsValue says which value is deducted;
// only that one is required.
type TakenBack struct {
	Date     calendar.Date `json:"date"`
	Invoices []string      `json:"invoices"`
	Invoiced policy.Amount `json:"invoiced,omitzero"`
	Resale   policy.Amount `json:"resale,omitzero"`
}

// GoodsValuation says at what value goods taken back are deducted from the
// loss. Wordings measure the loss at the invoiced value less the sums
// received ("la perte ... est égale à la valeur facturée des marchandises
// ... sous déduction des sommes reçues par l'assuré",
// http://blog.wikimemoires.com/2013/07/le-calcul-de-lindemnite-dassurance-credit-montant-et-paiement/);
// they do not say whether goods taken back are such a sum (at what they
// fetch) or undo the sale (at their invoiced price). Its zero value is
// InvoicedValue.
type GoodsValuation uint8

const (
	// InvoicedValue: the goods taken back undo the sale for their part, as
	// a credit note on their invoice at their invoiced price (the insured
	// has its goods again; the ledger's credit-note rule).
	InvoicedValue GoodsValuation = iota
	// ResaleValue: the goods count for what they fetch, a sum received
	// from them (Atradius UK, how long to pay a claim: "recovering stock
	// through a retention of title").
	ResaleValue
)

var goodsValueNames = [...]string{InvoicedValue: "invoiced", ResaleValue: "resale"}

// String returns "invoiced" or "resale".
func (v GoodsValuation) String() string { return nameOf(goodsValueNames[:], int(v), "GoodsValuation") }

// ParseGoodsValuation returns the valuation named s (see String), or an
// error wrapping policy.ErrSyntax.
func ParseGoodsValuation(s string) (GoodsValuation, error) {
	i, err := parseName(goodsValueNames[:], s, clauseTakenBack, "goodsValue")
	return GoodsValuation(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (v GoodsValuation) MarshalText() ([]byte, error) {
	return nameText(goodsValueNames[:], int(v), "GoodsValuation", clauseTakenBack, "goodsValue")
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseGoodsValuation.
func (v *GoodsValuation) UnmarshalText(b []byte) error {
	x, err := ParseGoodsValuation(string(b))
	if err == nil {
		*v = x
	}
	return err
}

// takeBack returns the ledger with each of its goods taken back written as
// credit notes on their invoices (FORMAT.md claims.loss, goods taken
// back): of the value o.GoodsValue names, spread over the invoices in the
// order given, each taking at most what is left of its net amount after
// the other credit notes, the tax round(value × tax / net) of the invoice
// (at most what is left of it), dated on the invoice date so that they
// count whatever the day of the view: the goods are deducted from the
// loss, not shared as a recovery. The caller's slices are not changed.
//
// Errors: ErrOutOfRange (an unknown valuation or rounding mode, a
// negative value), ErrMissing (no date, no invoice, or the value the
// valuation reads), ErrCurrencyMismatch, ErrInconsistent (an invoice not
// in the ledger, a value above what its invoices have left).
func (o Options) takeBack(t policy.Terms, l Ledger) (Ledger, error) {
	if len(l.TakenBack) == 0 {
		return l, nil
	}
	switch {
	case int(o.GoodsValue) >= len(goodsValueNames):
		return Ledger{}, outOfRange(clauseTakenBack, "options.goodsValue", o.GoodsValue.String())
	case t.Rounding > policy.Up:
		return Ledger{}, outOfRange(clauseTakenBack, "rounding", t.Rounding.String())
	}
	cur := t.Currency
	left := make(map[string][2]money, len(l.Invoices)) // net and tax left, by invoice
	index := make(map[string]int, len(l.Invoices))
	for i, inv := range l.Invoices {
		left[inv.ID], index[inv.ID] = [2]money{{inv.Net}, {inv.Tax}}, i
	}
	for _, c := range l.CreditNotes {
		if x, ok := left[c.Invoice]; ok {
			left[c.Invoice] = [2]money{x[0].Sub(money{c.Net}), x[1].Sub(money{c.Tax})}
		}
	}
	notes := slices.Clone(l.CreditNotes)
	for i, g := range l.TakenBack {
		value := g.Invoiced
		field := "invoiced"
		if o.GoodsValue == ResaleValue {
			value, field = g.Resale, "resale"
		}
		err := requireDate(clauseTakenBack, "date", g.Date)
		if err == nil {
			err = checkAmount(clauseTakenBack, field, value, cur, false)
		}
		if err == nil && len(g.Invoices) == 0 {
			err = missing(clauseTakenBack, "invoices")
		}
		if err != nil {
			return Ledger{}, at("takenBack", i, err)
		}
		rest := money{value}
		for k, id := range g.Invoices {
			j, ok := index[id]
			if !ok {
				return Ledger{}, at("takenBack", i, inconsistent(clauseTakenBack, "invoices["+strconv.Itoa(k)+"]", id+" is not in the ledger"))
			}
			x := left[id]
			take := minMoney(rest, x[0])
			if take.Sign() <= 0 {
				continue
			}
			inv := l.Invoices[j]
			tax := minMoney(money{prorate(cur, take.in(cur), inv.Tax, inv.Net, t.Rounding)}, x[1])
			left[id] = [2]money{x[0].Sub(take), x[1].Sub(tax)}
			rest = rest.Sub(take)
			notes = append(notes, CreditNote{ID: "takenBack[" + strconv.Itoa(i) + "]", Date: inv.InvoiceDate, Invoice: id,
				Net: take.in(cur), Tax: tax.in(cur)})
		}
		if rest.Sign() > 0 {
			return Ledger{}, at("takenBack", i, inconsistent(clauseTakenBack, field, value.String()+" above what its invoices have left"))
		}
	}
	l.CreditNotes = notes
	return l, nil
}

// MissedActRule says what a declaration of the claim made late, or not
// at all, costs the insured. The insured must "take all possible measures
// to obtain payment ... and to prevent and minimise loss" (Atradius
// glossary A, actions to minimise loss); a creditor who does not declare
// in time is not admitted in the distributions (Code de commerce L622-26),
// so the insurer, subrogated to it, recovers nothing. The wordings found
// name the duty, not its sanction, and the Code des assurances does not
// supply one (its article L111-1 takes credit insurance out of L113-2), so
// the sanction is this option. Its zero value is KeepIndemnity.
type MissedActRule uint8

const (
	// KeepIndemnity: the clocks report the declaration Missed; the
	// indemnity is unchanged.
	KeepIndemnity MissedActRule = iota
	// ReduceByPrejudice: the indemnity is reduced by the prejudice the
	// insurer assessed (Proceedings.Prejudice), never below 0.
	ReduceByPrejudice
)

var missedActNames = [...]string{KeepIndemnity: "keep", ReduceByPrejudice: "reduceByPrejudice"}

// String returns "keep" or "reduceByPrejudice".
func (r MissedActRule) String() string { return nameOf(missedActNames[:], int(r), "MissedActRule") }

// ParseMissedActRule returns the rule named s (see String), or an error
// wrapping policy.ErrSyntax.
func ParseMissedActRule(s string) (MissedActRule, error) {
	i, err := parseName(missedActNames[:], s, clauseDeclaration, "missedAct")
	return MissedActRule(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (r MissedActRule) MarshalText() ([]byte, error) {
	return nameText(missedActNames[:], int(r), "MissedActRule", clauseDeclaration, "missedAct")
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseMissedActRule.
func (r *MissedActRule) UnmarshalText(b []byte) error {
	x, err := ParseMissedActRule(string(b))
	if err == nil {
		*r = x
	}
	return err
}

// InsolvencyOptions are the choices of Settle. The zero value is
// FORMAT.md claims.insolvency's defaults.
type InsolvencyOptions struct {
	// Abroad: the insured is a creditor outside metropolitan France, whose
	// declaration period is doubled (R622-24).
	Abroad bool `json:"abroad"`
	// MissedAct: what a late declaration costs.
	MissedAct MissedActRule `json:"missedAct"`
}

// InsolvencyClocks are the time limits the proceedings set the insured,
// both counted from the publication of the opening judgment under
// calendar.FRCivil (the Code de procédure civile counts the deadlines of
// the Code de commerce: EFL, délais de revendication calculés selon les
// règles du code de procédure civile).
type InsolvencyClocks struct {
	// Declaration: two months (four when abroad) to declare the claim;
	// the act is Proceedings.Declared (clause CG-claim-declaration).
	Declaration Clock `json:"declaration"`
	// Revendication: three months to claim goods sold under retention of
	// title; after it they can no longer be claimed in the proceedings
	// (forclusion); the act is Proceedings.Revendication (clause
	// CG-revendication).
	Revendication Clock `json:"revendication"`
}

// Settlement is the indemnity of a loss in insolvency and when it is paid
// (FORMAT.md claims.insolvency).
type Settlement struct {
	Clocks InsolvencyClocks `json:"clocks"`
	// Indemnity is the indemnity under the policy (Breakdown.Indemnity);
	// Prejudice what a late declaration takes off it (ReduceByPrejudice);
	// Payable = max(0, Indemnity − Prejudice).
	Indemnity policy.Amount `json:"indemnity"`
	Prejudice policy.Amount `json:"prejudice"`
	Payable   policy.Amount `json:"payable"`
	// Advance = round(Payable × AdvanceRate), due on AdvanceDue (the date
	// of loss + IndemnityDays; the zero Date without an advance);
	// Balance = Payable − Advance, due on BalanceDue.
	Advance    policy.Amount `json:"advance"`
	AdvanceDue calendar.Date `json:"advanceDue,omitzero"`
	Balance    policy.Amount `json:"balance"`
	// BalanceDue: IndemnityAfterAdmission after the admission when the
	// terms set it (not running before the admission), else the date of
	// loss + IndemnityDays; the act is Events.IndemnityPaid (clause
	// CP-indemnity-after-admission).
	BalanceDue Clock `json:"balanceDue"`
}

// IsZero reports whether the settlement is the zero value (no insolvency
// proceedings known).
func (s Settlement) IsZero() bool {
	return s.Indemnity.Currency().IsZero() && !s.Clocks.Declaration.Running()
}

// Clocks returns the time limits of the proceedings (see InsolvencyClocks)
// read on ev.AsOf. They run once Proceedings.Published is known.
func (o InsolvencyOptions) Clocks(ev Events) (InsolvencyClocks, error) {
	p := ev.Proceedings
	var c InsolvencyClocks
	if p.Published.IsZero() {
		return c, nil
	}
	months := 2
	if o.Abroad {
		months = 4
	}
	for _, x := range [...]struct {
		dst    *Clock
		period calendar.Period
		act    calendar.Date
		clause policy.Clause
	}{
		{&c.Declaration, calendar.Months(months), p.Declared, clauseDeclaration},
		{&c.Revendication, calendar.Months(3), p.Revendication, clauseRevendication},
	} {
		lim, err := calendar.Deadline(p.Published, x.period, calendar.FRCivil)
		if err != nil {
			return InsolvencyClocks{}, err
		}
		*x.dst = newClock(lim, x.act, ev.AsOf, x.clause)
	}
	return c, nil
}

// Settle returns the settlement of a loss in insolvency whose indemnity
// under the policy is indemnity (FORMAT.md claims.insolvency):
//
//	Prejudice  = Proceedings.Prejudice under ReduceByPrejudice when the declaration is Missed, else 0
//	Payable    = max(0, indemnity − Prejudice)
//	Advance    = round(Payable × Terms.Insolvency.AdvanceRate), due ev.Insolvency + IndemnityDays
//	Balance    = Payable − Advance, due Admitted + IndemnityAfterAdmission
//	             (ev.Insolvency + IndemnityDays when the terms set no such delay)
//
// rounded with Terms.Rounding (the advance is at most Payable: the rate is
// at most 1 and Payable a whole number of minor units). Due dates are
// plain calendar arithmetic, like Deadlines.IndemnityDue.
//
// Errors: ErrMissing (no currency, indemnity, IndemnityDays, insolvency or
// publication date; no prejudice when ReduceByPrejudice and the
// declaration is Missed), ErrOutOfRange (an advance rate above 1, an
// unknown rule or rounding mode, a negative amount), ErrCurrencyMismatch,
// ErrInconsistent (events out of order or after ev.AsOf, an advance
// without IndemnityAfterAdmission, a prejudice that the rule or the
// clocks do not read, an admitted amount without its date).
func (o InsolvencyOptions) Settle(t policy.Terms, ev Events, indemnity policy.Amount) (Settlement, error) {
	cur := t.Currency
	if cur.IsZero() {
		return Settlement{}, missing(clauseAdmission, "currency")
	}
	if err := checkAmount(clauseAdmission, "indemnity", indemnity, cur, false); err != nil {
		return Settlement{}, err
	}
	if err := o.checkSettle(t, ev); err != nil {
		return Settlement{}, err
	}
	c, err := o.Clocks(ev)
	if err != nil {
		return Settlement{}, err
	}
	s := Settlement{Clocks: c, Indemnity: indemnity, Prejudice: policy.Zero(cur), Advance: policy.Zero(cur)}
	p := ev.Proceedings
	reduce := o.MissedAct == ReduceByPrejudice && c.Declaration.Status == Missed
	switch given := !p.Prejudice.Currency().IsZero(); {
	case reduce && !given:
		return Settlement{}, missing(clauseDeclaration, "events.proceedings.prejudice")
	case given && !reduce:
		return Settlement{}, inconsistent(clauseDeclaration, "events.proceedings.prejudice",
			p.Prejudice.String()+" given, but the declaration is "+c.Declaration.Status.String()+" under missedAct "+o.MissedAct.String())
	case reduce:
		s.Prejudice = p.Prejudice
	}
	s.Payable = subFloor(indemnity, s.Prejudice)
	ordinary, err := Options{}.termEnd(&t, ev.Insolvency, t.IndemnityDays)
	if err != nil {
		return Settlement{}, err
	}
	ins := t.Insolvency
	if !ins.AdvanceRate.IsZero() {
		s.Advance = s.Payable.MulRound(ins.AdvanceRate, t.Rounding)
		s.AdvanceDue = ordinary.Final
	}
	s.Balance, _ = s.Payable.Sub(s.Advance) // one currency, Advance ≤ Payable
	switch {
	case !ins.IndemnityAfterAdmission.IsSet():
		s.BalanceDue = newClock(ordinary, ev.IndemnityPaid, ev.AsOf, clauseIndemnityDelay)
	case !p.Admitted.IsZero():
		lim, err := Options{}.termEnd(&t, p.Admitted, ins.IndemnityAfterAdmission)
		if err != nil {
			return Settlement{}, err
		}
		s.BalanceDue = newClock(lim, ev.IndemnityPaid, ev.AsOf, clauseAdmission)
	}
	return s, nil
}

// checkSettle refuses what Settle cannot read: see its errors.
func (o InsolvencyOptions) checkSettle(t policy.Terms, ev Events) error {
	p, ins := ev.Proceedings, t.Insolvency
	switch {
	case int(o.MissedAct) >= len(missedActNames):
		return outOfRange(clauseDeclaration, "options.missedAct", o.MissedAct.String())
	case t.Rounding > policy.Up:
		return outOfRange(clauseAdmission, "rounding", t.Rounding.String())
	case !t.IndemnityDays.IsSet():
		return missing(clauseIndemnityDelay, "indemnityDays")
	case ev.Insolvency.IsZero():
		return missing(clauseAdmission, "events.insolvencyDate")
	case p.Published.IsZero():
		return missing(clauseDeclaration, "events.proceedings.publishedDate")
	case !ins.AdvanceRate.IsZero() && !ins.IndemnityAfterAdmission.IsSet():
		return inconsistent(clauseAdmission, "insolvency.advanceRate", ins.AdvanceRate.String()+" without indemnityDaysAfterAdmission: no balance after the admission")
	case !p.AdmittedAmount.Currency().IsZero() && p.Admitted.IsZero():
		return inconsistent(clauseAdmission, "events.proceedings.admittedAmount", p.AdmittedAmount.String()+" without admittedDate")
	}
	if err := ins.AdvanceRate.CheckFraction(clauseAdmission, "insolvency.advanceRate"); err != nil {
		return err
	}
	for _, a := range [...]struct {
		field string
		a     policy.Amount
	}{{"events.proceedings.admittedAmount", p.AdmittedAmount}, {"events.proceedings.prejudice", p.Prejudice}} {
		if err := checkAmount(clauseAdmission, a.field, a.a, t.Currency, true); err != nil {
			return err
		}
	}
	return checkProceedings(ev)
}

// checkProceedings refuses proceedings in an impossible order: published
// before the insolvency, admitted before the publication, or an act after
// ev.AsOf (it has not happened yet).
func checkProceedings(ev Events) error {
	p := ev.Proceedings
	switch {
	case p.IsZero():
		return nil
	case ev.Insolvency.IsZero():
		return inconsistent(clauseDeclaration, "events.proceedings", "given without insolvencyDate")
	case !p.Published.IsZero() && p.Published.Before(ev.Insolvency):
		return inconsistent(clauseDeclaration, "events.proceedings.publishedDate", p.Published.String()+" before insolvencyDate "+ev.Insolvency.String())
	case !p.Admitted.IsZero() && (p.Published.IsZero() || p.Admitted.Before(p.Published)):
		return inconsistent(clauseAdmission, "events.proceedings.admittedDate", p.Admitted.String()+" before the publication")
	}
	if ev.AsOf.IsZero() {
		return nil
	}
	for _, e := range [...]struct {
		field string
		d     calendar.Date
	}{{"publishedDate", p.Published}, {"claimDeclaredDate", p.Declared}, {"revendicationDate", p.Revendication}, {"admittedDate", p.Admitted}} {
		if e.d.After(ev.AsOf) {
			return inconsistent(clauseDeclaration, "events.proceedings."+e.field, e.d.String()+" after asOf "+ev.AsOf.String()+": it has not happened yet")
		}
	}
	return nil
}

// bookLedger is the book's ledger with its goods taken back as credit
// notes (takeBack). Goods taken back after ev.AsOf have not been taken
// back; goods taken back after the indemnity was paid
// (Events.IndemnityPaid) are refused (clause CG-recovery-after-indemnity):
// see takenBackAfterIndemnity.
func (o BookOptions) bookLedger(t policy.Terms, l Ledger, ev Events) (Ledger, error) {
	for i, g := range l.TakenBack {
		if g.Date.After(ev.AsOf) {
			return Ledger{}, at("takenBack", i, inconsistent(clauseTakenBack, "date", g.Date.String()+" after asOf "+ev.AsOf.String()+": it has not happened yet"))
		}
		if err := takenBackAfterIndemnity(g, ev.IndemnityPaid); err != nil {
			return Ledger{}, at("takenBack", i, err)
		}
	}
	return o.Clocks.takeBack(t, l)
}

// clauseRecoveryAfterIndemnity: what is recovered once the indemnity is
// paid, goods under retention of title included, is shared, not deducted.
var clauseRecoveryAfterIndemnity = policy.Clause{ID: "CG-recovery-after-indemnity",
	Source: "\"If we can recover money post paying your claim by pursuing a guarantor or recovering stock through a retention of title then you'll gain a share of this in proportion to the loss\" (Atradius UK, how long does it take to pay a claim, https://atradius.co.uk/article/how-long-does-it-take-to-pay-claims.html); recoveries after the date of loss go \"in proportion to each person's share of the loss\" (Atradius glossary A, allocation of payment)"}

// takenBackAfterIndemnity refuses goods taken back after the day paid the
// indemnity was paid (the zero Date: not paid). Before the payment they
// reduce the loss the indemnity is computed on (a credit note, clause
// CG-goods-taken-back); once it is paid the claim is settled, and what the
// goods fetch is a recovery the insurer and the insured share in
// proportion of their shares of the loss (clause
// CG-recovery-after-indemnity): the caller shares it with ShareRecovery
// (FORMAT.md claims.recovery) and leaves the goods out of the book, which
// would otherwise lower, after the fact, an indemnity already paid. Goods
// taken back on the day of the payment still count as taken back before
// it. The error wraps policy.ErrInconsistent and names the field date.
func takenBackAfterIndemnity(g TakenBack, paid calendar.Date) error {
	if paid.IsZero() || !g.Date.After(paid) {
		return nil
	}
	return inconsistent(clauseRecoveryAfterIndemnity, "date", g.Date.String()+" after indemnityPaidDate "+paid.String()+
		": goods taken back after the indemnity are a recovery, to share with ShareRecovery, not a deduction from the loss")
}

// settle is the book's settlement (EvaluateBook): with insolvency
// proceedings known, their clocks; once a loss in insolvency has come,
// the settlement of its indemnity, whose balance's due date becomes the
// book's IndemnityDue (the zero Date before the admission, when the terms
// pay after it).
func (o BookOptions) settle(t policy.Terms, ev Events, bk *Book) error {
	if err := checkProceedings(ev); err != nil || ev.Proceedings.IsZero() {
		return err
	}
	if bk.Loss.Cause != Insolvency {
		c, err := o.Insolvency.Clocks(ev)
		bk.Insolvency = Settlement{Clocks: c}
		return err
	}
	s, err := o.Insolvency.Settle(t, ev, bk.Indemnity)
	if err != nil {
		return err
	}
	bk.Insolvency, bk.IndemnityDue = s, s.BalanceDue.Limit.Final
	return nil
}

// Trace explains the settlement.
func (s Settlement) Trace() policy.Trace {
	tr := policy.Trace{}
	for _, c := range [...]struct {
		rule string
		c    Clock
	}{{"declaration of the claim", s.Clocks.Declaration}, {"revendication of goods", s.Clocks.Revendication}} {
		if c.c.Running() {
			tr = append(tr, policy.Step{Rule: c.rule, Inputs: "published " + c.c.Limit.Anchor.String() + " + " + c.c.Limit.Period.String(),
				Result: c.c.Limit.Final.String() + ": " + c.c.Status.String(), Clause: c.c.Clause})
		}
	}
	if s.Indemnity.Currency().IsZero() {
		return tr
	}
	clause := s.BalanceDue.Clause // the ordinary delay when the terms pay no later than it
	if clause.IsZero() {
		clause = clauseAdmission
	}
	return append(tr, policy.Step{Rule: "indemnity in insolvency",
		Inputs: "indemnity " + s.Indemnity.String() + " − prejudice " + s.Prejudice.String(),
		Result: "payable " + s.Payable.String() + ": advance " + s.Advance.String() + ", balance " + s.Balance.String() + " due " + s.BalanceDue.Limit.Final.String(),
		Clause: clause})
}
