package premium

import (
	"slices"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Due says when a declaration is due after the end of the period it
// declares: on a day of the next month ("by the 20th of the next month",
// Allianz Trade CH balance notification) or a number of days after the end
// of the period ("returned within 30 days", Allianz Trade CH annual
// turnover form). Exactly one is set; its zero value is
// "no deadline stated".
type Due struct {
	// DayOfNextMonth: 1–31, clamped to the last day of a shorter month.
	DayOfNextMonth int `json:"dayOfNextMonth,omitempty"`
	// Days after the last day of the period, counted by the deadline rule.
	Days int `json:"days,omitempty"`
}

// IsZero reports whether no deadline is stated.
func (d Due) IsZero() bool { return d == Due{} }

// maxDueDays bounds Due.Days, as calendar bounds payment terms.
const maxDueDays = 3660

func (d Due) validate() error {
	switch {
	case d.DayOfNextMonth < 0 || d.DayOfNextMonth > 31:
		return policy.NewRuleError(policy.ErrOutOfRange, clauseDeclaration, "dayOfNextMonth", itoa(d.DayOfNextMonth))
	case d.Days < 0 || d.Days > maxDueDays:
		return policy.NewRuleError(policy.ErrOutOfRange, clauseDeclaration, "days", itoa(d.Days))
	case d.DayOfNextMonth != 0 && d.Days != 0:
		return policy.NewRuleError(policy.ErrInconsistent, clauseDeclaration, "", "both dayOfNextMonth and days")
	}
	return nil
}

// DeclarationDeadline returns the time limit of a declaration for the
// period ending on periodEnd (clause CP-declarations), with the policy's
// deadline rule:
//
//   - DayOfNextMonth k: Nominal is day k of the month after periodEnd's
//     month, clamped to that month's last day (calendar.PlusEOMOnDay with 0
//     days: "0 jours fin de mois le k"); Final is Nominal moved by the rule's
//     extension roll on its calendar (CPC art. 642 al. 2 under
//     calendar.FRCivil). The rule's counting does not apply to a fixed day,
//     and the Limit's Period is left zero (a fixed day is not a period).
//   - Days n: calendar.Deadline(periodEnd, n days, rule).
//
// A backward rule makes no sense after a period and is an error wrapping
// policy.ErrInconsistent. Other errors wrap policy.ErrMissing (zero
// periodEnd, zero due), policy.ErrOutOfRange (a Due out of bounds) or
// calendar's sentinels (an invalid rule, a calendar asked about a year it
// does not cover).
//
//	periodEnd 2025-05-31, by the 20th, fr-civil → nominal 2025-06-20 (Friday), final 2025-06-20
//	periodEnd 2025-08-31, by the 20th, fr-civil → nominal 2025-09-20 (Saturday), final 2025-09-22
func DeclarationDeadline(periodEnd calendar.Date, due Due, rule calendar.Rule) (calendar.Limit, error) {
	switch {
	case periodEnd.IsZero():
		return calendar.Limit{}, policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "periodEnd", "")
	case due.IsZero():
		return calendar.Limit{}, policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "due", "")
	case rule.Backward:
		return calendar.Limit{}, policy.NewRuleError(policy.ErrInconsistent, clauseDeclaration, "rule.backward", "true")
	}
	if err := due.validate(); err != nil {
		return calendar.Limit{}, policy.PrefixField("due", err)
	}
	if due.Days != 0 {
		return calendar.Deadline(periodEnd, calendar.Days(due.Days), rule)
	}
	if err := rule.Validate(); err != nil {
		return calendar.Limit{}, err
	}
	nominal, err := calendar.Term{Kind: calendar.PlusEOMOnDay, OnDay: due.DayOfNextMonth}.DueDate(periodEnd)
	if err != nil {
		return calendar.Limit{}, err
	}
	final, err := calendar.Adjust(nominal, rule.Calendar, rule.Extend)
	if err != nil {
		return calendar.Limit{}, err
	}
	return calendar.Limit{Anchor: periodEnd, Nominal: nominal, Final: final, Extended: final != nominal, Rule: rule}, nil
}

