package premium

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// LimitFeesResult are the fees of one insurance year derived from the
// buyers' limit histories, with the counts they were billed on.
type LimitFeesResult struct {
	// MonitoringUnits: limit-quarters (PerLimitPerQuarter) or buyers
	// (PerBuyerPerYear) billed; Monitoring = units × the monitoring price.
	MonitoringUnits int           `json:"monitoringUnits"`
	Monitoring      policy.Amount `json:"monitoring"`
	// RequestUnits: new limits (and increases with BillIncreases);
	// Requests = units × the request price.
	RequestUnits int           `json:"requestUnits"`
	Requests     policy.Amount `json:"requests"`
	// TopUpMonths: the months billed over all the top-ups; TopUps their
	// premiums (TopUpPremium, each rounded).
	TopUpMonths int           `json:"topUpMonths"`
	TopUps      policy.Amount `json:"topUps"`
	// Total = Monitoring + Requests + TopUps.
	Total policy.Amount `json:"total"`
	Trace policy.Trace  `json:"trace"`
}

// LimitFees counts the fees of the insurance year from..to (inclusive;
// the zero Dates take terms.Effective and terms.Expiry) from the limit
// histories of the buyers, one history a buyer, under
// terms.Premium.LimitFees, so that the caller counts nothing:
//
//   - a named limit (agrément, accord express, start cover) is held from
//     its date until a refusal (a named decision of 0) or, when
//     NamedLimitValidity is set, until it lapses that long after its date
//     (it must then be requested again), the day limits.Lapse gives and
//     from which limits.CoverAt gives it no cover (Gap Lapsed);
//   - monitoring: PerLimitPerQuarter bills each quarter of the year (three
//     months from `from`) in which a limit is held, "fees charged for
//     monitoring a previously authorised credit limit/check. These are
//     billed quarterly" (Atradius glossary M,
//     https://support.atradius.be/en/glossary/glossary-m); PerBuyerPerYear
//     bills each buyer on which a limit is held in the year;
//   - requests: each named decision of the year that grants a limit where
//     none is held is billed; an increase of a limit held is free, "such an
//     increase request is completely free of charge" (Atradius practical
//     guide 5.1, https://support.atradius.be/en/practical-guide/monitoring-risks),
//     unless BillIncreases; reductions and refusals are free;
//   - top-ups: a top-up with a price (limits.Decision.Price) runs from its
//     date to its expiry, the next top-up decision or the end of the year,
//     and is billed by [TopUpPremium] on the whole calendar months it
//     touches, at least TopUpMinMonths for one that starts in the year
//     ("Minimum premium: three months, thereafter monthly billing. Whole
//     calendar months are always charged", Allianz Trade CH,
//     https://allianz-trade-support.ch/en/trade-credit-insurance/additional-coverage-through-cap-cap/);
//     one granted in an earlier year is billed from `from` on, or not at
//     all with TopUpLapseAtRenewal. A top-up above the named limit held on
//     its date (TopUpCapToPrimary: "CAP top-up cover can double the cover
//     limit") or above TopUpCeiling ("up to a maximum of CHF 3 million") is
//     an error, never silently reduced.
//
// Temporary limits bill nothing here. Fees are rounded with terms.Rounding.
//
//	monitoring EUR 30 per limit per quarter; a limit granted on 2025-02-10
//	(request EUR 50) and raised on 2025-05-01 (free), refused on
//	2025-08-20: quarters 1 to 3 → EUR 90.00, one request → EUR 50.00
//
// Errors wrap policy.ErrMissing (no currency, no dates),
// policy.ErrInconsistent (to before from; a top-up above its caps),
// policy.ErrCurrencyMismatch (a decision or price in another currency) or
// policy.ErrOutOfRange (an unknown monitoring basis or rounding mode, a
// negative minimum of months).
func LimitFees(terms policy.Terms, histories []limits.History, from, to calendar.Date) (LimitFeesResult, error) {
	cur := terms.Currency
	f := terms.Premium.LimitFees
	if from.IsZero() {
		from = terms.Effective
	}
	if to.IsZero() {
		to = terms.Expiry
	}
	switch {
	case cur.IsZero():
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrMissing, clauseLimitFees, "currency", "")
	case from.IsZero():
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrMissing, clauseLimitFees, "from", "")
	case to.IsZero():
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrMissing, clauseLimitFees, "to", "")
	case to.Before(from):
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrInconsistent, clauseLimitFees, "to", to.String()+" before "+from.String())
	case f.MonitoringBasis > policy.PerBuyerPerYear:
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrOutOfRange, clauseLimitFees, "limitFees.monitoringBasis", f.MonitoringBasis.String())
	case f.TopUpMinMonths < 0 || f.TopUpMinMonths > maxPeriods:
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrOutOfRange, clauseLimitFees, "limitFees.topUpMinMonths", itoa(f.TopUpMinMonths))
	}
	if err := checkRounding(terms.Rounding); err != nil {
		return LimitFeesResult{}, err
	}
	for _, p := range []struct {
		name string
		p    policy.Price
	}{{"limitFees.monitoring", f.Monitoring}, {"limitFees.request", f.Request}} {
		if c := p.p.Currency(); !c.IsZero() && c != cur {
			return LimitFeesResult{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseLimitFees, p.name, p.p.String())
		}
		if p.p.Decimal().Sign() < 0 {
			return LimitFeesResult{}, policy.NewRuleError(policy.ErrOutOfRange, clauseLimitFees, p.name, p.p.String())
		}
	}
	if c := f.TopUpCeiling.Currency(); !c.IsZero() && (c != cur || f.TopUpCeiling.IsNegative()) {
		return LimitFeesResult{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseLimitFees, "limitFees.topUpCeiling", f.TopUpCeiling.String())
	}
	r := LimitFeesResult{TopUps: policy.Zero(cur)}
	for i, h := range histories {
		b, err := buyerFees(terms, h, from, to)
		if err != nil {
			return LimitFeesResult{}, policy.NewRuleError(err, clauseLimitFees, field("histories", i, ""), "")
		}
		r.MonitoringUnits += b.monitoring
		r.RequestUnits += b.requests
		r.TopUpMonths += b.topUpMonths
		r.TopUps, _ = r.TopUps.Add(b.topUps) // one currency, checked
	}
	var err error
	if r.Monitoring, err = priced(f.Monitoring, r.MonitoringUnits, cur, terms.Rounding); err != nil {
		return LimitFeesResult{}, err
	}
	if r.Requests, err = priced(f.Request, r.RequestUnits, cur, terms.Rounding); err != nil {
		return LimitFeesResult{}, err
	}
	r.Total, _ = policy.Sum(cur, r.Monitoring, r.Requests, r.TopUps)
	r.Trace = policy.Trace{}.
		Add("monitoring fees", count(r.MonitoringUnits, "unit")+" ("+f.MonitoringBasis.String()+") × "+priceText(f.Monitoring), r.Monitoring.String(), clauseLimitFees).
		Add("limit request fees", count(r.RequestUnits, "new limit")+" × "+priceText(f.Request)+" (increases "+map[bool]string{false: "free", true: "billed"}[f.BillIncreases]+")", r.Requests.String(), clauseLimitFees).
		Add("top-up premiums", count(r.TopUpMonths, "month")+" billed", r.TopUps.String(), clauseTopUp).
		Add("limit fees", "monitoring + requests + top-ups", r.Total.String(), clauseLimitFees)
	return r, nil
}

