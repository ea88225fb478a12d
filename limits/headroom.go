package limits

import (
	"github.com/creditins/creditins/policy"
)

// Exposure is a buyer's outstanding by bucket (encours, clause CG-exposure;
// the buckets of credit-management tools), amounts excluding tax unless the policy covers
// VAT. Every bucket is 0 or positive; the zero Amount counts as 0 in the
// limit's currency. ExposureOf builds it from documents; a caller may also
// fill it from its own ledger.
type Exposure struct {
	// Open: issued invoices not yet due, or due within the grace days.
	Open policy.Amount `json:"open"`
	// Overdue: issued invoices past their due date beyond the grace days.
	Overdue policy.Amount `json:"overdue"`
	// Draft: draft invoices, not yet issued.
	Draft policy.Amount `json:"draft"`
	// Orders: confirmed orders not yet invoiced, net of their draft
	// invoices.
	Orders policy.Amount `json:"orders"`
	// Credits: open credit notes, a positive amount that lowers the
	// exposure.
	Credits policy.Amount `json:"credits"`
	// Trace says how ExposureOf built the buckets; empty when filled by hand.
	Trace policy.Trace `json:"trace,omitempty"`
}

// HeadroomOptions are the choices of a headroom check. The zero value is
// the strict check: every bucket counts, and any positive exposure warns.
type HeadroomOptions struct {
	// WarnRatio: a positive exposure at or above WarnRatio × limit is a
	// warning; a ratio above 1 is an error. Zero, the strict default, warns
	// at any positive exposure; the conformance vectors' default is
	// DefaultWarnRatio (0.8, FORMAT.md limits.headroom), to be set
	// explicitly.
	WarnRatio policy.Rate
	// OmitOverdue, OmitDrafts and OmitOrders leave a bucket out of the
	// exposure: where the limit is checked at a later stage of the sale
	// (ERPNext #10861, #16030), or where orders are not insured before
	// delivery (pre-credit risk not covered, Atradius practical guide, the amount of
	// the credit limit).
	OmitOverdue, OmitDrafts, OmitOrders bool
}

// DefaultWarnRatio returns 0.8, the warning ratio of FORMAT.md
// limits.headroom when a vector names none: warn at 80 % of the limit.
func DefaultWarnRatio() policy.Rate { return policy.MustRate("0.8") }

// HeadroomStatus is the verdict of a headroom check. Its zero value is Ok.
type HeadroomStatus uint8

const (
	// Ok: the exposure is below the warning ratio of the limit.
	Ok HeadroomStatus = iota
	// Warn: the exposure is at or above the warning ratio, or above the
	// limit after a document that does not raise it.
	Warn
	// Over: the document takes the exposure above the limit: the excess is
	// uninsured.
	Over
)

var statusNames = []string{Ok: "ok", Warn: "warn", Over: "over"}

// String returns "ok", "warn" or "over".
func (s HeadroomStatus) String() string { return enumString(statusNames, int(s), "HeadroomStatus") }

