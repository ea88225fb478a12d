package policy

import (
	"errors"
	"strconv"
	"strings"

	"github.com/creditins/creditins/calendar"
)

// The clauses Validate cites: the particular conditions (Conditions
// particulières) each field of Terms comes from, under a short stable ID
// ("CP-policy-period", "CP-waiting-period", ...), as the other packages
// name theirs. A policy's own numbering ("art. 4") is unknown to the SDK.
var (
	clauseCurrency     = Clause{ID: "CP-currency", Source: "Conditions particulières: policy currency"}
	clausePeriod       = Clause{ID: "CP-policy-period", Source: "Conditions particulières: insurance period"}
	clauseDeadlineRule = Clause{ID: "CPC-641", Source: "Code de procédure civile, art. 641–642; computation of the policy's time limits"}
	clauseCredit       = Clause{ID: "CP-max-credit-term", Source: "Conditions particulières: maximum credit term"}
	clauseNotice       = Clause{ID: "CP-overdue-notice", Source: "Conditions particulières: overdue notification, DMS"}
	clauseWaiting      = Clause{ID: "CP-waiting-period", Source: "Conditions particulières: waiting period, délai de carence"}
	clauseIndemnity    = Clause{ID: "CP-indemnity-delay", Source: "Conditions particulières: indemnity payment"}
	clauseQuotites     = Clause{ID: "CP-quotite", Source: "Conditions particulières: quotité garantie"}
	clauseDiscretion   = Clause{ID: "CP-discretionary", Source: "Conditions particulières: non-named cover"}
	clauseDeductibles  = Clause{ID: "CP-deductibles", Source: "Conditions particulières: threshold, deductible, aggregate first loss"}
	clauseMaxLiability = Clause{ID: "CP-maximum-liability", Source: "Conditions particulières: maximum liability"}
	clausePremium      = Clause{ID: "CP-premium", Source: "Conditions particulières: premium rates, minimum premium, fees"}
	clauseLossPayee    = Clause{ID: "CP-loss-payee", Source: "Délégation de police: loss payee"}
	clauseCollection   = Clause{ID: "CP-collection-fees", Source: "Conditions particulières: collection fees as a percentage of the amount collected"}
	clauseCountries    = Clause{ID: "CP-countries", Source: "schedule of the buyers' countries: political cover and its waiting period, country cover withdrawn"}
)

// Validate reports every problem of t at once, as errors.Join of *RuleError
// values (nil when there is none), each naming the field (as its JSON
// name), the value and the clause of the particular conditions it breaks:
//
//   - ErrMissing: no currency; a zero signature, effective or expiry date
//     (CP-policy-period); the waiting period or the indemnity delay not set (C5, C7: no
//     claim can run without them); a country group listed without its
//     limit (CP-max-credit-term); an empty group or fee name; a loss payee without its
//     name or its date.
//   - ErrInconsistent: an expiry before the effective date, or a signature
//     after the expiry (CP-policy-period); a group or fee named twice (names compare
//     case-insensitively, ignoring surrounding spaces); a maximum liability
//     given both as an amount and as a multiple of the premium (CP-maximum-liability); an
//     overdue notice anchored at the end of a maximum credit term or of a
//     maximum extension period the policy does not set (CP-overdue-notice); a
//     discretionary maximum with no discretionary quotité (CP-discretionary).
//   - ErrCurrencyMismatch: an amount in another currency than Currency.
//   - ErrOutOfRange: a negative amount or multiple; a quotité, premium
//     rate or tax rate above 1; an enum value outside its type (notice
//     anchor, waiting anchor, threshold mode, liability base, rounding
//     mode). Time limits are in range by construction (NewTimeLimit).
//   - [calendar.ErrInvalidArgument]: a DeadlineRule that
//     [calendar.Rule.Validate] refuses.
//   - the problems of the country groups (ValidateCountryGroups), and a
//     MaxCreditFrom outside its enum (ErrOutOfRange).
//
// Decision on dates (CP-policy-period): the period runs from Effective to
// Expiry inclusive, so Expiry == Effective is a one-day policy and is
// allowed. A signature after the effective date is allowed: a contract may
// take effect before it is signed (the effective date is agreed, and limits
// granted within RetroactivityDays of the signature reach back to it);
// a signature after the expiry is not, as there is nothing left to insure.
func (t Terms) Validate() error {
	return errors.Join(t.problems()...)
}

