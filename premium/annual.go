package premium

import (
	"github.com/creditins/creditins/policy"
)

// Names of the two country groups of a French policy priced "France /
// export" (a French broker's guide: the rate depends on the "typologie du poste client
// France / Export"). Groups are free text: a policy may name others
// ("EU", "group-2").
const (
	Domestic = "domestic"
	Export   = "export"
)

// GroupInput is one country group of the year: its premium rate, the tax
// rate on its premium, and its declared base.
type GroupInput struct {
	// Group names the country group ("domestic", "export").
	Group string `json:"group"`
	// Rate is the premium rate on the base, a fraction in [0, 1] (0.0025
	// for 0.25 %).
	Rate policy.Rate `json:"rate"`
	// TaxRate is the tax on this group's premium, a fraction in [0, 1]; 0
	// for an exempt group (export credit insurance, art. 995 8° CGI).
	TaxRate policy.Rate `json:"taxRate"`
	// Turnover is the insurable turnover excluding tax of the year (for a
	// balance-based premium, the sum of the month-end outstanding amounts,
	// the rate being then a monthly rate).
	Turnover policy.Amount `json:"turnover"`
}

// FeeInput is one kind of fee of the year: a unit price and how many units
// were incurred. The unit price is a policy.Price, which may be finer than
// the minor unit ("EUR 0.125 per buyer and month"); the fee it gives is
// rounded.
type FeeInput struct {
	Name      string       `json:"name"`
	UnitPrice policy.Price `json:"unitPrice"`
	Count     int64        `json:"count"`
}

// Input is everything the annual premium depends on, explicitly: the core
// of [Annual], which fills it from the terms and the declarations, and the
// shape of the conformance operation premium.annual.
type Input struct {
	// Currency of the policy; every amount must be in it.
	Currency policy.Currency `json:"currency"`
	// Groups: group names are unique. With no group there is no premium
	// on turnover (the minimum alone is due) and no tax rate stated.
	Groups []GroupInput `json:"groups"`
	// Minimum is the minimum premium of the year; the zero Amount means
	// none.
	Minimum policy.Amount `json:"minimumPremium"`
	// InstalmentsPaid is the provisional premium already invoiced for the
	// year; the zero Amount means none.
	InstalmentsPaid policy.Amount `json:"instalmentsPaid"`
	// Fees incurred in the year.
	Fees []FeeInput `json:"fees,omitempty"`
	// Rounding of every money result (the zero value rounds half away from
	// zero, as FORMAT.md does).
	Rounding policy.RoundingMode `json:"rounding"`
	// Options for the choices the sources leave open.
	Options Options `json:"options"`
}

// Options are the choices the sources leave open. The zero value is the
// strict default: fees outside the tax base, and an error when the tax base
// cannot be split between groups of different tax rates.
type Options struct {
	// TaxFees puts the fees in the tax base. Art. 991 CGI taxes the sums
	// stipulated for the insurer "et de tous accessoires", but no source
	// seen says whether limit-request and monitoring fees are such
	// accessories; default false: the fees
	// are reported untaxed and the caller decides.
	TaxFees bool `json:"taxFees,omitempty"`
	// ResidualTaxGroup names the group whose tax rate applies to the whole
	// tax base when it cannot be split pro rata, neither of the group
	// premiums nor of the turnovers, because they are all zero (no
	// turnover at all, the minimum premium due) and the groups have
	// different tax rates. Empty (the default): such a year is an error
	// wrapping policy.ErrInconsistent, never a guess.
	ResidualTaxGroup string `json:"residualTaxGroup,omitempty"`
}

// GroupPremium is one group's line of the breakdown.
type GroupPremium struct {
	Group    string        `json:"group"`
	Turnover policy.Amount `json:"turnover"`
	Rate     policy.Rate   `json:"rate"`
	Premium  policy.Amount `json:"premium"`
	TaxRate  policy.Rate   `json:"taxRate"`
}

