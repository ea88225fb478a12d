package claims

import (
	"encoding/json"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// YearAttribution says which date places a claim in an insurance year. The
// wordings state the maximum liability and the aggregate first loss "per
// policy year" (Atradius glossary M, maximum indemnity: "the maximum
// amount we will pay out per policy year under the policy",
// https://support.atradius.be/en/glossary/glossary-m) without saying which
// date of the claim counts, so it is an option. Its zero value is
// ByLossDate.
type YearAttribution uint8

const (
	// ByLossDate: the date of loss (insolvency, or the end of the waiting
	// period), the event the indemnity answers.
	ByLossDate YearAttribution = iota
	// ByDeliveryDate: the date of the (last) delivery of the loss, for
	// policies that count the losses on the deliveries of the year.
	ByDeliveryDate
)

var attributionNames = [...]string{ByLossDate: "lossDate", ByDeliveryDate: "deliveryDate"}

// String returns "lossDate" or "deliveryDate".
func (a YearAttribution) String() string {
	return nameOf(attributionNames[:], int(a), "YearAttribution")
}

// ParseYearAttribution returns the attribution named s (see String), or an
// error wrapping policy.ErrSyntax.
func ParseYearAttribution(s string) (YearAttribution, error) {
	i, err := parseName(attributionNames[:], s, clauseYear, "attribution")
	return YearAttribution(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (a YearAttribution) MarshalText() ([]byte, error) {
	return nameText(attributionNames[:], int(a), "YearAttribution", clauseYear, "attribution")
}

// UnmarshalText implements encoding.TextUnmarshaler with
// ParseYearAttribution.
func (a *YearAttribution) UnmarshalText(text []byte) error {
	v, err := ParseYearAttribution(string(text))
	if err == nil {
		*a = v
	}
	return err
}

// YearOptions open an insurance year. The zero value opens the policy's
// period (Terms.Effective to Terms.Expiry) with the policy's amounts.
type YearOptions struct {
	// Start and End, inclusive: the zero Dates take Terms.Effective and
	// Terms.Expiry.
	Start calendar.Date `json:"start"`
	End   calendar.Date `json:"end"`
	// MaxLiability is the maximum liability of this year when the policy
	// states it as a multiple of the premium (premium.MaxLiability
	// computes it); the zero Amount takes Terms.MaxLiability.Amount, or no
	// maximum when the policy sets none. Given with a fixed amount in the
	// terms, it must equal it.
	MaxLiability policy.Amount `json:"maxLiability"`
	// Attribution: which date of a claim places it in the year.
	Attribution YearAttribution `json:"attribution"`
	// RecoveriesRestoreLiability: the insurer's share of a recovery is
	// added back to what remains of the maximum liability (a maximum of the
	// indemnities net of recoveries). Default (false): the maximum counts
	// what the insurer pays out, "the maximum amount we will pay out per
	// policy year" (Atradius glossary M).
	RecoveriesRestoreLiability bool `json:"recoveriesRestoreLiability"`
}

// Year is the account of one insurance year: what remains of the aggregate
// first loss and of the maximum liability, the indemnities paid, the
// insurer's share of the recoveries and the collection fees. It is a
// value: Claim and Recover return the next Year and leave the receiver as
// it was, so that the caller never tracks what remains ("Franchise
// annuelle = 100 K€ … Premier sinistre de 50 K€, on comptabilise 45 K€
// (90 % × 50 K€). Deuxième sinistre = 20 K€, on comptabilise 18 K€",
// https://assurance-professionnelle.pagesjaunes.fr/astuce/voir/747079/assurance-credit-et-la-franchise;
// "limite le montant des indemnités susceptibles d'être versées par
// l'assureur au titre d'un exercice annuel d'assurance", same page).
//
// Its zero value is no year: Claim and Recover refuse it (ErrMissing).
// Open one with NewYear.
type Year struct {
	cur        policy.Currency
	start, end calendar.Date
	opts       YearOptions
	firstLoss  policy.Amount // the zero Amount: no aggregate first loss
	liability  policy.Amount // the zero Amount: no maximum
	maximum    policy.Amount // the year's maximum liability, for restoring
	paid       policy.Amount
	recovered  policy.Amount
	fees       policy.Amount
	claims     int
}

// NewYear opens the insurance year of the terms (see YearOptions): the
// whole aggregate first loss and maximum liability remain, nothing is
// paid.
//
// Errors: ErrMissing (no currency; no start or end, in the options or the
// terms; a maximum liability stated as a premium multiple without
// YearOptions.MaxLiability), ErrInconsistent (an end before the start; a
// YearOptions.MaxLiability other than the policy's fixed amount),
// ErrCurrencyMismatch and ErrOutOfRange (a negative amount, an unknown
// attribution).
func NewYear(t policy.Terms, o YearOptions) (Year, error) {
	cur := t.Currency
	if cur.IsZero() {
		return Year{}, missing(clauseYear, "currency")
	}
	start, end := o.Start, o.End
	if start.IsZero() {
		start = t.Effective
	}
	if end.IsZero() {
		end = t.Expiry
	}
	switch {
	case start.IsZero():
		return Year{}, missing(clauseYear, "start")
	case end.IsZero():
		return Year{}, missing(clauseYear, "end")
	case end.Before(start):
		return Year{}, inconsistent(clauseYear, "end", end.String()+" before "+start.String())
	case o.Attribution > ByDeliveryDate:
		return Year{}, outOfRange(clauseYear, "attribution", o.Attribution.String())
	}
	for _, a := range [...]struct {
		c     policy.Clause
		field string
		a     policy.Amount
	}{{clauseFirstLoss, "aggregateFirstLoss", t.AggregateFirstLoss}, {clauseMaxLiability, "maxLiability.amount", t.MaxLiability.Amount},
		{clauseMaxLiability, "options.maxLiability", o.MaxLiability}} {
		if err := checkAmount(a.c, a.field, a.a, cur, true); err != nil {
			return Year{}, err
		}
	}
	liab := o.MaxLiability
	fixed := t.MaxLiability.Amount
	switch {
	case liab.Currency().IsZero() && t.MaxLiability.PremiumMultiple != 0:
		return Year{}, missing(clauseMaxLiability, "options.maxLiability")
	case liab.Currency().IsZero():
		liab = fixed
	case !fixed.Currency().IsZero() && !fixed.Equal(liab):
		return Year{}, inconsistent(clauseMaxLiability, "options.maxLiability", liab.String()+" under a fixed maximum of "+fixed.String())
	}
	o.Start, o.End = start, end
	z := policy.Zero(cur)
	return Year{cur: cur, start: start, end: end, opts: o, firstLoss: t.AggregateFirstLoss,
		liability: liab, maximum: liab, paid: z, recovered: z, fees: z}, nil
}

// YearClaim is one claim of the year and the dates that place it.
type YearClaim struct {
	// Claim is the claim; its FirstLossRemaining and LiabilityRemaining
	// are the year's and must be left the zero Amount.
	Claim Claim `json:"claim"`
	// LossDate is the date of loss, Delivery the date of the last
	// delivery of the loss; the one YearOptions.Attribution names is
	// required.
	LossDate calendar.Date `json:"lossDate"`
	Delivery calendar.Date `json:"delivery"`
}

// Claim files a claim in the year: the indemnity of Indemnity with what
// remains of the aggregate first loss and of the maximum liability, and
// the next Year, with the first loss the claim used and the indemnity paid
// taken off. The receiver is unchanged.
//
// Errors: those of Indemnity; ErrMissing (the zero Year, the attributing
// date); ErrInconsistent (a claim dated outside the year, remaining
// amounts given in the claim); ErrCurrencyMismatch (terms in another
// currency than the year's).
func (y Year) Claim(t policy.Terms, yc YearClaim, c limits.Cover, o IndemnityOptions) (Breakdown, Year, error) {
	if err := y.check(t); err != nil {
		return Breakdown{}, y, err
	}
	on, field := yc.LossDate, "lossDate"
	if y.opts.Attribution == ByDeliveryDate {
		on, field = yc.Delivery, "delivery"
	}
	switch {
	case on.IsZero():
		return Breakdown{}, y, missing(clauseYear, field)
	case on.Before(y.start) || on.After(y.end):
		return Breakdown{}, y, inconsistent(clauseYear, field, on.String()+" outside the year "+y.start.String()+" to "+y.end.String())
	case !yc.Claim.FirstLossRemaining.Currency().IsZero():
		return Breakdown{}, y, inconsistent(clauseYear, "claim.aggregateFirstLossRemaining", "kept by the year: leave it out")
	case !yc.Claim.LiabilityRemaining.Currency().IsZero():
		return Breakdown{}, y, inconsistent(clauseYear, "claim.maxLiabilityRemaining", "kept by the year: leave it out")
	}
	cl := yc.Claim
	cl.FirstLossRemaining = y.firstLoss
	cl.LiabilityRemaining = y.liability
	if cl.LiabilityRemaining.Currency().IsZero() && t.MaxLiability.PremiumMultiple != 0 {
		// The year has no maximum: YearOptions.MaxLiability was checked
		// at NewYear, so this terms' multiple is not the year's.
		return Breakdown{}, y, inconsistent(clauseYear, "maxLiability.premiumMultiple", "terms other than the year's")
	}
	b, err := Indemnity(t, cl, c, o)
	if err != nil {
		return Breakdown{}, y, err
	}
	return b, y.filed(b.FirstLossUsed, b.Indemnity), nil
}

// filed is the year after a claim that used firstLossUsed of the aggregate
// first loss and for which the insurer pays paid: both taken off what
// remains (never below 0), paid added to the indemnities, the claim
// counted. The amounts are in the year's currency (checked by the caller).
func (y Year) filed(firstLossUsed, paid policy.Amount) Year {
	next := y
	if !y.firstLoss.Currency().IsZero() {
		next.firstLoss = subFloor(y.firstLoss, firstLossUsed)
	}
	if !y.liability.Currency().IsZero() {
		next.liability = subFloor(y.liability, paid)
	}
	next.paid, _ = y.paid.Add(paid)
	next.claims++
	return next
}

// Recover records an amount collected from a buyer after its indemnity:
// the collection fee of the cause (CollectionFee) is taken off, and the
// net shared with ShareRecovery on the claim's indemnity and loss (the
// insured's whole loss on the buyer). The next Year adds the insurer's
// share to the recoveries and the fee to the collection fees; with
// YearOptions.RecoveriesRestoreLiability, the insurer's share is added
// back to what remains of the maximum liability, never above the year's
// maximum. The receiver is unchanged.
//
// Errors: those of CollectionFee and ShareRecovery; ErrMissing (the zero
// Year); ErrInconsistent (the insurer's recoveries of the year above the
// indemnities it paid).
func (y Year) Recover(t policy.Terms, indemnity, loss policy.Amount, cause Cause, collected policy.Amount) (Shares, Year, error) {
	if err := y.check(t); err != nil {
		return Shares{}, y, err
	}
	r, err := CollectedRecovery(t, cause, collected)
	if err != nil {
		return Shares{}, y, err
	}
	s, err := ShareRecovery(indemnity, loss, r)
	if err != nil {
		return Shares{}, y, err
	}
	next := y
	next.recovered, _ = y.recovered.Add(s.Insurer)
	next.fees, _ = y.fees.Add(r.Costs)
	if less(y.paid, next.recovered) {
		return Shares{}, y, inconsistent(clauseYear, "recovery", "the insurer's recoveries "+next.recovered.String()+" above the indemnities paid "+y.paid.String())
	}
	if y.opts.RecoveriesRestoreLiability && !y.liability.Currency().IsZero() {
		l, _ := y.liability.Add(s.Insurer)
		if less(y.maximum, l) {
			l = y.maximum
		}
		next.liability = l
	}
	return s, next, nil
}

// check refuses the zero Year and terms in another currency.
func (y Year) check(t policy.Terms) error {
	switch {
	case y.cur.IsZero():
		return missing(clauseYear, "year")
	case t.Currency != y.cur:
		return policy.NewRuleError(policy.ErrCurrencyMismatch, clauseYear, "currency", t.Currency.Code()+" and the year's "+y.cur.Code())
	}
	return nil
}

// Next opens the following insurance year under t (renewal): by default
// from the day after this year's end for twelve months (calendar
// arithmetic, the last day the day before the anniversary), with the
// whole aggregate first loss and maximum liability again (o.MaxLiability
// for a maximum stated as a premium multiple), and this year's attribution
// and restoring rule, which a renewal keeps (o's are not read). Errors:
// those of NewYear.
func (y Year) Next(t policy.Terms, o YearOptions) (Year, error) {
	if y.cur.IsZero() {
		return Year{}, missing(clauseYear, "year")
	}
	if o.Start.IsZero() {
		o.Start = y.end.AddDays(1)
	}
	if o.End.IsZero() {
		o.End = o.Start.AddMonths(12).AddDays(-1)
	}
	o.Attribution, o.RecoveriesRestoreLiability = y.opts.Attribution, y.opts.RecoveriesRestoreLiability
	return NewYear(t, o)
}

// Start and End are the first and last days of the year.
func (y Year) Start() calendar.Date { return y.start }

// End is the last day of the year.
func (y Year) End() calendar.Date { return y.end }

// Options are the options the year was opened with, its dates filled in.
func (y Year) Options() YearOptions { return y.opts }

// FirstLossRemaining is what remains of the aggregate first loss, the zero
// Amount when the policy sets none.
func (y Year) FirstLossRemaining() policy.Amount { return y.firstLoss }

// LiabilityRemaining is what remains of the maximum liability, the zero
// Amount when the year has no maximum.
func (y Year) LiabilityRemaining() policy.Amount { return y.liability }

// IndemnitiesPaid is the sum of the indemnities of the year's claims: the
// claims paid of premium.LossRatio and premium.YearAccount.
func (y Year) IndemnitiesPaid() policy.Amount { return y.paid }

// Recovered is the insurer's share of the recoveries of the year.
func (y Year) Recovered() policy.Amount { return y.recovered }

// NetPaid = IndemnitiesPaid − Recovered: the claims paid net of
// recoveries, for a loss ratio or a profit share counted net.
func (y Year) NetPaid() policy.Amount {
	n, _ := y.paid.Sub(y.recovered)
	return n
}

// CollectionFees is the sum of the collection fees taken off the
// recoveries of the year.
func (y Year) CollectionFees() policy.Amount { return y.fees }

// Claims is the number of claims filed in the year.
func (y Year) Claims() int { return y.claims }

// yearJSON is the JSON form of a Year.
type yearJSON struct {
	Start              calendar.Date   `json:"start"`
	End                calendar.Date   `json:"end"`
	Attribution        YearAttribution `json:"attribution"`
	FirstLossRemaining *policy.Amount  `json:"aggregateFirstLossRemaining"`
	LiabilityRemaining *policy.Amount  `json:"maxLiabilityRemaining"`
	IndemnitiesPaid    policy.Amount   `json:"indemnitiesPaid"`
	Recovered          policy.Amount   `json:"recovered"`
	NetPaid            policy.Amount   `json:"netPaid"`
	CollectionFees     policy.Amount   `json:"collectionFees"`
	Claims             int             `json:"claims"`
}

// MarshalJSON writes the account: its dates, what remains (null when the
// policy sets no such amount), the sums and the number of claims.
func (y Year) MarshalJSON() ([]byte, error) {
	j := yearJSON{Start: y.start, End: y.end, Attribution: y.opts.Attribution, IndemnitiesPaid: y.paid,
		Recovered: y.recovered, NetPaid: y.NetPaid(), CollectionFees: y.fees, Claims: y.claims}
	if !y.firstLoss.Currency().IsZero() {
		j.FirstLossRemaining = &y.firstLoss
	}
	if !y.liability.Currency().IsZero() {
		j.LiabilityRemaining = &y.liability
	}
	return json.Marshal(j)
}
