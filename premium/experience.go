package premium

import (
	"errors"

	"github.com/creditins/creditins/policy"
)

// LossRatioPlaces is the number of decimals of a loss ratio (0.6543 is
// 65.43 %): the ratio shown is the ratio a bonus-malus scale is read with.
const LossRatioPlaces = 4

// LossRatio is claims paid divided by the premium (ICISA glossary),
// rounded half away from zero to LossRatioPlaces
// decimals. It may exceed 1.
//
//	claims EUR 3500, premium EUR 7000 → 0.5;  EUR 1000 / EUR 3000 → 0.3333
//
// Errors wrap policy.ErrMissing (no currency), policy.ErrCurrencyMismatch,
// or policy.ErrOutOfRange (a negative amount, a zero premium: no ratio).
func LossRatio(claimsPaid, premium policy.Amount) (policy.Rate, error) {
	cur := premium.Currency()
	if cur.IsZero() {
		return policy.Rate{}, policy.NewRuleError(policy.ErrMissing, clauseLossRatio, "premium", "")
	}
	if err := checkMoney(clauseLossRatio, "claimsPaid", claimsPaid, cur); err != nil {
		return policy.Rate{}, err
	}
	if !premium.IsPositive() {
		return policy.Rate{}, policy.NewRuleError(policy.ErrOutOfRange, clauseLossRatio, "premium", premium.String())
	}
	return policy.NewRate(claimsPaid.Decimal().DivRound(premium.Decimal(), LossRatioPlaces))
}

// BonusMalusStep is one line of a bonus-malus scale: a loss-ratio band and
// the reduction (Bonus) or surcharge (Malus) of the premium it gives, as a
// fraction of the premium; at most one of them is set.
type BonusMalusStep struct {
	LossRatio Range[policy.Rate] `json:"lossRatio"`
	Bonus     policy.Rate        `json:"bonus"`
	Malus     policy.Rate        `json:"malus"`
}

// BonusMalusResult is a premium after its bonus or malus.
type BonusMalusResult struct {
	LossRatio policy.Rate `json:"lossRatio"`
	Step      int         `json:"step"`
	// Adjustment is negative for a bonus, positive for a malus.
	Adjustment policy.Amount `json:"adjustment"`
	Premium    policy.Amount `json:"premium"`
	Trace      policy.Trace  `json:"trace"`
}

// validateScale reports every defect of a scale at once: an empty or
// malformed band, a bonus or malus above 1, both set on one step, two
// overlapping bands.
func validateScale(scale []BonusMalusStep) error {
	if len(scale) == 0 {
		return policy.NewRuleError(policy.ErrMissing, clauseBonusMalus, "scale", "")
	}
	var errs []error
	ivs := make([]*interval, len(scale))
	for i, s := range scale {
		iv, defects := s.defects()
		ivs[i] = iv
		for _, err := range defects {
			errs = append(errs, policy.PrefixField(field("scale", i, ""), err))
		}
	}
	for i := range scale {
		for j := i + 1; j < len(scale); j++ {
			if ivs[i] != nil && ivs[j] != nil && overlaps(*ivs[i], *ivs[j]) {
				errs = append(errs, policy.NewRuleError(ErrOverlappingBands, clauseBonusMalus, field("scale", j, "lossRatio"), "overlaps scale["+itoa(i)+"]"))
			}
		}
	}
	return errors.Join(errs...)
}

// defects are the defects of one step, fields named from the step
// ("bonus"): a malformed band (then iv is nil), a bonus or malus above 1,
// both set.
func (s BonusMalusStep) defects() (iv *interval, errs []error) {
	v, err := s.LossRatio.validate(clauseBonusMalus, "lossRatio", policy.Currency{})
	if err == nil {
		iv = &v
	}
	errs = appendErr(errs, err)
	errs = appendErr(errs, s.Bonus.CheckFraction(clauseBonusMalus, "bonus"))
	errs = appendErr(errs, s.Malus.CheckFraction(clauseBonusMalus, "malus"))
	if !s.Bonus.IsZero() && !s.Malus.IsZero() {
		errs = append(errs, policy.NewRuleError(policy.ErrInconsistent, clauseBonusMalus, "", "both a bonus and a malus"))
	}
	return iv, errs
}