// DeclarationPeriod is one period to declare and its deadline (the zero
// Limit when no deadline is stated).
type DeclarationPeriod struct {
	From     calendar.Date  `json:"from"`
	To       calendar.Date  `json:"to"`
	Deadline calendar.Limit `json:"deadline"`
}

// maxPeriods bounds the periods of DeclarationPeriods (a century of months).
const maxPeriods = 1200

// DeclarationPeriods cuts the insurance period from–to (inclusive) into
// declaration periods of the frequency f, each with its deadline
// ([DeclarationDeadline]; none when due is zero). Period i runs from
// from + i×n months to the day before from + (i+1)×n months, each month
// addition computed from `from` in one step with the clamp rule (CPC art.
// 641 al. 2), the last one ending on `to`.
//
//	2025-01-01 to 2025-12-31, quarterly → 01-01..03-31, 04-01..06-30, 07-01..09-30, 10-01..12-31
//
// Errors wrap policy.ErrMissing (a zero date), policy.ErrInconsistent (to
// before from), policy.ErrOutOfRange (an unknown frequency, more than 1200
// periods) or those of DeclarationDeadline.
func DeclarationPeriods(from, to calendar.Date, f Frequency, due Due, rule calendar.Rule) ([]DeclarationPeriod, error) {
	switch {
	case from.IsZero():
		return nil, policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "from", "")
	case to.IsZero():
		return nil, policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "to", "")
	case to.Before(from):
		return nil, policy.NewRuleError(policy.ErrInconsistent, clauseDeclaration, "to", to.String()+" before "+from.String())
	}
	if err := checkFrequency(f); err != nil {
		return nil, err
	}
	n := f.Months()
	var out []DeclarationPeriod
	for i := 0; ; i++ {
		start := from.AddMonths(i * n)
		if start.IsZero() || start.After(to) { // zero: past year 9999
			break
		}
		if i == maxPeriods {
			return nil, policy.NewRuleError(policy.ErrOutOfRange, clauseDeclaration, "to", to.String()+" (more than "+itoa(maxPeriods)+" periods)")
		}
		end := from.AddMonths((i + 1) * n).AddDays(-1)
		if end.IsZero() || end.After(to) {
			end = to
		}
		p := DeclarationPeriod{From: start, To: end}
		if !due.IsZero() {
			lim, err := DeclarationDeadline(end, due, rule)
			if err != nil {
				return nil, err
			}
			p.Deadline = lim
		}
		out = append(out, p)
	}
	return out, nil
}

// Declaration is the insurable turnover excluding tax of one country group
// for one period (monthly or quarterly turnover), or for a balance-based
// premium the outstanding amount at the end of a month (clause
// CP-declarations). From and To bound the period declared, inclusive; both zero
// declare the whole insurance year.
type Declaration struct {
	Group  string        `json:"group"`
	From   calendar.Date `json:"from"`
	To     calendar.Date `json:"to"`
	Amount policy.Amount `json:"amount"`
}

// FeeCount is how many units of a fee of the terms were incurred in the
// year (limit requests made, buyer-months of monitoring).
type FeeCount struct {
	Name  string `json:"name"`
	Count int64  `json:"count"`
}

// Charge is an amount billed with the fees that is computed elsewhere, such
// as a top-up premium from [TopUpPremium].
type Charge struct {
	Name   string        `json:"name"`
	Amount policy.Amount `json:"amount"`
}

// Declarations are what the insured declares and has paid for one insurance
// year. Its zero value declares nothing.
type Declarations struct {
	// Turnover declared by group and period.
	Turnover []Declaration `json:"turnover"`
	// Fees: units incurred, by the name of a fee of the terms.
	Fees []FeeCount `json:"fees,omitempty"`
	// Charges billed with the fees.
	Charges []Charge `json:"charges,omitempty"`
	// InstalmentsPaid is the provisional premium invoiced for the year; the
	// zero Amount means none.
	InstalmentsPaid policy.Amount `json:"instalmentsPaid"`
}

