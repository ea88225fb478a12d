package limits

import (
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/internal/strictjson"
	"github.com/creditins/creditins/policy"
)

// Decision is one credit-limit decision of the insurer on one buyer
// (assurance-credit-entreprise.fr glossary, agrément): an agrément, an accord express, a refusal, a
// temporary limit, a top-up or a start cover.
//
// Its zero value is not a decision: NewHistory refuses it (no ID, no kind,
// no date).
type Decision struct {
	// ID is the insurer's reference of the decision; unique in a history.
	ID string `json:"id"`
	// Kind of decision.
	Kind Kind `json:"kind"`
	// Amount of the limit, in the policy's currency. A refusal's amount is
	// 0 (the zero Amount is accepted for it); a named or temporary limit is
	// positive (a named limit of 0 is a Refusal); a top-up of 0 withdraws
	// the top-up.
	Amount policy.Amount `json:"amount"`
	// Date of the decision (its notification to the insured).
	Date calendar.Date `json:"date"`
	// Seq orders decisions of the same Date (the insurer's decision number
	// or time): two named decisions, or two top-ups, dated the same day
	// with different amounts must have different Seq. Decisions of the same
	// Date and Seq keep the order in which they were given.
	Seq int `json:"seq,omitempty"`
	// Expiry is the last day of a temporary limit (required) or of a top-up
	// (optional; none means until changed), inclusive. Named decisions have
	// none: they stay until a later decision (EDC, establishing credit
	// limits).
	Expiry calendar.Date `json:"expiry,omitzero"`
	// Quotite overrides the policy's quotité for this decision's cover
	// (each decision may override the particular conditions). Zero
	// means the policy's; a start cover must carry its own.
	Quotite policy.Rate `json:"quotite,omitzero"`
	// Price is a top-up's own price, a yearly rate on its amount (CAP /
	// CAP+ style: "2 % p.a. of the additional limit", Allianz Trade CH);
	// premium.TopUpPremium bills it. Zero means none given; only a
	// top-up may carry one, at most 1.
	Price policy.Rate `json:"price,omitzero"`
	// Conditions the decision sets for this buyer.
	Conditions Conditions `json:"conditions,omitzero"`
	// Reason given with the decision (EDIFACT 4509 and beyond); zero when
	// none is given.
	Reason DecisionReason `json:"reason,omitzero"`
}

// Conditions are the terms a decision sets for the deliveries it covers in
// place of the policy's (a limit not set is the policy's, as in
// policy.Terms): a decision "can carry conditions, e.g. a specific
// maximum extension period" (Prisma, credit limit decisions), or cover the
// risk of insolvency only (UN/EDIFACT RECECO 4509 code 8). Zero fields mean
// the policy's terms. claims.EvaluateBook applies them to each invoice
// whose delivery the decision covers: its own maximum credit term and
// maximum extension period replace the policy's in the invoice's clocks
// and exclusions, and an insolvency-only decision insures nothing of a
// loss in protracted default.
type Conditions struct {
	// MaxCreditDays: the maximum credit term of the deliveries it covers.
	MaxCreditDays policy.TimeLimit `json:"maxCreditDays,omitzero"`
	// MaxExtensionDays: the maximum extension period of the deliveries it
	// covers.
	MaxExtensionDays policy.TimeLimit `json:"maxExtensionDays,omitzero"`
	// InsolvencyOnly: only the risk of insolvency is covered, not protracted
	// default (EDIFACT 4509 code 8).
	InsolvencyOnly bool `json:"insolvencyOnly,omitempty"`
}

// History is a buyer's decisions, validated and ordered by date (then Seq,
// then the order given). Build it with NewHistory; its zero value is the
// empty history, a buyer on which the insurer never decided.
type History struct {
	ds []Decision
}

// NewHistory validates the decisions and returns them as a history. The
// rules, each an error naming the decision and the field:
//
//   - every decision has an ID (unique), a kind and a date (ErrMissing,
//     ErrUnknownCode, ErrInconsistent for a duplicate ID);
//   - amounts are in one currency (ErrCurrencyMismatch) and not negative
//     (ErrOutOfRange); a refusal's amount is 0, a named or temporary limit's
//     positive (ErrInconsistent);
//   - a temporary limit has an expiry, named decisions have none, and no
//     expiry is before its decision's date (ErrMissing, ErrInconsistent);
//   - a quotité is at most 1 (ErrOutOfRange); a start cover carries one, a
//     refusal none (ErrMissing, ErrInconsistent);
//   - a price is at most 1 (ErrOutOfRange) and only a top-up has one
//     (ErrInconsistent);
//   - two named decisions, or two top-ups, of the same Date and Seq have
//     the same amount: otherwise which one stands is ambiguous
//     (ErrInconsistent).
//
// The policy's currency and quotités are checked by CoverAt and Timeline,
// which know the terms.
func NewHistory(decisions ...Decision) (History, error) {
	return newHistory("decisions", decisions)
}

