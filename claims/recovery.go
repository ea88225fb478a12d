package claims

import (
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// Recovery is a sum recovered from the buyer after the indemnity was paid
// (a dividend in the insolvency, a late payment, the proceeds of a
// guarantee or of goods under retention of title), and the collection
// costs that the policy lets be deducted from it before sharing (CL4; the
// zero Amount or 0 when the policy shares the gross recovery).
type Recovery struct {
	Amount policy.Amount `json:"amount"`
	Costs  policy.Amount `json:"costs"`
}

// Shares is a recovery split between the insurer and the insured.
type Shares struct {
	// Net = Recovery.Amount − Recovery.Costs: what is shared.
	Net policy.Amount `json:"net"`
	// Insurer + Insured = Net, each a whole number of minor units, pro rata
	// of Indemnity and of Loss − Indemnity.
	Insurer policy.Amount `json:"insurer"`
	Insured policy.Amount `json:"insured"`
	// The shares of the loss the split was made on.
	Indemnity policy.Amount `json:"indemnity"`
	Loss      policy.Amount `json:"loss"`
}

// ShareRecovery splits a recovery made after the indemnity between the
// insurer and the insured pro rata of their shares of the loss
// (domain-rules CL6: Allianz Trade CH draws up a recourse statement,
// Atradius shares recoveries in proportion to each party's share of the
// loss; Code des assurances A.432-5 for State cover): the insurer bore
// indemnity, the insured the rest of loss, its whole loss on the buyer
// (LossReport.Insured + LossReport.Uninsured: the retention and the
// uninsured invoices are its share too). The collection costs the policy
// deducts come off first. The split conserves the net recovery exactly
// (policy.Allocate: rounded toward zero, the leftover minor units to the
// insurer first).
//
//	ShareRecovery(EUR 27000, EUR 40000, {EUR 10000, 0}) = insurer EUR 6750, insured EUR 3250
//
// Errors: ErrMissing (no loss or recovery), ErrCurrencyMismatch,
// ErrOutOfRange (a negative amount, a recovery not in whole minor units),
// ErrInconsistent (an indemnity above the loss, a zero loss, costs above
// the recovery, a net recovery above the loss: the buyer cannot repay more
// than it owed).
func ShareRecovery(indemnity, loss policy.Amount, r Recovery) (Shares, error) {
	cur := loss.Currency()
	if cur.IsZero() {
		return Shares{}, missing(clauseRecoveries, "loss")
	}
	for _, a := range [...]struct {
		field    string
		a        policy.Amount
		optional bool
	}{{"indemnity", indemnity, false}, {"loss", loss, false}, {"recovery.amount", r.Amount, false}, {"recovery.costs", r.Costs, true}} {
		if err := checkAmount(clauseRecoveries, a.field, a.a, cur, a.optional); err != nil {
			return Shares{}, err
		}
	}
	switch {
	case loss.IsZero():
		return Shares{}, inconsistent(clauseRecoveries, "loss", "zero: nothing to share")
	case less(loss, indemnity):
		return Shares{}, inconsistent(clauseRecoveries, "indemnity", indemnity.String()+" above the loss "+loss.String())
	case less(r.Amount, r.Costs):
		return Shares{}, inconsistent(clauseRecoveries, "recovery.costs", r.Costs.String()+" above the recovery "+r.Amount.String())
	}
	net := r.Amount
	if !r.Costs.IsZero() {
		net, _ = r.Amount.Sub(r.Costs)
	}
	if less(loss, net) {
		return Shares{}, inconsistent(clauseRecoveries, "recovery.amount", net.String()+" net above the loss "+loss.String())
	}
	retained, _ := loss.Sub(indemnity)
	parts, err := policy.Allocate(net, []decimal.Decimal{indemnity.Decimal(), retained.Decimal()})
	if err != nil {
		return Shares{}, err
	}
	return Shares{Net: net, Insurer: parts[0], Insured: parts[1], Indemnity: indemnity, Loss: loss}, nil
}

// Trace explains the split.
func (s Shares) Trace() policy.Trace {
	return policy.Trace{{
		Rule:   "recovery shared pro rata of the loss",
		Inputs: "net " + s.Net.String() + " × indemnity " + s.Indemnity.String() + " / loss " + s.Loss.String(),
		Result: "insurer " + s.Insurer.String() + ", insured " + s.Insured.String(),
		Clause: clauseRecoveries,
	}}
}