// MaxCreditDaysFor returns the maximum credit term of a country group: its
// entry in MaxCreditDaysByGroup (names compared as Validate does), else
// MaxCreditDays (CP-max-credit-term); not set means no maximum.
func (t Terms) MaxCreditDaysFor(group string) TimeLimit {
	k := nameKey(group)
	for _, g := range t.MaxCreditDaysByGroup {
		if nameKey(g.Group) == k {
			return g.Limit
		}
	}
	return t.MaxCreditDays
}

// nameKey is the form in which group and fee names are compared: lower
// case, without surrounding spaces ("Export" and " export" are the same
// group).
func nameKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// checker collects the problems of one Terms value.
type checker struct {
	cur  Currency
	errs []error
}

func (c *checker) add(err error, cl Clause, field, value string) {
	c.errs = append(c.errs, NewRuleError(err, cl, field, value))
}

// required reports a time limit a rule cannot run without.
func (c *checker) required(cl Clause, field string, l TimeLimit) {
	if !l.IsSet() {
		c.add(ErrMissing, cl, field, l.String())
	}
}

// amount checks an optional amount: the zero Amount is "none"; otherwise it
// must be in the policy's currency and not negative.
func (c *checker) amount(cl Clause, field string, a Amount) {
	if a.Currency().IsZero() {
		return
	}
	if !c.cur.IsZero() && a.Currency() != c.cur {
		c.add(ErrCurrencyMismatch, cl, field, a.String())
	}
	if a.IsNegative() {
		c.add(ErrOutOfRange, cl, field, a.String())
	}
}

// price checks a unit price as amount checks an amount, finer than the
// minor unit allowed.
func (c *checker) price(cl Clause, field string, p Price) {
	if p.Currency().IsZero() {
		return
	}
	if !c.cur.IsZero() && p.Currency() != c.cur {
		c.add(ErrCurrencyMismatch, cl, field, p.String())
	}
	if p.Decimal().Sign() < 0 {
		c.add(ErrOutOfRange, cl, field, p.String())
	}
}

func (c *checker) fraction(cl Clause, field string, r Rate) {
	if err := r.CheckFraction(cl, field); err != nil {
		c.errs = append(c.errs, err)
	}
}

// names checks a list of group or fee names: none empty, none twice. A
// name given k times is reported k−1 times, by its key, so that the
// problems do not depend on the order of the list.
func (c *checker) names(cl Clause, field string, names []string) {
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		k := nameKey(n)
		switch {
		case k == "":
			c.add(ErrMissing, cl, field, n)
		case seen[k]:
			c.add(ErrInconsistent, cl, field, k)
		}
		seen[k] = true
	}
}