// newHistory is NewHistory naming the decisions' fields in list.
func newHistory(list string, decisions []Decision) (History, error) {
	ds := slices.Clone(decisions)
	ids := make(map[string]bool, len(ds))
	var cur policy.Currency
	for i, d := range ds {
		if err := d.validate(); err != nil {
			return History{}, policy.PrefixField(field(list, i, ""), err)
		}
		if ids[d.ID] {
			return History{}, decisionError(policy.ErrInconsistent, field(list, i, "id"), d.ID)
		}
		ids[d.ID] = true
		if c := d.Amount.Currency(); !c.IsZero() {
			if cur.IsZero() {
				cur = c
			} else if c != cur {
				return History{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseDecision,
					field(list, i, "amount"), d.Amount.String()+" in a "+cur.Code()+" history")
			}
		}
	}
	slices.SortStableFunc(ds, func(a, b Decision) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return a.Seq - b.Seq
	})
	for i := 1; i < len(ds); i++ {
		b := ds[i]
		for j := i - 1; j >= 0 && ds[j].Date == b.Date && ds[j].Seq == b.Seq; j-- {
			a := ds[j]
			if a.Kind.layer() == b.Kind.layer() && a.Kind.layer() != layerTemporary &&
				a.Amount.Decimal().Cmp(b.Amount.Decimal()) != 0 {
				return History{}, policy.NewRuleError(policy.ErrInconsistent, clauseDecision,
					"decisions "+a.ID+" and "+b.ID, "same date "+b.Date.String()+" and seq, different amounts")
			}
		}
	}
	return History{ds: ds}, nil
}

// MustHistory is NewHistory for constants and tests; it panics on an
// invalid history.
func MustHistory(decisions ...Decision) History {
	h, err := NewHistory(decisions...)
	if err != nil {
		panic(err)
	}
	return h
}

// Decisions returns a copy of the decisions in order.
func (h History) Decisions() []Decision { return slices.Clone(h.ds) }

// Len returns the number of decisions.
func (h History) Len() int { return len(h.ds) }

// With returns a new history with d added after the decisions of its date
// and Seq; h is unchanged.
func (h History) With(d Decision) (History, error) {
	return NewHistory(append(slices.Clone(h.ds), d)...)
}

// Equal reports whether d and e are the same decision :
// every field equal, the amounts in the same currency and of the same value
// whatever their exponent (EUR 10 equals EUR 10.00), the quotités and
// prices of the same value ("0.9" equals "0.90"), the dates, conditions and
// reason identical. go-cmp uses it, so a Decision and the values holding
// one compare without options.
func (d Decision) Equal(e Decision) bool {
	return d.ID == e.ID &&
		d.Kind == e.Kind &&
		d.Amount.Equal(e.Amount) &&
		d.Date == e.Date &&
		d.Seq == e.Seq &&
		d.Expiry == e.Expiry &&
		d.Quotite.Equal(e.Quotite) &&
		d.Price.Equal(e.Price) &&
		d.Conditions == e.Conditions &&
		d.Reason == e.Reason
}

// Equal reports whether h and g hold the same decisions (Decision.Equal) in
// the same order (the order decides which decision stands). go-cmp uses it, so histories compare without options.
func (h History) Equal(g History) bool {
	return slices.EqualFunc(h.ds, g.ds, Decision.Equal)
}

// validate checks one decision on its own.
func (d Decision) validate() error {
	switch {
	case d.ID == "":
		return decisionError(policy.ErrMissing, "id", "")
	case d.Kind == 0:
		return decisionError(policy.ErrMissing, "kind", "")
	case d.Kind.layer() == layerNone:
		return decisionError(ErrUnknownCode, "kind", d.Kind.String())
	case d.Date.IsZero():
		return decisionError(policy.ErrMissing, "date", "")
	}
	if err := d.validateAmount(); err != nil {
		return err
	}
	switch {
	case d.Kind == Temporary && d.Expiry.IsZero():
		return decisionError(policy.ErrMissing, "expiry", "")
	case d.Kind.layer() == layerNamed && !d.Expiry.IsZero():
		return decisionError(policy.ErrInconsistent, "expiry", d.Expiry.String())
	case !d.Expiry.IsZero() && d.Expiry.Before(d.Date):
		return decisionError(policy.ErrInconsistent, "expiry", d.Expiry.String()+" before "+d.Date.String())
	}
	if err := d.Quotite.CheckFraction(clauseQuotite, "quotite"); err != nil {
		return err
	}
	if err := d.Price.CheckFraction(clauseTopUp, "price"); err != nil {
		return err
	}
	if d.Kind != TopUp && !d.Price.IsZero() {
		return decisionError(policy.ErrInconsistent, "price", d.Price.String()+" on a "+d.Kind.String()+" (only a top-up has its own price)")
	}
	switch {
	case d.Kind == StartCover && d.Quotite.IsZero():
		return decisionError(policy.ErrMissing, "quotite", "")
	case d.Kind == Refusal && !d.Quotite.IsZero():
		return decisionError(policy.ErrInconsistent, "quotite", d.Quotite.String())
	}
	return nil
}

func (d Decision) validateAmount() error {
	a := d.Amount
	switch {
	case a.Currency().IsZero() && !(d.Kind == Refusal && a.IsZero()):
		return decisionError(policy.ErrMissing, "amount", a.String())
	case a.IsNegative():
		return decisionError(policy.ErrOutOfRange, "amount", a.String())
	case !a.Currency().IsZero() && a.Validate() != nil:
		return decisionError(policy.ErrOutOfRange, "amount", a.String()+" (not a whole number of minor units)")
	case d.Kind == Refusal && !a.IsZero():
		return decisionError(policy.ErrInconsistent, "amount", a.String()+" (a refusal is 0)")
	case (d.Kind.layer() == layerNamed || d.Kind == Temporary) && d.Kind != Refusal && a.IsZero():
		return decisionError(policy.ErrInconsistent, "amount", a.String()+" (a named limit of 0 is a refusal)")
	}
	return nil
}

// field names the field of the i-th decision of a list: "decisions[2].expiry"
// for NewHistory's arguments, "[2].expiry" for a history's JSON array.
func field(list string, i int, name string) string {
	return strictjson.JoinPath(list+"["+strconv.Itoa(i)+"]", name)
}

// decisionError is an error of one decision, naming its field.
func decisionError(err error, name, value string) error {
	return policy.NewRuleError(err, clauseDecision, name, value)
}
