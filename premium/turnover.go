package premium

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// clauseInsurableTurnover is the definition of the insurable turnover and
// its exclusions in the particular conditions.
var clauseInsurableTurnover = policy.Clause{ID: "CP-insurable-turnover",
	Source: "Conditions particulières: insurable turnover, the sales excluded from it (policy.TurnoverExclusions)"}

// SalesLine is one line of the sales ledger: an invoice to a buyer, its
// date and its amount excluding tax, with what the exclusions of the
// insurable turnover read (the buyer's country, what the buyer is, how the
// sale is paid).
type SalesLine struct {
	Invoice string `json:"invoice"`
	Buyer   string `json:"buyer"`
	// Country of the buyer, an ISO 3166-1 alpha-2 code: it gives the
	// country group (policy.Terms.GroupOf).
	Country   string             `json:"country"`
	BuyerKind policy.BuyerKind   `json:"buyerKind"`
	Payment   policy.PaymentKind `json:"payment"`
	// Date is the invoice date: the turnover declared for a period is what
	// was invoiced in it.
	Date   calendar.Date `json:"date"`
	Amount policy.Amount `json:"amount"`
}

// SaleExclusion is why a line of the sales ledger is not insurable
// turnover. Its zero value is Insurable.
type SaleExclusion uint8

const (
	// Insurable: the line is insurable turnover.
	Insurable SaleExclusion = iota
	// ExcludedRelated: a sale to a related company.
	ExcludedRelated
	// ExcludedPublic: a sale to a public buyer.
	ExcludedPublic
	// ExcludedIndividual: a sale to a private individual.
	ExcludedIndividual
	// ExcludedCash: a cash sale.
	ExcludedCash
	// ExcludedLetterOfCredit: a sale secured by a letter of credit.
	ExcludedLetterOfCredit
	// ExcludedOutsidePeriod: invoiced outside the insurance period.
	ExcludedOutsidePeriod
)

var saleExclusionNames = [...]string{
	Insurable: "", ExcludedRelated: "related-company", ExcludedPublic: "public-buyer",
	ExcludedIndividual: "private-individual", ExcludedCash: "cash-sale",
	ExcludedLetterOfCredit: "letter-of-credit", ExcludedOutsidePeriod: "outside-period",
}

