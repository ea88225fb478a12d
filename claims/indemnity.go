package claims

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Claim is one claim for indemnity: the insured loss (LossReport.Insured)
// and where the insurance year stands before it.
type Claim struct {
	// Loss is the insured loss on the buyer.
	Loss policy.Amount `json:"loss"`
	// FirstLossRemaining is what remains of the aggregate first loss of the
	// year before this claim. The zero Amount (no currency) means no
	// earlier claim used it: the whole Terms.AggregateFirstLoss remains.
	FirstLossRemaining policy.Amount `json:"aggregateFirstLossRemaining"`
	// LiabilityRemaining is what remains of the maximum liability of the
	// year before this claim. The zero Amount (no currency) means
	// Terms.MaxLiability.Amount when the policy sets a fixed amount, no
	// maximum when it sets none; a policy whose maximum is a multiple of
	// the premium needs it given (the premium is not known here).
	LiabilityRemaining policy.Amount `json:"maxLiabilityRemaining"`
	// PaidOn is the day the indemnity is paid (Deadlines.IndemnityDue); it
	// selects the loss payee when Terms.LossPayee starts on a date.
	PaidOn calendar.Date `json:"paidOn"`
}

// ThresholdBase says which amount the claim threshold tests and reduces
// (clause CP-claim-threshold; the sources disagree). Its zero value is
// CappedLoss.
type ThresholdBase uint8

const (
	// CappedLoss: the loss capped at the limit, before the quotité
	// (FORMAT.md claims.indemnity; the Ooreka example compares the loss
	// with the threshold, the cap being the first step of the indemnity).
	CappedLoss ThresholdBase = iota
	// WholeLoss: the loss before the cap at the limit (the "gross loss"
	// reading).
	WholeLoss
	// GrossIndemnity: the amount after the quotité (the "indemnity"
	// reading; Atradius compares "the claim" with the threshold).
	GrossIndemnity
)

var thresholdBaseNames = [...]string{CappedLoss: "cappedLoss", WholeLoss: "wholeLoss", GrossIndemnity: "grossIndemnity"}

// String returns "cappedLoss", "wholeLoss" or "grossIndemnity".
func (b ThresholdBase) String() string { return nameOf(thresholdBaseNames[:], int(b), "ThresholdBase") }