// FeeLine is one fee of the breakdown: UnitPrice × Count, rounded.
type FeeLine struct {
	Name      string        `json:"name"`
	UnitPrice policy.Price  `json:"unitPrice"`
	Count     int64         `json:"count"`
	Amount    policy.Amount `json:"amount"`
}

// Result is the premium of one insurance year with its breakdown and its
// trace. Its zero value is "not computed".
type Result struct {
	Currency policy.Currency `json:"currency"`
	// Groups: one line per group, in the input order.
	Groups []GroupPremium `json:"groups"`
	// PremiumOnTurnover is the sum of the group premiums.
	PremiumOnTurnover policy.Amount `json:"premiumOnTurnover"`
	// Minimum is the minimum premium; MinimumApplies reports that it is
	// above the premium on turnover, so that it is the final premium.
	Minimum        policy.Amount `json:"minimum"`
	MinimumApplies bool          `json:"minimumApplies"`
	// FinalPremium is max(Minimum, PremiumOnTurnover).
	FinalPremium policy.Amount `json:"finalPremium"`
	// InstalmentsPaid and Adjustment = FinalPremium − InstalmentsPaid
	// (negative: a refund, which never takes the premium below the
	// minimum since FinalPremium ≥ Minimum).
	InstalmentsPaid policy.Amount `json:"instalmentsPaid"`
	Adjustment      policy.Amount `json:"adjustment"`
	// Fees and their sum.
	Fees      []FeeLine     `json:"fees"`
	FeesTotal policy.Amount `json:"feesTotal"`
	// Total is FinalPremium + FeesTotal, excluding tax.
	Total policy.Amount `json:"total"`
	// Taxes: one line per distinct tax rate, Tax their sum, and
	// TotalWithTax = Total + Tax.
	Taxes        []TaxLine     `json:"taxes"`
	Tax          policy.Amount `json:"tax"`
	TotalWithTax policy.Amount `json:"totalWithTax"`
	// Trace lists every rule applied, with its clause.
	Trace policy.Trace `json:"trace"`
}

// groupPremium is the premium of one country group: rate × insurable
// turnover excluding tax, rounded to the currency's minor unit (clause
// CP-premium-rate; FORMAT.md premium.annual "each rate × turnover, rounded"). Each
// group is rounded before the sum: two groups of EUR 1005 at 0.1 % give
// EUR 1.01 + EUR 1.01 = EUR 2.02, not EUR 2.01.
func groupPremium(turnover policy.Amount, r policy.Rate, m policy.RoundingMode) policy.Amount {
	return rated(turnover, r, m)
}