func priceText(p policy.Price) string {
	if p.Currency().IsZero() {
		return "no price"
	}
	return p.String()
}

// priced is units × p rounded, 0 without a price.
func priced(p policy.Price, units int, cur policy.Currency, m policy.RoundingMode) (policy.Amount, error) {
	if p.Currency().IsZero() || units == 0 {
		return policy.Zero(cur), nil
	}
	return p.Times(int64(units), m)
}

// buyerCount is what one buyer's history bills.
type buyerCount struct {
	monitoring, requests, topUpMonths int
	topUps                            policy.Amount
}

// dayRun is a closed run of days.
type dayRun struct{ from, to calendar.Date }

func (s dayRun) meets(o dayRun) bool { return !s.to.Before(o.from) && !o.to.Before(s.from) }

// buyerFees counts the fees of one history.
func buyerFees(terms policy.Terms, h limits.History, from, to calendar.Date) (buyerCount, error) {
	f := terms.Premium.LimitFees
	cur := terms.Currency
	b := buyerCount{topUps: policy.Zero(cur)}
	ds := h.Decisions()
	var held []dayRun
	var heldAmount policy.Amount // the named limit held, the zero Amount when none
	var heldUntil calendar.Date  // its last day when it lapses, else zero
	// named returns the amount held on day t.
	named := func(t calendar.Date) policy.Amount {
		if heldAmount.Currency().IsZero() || !heldUntil.IsZero() && heldUntil.Before(t) {
			return policy.Amount{}
		}
		return heldAmount
	}
	open := -1 // index in held of the open span
	for i, d := range ds {
		if c := d.Amount.Currency(); !c.IsZero() && c != cur {
			return b, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseLimitFees, "decision "+d.ID+" amount", d.Amount.String())
		}
		switch d.Kind {
		case limits.Agrement, limits.AccordExpress, limits.StartCover, limits.Refusal:
			before := named(d.Date)
			if open >= 0 {
				// The span held so far ends the day before, or at its lapse.
				end := d.Date.AddDays(-1)
				if !heldUntil.IsZero() && heldUntil.Before(end) {
					end = heldUntil
				}
				held[open].to = end
				open = -1
			}
			heldAmount, heldUntil = policy.Amount{}, calendar.Date{}
			if !d.Amount.IsPositive() {
				continue
			}
			inYear := !d.Date.Before(from) && !d.Date.After(to)
			switch {
			case before.Currency().IsZero() && inYear:
				b.requests++
			case f.BillIncreases && inYear && !less(d.Amount, before) && !d.Amount.Equal(before):
				b.requests++
			}
			heldAmount = d.Amount
			if end, ok := limits.Lapse(terms, d); ok { // the day the cover lapses too
				heldUntil = end.AddDays(-1)
			}
			held = append(held, dayRun{d.Date, calendar.Date{}})
			open = len(held) - 1
		case limits.TopUp:
			months, prem, err := topUpFees(terms, ds, i, named(d.Date), from, to)
			if err != nil {
				return b, err
			}
			b.topUpMonths += months
			b.topUps, _ = b.topUps.Add(prem)
		}
	}
	if open >= 0 {
		held[open].to = to
		if !heldUntil.IsZero() && heldUntil.Before(to) {
			held[open].to = heldUntil
		}
	}
	year := dayRun{from, to}
	switch f.MonitoringBasis {
	case policy.PerBuyerPerYear:
		for _, s := range held {
			if s.meets(year) {
				b.monitoring = 1
				break
			}
		}
	default:
		for q := 0; q < 4*maxPeriods; q++ {
			qs := from.AddMonths(3 * q)
			if qs.After(to) || qs.IsZero() {
				break
			}
			qe := from.AddMonths(3 * (q + 1)).AddDays(-1)
			if to.Before(qe) {
				qe = to
			}
			for _, s := range held {
				if s.meets(dayRun{qs, qe}) {
					b.monitoring++
					break
				}
			}
		}
	}
	return b, nil
}