// Annual computes the premium of one insurance year from the policy's terms
// and the year's declarations (clauses CP-premium-rate,
// CP-minimum-premium, CP-fees, CGI-991): it reads terms.Currency, terms.Premium.Rates (rate and tax rate
// by group), terms.Premium.Minimum, terms.Premium.Fees, terms.Rounding and,
// when set, terms.Effective and terms.Expiry; it sums the declarations of
// each group and hands everything to [Calculate], which holds the rules.
//
// Every declaration is checked first: a group without a rate in the terms
// (policy.ErrMissing: an unpriced turnover is never dropped), a period with
// one date only (policy.ErrMissing) or ending before it starts, two periods
// of one group that overlap (a turnover counted twice; a whole-year
// declaration overlaps every other one) (policy.ErrInconsistent), a period
// outside the insurance period (policy.ErrOutOfRange), a fee name the terms
// do not price (policy.ErrMissing), a negative count. Groups of the terms
// with no declaration have a turnover of 0 and appear in the breakdown; fee
// lines follow the order of the terms, then the charges.
func Annual(terms policy.Terms, decl Declarations, opts Options) (Result, error) {
	cur := terms.Currency
	if cur.IsZero() {
		return Result{}, policy.NewRuleError(policy.ErrMissing, clauseRate, "currency", "")
	}
	rates := terms.Premium.Rates
	if len(rates) == 0 {
		return Result{}, policy.NewRuleError(policy.ErrMissing, clauseRate, "premium.rates", "")
	}
	groupIndex := make(map[string]int, len(rates))
	in := Input{Currency: cur, Minimum: terms.Premium.Minimum, InstalmentsPaid: decl.InstalmentsPaid, Rounding: terms.Rounding, Options: opts}
	for i, r := range rates {
		if _, dup := groupIndex[r.Group]; dup {
			return Result{}, policy.NewRuleError(policy.ErrInconsistent, clauseRate, field("premium.rates", i, "group"), r.Group+" (named twice)")
		}
		groupIndex[r.Group] = i
		in.Groups = append(in.Groups, GroupInput{Group: r.Group, Rate: r.Rate, TaxRate: r.TaxRate, Turnover: policy.Zero(cur)})
	}
	tr, err := sumDeclarations(terms, decl.Turnover, groupIndex, in.Groups)
	if err != nil {
		return Result{}, err
	}
	if in.Fees, err = feeInputs(terms.Premium.Fees, decl); err != nil {
		return Result{}, err
	}
	res, err := Calculate(in)
	if err != nil {
		return Result{}, err
	}
	res.Trace = tr.Concat(res.Trace)
	return res, nil
}

// sumDeclarations checks the declarations (see Annual) and adds each to its
// group's turnover in groups.
func sumDeclarations(terms policy.Terms, decls []Declaration, groupIndex map[string]int, groups []GroupInput) (policy.Trace, error) {
	cur := terms.Currency
	byGroup := make([][]int, len(groups)) // declaration indexes per group
	for i, d := range decls {
		g, ok := groupIndex[d.Group]
		if !ok {
			return nil, policy.NewRuleError(policy.ErrMissing, clauseRate, field("declarations", i, "group"), d.Group+" (no rate in the terms)")
		}
		if err := checkMoney(clauseDeclaration, field("declarations", i, "amount"), d.Amount, cur); err != nil {
			return nil, err
		}
		if err := d.checkPeriod(terms); err != nil {
			return nil, policy.PrefixField(field("declarations", i, ""), err)
		}
		byGroup[g] = append(byGroup[g], i)
		sum, err := groups[g].Turnover.Add(d.Amount)
		if err != nil {
			return nil, err
		}
		groups[g].Turnover = sum
	}
	var tr policy.Trace
	for g, idx := range byGroup {
		if err := checkOverlaps("declarations", decls, idx); err != nil {
			return nil, err
		}
		tr = tr.Add("turnover declared, "+groups[g].Group, count(len(idx), "declaration"), groups[g].Turnover.String(), clauseDeclaration)
	}
	return tr, nil
}