func (t Terms) problems() []error {
	c := &checker{cur: t.Currency}
	if t.Currency.IsZero() {
		c.add(ErrMissing, clauseCurrency, "currency", "")
	}
	t.checkDates(c)
	c.conversion(t.Conversion)
	if err := t.DeadlineRule.Validate(); err != nil {
		c.add(err, clauseDeadlineRule, "deadlineRule", t.DeadlineRule.Name)
	}

	// The time limits are TimeLimit values, in bounds by construction;
	// what remains is what a rule needs set.
	groups := make([]string, len(t.MaxCreditDaysByGroup))
	for i, g := range t.MaxCreditDaysByGroup {
		groups[i] = g.Group
		c.required(clauseCredit, "maxCreditDaysByGroup["+g.Group+"].value", g.Limit)
	}
	c.names(clauseCredit, "maxCreditDaysByGroup.group", groups)
	t.checkNoticeAnchor(c)
	c.required(clauseWaiting, "waitingPeriodMonths", t.WaitingPeriod)
	if int(t.WaitingPeriodAnchor) >= len(waitingAnchorNames) {
		c.add(ErrOutOfRange, clauseWaiting, "waitingPeriodAnchor", t.WaitingPeriodAnchor.String())
	}
	c.required(clauseIndemnity, "indemnityDays", t.IndemnityDays)

	q := t.Quotites
	c.fraction(clauseQuotites, "quotites.named", q.Named)
	c.fraction(clauseQuotites, "quotites.accordExpress", q.AccordExpress)
	c.fraction(clauseQuotites, "quotites.discretionary", q.Discretionary)
	c.fraction(clauseQuotites, "quotites.temporary", q.Temporary)
	c.fraction(clauseQuotites, "quotites.topUp", q.TopUp)
	c.fraction(clauseQuotites, "quotites.political", q.Political)

	c.amount(clauseDiscretion, "discretionaryMax", t.DiscretionaryMax)
	if t.DiscretionaryMax.IsPositive() && q.Discretionary.IsZero() {
		c.add(ErrInconsistent, clauseDiscretion, "discretionaryMax", t.DiscretionaryMax.String()+" with quotites.discretionary 0")
	}
	for i, r := range t.DiscretionaryConditions.AnyOf {
		if err := r.check("discretionaryConditions.anyOf[" + strconv.Itoa(i) + "]."); err != nil {
			c.errs = append(c.errs, err)
		}
	}
	c.amount(clauseDeductibles, "claimThreshold.amount", t.ClaimThreshold.Amount)
	if t.ClaimThreshold.Mode > Excess {
		c.add(ErrOutOfRange, clauseDeductibles, "claimThreshold.mode", t.ClaimThreshold.Mode.String())
	}
	c.amount(clauseDeductibles, "deductible", t.Deductible)
	c.amount(clauseDeductibles, "aggregateFirstLoss", t.AggregateFirstLoss)

	c.amount(clauseMaxLiability, "maxLiability.amount", t.MaxLiability.Amount)
	if t.MaxLiability.PremiumMultiple < 0 {
		c.add(ErrOutOfRange, clauseMaxLiability, "maxLiability.premiumMultiple", strconv.FormatInt(t.MaxLiability.PremiumMultiple, 10))
	}
	if int(t.MaxLiability.Base) >= len(liabilityBaseNames) {
		c.add(ErrOutOfRange, clauseMaxLiability, "maxLiability.base", t.MaxLiability.Base.String())
	}
	if !t.MaxLiability.Amount.IsZero() && t.MaxLiability.PremiumMultiple != 0 {
		c.add(ErrInconsistent, clauseMaxLiability, "maxLiability", t.MaxLiability.Amount.String()+" and premiumMultiple "+strconv.FormatInt(t.MaxLiability.PremiumMultiple, 10))
	}

	if int(t.Rounding) >= len(roundingNames) {
		c.add(ErrOutOfRange, Clause{}, "rounding", t.Rounding.String())
	}
	t.Premium.check(c)
	t.checkYearTerms(c)
	t.checkLossPayee(c)
	t.checkCountries(c)
	t.Insolvency.check(c)
	t.checkCountryGroups(c)
	if !t.MaxCreditFrom.Valid() {
		c.add(ErrOutOfRange, clauseCredit, "maxCreditFrom", t.MaxCreditFrom.String())
	}
	return c.errs
}

// ValidateCountries checks the country schedule alone, as Validate does:
// the rules that read it (claims.EvaluateBook) call it on terms that may
// not pass the whole of Validate.
func (t Terms) ValidateCountries() error {
	c := &checker{cur: t.Currency}
	t.checkCountries(c)
	return errors.Join(c.errs...)
}

