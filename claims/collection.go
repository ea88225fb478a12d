package claims

import "github.com/creditins/creditins/policy"

// CollectionFee is the insurer's collection fee on an amount collected
// from the buyer: Terms.CollectionFees' rate for the cause of the loss ×
// the amount collected, rounded with Terms.Rounding. "Les frais de
// recouvrement sont calculés à partir d'un pourcentage sur le montant
// recouvré" (https://www.assurance-credit-entreprise.fr/glossary/frais-de-recouvrement),
// e.g. 1.5 % in an insolvency and 4.5 % in protracted default. A political
// loss takes CollectionFees.Political, or the protracted-default rate when
// that is zero.
//
// The fee is then shared like the recovery it is taken from: it is the
// Recovery.Costs that ShareRecovery deducts before the pro rata split, so
// insurer and insured each bear it in proportion to their shares of the
// loss ("pris en charge par l'assureur dans la limite du pourcentage
// garanti de la créance", same page). CollectedRecovery builds that
// Recovery.
//
//	4.5 % of EUR 10000 collected in protracted default → EUR 450.00
//	1.5 % of EUR 3333.33 in an insolvency → EUR 50.00 (49.99995)
//
// Errors: ErrMissing (no currency), ErrCurrencyMismatch, ErrOutOfRange (a
// negative amount, a rate above 1, the cause NoLoss or unknown: nothing
// collected on a loss that is not constituted bears a fee).
func CollectionFee(t policy.Terms, cause Cause, collected policy.Amount) (policy.Amount, error) {
	cur := t.Currency
	if cur.IsZero() {
		return policy.Amount{}, missing(clauseCollectionFees, "currency")
	}
	if err := checkAmount(clauseCollectionFees, "collected", collected, cur, false); err != nil {
		return policy.Amount{}, err
	}
	f := t.CollectionFees
	var r policy.Rate
	field := "collectionFees."
	switch cause {
	case Insolvency:
		r, field = f.Insolvency, field+"insolvency"
	case ProtractedDefault:
		r, field = f.ProtractedDefault, field+"protractedDefault"
	case Political:
		r, field = f.Political, field+"political"
		if r.IsZero() {
			r, field = f.ProtractedDefault, "collectionFees.protractedDefault"
		}
	default:
		return policy.Amount{}, outOfRange(clauseCollectionFees, "cause", cause.String())
	}
	if err := r.CheckFraction(clauseCollectionFees, field); err != nil {
		return policy.Amount{}, err
	}
	if t.Rounding > policy.Up {
		return policy.Amount{}, outOfRange(clauseCollectionFees, "rounding", t.Rounding.String())
	}
	if r.IsZero() || collected.IsZero() {
		return policy.Zero(cur), nil
	}
	return collected.MulRound(r, t.Rounding), nil
}

// CollectedRecovery is the Recovery of an amount collected by the
// insurer: the amount and, as its costs, the CollectionFee of the cause.
// ShareRecovery then shares the net between insurer and insured.
func CollectedRecovery(t policy.Terms, cause Cause, collected policy.Amount) (Recovery, error) {
	fee, err := CollectionFee(t, cause, collected)
	if err != nil {
		return Recovery{}, err
	}
	return Recovery{Amount: collected, Costs: fee}, nil
}