// MarshalText implements encoding.TextMarshaler.
func (s HeadroomStatus) MarshalText() ([]byte, error) {
	return enumText(statusNames, int(s), "Status", "status")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (s *HeadroomStatus) UnmarshalText(b []byte) error {
	i, err := enumParse(statusNames, string(b), "status")
	if err == nil {
		*s = HeadroomStatus(i)
	}
	return err
}

// Position is a buyer's exposure against its insured limit, after a pending
// document.
type Position struct {
	// Exposure after the document (negative when credit notes exceed it).
	Exposure policy.Amount `json:"exposure"`
	// Insured is the part of it within the limit: min(max(exposure, 0), limit).
	Insured policy.Amount `json:"insured"`
	// Uninsured is the part above the limit: max(0, exposure − limit).
	Uninsured policy.Amount `json:"uninsured"`
	// Headroom is what remains of the limit: max(0, limit − exposure).
	Headroom policy.Amount `json:"headroom"`
	// Status is the verdict.
	Status HeadroomStatus `json:"status"`
	// Trace lists the rules applied.
	Trace policy.Trace `json:"trace"`
}

// Headroom checks a pending document (an order, a delivery, an invoice; a
// negative amount for a credit note or a refund) against the buyer's
// insured limit (FORMAT.md limits.headroom; the order-time check ERP users ask for):
//
//	after     = open + overdue + draft + orders − credits + pending   (omitted buckets left out)
//	insured   = min(max(after, 0), limit)
//	uninsured = max(0, after − limit)
//	headroom  = max(0, limit − after)
//	status    = over  when after > limit and pending > 0
//	            warn  else when after ≥ WarnRatio × limit and after > 0
//	            ok    else
//
// Trading beyond the limit is allowed, the excess is uninsured
// (clause CG-beyond-limit); a document that lowers the exposure, or of amount 0,
// is never over, so refunds are never blocked (OCA credit-control #6).
//
// Errors: the limit is required and not negative, the buckets are not
// negative (ErrMissing, ErrOutOfRange); every amount is in the limit's
// currency (ErrCurrencyMismatch); WarnRatio is at most 1 (ErrOutOfRange).
func Headroom(limit policy.Amount, e Exposure, pending policy.Amount, opts HeadroomOptions) (Position, error) {
	return headroom(limit, e, pending, opts, true)
}

// headroom is Headroom, its trace left out unless tr is set (Alerts reads
// the verdict only).
func headroom(limit policy.Amount, e Exposure, pending policy.Amount, opts HeadroomOptions, tr bool) (Position, error) {
	if limit.Currency().IsZero() {
		return Position{}, policy.NewRuleError(policy.ErrMissing, clauseHeadroom, "limit", limit.String())
	}
	if limit.IsNegative() {
		return Position{}, policy.NewRuleError(policy.ErrOutOfRange, clauseHeadroom, "limit", limit.String())
	}
	ratio := opts.WarnRatio
	if err := ratio.CheckFraction(clauseHeadroom, "warnRatio"); err != nil {
		return Position{}, err
	}
	cur := limit.Currency()
	total, err := e.total(cur, opts)
	if err != nil {
		return Position{}, err
	}
	pending, err = orZero(cur, "pending", pending)
	if err != nil {
		return Position{}, err
	}
	after, err := total.Add(pending)
	if err != nil {
		return Position{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseHeadroom, "pending", pending.String())
	}
	p := Position{Exposure: after, Insured: policy.Zero(cur), Uninsured: policy.Zero(cur), Headroom: policy.Zero(cur)}
	// after and limit share one currency from here on: the errors of Sub
	// and Cmp cannot happen.
	if after.IsPositive() {
		p.Insured, _ = policy.Min(after, limit)
	}
	if excess, _ := after.Sub(limit); excess.IsPositive() {
		p.Uninsured = excess
	}
	if room, _ := limit.Sub(after); room.IsPositive() {
		p.Headroom = room
	}
	switch {
	case overLimit(after, limit) && pending.IsPositive():
		p.Status = Over
	case Approaches(after, limit, ratio):
		p.Status = Warn
	}
	if !tr {
		return p, nil
	}
	p.Trace = p.Trace.Add("exposure", "exposure "+total.String()+", pending "+pending.String(), after.String(), clauseExposure)
	p.Trace = p.Trace.Add("headroom", "limit "+limit.String()+", warn at "+ratio.String()+" of it",
		p.Status.String()+": insured "+p.Insured.String()+", uninsured "+p.Uninsured.String()+", headroom "+p.Headroom.String(),
		clauseHeadroom)
	return p, nil
}

// overLimit reports an exposure above the insured limit: "exceeding the
// credit limit" (Atradius practical guide, the amount of the credit
// limit). Both amounts share a
// currency.
func overLimit(exposure, limit policy.Amount) bool {
	c, _ := exposure.Cmp(limit)
	return c > 0
}

// Approaches reports a positive exposure at or above ratio × limit: the
// exposure approaches the insured amount (a French broker's guide: "une
// alerte automatique qui vous préviendra si l'encours du client approche
// ou dépasse le montant assuré"; FORMAT.md limits.headroom), the Warn of
// Headroom. A zero ratio warns at any positive exposure. Both amounts
// share a currency (false otherwise).
func Approaches(exposure, limit policy.Amount, ratio policy.Rate) bool {
	c, err := exposure.Cmp(limit.Mul(ratio))
	return err == nil && c >= 0 && exposure.IsPositive()
}

// total is the exposure counted by the options: the included buckets less
// the credit notes.
func (e Exposure) total(cur policy.Currency, opts HeadroomOptions) (policy.Amount, error) {
	sum := policy.Zero(cur)
	for _, b := range []struct {
		name string
		a    policy.Amount
		omit bool
		sign int
	}{
		{"exposure.open", e.Open, false, 1}, {"exposure.overdue", e.Overdue, opts.OmitOverdue, 1},
		{"exposure.draft", e.Draft, opts.OmitDrafts, 1}, {"exposure.orders", e.Orders, opts.OmitOrders, 1},
		{"exposure.credits", e.Credits, false, -1},
	} {
		a, err := orZero(cur, b.name, b.a)
		if err != nil {
			return policy.Amount{}, err
		}
		if a.IsNegative() {
			return policy.Amount{}, policy.NewRuleError(policy.ErrOutOfRange, clauseExposure, b.name, a.String())
		}
		if b.omit || a.IsZero() { // adding 0 changes no total
			continue
		}
		if b.sign < 0 {
			a = a.Neg()
		}
		if sum, err = sum.Add(a); err != nil {
			return policy.Amount{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseExposure, b.name, a.String())
		}
	}
	return sum, nil
}

// orZero returns a, the zero Amount standing for 0 in currency cur; any
// other amount must be in cur.
func orZero(cur policy.Currency, name string, a policy.Amount) (policy.Amount, error) {
	switch {
	case a.Currency().IsZero() && a.IsZero():
		return policy.Zero(cur), nil
	case a.Currency() != cur:
		return policy.Amount{}, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseExposure, name, a.String()+" against "+cur.Code())
	}
	return a, nil
}
