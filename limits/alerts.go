package limits

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// AlertKind is the kind of an alert on a buyer. Its zero value is "no
// kind"; Alerts never returns it.
type AlertKind uint8

const (
	// Approaching: the exposure is at or above the warning ratio of the
	// insured amount.
	Approaching AlertKind = iota + 1
	// Exceeded: the exposure is above the insured amount; the excess is
	// uninsured.
	Exceeded
	// LimitExpiring: a temporary limit or a top-up ends within the notice
	// days.
	LimitExpiring
	// ReductionAhead: a reduction or a refusal is notified and takes effect
	// on the alert's date.
	ReductionAhead
	// StopReached: the buyer's stop date is reached; new deliveries are not
	// covered.
	StopReached
)

var alertNames = []string{Approaching: "approaching", Exceeded: "exceeded", LimitExpiring: "limitExpiring",
	ReductionAhead: "reductionAhead", StopReached: "stopReached"}

// String returns the kind's name.
func (k AlertKind) String() string { return enumString(alertNames, int(k), "AlertKind") }

// MarshalText implements encoding.TextMarshaler.
func (k AlertKind) MarshalText() ([]byte, error) {
	return enumText(alertNames, int(k), "AlertKind", "alertKind")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (k *AlertKind) UnmarshalText(b []byte) error {
	i, err := enumParse(alertNames, string(b), "alertKind")
	if err == nil {
		*k = AlertKind(i)
	}
	return err
}

// Alert is one thing a credit manager should know about a buyer today.
type Alert struct {
	// Kind of alert.
	Kind AlertKind `json:"kind"`
	// Date the alert is about: today for exposure alerts, the expiry, the
	// effective day of a reduction, or the stop date.
	Date calendar.Date `json:"date"`
	// DecisionID is the decision concerned, if any.
	DecisionID string `json:"decisionId,omitempty"`
	// Message says what happens, with the amounts.
	Message string `json:"message"`
	// Clause is the clause behind the alert.
	Clause policy.Clause `json:"clause"`
}

// AlertOptions are the choices of Alerts. The zero value is the strict
// one: any positive exposure is "approaching" (see HeadroomOptions), and a
// limit's expiry is announced on its last day.
type AlertOptions struct {
	// Headroom: the warning ratio and the buckets counted, as in Headroom.
	Headroom HeadroomOptions
	// ExpiryNoticeDays: announce a temporary limit or a top-up ending
	// within this many days after today; not negative.
	ExpiryNoticeDays int
	// Cover: the choices of CoverAt.
	Cover CoverOptions
}

// Alerts returns the alerts on a buyer at the date today, in date order
// (Atradius practical guide, monitoring risks; the simplified SME offer:
// an alert "si l'encours du client approche ou dépasse le montant
// assuré"; credit-management tools such as My DSO Manager and CE-IT MA!N):
//
//   - Exceeded when the exposure e is above the insured amount of a delivery
//     today (CoverAt), Approaching when it is at or above the warning ratio
//     of it (the rules of Headroom, with no pending document);
//   - LimitExpiring for each temporary limit or top-up in force today whose
//     expiry is within ExpiryNoticeDays;
//   - ReductionAhead for each reduction or refusal dated on or before today
//     that takes effect after today as the decision in force;
//   - StopReached when the buyer's stop date is on or before today.
//
// Errors are those of CoverAt and Headroom, and negative ExpiryNoticeDays
// (ErrOutOfRange).
func Alerts(terms policy.Terms, h History, b Buyer, e Exposure, today calendar.Date, opts AlertOptions) ([]Alert, error) {
	if err := checkExpiryNotice(opts); err != nil {
		return nil, err
	}
	if err := checkCover(terms, opts.Cover); err != nil {
		return nil, err
	}
	if err := checkDelivery(b, today); err != nil {
		return nil, err
	}
	cv, err := newCoverage(terms, h, opts.Cover)
	if err != nil {
		return nil, err
	}
	return cv.alerts(b, e, today, opts)
}

// Alerts is the function Alerts on the decisions of the coverage, under
// its terms and its choices of cover (opts.Cover is not read): the alerts
// of a buyer whose deliveries are read with the same Coverage, without
// placing the decisions again. Its errors are those of Alerts.
func (cv Coverage) Alerts(b Buyer, e Exposure, today calendar.Date, opts AlertOptions) ([]Alert, error) {
	if err := checkExpiryNotice(opts); err != nil {
		return nil, err
	}
	if cv.placed() {
		return nil, policy.NewRuleError(policy.ErrMissing, clausePeriod, "currency", "")
	}
	if err := checkDelivery(b, today); err != nil {
		return nil, err
	}
	return cv.alerts(b, e, today, opts)
}

// checkExpiryNotice refuses negative ExpiryNoticeDays, or more days than a
// limit may count.
func checkExpiryNotice(opts AlertOptions) error {
	if opts.ExpiryNoticeDays < 0 || opts.ExpiryNoticeDays > maxDays {
		return policy.NewRuleError(policy.ErrOutOfRange, clauseTemporary, "expiryNoticeDays", strconv.Itoa(opts.ExpiryNoticeDays))
	}
	return nil
}

// alerts are the alerts of Alerts on checked inputs.
func (cv Coverage) alerts(b Buyer, e Exposure, today calendar.Date, opts AlertOptions) ([]Alert, error) {
	terms, es := cv.terms, cv.es
	opts.Cover = cv.opts
	c, err := coverAt(terms, es, b, today, cv.opts.InForce, false, nil) // the amount alone is read
	if err != nil {
		return nil, err
	}
	// Headroom's verdict, read only when the exposure is positive: a
	// document of 0 on an exposure of 0 or less is neither over nor warned
	// (its errors, but the exposure's and the ratio's, cannot happen here).
	if err := opts.Headroom.WarnRatio.CheckFraction(clauseHeadroom, "warnRatio"); err != nil {
		return nil, err
	}
	total, err := e.total(terms.Currency, opts.Headroom)
	if err != nil {
		return nil, err
	}
	var p Position
	if total.IsPositive() {
		if p, err = headroom(c.Amount, e, policy.Zero(terms.Currency), opts.Headroom, false); err != nil {
			return nil, err
		}
	}
	var out []Alert
	switch {
	case p.Uninsured.IsPositive():
		out = append(out, Alert{Kind: Exceeded, Date: today, DecisionID: c.Decision.ID, Clause: clauseHeadroom,
			Message: "exposure " + p.Exposure.String() + " exceeds the insured amount " + c.Amount.String() + " by " + p.Uninsured.String()})
	case p.Status == Warn:
		out = append(out, Alert{Kind: Approaching, Date: today, DecisionID: c.Decision.ID, Clause: clauseHeadroom,
			Message: "exposure " + p.Exposure.String() + " approaches the insured amount " + c.Amount.String() + ", headroom " + p.Headroom.String()})
	}
	horizon := today.AddDays(opts.ExpiryNoticeDays)
	for i, en := range es {
		d := en.Decision
		l := d.Kind.layer()
		switch {
		case (d.Kind == Temporary || l == layerTopUp && d.Amount.IsPositive() && inForce(es, l, today, opts.Cover.InForce, terms.ReductionNoticeDays) == i) &&
			!d.Expiry.IsZero() && !en.Start.After(today) && !d.Expiry.Before(today) && !d.Expiry.After(horizon):
			out = append(out, Alert{Kind: LimitExpiring, Date: d.Expiry, DecisionID: d.ID, Clause: entryClause(en),
				Message: d.Kind.String() + " " + d.ID + " of " + d.Amount.String() + " ends on " + d.Expiry.String()})
		case en.Reduction && !d.Date.After(today) && en.Effective.After(today) && inForce(es, l, en.Effective, opts.Cover.InForce, terms.ReductionNoticeDays) == i:
			out = append(out, Alert{Kind: ReductionAhead, Date: en.Effective, DecisionID: d.ID, Clause: clauseReduction,
				Message: d.Kind.String() + " " + d.ID + " lowers the limit from " + en.Previous.String() + " to " +
					d.Amount.String() + " for deliveries from " + en.Effective.String()})
		}
	}
	if !b.StopDate.IsZero() && !b.StopDate.After(today) {
		out = append(out, Alert{Kind: StopReached, Date: b.StopDate, Clause: clauseStop,
			Message: "new deliveries from " + b.StopDate.String() + " are not covered (" + b.StopCause.String() + ")"})
	}
	slices.SortStableFunc(out, func(x, y Alert) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return cmp.Compare(x.Kind, y.Kind)
	})
	return out, nil
}