// Calculate computes the premium of one insurance year from an explicit
// [Input] (FORMAT.md premium.annual; clauses CP-premium-rate,
// CP-minimum-premium, CP-fees, CGI-991):
//
//	group premium     = rate × turnover, rounded, per group
//	premiumOnTurnover = Σ group premiums
//	finalPremium      = max(minimum, premiumOnTurnover)
//	adjustment        = finalPremium − instalmentsPaid   (negative: a refund)
//	fees              = Σ (unitPrice × count, rounded)
//	total             = finalPremium + fees               (excluding tax)
//	taxes             = the final premium (and the fees with Options.TaxFees)
//	                    split pro rata of the group premiums, per tax rate
//	                    (see Options for the years without premium)
//
// Errors wrap policy.ErrMissing (no currency), policy.ErrCurrencyMismatch
// (an amount of another currency), policy.ErrOutOfRange (a negative amount
// or count, a rate above 1, a minimum or instalments that are not whole
// minor units, an unknown rounding mode) or policy.ErrInconsistent (a group
// named twice, a tax base that cannot be split: see [Options]).
func Calculate(in Input) (Result, error) {
	if err := in.check(); err != nil {
		return Result{}, err
	}
	cur := in.Currency
	minimum := orZero(in.Minimum, cur)
	paid := orZero(in.InstalmentsPaid, cur)
	res := Result{Currency: cur, Minimum: minimum, InstalmentsPaid: paid}
	var tr policy.Trace
	groupPremiums := make([]policy.Amount, 0, len(in.Groups))
	for _, g := range in.Groups {
		p := groupPremium(g.Turnover, g.Rate, in.Rounding)
		res.Groups = append(res.Groups, GroupPremium{Group: g.Group, Turnover: g.Turnover, Rate: g.Rate, Premium: p, TaxRate: g.TaxRate})
		groupPremiums = append(groupPremiums, p)
		tr = tr.Add("premium on turnover, "+g.Group, g.Turnover.String()+" × "+g.Rate.String(), p.String(), clauseRate)
	}
	pot, err := policy.Sum(cur, groupPremiums...)
	if err != nil {
		return Result{}, err
	}
	res.PremiumOnTurnover = pot
	tr = tr.Add("premium on turnover", "sum of "+count(len(groupPremiums), "group"), pot.String(), clauseRate)

	final, err := finalPremium(minimum, pot)
	if err != nil {
		return Result{}, err
	}
	res.FinalPremium = final
	res.MinimumApplies = !final.Equal(pot)
	tr = tr.Add("final premium", "max(minimum "+minimum.String()+", premium on turnover "+pot.String()+")", final.String(), clauseMinimum)

	if res.Adjustment, err = adjustment(final, paid); err != nil {
		return Result{}, err
	}
	tr = tr.Add("adjustment", "final premium "+final.String()+" − instalments paid "+paid.String(), res.Adjustment.String(), clauseAdjustment)

	feeAmounts := make([]policy.Amount, 0, len(in.Fees))
	res.Fees = make([]FeeLine, 0, len(in.Fees))
	for i, f := range in.Fees {
		a, err := fee(f.UnitPrice, f.Count, in.Rounding)
		if err != nil {
			return Result{}, policy.NewRuleError(policy.ErrOutOfRange, clauseFees, field("fees", i, "unitPrice"), f.UnitPrice.String()+" × "+i64toa(f.Count))
		}
		res.Fees = append(res.Fees, FeeLine{Name: f.Name, UnitPrice: f.UnitPrice, Count: f.Count, Amount: a})
		feeAmounts = append(feeAmounts, a)
		tr = tr.Add("fee, "+f.Name, f.UnitPrice.String()+" × "+i64toa(f.Count), a.String(), clauseFees)
	}
	if res.FeesTotal, err = policy.Sum(cur, feeAmounts...); err != nil {
		return Result{}, err
	}
	tr = tr.Add("fees", "sum of "+count(len(feeAmounts), "fee"), res.FeesTotal.String(), clauseFees)
	if res.Total, err = final.Add(res.FeesTotal); err != nil {
		return Result{}, err
	}
	tr = tr.Add("total excluding tax", "final premium "+final.String()+" + fees "+res.FeesTotal.String(), res.Total.String(), clauseFees)

	base, baseName := final, "final premium"
	if in.Options.TaxFees {
		base, baseName = res.Total, "final premium and fees"
	}
	taxes, taxTrace, err := splitTax(res.Groups, base, baseName, in.Options, in.Rounding)
	if err != nil {
		return Result{}, err
	}
	res.Taxes = taxes
	tr = tr.Concat(taxTrace)
	taxAmounts := make([]policy.Amount, len(taxes))
	for i, t := range taxes {
		taxAmounts[i] = t.Tax
	}
	if res.Tax, err = policy.Sum(cur, taxAmounts...); err != nil {
		return Result{}, err
	}
	if res.TotalWithTax, err = res.Total.Add(res.Tax); err != nil {
		return Result{}, err
	}
	tr = tr.Add("total including tax", "total "+res.Total.String()+" + tax "+res.Tax.String(), res.TotalWithTax.String(), clauseTax)
	res.Trace = tr
	return res, nil
}