// BonusMalus adjusts a premium by the loss ratio of the period it rewards
// (Coface lexicon: "une réduction ou une majoration de prime, exprimée en
// pourcentage de la prime payée, liée au rapport sinistres / primes";
// Atradius: a bonus or surcharge may change the premium): the loss ratio ([LossRatio]) picks the one step of the scale whose
// band contains it, and the premium changes by −bonus × premium or
// +malus × premium, rounded with m. The scale is data (no market scale is
// public); it is validated first, so that the step is unique.
//
//	premium EUR 10000, claims EUR 1500 (0.15), scale [0, 0.3): bonus 0.1 → adjustment EUR -1000.00, premium EUR 9000.00
//
// Errors: those of LossRatio; a malformed scale (policy.ErrMissing,
// policy.ErrOutOfRange, policy.ErrInconsistent, ErrOverlappingBands); a
// loss ratio no step covers (ErrNoBand).
func BonusMalus(premium, claimsPaid policy.Amount, scale []BonusMalusStep, m policy.RoundingMode) (BonusMalusResult, error) {
	if err := checkRounding(m); err != nil {
		return BonusMalusResult{}, err
	}
	lr, err := LossRatio(claimsPaid, premium)
	if err != nil {
		return BonusMalusResult{}, err
	}
	if err := validateScale(scale); err != nil {
		return BonusMalusResult{}, err
	}
	for i, s := range scale {
		in, err := s.LossRatio.Contains(lr)
		if err != nil {
			return BonusMalusResult{}, err
		}
		if !in {
			continue
		}
		adj := rated(premium, s.Malus, m)
		what := "malus " + s.Malus.String()
		if !s.Bonus.IsZero() {
			adj, what = rated(premium, s.Bonus, m).Neg(), "bonus "+s.Bonus.String()
		}
		after, err := premium.Add(adj)
		if err != nil {
			return BonusMalusResult{}, err
		}
		tr := policy.Trace{}.
			Add("loss ratio", "claims paid "+claimsPaid.String()+" / premium "+premium.String(), lr.String(), clauseLossRatio).
			Add("bonus-malus", "loss ratio "+lr.String()+" in "+s.LossRatio.String()+": "+what+" × "+premium.String(), adj.String(), clauseBonusMalus).
			Add("premium after bonus-malus", premium.String()+" + "+adj.String(), after.String(), clauseBonusMalus)
		return BonusMalusResult{LossRatio: lr, Step: i, Adjustment: adj, Premium: after, Trace: tr}, nil
	}
	return BonusMalusResult{}, policy.NewRuleError(ErrNoBand, clauseBonusMalus, "lossRatio", lr.String())
}

// ProfitShareTerms are the profit-share clause of a policy (participation
// bénéficiaire, assurance-credit-entreprise.fr glossary).
type ProfitShareTerms struct {
	// Share is the part of a positive balance paid back (typically 0.3 to
	// 0.5), a fraction in [0, 1].
	Share policy.Rate `json:"share"`
	// ManagementCharge is the insurer's management charge as a fraction of
	// the premium of the period. The sources give the formula, not the
	// charge's form; a fraction of the premium is the reading taken here.
	ManagementCharge policy.Rate `json:"managementCharge"`
	// Years is the length of the period, 1, 2 or 3.
	Years int `json:"years"`
	// CarryForward: a negative balance of a period is carried into the
	// next one. False (the default): each period starts afresh ("possibly
	// without carrying forward a negative balance").
	CarryForward bool `json:"carryForward,omitempty"`
}

// YearAccount is one insurance year of a profit-share period: the premium
// of the year and the indemnities paid for it.
type YearAccount struct {
	Premium         policy.Amount `json:"premium"`
	IndemnitiesPaid policy.Amount `json:"indemnitiesPaid"`
}

// ProfitShareResult is the profit share of one period with its balance.
type ProfitShareResult struct {
	Premium          policy.Amount `json:"premium"`
	ManagementCharge policy.Amount `json:"managementCharge"`
	Indemnities      policy.Amount `json:"indemnities"`
	CarriedIn        policy.Amount `json:"carriedIn"`
	// Balance = Premium − ManagementCharge − Indemnities + CarriedIn.
	Balance policy.Amount `json:"balance"`
	// ProfitShare = max(0, Balance) × Share, rounded.
	ProfitShare policy.Amount `json:"profitShare"`
	// CarriedOut is a negative Balance carried into the next period (0
	// without CarryForward or with a positive balance).
	CarriedOut policy.Amount `json:"carriedOut"`
	Trace      policy.Trace  `json:"trace"`
}