// checkCountries refuses a country code not of the ISO 3166-1 alpha-2
// form, a country listed twice, and a political waiting period under a
// policy that does not cover political risk (Quotites.Political 0).
func (t Terms) checkCountries(c *checker) {
	seen := map[string]bool{}
	for i, cc := range t.Countries {
		f := "countries[" + strconv.Itoa(i) + "]"
		switch {
		case !ValidCountry(cc.Country):
			c.add(ErrSyntax, clauseCountries, f+".country", cc.Country)
		case seen[cc.Country]:
			c.add(ErrInconsistent, clauseCountries, f+".country", cc.Country+" listed twice")
		}
		seen[cc.Country] = true
		if cc.PoliticalWaitingPeriod.IsSet() && t.Quotites.Political.IsZero() {
			c.add(ErrInconsistent, clauseCountries, f+".politicalWaitingPeriod", cc.PoliticalWaitingPeriod.String()+" with quotites.political 0")
		}
	}
}

// checkNoticeAnchor refuses an overdue notice whose anchor the policy
// cannot date (CP-overdue-notice): an anchor outside the enum, the end of a maximum credit
// term the policy (or one of its country groups) does not set, or the end
// of a maximum extension period it does not set.
func (t Terms) checkNoticeAnchor(c *checker) {
	a := t.OverdueNotice.Anchor
	switch {
	case int(a) >= len(noticeAnchorNames):
		c.add(ErrOutOfRange, clauseNotice, "overdueNotice.anchor", a.String())
	case a == MaxCreditEnd && !t.MaxCreditDays.IsSet():
		c.add(ErrInconsistent, clauseNotice, "overdueNotice.anchor", "maxCreditEnd with maxCreditDays not set")
	case a == MEPEnd && !t.MaxExtensionDays.IsSet():
		c.add(ErrInconsistent, clauseNotice, "overdueNotice.anchor", "mepEnd with maxExtensionDays not set")
	}
}

// checkDates applies P1 (see Validate for the decisions).
func (t Terms) checkDates(c *checker) {
	for _, d := range []struct {
		field string
		date  calendar.Date
	}{{"signatureDate", t.Signature}, {"effectiveDate", t.Effective}, {"expiryDate", t.Expiry}} {
		if d.date.IsZero() {
			c.add(ErrMissing, clausePeriod, d.field, "")
		}
	}
	if !t.Effective.IsZero() && !t.Expiry.IsZero() && t.Expiry.Before(t.Effective) {
		c.add(ErrInconsistent, clausePeriod, "expiryDate", t.Expiry.String()+" before effectiveDate "+t.Effective.String())
	}
	if !t.Expiry.IsZero() && t.Signature.After(t.Expiry) {
		c.add(ErrInconsistent, clausePeriod, "signatureDate", t.Signature.String()+" after expiryDate "+t.Expiry.String())
	}
}

func (p PremiumTerms) check(c *checker) {
	groups := make([]string, len(p.Rates))
	for i, r := range p.Rates {
		groups[i] = r.Group
		c.fraction(clausePremium, "premium.rates["+r.Group+"].rate", r.Rate)
		c.fraction(clausePremium, "premium.rates["+r.Group+"].taxRate", r.TaxRate)
	}
	c.names(clausePremium, "premium.rates.group", groups)
	c.amount(clausePremium, "premium.minimum", p.Minimum)
	fees := make([]string, len(p.Fees))
	for i, f := range p.Fees {
		fees[i] = f.Name
		c.price(clausePremium, "premium.fees["+f.Name+"].unitPrice", f.UnitPrice)
	}
	c.names(clausePremium, "premium.fees.name", fees)
}

func (t Terms) checkLossPayee(c *checker) {
	lp := t.LossPayee
	switch {
	case strings.TrimSpace(lp.Name) == "" && !lp.From.IsZero():
		c.add(ErrMissing, clauseLossPayee, "lossPayee.name", lp.Name)
	case strings.TrimSpace(lp.Name) != "" && lp.From.IsZero():
		c.add(ErrMissing, clauseLossPayee, "lossPayee.from", "")
	}
}