// check reports the defects of an input that Calculate refuses before
// computing anything (see Calculate's errors): no currency, an unknown
// rounding mode, an amount of another currency, negative or finer than the
// minor unit, a rate above 1, a group named twice, a fee of another
// currency or with a negative count. Fields are named from the input
// ("groups[1].rate").
func (in Input) check() error {
	cur := in.Currency
	if cur.IsZero() {
		return policy.NewRuleError(policy.ErrMissing, clauseRate, "currency", "")
	}
	if err := checkRounding(in.Rounding); err != nil {
		return err
	}
	for _, a := range []struct {
		c     policy.Clause
		field string
		v     policy.Amount
	}{{clauseMinimum, "minimumPremium", orZero(in.Minimum, cur)}, {clauseAdjustment, "instalmentsPaid", orZero(in.InstalmentsPaid, cur)}} {
		if err := checkMoney(a.c, a.field, a.v, cur); err != nil {
			return err
		}
	}
	seen := make(map[string]bool, len(in.Groups))
	for i, g := range in.Groups {
		if seen[g.Group] {
			return policy.NewRuleError(policy.ErrInconsistent, clauseRate, field("groups", i, "group"), g.Group+" (named twice)")
		}
		seen[g.Group] = true
		if err := g.check(cur); err != nil {
			return policy.PrefixField(field("groups", i, ""), err)
		}
	}
	for i, f := range in.Fees {
		if f.UnitPrice.Currency() != cur {
			return policy.NewRuleError(policy.ErrCurrencyMismatch, clauseFees, field("fees", i, "unitPrice"), f.UnitPrice.String()+" (expected "+cur.Code()+")")
		}
		if err := f.check(); err != nil {
			return policy.PrefixField(field("fees", i, ""), err)
		}
	}
	return nil
}

// check reports a rate or tax rate above 1 and a turnover of another
// currency than cur, negative or finer than the minor unit; fields are
// named from the group ("rate").
func (g GroupInput) check(cur policy.Currency) error {
	if err := g.Rate.CheckFraction(clauseRate, "rate"); err != nil {
		return err
	}
	if err := g.TaxRate.CheckFraction(clauseTax, "taxRate"); err != nil {
		return err
	}
	return checkMoney(clauseRate, "turnover", g.Turnover, cur)
}

// check reports a negative count.
func (f FeeInput) check() error {
	if f.Count < 0 {
		return policy.NewRuleError(policy.ErrOutOfRange, clauseFees, "count", i64toa(f.Count))
	}
	return nil
}

// finalPremium is the premium of the year: the premium on turnover, but
// never less than the minimum premium (assurance-credit-entreprise.fr
// glossary, minimum de prime: "a minimum
// annual premium is due whatever the turnover"; Final = max(Minimum,
// Σ rate × turnover)).
func finalPremium(minimum, onTurnover policy.Amount) (policy.Amount, error) {
	return policy.Max(minimum, onTurnover)
}

// adjustment is the year-end regularisation: the final premium less the
// provisional instalments already invoiced, to be invoiced when positive
// and refunded when negative (clause CG-premium-adjustment). Since the final premium
// is never below the minimum, a refund never takes the premium below it
// (Allianz Trade CH: premium on declared turnover below the minimum already
// billed gives no adjustment).
func adjustment(final, instalmentsPaid policy.Amount) (policy.Amount, error) {
	return final.Sub(instalmentsPaid)
}

// fee is one fee line: unit price × count, rounded (FORMAT.md "the sum of
// unitPrice × count, each rounded"; clause CP-fees: limit requests,
// monitoring per buyer and month, credit rating per buyer and year).
//
//	fee(EUR 0.125, 3, HalfAwayFromZero) = EUR 0.38 (0.375)
func fee(unitPrice policy.Price, count int64, m policy.RoundingMode) (policy.Amount, error) {
	return unitPrice.Times(count, m)
}