// checkPeriod checks one declaration's period against the insurance period
// (none when terms.Effective and terms.Expiry are zero); fields are named
// from the declaration ("from").
func (d Declaration) checkPeriod(terms policy.Terms) error {
	switch {
	case d.From.IsZero() && d.To.IsZero():
		return nil
	case d.From.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "from", "")
	case d.To.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "to", "")
	case d.To.Before(d.From):
		return policy.NewRuleError(policy.ErrInconsistent, clauseDeclaration, "to", d.To.String()+" before "+d.From.String())
	case !terms.Effective.IsZero() && d.From.Before(terms.Effective):
		return policy.NewRuleError(policy.ErrOutOfRange, clauseDeclaration, "from", d.From.String()+" before the effective date "+terms.Effective.String())
	case !terms.Expiry.IsZero() && d.To.After(terms.Expiry):
		return policy.NewRuleError(policy.ErrOutOfRange, clauseDeclaration, "to", d.To.String()+" after the expiry date "+terms.Expiry.String())
	}
	return nil
}

// checkOverlaps reports two declarations of one group (indexes idx) whose
// periods share a day; a whole-year declaration shares a day with any.
func checkOverlaps(list string, decls []Declaration, idx []int) error {
	if len(idx) < 2 {
		return nil
	}
	sorted := slices.Clone(idx)
	slices.SortStableFunc(sorted, func(a, b int) int { return decls[a].From.Compare(decls[b].From) })
	for k := 1; k < len(sorted); k++ {
		prev, cur := decls[sorted[k-1]], decls[sorted[k]]
		if prev.From.IsZero() || !cur.From.After(prev.To) {
			return policy.NewRuleError(policy.ErrInconsistent, clauseDeclaration, field(list, sorted[k], "from"),
				cur.Group+" "+span(cur)+" overlaps "+span(prev))
		}
	}
	return nil
}

func span(d Declaration) string {
	if d.From.IsZero() {
		return "the whole year"
	}
	return d.From.String() + ".." + d.To.String()
}

// feeInputs prices the fee counts with the unit prices of the terms, then
// appends the charges.
func feeInputs(fees []policy.Fee, decl Declarations) ([]FeeInput, error) {
	out := make([]FeeInput, len(fees), len(fees)+len(decl.Charges))
	index := make(map[string]int, len(fees))
	for i, f := range fees {
		if _, dup := index[f.Name]; dup {
			return nil, policy.NewRuleError(policy.ErrInconsistent, clauseFees, field("premium.fees", i, "name"), f.Name+" (named twice)")
		}
		index[f.Name] = i
		out[i] = FeeInput{Name: f.Name, UnitPrice: f.UnitPrice}
	}
	for i, c := range decl.Fees {
		k, ok := index[c.Name]
		switch {
		case !ok:
			return nil, policy.NewRuleError(policy.ErrMissing, clauseFees, field("fees", i, "name"), c.Name+" (no unit price in the terms)")
		case c.Count < 0 || c.Count > maxCount-out[k].Count:
			return nil, policy.NewRuleError(policy.ErrOutOfRange, clauseFees, field("fees", i, "count"), i64toa(c.Count))
		}
		out[k].Count += c.Count
	}
	for i, c := range decl.Charges {
		price, err := policy.PriceOf(c.Amount)
		if err != nil {
			return nil, policy.NewRuleError(policy.ErrOutOfRange, clauseFees, field("charges", i, "amount"), c.Amount.String())
		}
		out = append(out, FeeInput{Name: c.Name, UnitPrice: price, Count: 1})
	}
	return out, nil
}

// maxCount bounds a fee's total count (far above any real count).
const maxCount = 1 << 53
