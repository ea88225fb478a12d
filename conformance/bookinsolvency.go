package conformance

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// The insolvency path of claims.book (FORMAT.md claims.book, insolvency):
// the acts of the proceedings, the goods taken back, the policy's advance
// and delay after the admission, the options of the settlement, and the
// settlement written as claims.insolvency writes it. claims.insolvency
// reads the same fields flat (its events, its policy, its top level).

// proceedingsIn are the acts of the proceedings (claims.Proceedings):
// claims.book's events.proceedings, claims.insolvency's events.
type proceedingsIn struct {
	PublishedDate     *string `json:"publishedDate"`
	ClaimDeclaredDate *string `json:"claimDeclaredDate"`
	RevendicationDate *string `json:"revendicationDate"`
	AdmittedDate      *string `json:"admittedDate"`
	AdmittedAmount    *string `json:"admittedAmount"`
	Prejudice         *string `json:"prejudice"`
}

// read returns the proceedings, their fields named under prefix;
// publishedDate is required, the others optional (not happened, not known).
func (in proceedingsIn) read(prefix string) (claims.Proceedings, error) {
	var p claims.Proceedings
	var err error
	if p.Published, err = date(prefix+"publishedDate", in.PublishedDate); err != nil {
		return p, err
	}
	for _, x := range []struct {
		src *string
		dst *calendar.Date
	}{{in.ClaimDeclaredDate, &p.Declared}, {in.RevendicationDate, &p.Revendication}, {in.AdmittedDate, &p.Admitted}} {
		if *x.dst, err = optDate(x.src); err != nil {
			return p, err
		}
	}
	if p.AdmittedAmount, err = optAmount(prefix+"admittedAmount", in.AdmittedAmount); err != nil {
		return p, err
	}
	p.Prejudice, err = optAmount(prefix+"prejudice", in.Prejudice)
	return p, err
}

// insolvencyPolicyIn are the policy's terms of a loss in insolvency
// (policy.InsolvencyTerms), in claims.insolvency's and claims.book's policy.
type insolvencyPolicyIn struct {
	AdvanceRate                 *string `json:"advanceRate"`
	IndemnityDaysAfterAdmission *int    `json:"indemnityDaysAfterAdmission"`
}

// terms sets t.Insolvency; absent fields: no advance, no delay after the
// admission.
func (p insolvencyPolicyIn) terms(t *policy.Terms) (err error) {
	if p.AdvanceRate != nil {
		if t.Insolvency.AdvanceRate, err = fraction("policy.advanceRate", p.AdvanceRate); err != nil {
			return err
		}
	}
	if p.IndemnityDaysAfterAdmission != nil {
		t.Insolvency.IndemnityAfterAdmission, err = limit("policy.indemnityDaysAfterAdmission", p.IndemnityDaysAfterAdmission, calendar.Days)
	}
	return err
}

// insolvencyOptionsIn are the options of the settlement
// (claims.InsolvencyOptions): claims.insolvency's top level, claims.book's
// options.
type insolvencyOptionsIn struct {
	Abroad    *bool   `json:"abroad"`
	MissedAct *string `json:"missedAct"`
}

// read sets the options; absent: not abroad, keep.
func (in insolvencyOptionsIn) read(o *claims.InsolvencyOptions) error {
	if in.Abroad != nil {
		o.Abroad = *in.Abroad
	}
	if in.MissedAct != nil {
		m, err := claims.ParseMissedActRule(*in.MissedAct)
		if err != nil {
			return err
		}
		o.MissedAct = m
	}
	return nil
}

// bookInsolvencyIn is claims.book's list of goods taken back.
type bookInsolvencyIn struct {
	TakenBack *[]takenBackIn `json:"takenBack"`
}

// read sets the goods taken back on l (their valuation is an option).
func (in bookInsolvencyIn) read(l *claims.Ledger) (err error) {
	l.TakenBack, _, err = takenBack(in.TakenBack, nil)
	return err
}

// settlementOut writes a settlement as claims.insolvency's output and
// claims.book's insolvency: before a loss in insolvency (no indemnity
// settled) only the clocks, the amounts and due dates null.
func settlementOut(s claims.Settlement) map[string]any {
	c := s.Clocks
	out := map[string]any{
		"declarationDeadline": dateOut(c.Declaration.Limit.Final), "declarationStatus": c.Declaration.Status.String(),
		"revendicationDeadline": dateOut(c.Revendication.Limit.Final), "revendicationStatus": c.Revendication.Status.String(),
		"prejudice": nil, "payable": nil, "advance": nil, "balance": nil, "advanceDue": nil, "balanceDue": nil,
	}
	if s.Indemnity.Currency().IsZero() {
		return out
	}
	out["prejudice"], out["payable"] = s.Prejudice.String(), s.Payable.String()
	out["advance"], out["balance"] = s.Advance.String(), s.Balance.String()
	out["advanceDue"], out["balanceDue"] = dateOut(s.AdvanceDue), dateOut(s.BalanceDue.Limit.Final)
	return out
}

// bookSettlementOut is claims.book's insolvency: null without proceedings.
func bookSettlementOut(s claims.Settlement) any {
	if s.IsZero() {
		return nil
	}
	return settlementOut(s)
}
