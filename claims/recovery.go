package claims

import (
	"github.com/creditins/creditins/policy"
)

// Recovery is a sum recovered from the buyer after the indemnity was paid
// (a dividend in the insolvency, a late payment, the proceeds of a
// guarantee or of goods under retention of title), and the collection
// costs that the policy lets be deducted from it before sharing (the zero
// Amount or 0 when the policy shares the gross recovery).
type Recovery struct {
	Amount policy.Amount `json:"amount"`
	Costs  policy.Amount `json:"costs"`
}

// Shares is a recovery split between the insurer and the insured.
type Shares struct {
	// Net = max(0, Recovery.Amount − Recovery.Costs): what is shared.
	Net policy.Amount `json:"net"`
	// Insurer = round(Net × Indemnity / Loss), at most Indemnity;
	// Insured = Net − Insurer.
	Insurer policy.Amount `json:"insurer"`
	Insured policy.Amount `json:"insured"`
	// The shares of the loss the split was made on.
	Indemnity policy.Amount `json:"indemnity"`
	Loss      policy.Amount `json:"loss"`
}

// ShareRecovery splits one recovery made after the indemnity between the
// insurer and the insured pro rata of their shares of the loss (Allianz
// Trade CH draws up a recourse statement; Atradius shares recoveries in
// proportion to each party's share of the loss; Code des assurances
// A.432-5 for State cover): the insurer bore indemnity, the insured the
// rest of loss, its whole loss on the buyer (LossReport.Insured +
// LossReport.Uninsured: the retention and the uninsured invoices are its
// share too). This is the rule of FORMAT.md claims.recovery:
//
//	net     = max(0, recovery − costs)
//	insurer = round(net × indemnity / loss), at most indemnity
//	insured = net − insurer
//
// rounded to the currency's minor unit half away from zero (multiplied
// first, divided once, never Div). The cap is reached only by a net
// recovery above the loss; each recovery is shared on its own, a running
// total over several recoveries is the caller's. A loss of 0 shares a
// recovery of 0 as 0 each. Worked example, a dividend of 5 000 less 500 of
// costs on a loss of 20 000 indemnified 18 000, and a tie rounded away:
//
//	ShareRecovery(EUR 18000, EUR 20000, {EUR 5000, EUR 500}):
//	net 4500, insurer 4500 × 18000 / 20000 = 4050, insured 450
//	ShareRecovery(EUR 1, EUR 2, {EUR 0.05, 0}):
//	net 0.05, insurer 0.025 → 0.03, insured 0.02
//
// Errors: ErrMissing (no loss, indemnity or recovery), ErrCurrencyMismatch,
// ErrOutOfRange (a negative amount), ErrInconsistent (an indemnity above
// the loss; a loss of 0 with a recovery above 0: nothing to share it on).
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
	case less(loss, indemnity):
		return Shares{}, inconsistent(clauseRecoveries, "indemnity", indemnity.String()+" above the loss "+loss.String())
	case loss.IsZero() && r.Amount.IsPositive():
		return Shares{}, inconsistent(clauseRecoveries, "loss", "zero with a recovery of "+r.Amount.String()+": nothing to share it on")
	}
	net := subFloor(r.Amount, r.Costs)
	insurer := prorate(cur, net, indemnity, loss, policy.HalfAwayFromZero)
	if less(indemnity, insurer) {
		insurer = indemnity
	}
	insured, _ := net.Sub(insurer)
	return Shares{Net: net, Insurer: insurer, Insured: insured, Indemnity: indemnity, Loss: loss}, nil
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
