package premium

import (
	"strings"

	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// TaxLine is the tax at one rate: the groups taxed at that rate, their part
// of the tax base, and the tax, rounded.
type TaxLine struct {
	Rate   policy.Rate   `json:"rate"`
	Groups []string      `json:"groups"`
	Base   policy.Amount `json:"base"`
	Tax    policy.Amount `json:"tax"`
}

// splitTax computes the premium tax of the year (taxe spéciale sur les
// conventions d'assurances). Art. 991 CGI levies it "sur le montant des
// sommes stipulées au profit de l'assureur"; art. 995 8° CGI exempts
// "les assurances des crédits à l'exportation", so a French domestic premium
// bears it and an export premium does not. The rate is
// a parameter of each group, never a constant of this package: no source
// seen gives the rate for domestic credit insurance.
//
// The rule: the tax base (the final premium, plus the fees with
// Options.TaxFees) is split between the distinct tax rates pro rata of the
// premiums of their groups, with policy.Allocate so that the parts add up to
// the base exactly; each part is taxed at its rate and rounded. Groups with
// the same rate are taxed together (one rounding per rate, as on one
// invoice). When the minimum premium is due and the premium on turnover is
// above zero, the part of the minimum above it is thus spread like the
// premium on turnover.
//
// When every group premium is zero (no turnover, or premiums that round to
// nothing) the base is split pro rata of the group turnovers instead; when
// they are all zero too, with a single tax rate the base all goes to that
// rate, otherwise to the rate of Options.ResidualTaxGroup, and without it
// the year is an error wrapping policy.ErrInconsistent.
//
//	domestic EUR 5000 at 0.09, export EUR 2000 at 0, base EUR 7000
//	→ 0.09: base EUR 5000, tax EUR 450; 0: base EUR 2000, tax EUR 0
func splitTax(groups []GroupPremium, base policy.Amount, baseName string, opts Options, m policy.RoundingMode) ([]TaxLine, policy.Trace, error) {
	var lines []TaxLine
	var weights, turnovers []decimal.Decimal
	index := map[string]int{} // rate text → line
	for _, g := range groups {
		key := g.TaxRate.String()
		i, ok := index[key]
		if !ok {
			i = len(lines)
			index[key] = i
			lines = append(lines, TaxLine{Rate: g.TaxRate})
			weights = append(weights, decimal.Zero)
			turnovers = append(turnovers, decimal.Zero)
		}
		lines[i].Groups = append(lines[i].Groups, g.Group)
		weights[i] = weights[i].Add(g.Premium.Decimal())
		turnovers[i] = turnovers[i].Add(g.Turnover.Decimal())
	}
	var tr policy.Trace
	if len(groups) == 0 {
		return nil, tr.Add("tax", "no group, so no tax rate stated", "none", clauseTax), nil
	}
	bases, how, err := taxBases(base, weights, turnovers, lines, groups, opts)
	if err != nil {
		return nil, nil, err
	}
	for i := range lines {
		lines[i].Base = bases[i]
		lines[i].Tax = rated(bases[i], lines[i].Rate, m)
		tr = tr.Add("tax at "+lines[i].Rate.String()+" ("+strings.Join(lines[i].Groups, ", ")+")",
			baseName+" "+base.String()+" "+how+": "+bases[i].String()+" × "+lines[i].Rate.String(), lines[i].Tax.String(), clauseTax)
	}
	return lines, tr, nil
}

// taxBases splits base between the tax lines (see splitTax) and says how.
func taxBases(base policy.Amount, premiums, turnovers []decimal.Decimal, lines []TaxLine, groups []GroupPremium, opts Options) ([]policy.Amount, string, error) {
	bases := make([]policy.Amount, len(lines))
	only := -1 // the line that takes the whole base, when it is not split
	how := ""
	switch {
	case base.IsZero():
		only, how = 0, "(nothing to tax)"
	case positive(premiums):
		shares, err := policy.Allocate(base, premiums)
		return shares, "pro rata of the group premiums", err
	case positive(turnovers):
		shares, err := policy.Allocate(base, turnovers)
		return shares, "pro rata of the group turnovers (no premium on turnover)", err
	case len(lines) == 1:
		only, how = 0, "(one tax rate)"
	case opts.ResidualTaxGroup != "":
		for _, g := range groups {
			if g.Group == opts.ResidualTaxGroup {
				for i, l := range lines {
					if l.Rate.Equal(g.TaxRate) {
						only = i
					}
				}
			}
		}
		if only < 0 {
			return nil, "", policy.NewRuleError(policy.ErrMissing, clauseTax, "options.residualTaxGroup", opts.ResidualTaxGroup+" (not a group of the year)")
		}
		how = "to the residual tax group " + opts.ResidualTaxGroup
	default:
		return nil, "", policy.NewRuleError(policy.ErrInconsistent, clauseTax, "options.residualTaxGroup",
			"not set, and no premium nor turnover to split "+base.String()+" between "+itoa(len(lines))+" tax rates")
	}
	for i := range bases {
		bases[i] = policy.Zero(base.Currency())
	}
	bases[only] = base
	return bases, how, nil
}

// positive reports whether some weight is above zero (weights are never
// negative here).
func positive(weights []decimal.Decimal) bool {
	for _, w := range weights {
		if w.Sign() > 0 {
			return true
		}
	}
	return false
}