// ParseThresholdBase returns the ThresholdBase named s (see String), or an
// error wrapping policy.ErrSyntax.
func ParseThresholdBase(s string) (ThresholdBase, error) {
	i, err := parseName(thresholdBaseNames[:], s, clauseThreshold, "thresholdOn")
	return ThresholdBase(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (b ThresholdBase) MarshalText() ([]byte, error) {
	return nameText(thresholdBaseNames[:], int(b), "ThresholdBase", clauseThreshold, "thresholdOn")
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseThresholdBase.
func (b *ThresholdBase) UnmarshalText(text []byte) error {
	v, err := ParseThresholdBase(string(text))
	if err == nil {
		*b = v
	}
	return err
}

// IndemnityOptions are the orders of deductions that the sources disagree
// on, each a named option whose zero value is FORMAT.md
// claims.indemnity: limit, threshold on the capped loss, quotité (rounded),
// deductible, aggregate first loss, maximum liability.
type IndemnityOptions struct {
	// ThresholdOn: the amount the claim threshold tests; default
	// CappedLoss.
	ThresholdOn ThresholdBase
	// DeductibleBeforeQuotite takes the per-claim deductible off the
	// capped loss before the quotité. Default (false): after the quotité,
	// as Coface's glossary writes the indemnity ("loss × percentage −
	// deductible"). Specialist wordings place it before: the insurer pays
	// "the insured percentage of the loss in excess of the deductible", and
	// brokers' guides describe the per-buyer deductible as a first loss the
	// insured absorbs before co-insurance applies ("you share the
	// percentage of the insurance claim after deductibles are reached", GGL
	// Trade Credit, credit insurance structure). The policy says which.
	DeductibleBeforeQuotite bool
	// FirstLossBeforeQuotite counts the loss before the quotité towards the
	// aggregate first loss. Default (false): the amount after the quotité,
	// as in Ooreka's example where a 50 000 claim at 90 % counts 45 000
	// (Ooreka, assurance-crédit et la franchise); the ICISA definition
	// ("the total of approved claims") does not say.
	FirstLossBeforeQuotite bool
	// DeductibleOn: the amount a percentage deductible
	// (Terms.DeductibleRule.Rate) is a percentage of; default OnCappedLoss.
	DeductibleOn DeductibleBase
}

// Breakdown is an indemnity with every step (claims.indemnity in
// FORMAT.md). Each step field holds the amount after that step, in the
// order IndemnityOptions set; Trace explains them.
type Breakdown struct {
	// The inputs as applied.
	Loss      policy.Amount    `json:"loss"`
	Cover     policy.CoverType `json:"cover"`
	Limit     policy.Amount    `json:"limit"`
	Quotite   policy.Rate      `json:"quotite"`
	Threshold policy.Threshold `json:"threshold"`
	// Deductible is the per-claim deductible applied: Terms.Deductible,
	// or the percentage deductible of Terms.DeductibleRule
	// (PercentDeductible).
	Deductible policy.Amount `json:"deductible"`
	// DeductibleRule is Terms.DeductibleRule: the percentage deductible
	// and the minimum retention.
	DeductibleRule     policy.DeductibleRule `json:"deductibleRule"`
	FirstLossRemaining policy.Amount         `json:"aggregateFirstLossRemaining"`
	// LiabilityRemaining is the zero Amount when there is no maximum.
	LiabilityRemaining policy.Amount       `json:"maxLiabilityRemaining"`
	Options            IndemnityOptions    `json:"options"`
	Rounding           policy.RoundingMode `json:"rounding"`

	// The steps.
	CappedLoss      policy.Amount `json:"cappedLoss"`
	AfterThreshold  policy.Amount `json:"afterThreshold"`
	Gross           policy.Amount `json:"gross"`
	AfterDeductible policy.Amount `json:"afterDeductible"`
	// AfterRetention = min(x, max(0, CappedLoss − MinimumRetention)): the
	// insured keeps at least the larger of the minimum retention and its
	// uninsured share (x is already at most the gross indemnity).
	AfterRetention policy.Amount `json:"afterRetention"`
	AfterFirstLoss policy.Amount `json:"afterAggregateFirstLoss"`
	Indemnity      policy.Amount `json:"indemnity"`
	// Retained = Loss − Indemnity: what the insured bears.
	Retained policy.Amount `json:"retained"`
	// FirstLossUsed is what this claim counts towards the aggregate first
	// loss: the next claim of the year has FirstLossRemaining −
	// FirstLossUsed left.
	FirstLossUsed policy.Amount `json:"aggregateFirstLossUsed"`
	// Payee receives the indemnity: Terms.LossPayee.Name when the
	// delegation is in force on Claim.PaidOn, "" for the insured.
	Payee string `json:"payee"`
}

// stage is one step of the indemnity pipeline.
type stage uint8

const (
	stageCap stage = iota
	stageThreshold
	stageQuotite
	stageDeductible
	stageRetention
	stageFirstLoss
	stageLiability
)

// order is the pipeline of the indemnity: the steps in the order the
// options set. Indemnity computes and Trace explains the same order.
func (o IndemnityOptions) order() [7]stage {
	var s [7]stage
	n := 0
	put := func(x stage) { s[n] = x; n++ }
	if o.ThresholdOn == WholeLoss {
		put(stageThreshold)
	}
	put(stageCap)
	if o.ThresholdOn == CappedLoss {
		put(stageThreshold)
	}
	if o.DeductibleBeforeQuotite {
		put(stageDeductible)
	}
	if o.FirstLossBeforeQuotite {
		put(stageFirstLoss)
	}
	put(stageQuotite)
	if o.ThresholdOn == GrossIndemnity {
		put(stageThreshold)
	}
	if !o.DeductibleBeforeQuotite {
		put(stageDeductible)
	}
	put(stageRetention)
	if !o.FirstLossBeforeQuotite {
		put(stageFirstLoss)
	}
	put(stageLiability)
	return s
}

// Indemnity returns the indemnity of a claim under cover c (FORMAT.md
// claims.indemnity), by default, after the public examples named on the
// right (Ooreka, "pourcentage garanti" and "assurance-crédit et la
// franchise"; Atradius glossary C; Coface Romania glossary, "indemnizație";
// assurance-credit-entreprise.fr on Coface TradeLiner; Atradius glossary M):
//
//	CappedLoss      = min(Loss, Limit)                              (Ooreka quotité)
//	AfterThreshold  = all-or-nothing: 0 when CappedLoss ≤ threshold,
//	                  else CappedLoss; excess: max(0, CappedLoss − threshold) (Ooreka franchise; Atradius C)
//	Gross           = AfterThreshold × quotité, rounded             (Ooreka quotité; Coface RO)
//	AfterDeductible = max(0, Gross − Terms.Deductible)              (Ooreka franchise; Coface RO)
//	AfterFirstLoss  = max(0, AfterDeductible − first loss remaining) (Ooreka franchise)
//	Indemnity       = min(AfterFirstLoss, liability remaining)      (Ooreka; TradeLiner; Atradius M)
//	Retained        = Loss − Indemnity
//
// The cover is the one limits.CoverAt found for the deliveries the claim is
// about: its Amount is the limit (named plus temporary, or the
// discretionary maximum), its Quotite the quotité when the decision sets
// its own; a zero Quotite takes the quotité of its Type from
// Terms.Quotites (AccordExpress and Temporary falling back to Named when
// zero, as policy.Quotites documents); a type the policy gives no quotité,
// and NoCover, indemnify nothing. The threshold is Terms.ClaimThreshold
// (amount and mode), rounding Terms.Rounding. Options move the
// threshold, the deductible and the aggregate first loss in the pipeline.
// Optional amounts are the zero Amount when not set.
//
// Errors: ErrMissing (no currency in the terms, so that
// Indemnity(policy.Terms{}, …) is an error; no loss or limit, a maximum
// liability as a premium
// multiple without Claim.LiabilityRemaining, a loss payee from a date
// without Claim.PaidOn), ErrCurrencyMismatch (an amount in another
// currency than the loss, a loss in another currency than the policy),
// ErrOutOfRange (a negative amount, a quotité above 1, an unknown cover
// type, threshold mode, option or rounding mode), ErrInconsistent (a
// remaining amount above the policy's).
func Indemnity(t policy.Terms, cl Claim, c limits.Cover, o IndemnityOptions) (Breakdown, error) {
	b, err := indemnityInputs(t, cl, c, o)
	if err != nil {
		return Breakdown{}, err
	}
	cur := b.Loss.Currency()
	x := b.Loss
	for _, s := range o.order() {
		switch s {
		case stageCap:
			if less(b.Limit, x) {
				x = b.Limit
			}
			b.CappedLoss = x
		case stageThreshold:
			x = applyThreshold(b.Threshold, x)
			b.AfterThreshold = x
		case stageQuotite:
			if !x.IsZero() {
				x = x.MulRound(b.Quotite, b.Rounding)
			}
			b.Gross = x
		case stageDeductible:
			if hasPercent(b.DeductibleRule) {
				base := b.CappedLoss
				if o.DeductibleOn == OnGross {
					base = b.Gross
				}
				b.Deductible = PercentDeductible(b.DeductibleRule, base, b.Rounding)
			}
			x = subFloor(x, b.Deductible)
			b.AfterDeductible = x
		case stageRetention:
			if !b.DeductibleRule.MinimumRetention.Currency().IsZero() {
				if most := subFloor(b.CappedLoss, b.DeductibleRule.MinimumRetention); less(most, x) {
					x = most
				}
			}
			b.AfterRetention = x
		case stageFirstLoss:
			if !b.FirstLossRemaining.IsZero() {
				b.FirstLossUsed = x
				if less(b.FirstLossRemaining, x) {
					b.FirstLossUsed = b.FirstLossRemaining
				}
				x = subFloor(x, b.FirstLossRemaining)
			}
			b.AfterFirstLoss = x
		case stageLiability:
			if !b.LiabilityRemaining.Currency().IsZero() && less(b.LiabilityRemaining, x) {
				x = b.LiabilityRemaining
			}
		}
	}
	b.Indemnity = x
	b.Retained = b.Loss
	if !x.IsZero() {
		b.Retained, _ = b.Loss.Sub(x) // same currency, checked
	}
	for _, a := range [...]*policy.Amount{&b.CappedLoss, &b.AfterThreshold, &b.Gross, &b.AfterDeductible, &b.AfterRetention, &b.AfterFirstLoss, &b.Indemnity, &b.Retained, &b.FirstLossUsed} {
		if a.Currency().IsZero() {
			*a = policy.Zero(cur)
		}
	}
	return b, nil
}

// less reports a < b for two amounts known to share their currency, or
// a the zero Amount (which is never less).
func less(a, b policy.Amount) bool {
	if a.Currency().IsZero() {
		return false
	}
	c, _ := a.Cmp(b)
	return c < 0
}

// subFloor returns max(0, x − d), x when d is the zero Amount or 0.
func subFloor(x, d policy.Amount) policy.Amount {
	if d.IsZero() {
		return x
	}
	if !less(d, x) {
		return policy.Zero(x.Currency())
	}
	r, _ := x.Sub(d)
	return r
}

// applyThreshold is the claim threshold (clause CP-claim-threshold):
// all-or-nothing gives 0 for an amount at or below it and the whole amount
// above it (franchise simple); excess gives the part above it (franchise
// absolue). A zero threshold changes nothing.
func applyThreshold(th policy.Threshold, x policy.Amount) policy.Amount {
	if th.Amount.IsZero() {
		return x
	}
	if th.Mode == policy.Excess {
		return subFloor(x, th.Amount)
	}
	if !less(th.Amount, x) {
		return policy.Zero(x.Currency())
	}
	return x
}

// indemnityInputs checks the inputs of Indemnity and returns them as the
// first fields of the Breakdown: the quotité by cover type, the remaining
// first loss and liability of the year, and the payee.
func indemnityInputs(t policy.Terms, cl Claim, c limits.Cover, o IndemnityOptions) (Breakdown, error) {
	cur := cl.Loss.Currency()
	switch {
	case t.Currency.IsZero():
		return Breakdown{}, missing(clauseLimit, "currency")
	case cur.IsZero():
		return Breakdown{}, missing(clauseLimit, "loss")
	case t.Currency != cur:
		return Breakdown{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseLimit, "loss", cur.Code()+" and "+t.Currency.Code())
	case o.ThresholdOn > GrossIndemnity:
		return Breakdown{}, outOfRange(clauseThreshold, "options.thresholdOn", o.ThresholdOn.String())
	case t.ClaimThreshold.Mode > policy.Excess:
		return Breakdown{}, outOfRange(clauseThreshold, "claimThreshold.mode", t.ClaimThreshold.Mode.String())
	case t.Rounding > policy.Up:
		return Breakdown{}, outOfRange(clauseQuotite, "rounding", t.Rounding.String())
	case o.DeductibleOn > OnGross:
		return Breakdown{}, outOfRange(clauseDeductible, "options.deductibleOn", o.DeductibleOn.String())
	}
	if err := checkDeductibleRule(t, cur, o); err != nil {
		return Breakdown{}, err
	}
	for _, a := range [...]struct {
		clause   policy.Clause
		field    string
		a        policy.Amount
		optional bool
	}{
		{clauseLimit, "loss", cl.Loss, false},
		{clauseLimit, "limit", c.Amount, false},
		{clauseThreshold, "claimThreshold.amount", t.ClaimThreshold.Amount, true},
		{clauseDeductible, "deductible", t.Deductible, true},
		{clauseFirstLoss, "aggregateFirstLoss", t.AggregateFirstLoss, true},
		{clauseFirstLoss, "aggregateFirstLossRemaining", cl.FirstLossRemaining, true},
		{clauseMaxLiability, "maxLiability.amount", t.MaxLiability.Amount, true},
		{clauseMaxLiability, "maxLiabilityRemaining", cl.LiabilityRemaining, true},
	} {
		if err := checkAmount(a.clause, a.field, a.a, cur, a.optional); err != nil {
			return Breakdown{}, err
		}
	}
	q, err := quotiteFor(t.Quotites, c)
	if err != nil {
		return Breakdown{}, err
	}
	afl, err := remaining(clauseFirstLoss, "aggregateFirstLossRemaining", cl.FirstLossRemaining, t.AggregateFirstLoss)
	if err != nil {
		return Breakdown{}, err
	}
	liab := cl.LiabilityRemaining
	if liab.Currency().IsZero() && t.MaxLiability.PremiumMultiple != 0 {
		return Breakdown{}, missing(clauseMaxLiability, "maxLiabilityRemaining")
	}
	if liab, err = remaining(clauseMaxLiability, "maxLiabilityRemaining", liab, t.MaxLiability.Amount); err != nil {
		return Breakdown{}, err
	}
	payee, err := payeeOn(t.LossPayee, cl.PaidOn)
	if err != nil {
		return Breakdown{}, err
	}
	return Breakdown{
		Loss: cl.Loss, Cover: c.Type, Limit: c.Amount, Quotite: q, Threshold: t.ClaimThreshold,
		Deductible: t.Deductible, DeductibleRule: t.DeductibleRule,
		FirstLossRemaining: afl, LiabilityRemaining: liab,
		Options: o, Rounding: t.Rounding, Payee: payee,
	}, nil
}

// remaining is what remains of an annual amount of the policy: rem when
// given (it cannot exceed the policy's amount, when set), else the policy's
// whole amount (the zero Amount when it sets none).
func remaining(c policy.Clause, field string, rem, annual policy.Amount) (policy.Amount, error) {
	if rem.Currency().IsZero() {
		return annual, nil
	}
	if less(annual, rem) {
		return policy.Amount{}, inconsistent(c, field, rem.String()+" above "+annual.String())
	}
	return rem, nil
}

// quotiteFor is the quotité of a cover (clause CP-quotite): the cover's own
// when set, else that of its type in the policy (policy.Quotites.For:
// AccordExpress and Temporary fall back to Named when zero, NoCover has
// none). It must lie in [0, 1].
func quotiteFor(q policy.Quotites, c limits.Cover) (policy.Rate, error) {
	r := c.Quotite
	if r.IsZero() {
		var err error
		if r, err = q.For(c.Type); err != nil {
			return policy.Rate{}, err
		}
	}
	return r, checkFraction(r)
}

// checkFraction refuses a quotité above 1 (clause CP-quotite).
func checkFraction(r policy.Rate) error {
	return r.CheckFraction(clauseQuotite, "quotite")
}

// payeeOn is who receives an indemnity paid on day: the loss payee of the
// policy (factoring delegation, délégation de bénéfice) when one is registered
// and in force, else "" for the insured.
func payeeOn(p policy.LossPayee, day calendar.Date) (string, error) {
	switch {
	case p.Name == "" || p.From.IsZero():
		return p.Name, nil
	case day.IsZero():
		return "", missing(clauseLossPayee, "paidOn")
	case day.Before(p.From):
		return "", nil
	}
	return p.Name, nil
}

// Trace explains the breakdown step by step, in the order of the options,
// with the clause of each step. It is built on demand, so that Indemnity
// itself formats nothing.
func (b Breakdown) Trace() policy.Trace {
	tr := make(policy.Trace, 0, 9)
	prev := b.Loss
	for _, s := range b.Options.order() {
		var st policy.Step
		switch s {
		case stageCap:
			st = policy.Step{Rule: "capped loss", Inputs: "min(loss " + prev.String() + ", limit " + b.Limit.String() + ")",
				Result: b.CappedLoss.String(), Clause: clauseLimit}
			prev = b.CappedLoss
		case stageThreshold:
			in := "no threshold"
			if !b.Threshold.Amount.IsZero() {
				in = prev.String() + " against " + b.Threshold.Mode.String() + " threshold " + b.Threshold.Amount.String() + " (" + b.Options.ThresholdOn.String() + ")"
			}
			st = policy.Step{Rule: "claim threshold", Inputs: in, Result: b.AfterThreshold.String(), Clause: clauseThreshold}
			prev = b.AfterThreshold
		case stageQuotite:
			in := prev.String() + " × " + b.Quotite.Percent() + " (" + b.Cover.String() + "), rounded " + b.Rounding.String()
			st = policy.Step{Rule: "quotité", Inputs: in, Result: b.Gross.String(), Clause: clauseQuotite}
			prev = b.Gross
		case stageDeductible:
			in := orNone(b.Deductible)
			if hasPercent(b.DeductibleRule) {
				in = b.Deductible.String() + " (" + percentText(b.DeductibleRule, b.Options.DeductibleOn) + ")"
			}
			st = policy.Step{Rule: "deductible", Inputs: "max(0, " + prev.String() + " − " + in + ")",
				Result: b.AfterDeductible.String(), Clause: clauseDeductible}
			prev = b.AfterDeductible
		case stageFirstLoss:
			st = policy.Step{Rule: "aggregate first loss", Inputs: "max(0, " + prev.String() + " − remaining " + orNone(b.FirstLossRemaining) + ")",
				Result: b.AfterFirstLoss.String() + " (counts " + b.FirstLossUsed.String() + ")", Clause: clauseFirstLoss}
			prev = b.AfterFirstLoss
		case stageRetention:
			if b.DeductibleRule.MinimumRetention.Currency().IsZero() {
				continue
			}
			st = policy.Step{Rule: "minimum retention", Inputs: "min(" + prev.String() + ", max(0, capped loss " + b.CappedLoss.String() + " − " + b.DeductibleRule.MinimumRetention.String() + "))",
				Result: b.AfterRetention.String(), Clause: clauseDeductible}
			prev = b.AfterRetention
		case stageLiability:
			st = policy.Step{Rule: "maximum liability", Inputs: "min(" + prev.String() + ", remaining " + orNone(b.LiabilityRemaining) + ")",
				Result: b.Indemnity.String(), Clause: clauseMaxLiability}
		}
		tr = append(tr, st)
	}
	tr = append(tr, policy.Step{Rule: "retained by the insured", Inputs: "loss " + b.Loss.String() + " − indemnity " + b.Indemnity.String(),
		Result: b.Retained.String()})
	payee := b.Payee
	if payee == "" {
		payee = "the insured"
	}
	return append(tr, policy.Step{Rule: "loss payee", Result: payee, Clause: clauseLossPayee})
}

func orNone(a policy.Amount) string {
	if a.Currency().IsZero() {
		return "none"
	}
	return a.String()
}