// String returns the reason as the vectors write it ("cash-sale"; "" for
// Insurable).
func (x SaleExclusion) String() string {
	if int(x) < len(saleExclusionNames) {
		return saleExclusionNames[x]
	}
	return "SaleExclusion(" + itoa(int(x)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (x SaleExclusion) MarshalText() ([]byte, error) {
	if int(x) >= len(saleExclusionNames) {
		return nil, policy.NewRuleError(policy.ErrSyntax, clauseInsurableTurnover, "reason", x.String())
	}
	return []byte(x.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping policy.ErrSyntax.
func (x *SaleExclusion) UnmarshalText(b []byte) error {
	for i, n := range saleExclusionNames {
		if n == string(b) {
			*x = SaleExclusion(i)
			return nil
		}
	}
	return policy.NewRuleError(policy.ErrSyntax, clauseInsurableTurnover, "reason", string(b))
}

// ExcludedSale is a line left out of the insurable turnover, with its
// amount in the policy currency and the reason.
type ExcludedSale struct {
	Line    int           `json:"line"`
	Invoice string        `json:"invoice"`
	Buyer   string        `json:"buyer"`
	Amount  policy.Amount `json:"amount"`
	Reason  SaleExclusion `json:"reason"`
	Clause  policy.Clause `json:"clause"`
}

// GroupTurnover is a country group's insurable turnover of a period, its
// rate and the premium on it.
type GroupTurnover struct {
	Group    string        `json:"group"`
	Turnover policy.Amount `json:"turnover"`
	Rate     policy.Rate   `json:"rate"`
	Premium  policy.Amount `json:"premium"`
}

// PeriodTurnover is the insurable turnover of one declaration period by
// country group (every group of the terms, in their order, 0 included),
// and the premium of the period: the sum of the groups' premiums.
type PeriodTurnover struct {
	From    calendar.Date   `json:"from"`
	To      calendar.Date   `json:"to"`
	Groups  []GroupTurnover `json:"groups"`
	Premium policy.Amount   `json:"premium"`
}

// BuyerTurnover is a buyer's insurable turnover over the insurance period,
// in the policy currency (the whole-turnover check reads it).
type BuyerTurnover struct {
	Buyer    string        `json:"buyer"`
	Country  string        `json:"country"`
	Group    string        `json:"group"`
	Turnover policy.Amount `json:"turnover"`
}

// TurnoverResult is the insurable turnover built from the sales ledger.
type TurnoverResult struct {
	Periods []PeriodTurnover `json:"periods"`
	// Excluded lines, in the ledger's order.
	Excluded []ExcludedSale `json:"excluded"`
	// Buyers with insurable turnover, by buyer.
	Buyers []BuyerTurnover `json:"buyers"`
	// Total is the ledger's total; Insurable + ExcludedTotal = Total.
	Total         policy.Amount `json:"total"`
	Insurable     policy.Amount `json:"insurable"`
	ExcludedTotal policy.Amount `json:"excludedTotal"`
	// Premium sums the periods' premiums.
	Premium     policy.Amount       `json:"premium"`
	Conversions []policy.Conversion `json:"conversions,omitempty"`
}

// Declarations returns the insurable turnover as the declarations of the
// year, one per group and period (the input of Annual).
func (r TurnoverResult) Declarations() []Declaration {
	var out []Declaration
	for _, p := range r.Periods {
		for _, g := range p.Groups {
			out = append(out, Declaration{Group: g.Group, From: p.From, To: p.To, Amount: g.Turnover})
		}
	}
	return out
}

// exclusion is why the terms leave a line out of the insurable turnover
// (clause CP-insurable-turnover, policy.TurnoverExclusions): what the
// buyer is first (related company, public buyer, private individual), then
// how the sale is paid (cash, letter of credit), then the insurance period.
func exclusion(t policy.Terms, l SalesLine) SaleExclusion {
	x := t.TurnoverExclusions
	switch {
	case x.ExcludesBuyer(l.BuyerKind):
		return [...]SaleExclusion{policy.RelatedCompany: ExcludedRelated, policy.PublicBuyer: ExcludedPublic, policy.PrivateIndividual: ExcludedIndividual}[l.BuyerKind]
	case x.ExcludesPayment(l.Payment):
		return [...]SaleExclusion{policy.CashSale: ExcludedCash, policy.LetterOfCredit: ExcludedLetterOfCredit}[l.Payment]
	case l.Date.Before(t.Effective) || l.Date.After(t.Expiry):
		return ExcludedOutsidePeriod
	}
	return Insurable
}

// Turnover builds the insurable turnover of the insurance year from the
// sales ledger (clauses CP-insurable-turnover, CP-declarations,
// CP-premium-rate): each line is converted into the policy currency by
// terms.Conversion at its own date (policy.CurrencyConversion.Convert; a
// line in the policy currency needs no rate), left out with its reason
// when the terms exclude it (see exclusion), else added to the turnover
// of its buyer's country group (policy.Terms.GroupOf) for the declaration
// period of frequency f that holds its date (DeclarationPeriods from
// terms.Effective to terms.Expiry). The premium of a group for a period is
// its rate (terms.Premium.Rates) × its turnover, rounded by
// terms.Rounding; the premium of a period sums its groups'.
//
// Errors: policy.ErrMissing for no currency, no effective or expiry date,
// a country group without a rate in premium.rates, a line without an
// invoice, a buyer, a date or an amount, and an insurable line whose
// country is in no group (its turnover would have no rate: it is never
// dropped); policy.ErrSyntax for a country code not of the ISO form;
// policy.ErrOutOfRange for a negative amount, a kind outside its enum or
// an unknown frequency; the errors of ValidateCountryGroups and of the
// conversion (policy.ErrNoRate), each naming the line ("lines[2].amount").
func Turnover(terms policy.Terms, lines []SalesLine, f Frequency, rates policy.RateTable) (TurnoverResult, error) {
	cur := terms.Currency
	if cur.IsZero() {
		return TurnoverResult{}, policy.NewRuleError(policy.ErrMissing, clauseInsurableTurnover, "currency", "")
	}
	if err := terms.ValidateCountryGroups(); err != nil {
		return TurnoverResult{}, err
	}
	periods, err := DeclarationPeriods(terms.Effective, terms.Expiry, f, Due{}, terms.DeadlineRule)
	if err != nil {
		return TurnoverResult{}, err
	}
	groupRates := make([]policy.GroupRate, len(terms.CountryGroups))
	for i, g := range terms.CountryGroups {
		r, ok := terms.Premium.RateFor(g.Name)
		if !ok {
			return TurnoverResult{}, policy.NewRuleError(policy.ErrMissing, clauseRate, "premium.rates", g.Name+" (country group without a rate)")
		}
		groupRates[i] = r
	}
	res := TurnoverResult{Periods: make([]PeriodTurnover, len(periods))}
	sums := make([][]policy.Amount, len(periods))
	for p := range periods {
		sums[p] = make([]policy.Amount, len(groupRates))
		for g := range sums[p] {
			sums[p][g] = policy.Zero(cur)
		}
	}
	total, insurable, excluded := policy.Zero(cur), policy.Zero(cur), policy.Zero(cur)
	buyers := map[string]*BuyerTurnover{}
	for i, l := range lines {
		path := "lines[" + strconv.Itoa(i) + "]"
		if err := l.check(); err != nil {
			return TurnoverResult{}, policy.PrefixField(path, err)
		}
		amt := l.Amount
		if amt.Currency() != cur {
			v, c, err := terms.Conversion.Convert(amt, cur, policy.ConversionDates{Own: l.Date, CoverStart: terms.Effective, Loss: l.Date}, rates)
			if err != nil {
				return TurnoverResult{}, policy.AtPath(path+".amount", err)
			}
			amt = v
			res.Conversions = append(res.Conversions, c)
		}
		if total, err = total.Add(amt); err != nil {
			return TurnoverResult{}, err
		}
		if reason := exclusion(terms, l); reason != Insurable {
			res.Excluded = append(res.Excluded, ExcludedSale{Line: i, Invoice: l.Invoice, Buyer: l.Buyer, Amount: amt, Reason: reason, Clause: clauseInsurableTurnover})
			if excluded, err = excluded.Add(amt); err != nil {
				return TurnoverResult{}, err
			}
			continue
		}
		grp, ok := terms.GroupOf(l.Country)
		if !ok {
			return TurnoverResult{}, policy.NewRuleError(policy.ErrMissing, clauseInsurableTurnover, path+".country", l.Country+" (in no country group: no rate)")
		}
		g := slices.IndexFunc(terms.CountryGroups, func(c policy.CountryGroup) bool { return c.Name == grp.Name })
		p := slices.IndexFunc(periods, func(d DeclarationPeriod) bool { return !l.Date.Before(d.From) && !l.Date.After(d.To) })
		if sums[p][g], err = sums[p][g].Add(amt); err != nil {
			return TurnoverResult{}, err
		}
		if insurable, err = insurable.Add(amt); err != nil {
			return TurnoverResult{}, err
		}
		b := buyers[l.Buyer]
		if b == nil {
			b = &BuyerTurnover{Buyer: l.Buyer, Country: l.Country, Group: grp.Name, Turnover: policy.Zero(cur)}
			buyers[l.Buyer] = b
		} else if b.Country != l.Country {
			return TurnoverResult{}, policy.NewRuleError(policy.ErrInconsistent, clauseInsurableTurnover, path+".country", l.Country+": buyer "+l.Buyer+" is in "+b.Country)
		}
		if b.Turnover, err = b.Turnover.Add(amt); err != nil {
			return TurnoverResult{}, err
		}
	}
	premium := policy.Zero(cur)
	for p, d := range periods {
		pt := PeriodTurnover{From: d.From, To: d.To, Premium: policy.Zero(cur), Groups: make([]GroupTurnover, len(groupRates))}
		for g, r := range groupRates {
			gp := groupPremium(sums[p][g], r.Rate, terms.Rounding)
			pt.Groups[g] = GroupTurnover{Group: terms.CountryGroups[g].Name, Turnover: sums[p][g], Rate: r.Rate, Premium: gp}
			if pt.Premium, err = pt.Premium.Add(gp); err != nil {
				return TurnoverResult{}, err
			}
		}
		if premium, err = premium.Add(pt.Premium); err != nil {
			return TurnoverResult{}, err
		}
		res.Periods[p] = pt
	}
	for _, b := range buyers {
		res.Buyers = append(res.Buyers, *b)
	}
	slices.SortFunc(res.Buyers, func(a, b BuyerTurnover) int { return cmp.Compare(a.Buyer, b.Buyer) })
	res.Total, res.Insurable, res.ExcludedTotal, res.Premium = total, insurable, excluded, premium
	return res, nil
}

// check refuses a line the turnover cannot read; fields are named from
// the line ("amount").
func (l SalesLine) check() error {
	switch {
	case l.Invoice == "":
		return policy.NewRuleError(policy.ErrMissing, clauseInsurableTurnover, "invoice", "")
	case l.Buyer == "":
		return policy.NewRuleError(policy.ErrMissing, clauseInsurableTurnover, "buyer", "")
	case !policy.ValidCountry(l.Country):
		return policy.NewRuleError(policy.ErrSyntax, clauseInsurableTurnover, "country", l.Country)
	case !l.BuyerKind.Valid():
		return policy.NewRuleError(policy.ErrOutOfRange, clauseInsurableTurnover, "buyerKind", l.BuyerKind.String())
	case !l.Payment.Valid():
		return policy.NewRuleError(policy.ErrOutOfRange, clauseInsurableTurnover, "payment", l.Payment.String())
	case l.Date.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseInsurableTurnover, "date", "")
	case l.Amount.Currency().IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseInsurableTurnover, "amount", "")
	case l.Amount.IsNegative():
		return policy.NewRuleError(policy.ErrOutOfRange, clauseInsurableTurnover, "amount", l.Amount.String())
	}
	return nil
}