// ProfitShare computes the participation bénéficiaire of one period of
// 1 to 3 years (assurance-credit-entreprise.fr glossary, participation
// aux bénéfices: "PB = (annual
// premium − management charge − indemnities paid) × PB %, over 1, 2 or 3
// years, possibly without carrying forward a negative balance"):
//
//	balance      = Σ premium − round(Σ premium × managementCharge) − Σ indemnities + carriedIn
//	profit share = round(max(0, balance) × share)
//
// carriedIn is the negative balance of the previous period (the zero Amount
// for none); it is accepted only with CarryForward.
//
//	premium EUR 20000, charge 0.3, indemnities EUR 5000, share 0.4 → balance EUR 9000.00, profit share EUR 3600.00
//
// Errors wrap policy.ErrMissing (no years, no currency),
// policy.ErrInconsistent (a number of years other than t.Years, a carried
// balance without CarryForward), policy.ErrOutOfRange (Years outside 1–3, a
// rate above 1, a negative premium or indemnity, a positive carriedIn, an
// unknown rounding mode) or policy.ErrCurrencyMismatch.
func ProfitShare(t ProfitShareTerms, years []YearAccount, carriedIn policy.Amount, m policy.RoundingMode) (ProfitShareResult, error) {
	if err := t.check(); err != nil {
		return ProfitShareResult{}, err
	}
	switch {
	case len(years) == 0:
		return ProfitShareResult{}, policy.NewRuleError(policy.ErrMissing, clauseProfitShare, "accounts", "")
	case len(years) != t.Years:
		return ProfitShareResult{}, policy.NewRuleError(policy.ErrInconsistent, clauseProfitShare, "accounts", itoa(len(years))+" years for a period of "+itoa(t.Years))
	}
	if err := checkRounding(m); err != nil {
		return ProfitShareResult{}, err
	}
	cur := years[0].Premium.Currency()
	if cur.IsZero() {
		return ProfitShareResult{}, policy.NewRuleError(policy.ErrMissing, clauseProfitShare, "accounts[0].premium", "")
	}
	r := ProfitShareResult{Premium: policy.Zero(cur), Indemnities: policy.Zero(cur), CarriedIn: orZero(carriedIn, cur), CarriedOut: policy.Zero(cur)}
	var err error
	for i, y := range years {
		if err := y.check(cur); err != nil {
			return ProfitShareResult{}, policy.PrefixField(field("accounts", i, ""), err)
		}
		paid := orZero(y.IndemnitiesPaid, cur)
		r.Premium, _ = r.Premium.Add(y.Premium) // same currency, checked
		r.Indemnities, _ = r.Indemnities.Add(paid)
	}
	if r.CarriedIn.Currency() != cur {
		return ProfitShareResult{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseProfitShare, "carriedIn", r.CarriedIn.String())
	}
	switch {
	case r.CarriedIn.IsPositive():
		return ProfitShareResult{}, policy.NewRuleError(policy.ErrOutOfRange, clauseProfitShare, "carriedIn", r.CarriedIn.String()+" (only a negative balance is carried)")
	case !r.CarriedIn.IsZero() && !t.CarryForward:
		return ProfitShareResult{}, policy.NewRuleError(policy.ErrInconsistent, clauseProfitShare, "carriedIn", r.CarriedIn.String()+" without carryForward")
	}
	r.ManagementCharge = rated(r.Premium, t.ManagementCharge, m)
	r.Balance, err = r.Premium.Sub(r.ManagementCharge)
	if err == nil {
		r.Balance, err = r.Balance.Sub(r.Indemnities)
	}
	if err == nil {
		r.Balance, err = r.Balance.Add(r.CarriedIn)
	}
	if err != nil {
		return ProfitShareResult{}, err
	}
	r.ProfitShare = policy.Zero(cur)
	if r.Balance.IsPositive() {
		r.ProfitShare = rated(r.Balance, t.Share, m)
	} else if t.CarryForward {
		r.CarriedOut = r.Balance
	}
	r.Trace = policy.Trace{}.
		Add("management charge", r.Premium.String()+" × "+t.ManagementCharge.String(), r.ManagementCharge.String(), clauseProfitShare).
		Add("profit-share balance", "premium "+r.Premium.String()+" − charge "+r.ManagementCharge.String()+" − indemnities "+r.Indemnities.String()+" + carried "+r.CarriedIn.String(), r.Balance.String(), clauseProfitShare).
		Add("profit share", "max(0, "+r.Balance.String()+") × "+t.Share.String(), r.ProfitShare.String(), clauseProfitShare).
		Add("balance carried forward", "carryForward "+boolText(t.CarryForward), r.CarriedOut.String(), clauseProfitShare)
	return r, nil
}

// check reports Years outside 1–3 and a share or management charge above
// 1.
func (t ProfitShareTerms) check() error {
	if t.Years < 1 || t.Years > 3 {
		return policy.NewRuleError(policy.ErrOutOfRange, clauseProfitShare, "years", itoa(t.Years))
	}
	if err := t.Share.CheckFraction(clauseProfitShare, "share"); err != nil {
		return err
	}
	return t.ManagementCharge.CheckFraction(clauseProfitShare, "managementCharge")
}

// check reports a premium or indemnity (the zero Amount reads as 0) of
// another currency than cur, negative or finer than the minor unit.
func (y YearAccount) check(cur policy.Currency) error {
	if err := checkMoney(clauseProfitShare, "premium", y.Premium, cur); err != nil {
		return err
	}
	return checkMoney(clauseProfitShare, "indemnitiesPaid", orZero(y.IndemnitiesPaid, cur), cur)
}

func boolText(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
