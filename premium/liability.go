package premium

import "github.com/creditins/creditins/policy"

// Liability is the maximum liability of one insurance year: Limited is
// false when the policy sets none (Max is then the zero Amount).
type Liability struct {
	Max     policy.Amount `json:"max"`
	Limited bool          `json:"limited"`
	Trace   policy.Trace  `json:"trace"`
}

// MaxLiability is the most the insurer pays for the losses of one insurance
// year (limite de décaissement, clause CP-max-liability): terms.MaxLiability.Amount when set,
// or terms.MaxLiability.PremiumMultiple × yearPremium, "20 to 40 times the
// premiums paid for the same year" (Ooreka; Coface TradeLiner: 30 times).
// The wordings count the multiple on different premiums, so the base is a
// term of the policy, terms.MaxLiability.Base, and yearPremium must be the
// premium of that base:
//
//   - policy.PremiumPaid (the zero value): the premiums paid for the year
//     (instalments and adjustment invoiced and paid);
//   - policy.PremiumEarned: the final premium of the year
//     (Result.FinalPremium: after the minimum and the adjustment, fees and
//     tax excluded);
//   - policy.CommercialRiskPremium: the premium for the commercial risks
//     alone, without the political-risk premium and the fees.
//
// The function cannot tell these amounts apart; it names the base in the
// trace so that the figure says what it was computed on. yearPremium is
// read only for a multiple.
//
//	multiple 30, year premium EUR 7000.00 → EUR 210000.00
//
// Errors wrap policy.ErrInconsistent (both an amount and a multiple set),
// policy.ErrOutOfRange (a negative amount, multiple or premium, a base
// outside its enum), policy.ErrCurrencyMismatch (an amount not in
// terms.Currency) or policy.ErrMissing (no currency in the terms, no
// premium for a multiple).
func MaxLiability(terms policy.Terms, yearPremium policy.Amount) (Liability, error) {
	ml := terms.MaxLiability
	cur := terms.Currency
	amountSet, multipleSet := !ml.Amount.IsZero(), ml.PremiumMultiple != 0
	switch {
	case amountSet && multipleSet:
		return Liability{}, policy.NewRuleError(policy.ErrInconsistent, clauseMaxLiability, "maxLiability", "both an amount and a premium multiple")
	case !amountSet && !multipleSet:
		return Liability{Trace: policy.Trace{}.Add("maximum liability", "none set", "no maximum", clauseMaxLiability)}, nil
	case cur.IsZero():
		return Liability{}, policy.NewRuleError(policy.ErrMissing, clauseMaxLiability, "currency", "")
	case amountSet:
		if err := checkMoney(clauseMaxLiability, "maxLiability.amount", ml.Amount, cur); err != nil {
			return Liability{}, err
		}
		return Liability{Max: ml.Amount, Limited: true,
			Trace: policy.Trace{}.Add("maximum liability", "fixed amount", ml.Amount.String(), clauseMaxLiability)}, nil
	case ml.PremiumMultiple < 0:
		return Liability{}, policy.NewRuleError(policy.ErrOutOfRange, clauseMaxLiability, "maxLiability.premiumMultiple", i64toa(ml.PremiumMultiple))
	}
	base, err := ml.Base.MarshalText()
	if err != nil {
		return Liability{}, policy.NewRuleError(policy.ErrOutOfRange, clauseMaxLiability, "maxLiability.base", ml.Base.String())
	}
	if yearPremium.Currency().IsZero() {
		return Liability{}, policy.NewRuleError(policy.ErrMissing, clauseMaxLiability, "yearPremium", "")
	}
	if err := checkMoney(clauseMaxLiability, "yearPremium", yearPremium, cur); err != nil {
		return Liability{}, err
	}
	limit := yearPremium.MulInt(ml.PremiumMultiple)
	return Liability{Max: limit, Limited: true,
		Trace: policy.Trace{}.Add("maximum liability", i64toa(ml.PremiumMultiple)+" × year premium ("+string(base)+") "+yearPremium.String(), limit.String(), clauseMaxLiability)}, nil
}