// topUpFees bills the top-up ds[i] in the year: its caps, its run and its
// months, priced by TopUpPremium.
func topUpFees(terms policy.Terms, ds []limits.Decision, i int, primary policy.Amount, from, to calendar.Date) (int, policy.Amount, error) {
	f := terms.Premium.LimitFees
	d := ds[i]
	zero := policy.Zero(terms.Currency)
	if !d.Amount.IsPositive() {
		return 0, zero, nil
	}
	switch {
	case f.TopUpCapToPrimary && (primary.Currency().IsZero() || less(primary, d.Amount)):
		return 0, zero, policy.NewRuleError(policy.ErrInconsistent, clauseLimitFees, "decision "+d.ID+" amount", d.Amount.String()+" above the primary limit "+orNoneText(primary))
	case !f.TopUpCeiling.Currency().IsZero() && less(f.TopUpCeiling, d.Amount):
		return 0, zero, policy.NewRuleError(policy.ErrInconsistent, clauseLimitFees, "decision "+d.ID+" amount", d.Amount.String()+" above the ceiling "+f.TopUpCeiling.String())
	}
	start, end := d.Date, to
	if !d.Expiry.IsZero() && d.Expiry.Before(end) {
		end = d.Expiry
	}
	for _, n := range ds[i+1:] {
		if n.Kind == limits.TopUp {
			if e := n.Date.AddDays(-1); e.Before(end) {
				end = e
			}
			break
		}
	}
	minMonths := f.TopUpMinMonths
	if start.Before(from) {
		if f.TopUpLapseAtRenewal {
			return 0, zero, nil
		}
		start, minMonths = from, 0
	}
	if d.Price.IsZero() || end.Before(start) || start.After(to) {
		return 0, zero, nil
	}
	months := (end.Year()-start.Year())*12 + int(end.Month()) - int(start.Month()) + 1
	tp, err := TopUpPremium(d.Amount, d.Price, months, minMonths, terms.Rounding)
	if err != nil {
		return 0, zero, err
	}
	return tp.MonthsBilled, tp.Premium, nil
}

// less reports a < b for amounts of one currency.
func less(a, b policy.Amount) bool {
	c, err := a.Cmp(b)
	return err == nil && c < 0
}

func orNoneText(a policy.Amount) string {
	if a.Currency().IsZero() {
		return "none"
	}
	return a.String()
}
