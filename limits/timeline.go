package limits

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// Entry is one decision of a history placed on the policy's calendar: when
// it starts to cover, when it becomes the decision in force of its layer,
// and at what quotité.
type Entry struct {
	// Decision is the decision itself.
	Decision Decision
	// Start is the first day the decision can cover: its date, or the
	// policy's effective date when it is dated within the retroactivity
	// window (see RetroactiveStart).
	Start calendar.Date
	// Retroactive reports that Start is the effective date by retroactivity.
	Retroactive bool
	// Effective is the day from which it is the decision in force of its
	// layer: Start, or for a reduction Date + the reduction notice days (see
	// Reduces). A decision reaching back under CoverOptions.Retroactivity
	// (RetroRule) keeps as Effective the start it would have without it,
	// its rank among the decisions of its layer, and covers from Start. Under LatestDecision a reduction also applies from Start on
	// the days where it raises the limit.
	Effective calendar.Date
	// Reduction reports a decision lower than Previous (a reduction, a
	// refusal, a top-up withdrawn).
	Reduction bool
	// Previous is the amount the decision is compared with (see
	// InForceRule): the decision before it in its layer, or the amount in
	// force on its date; the zero Amount for the first of its layer.
	Previous policy.Amount
	// Quotite is the decision's quotité: its own, else the policy's for its
	// type of cover (policy.Quotites.For: accord express and temporary
	// limits fall back to the named quotité); zero for a refusal and a
	// withdrawn top-up.
	Quotite policy.Rate
}

// maxDays bounds the day counts of the terms (about a century): larger
// values are certainly mistakes.
const maxDays = 36600

// InForceRule says which decision of a layer is in force on a day when a
// reduction is still in its notice period as later decisions arrive
// (the sources disagree: Atradius, monitoring risks; French brokers'
// guides). Its zero value is LatestEffective, the
// rule of the conformance vectors.
type InForceRule uint8

const (
	// LatestEffective (FORMAT.md limits.coverAt rule 3: the limit applicable
	// on a day is the latest decision effective on or before it): a decision is a reduction when its amount is
	// lower than the decision before it in the history, and the decision in
	// force is the one with the latest effective day (ties: the later one).
	// A reduction notified before a later, higher decision still takes
	// effect on its day; raising one decision can therefore lower the cover
	// of some days (a later decision becomes a reduction and an earlier
	// pending one takes over).
	LatestEffective InForceRule = iota
	// LatestDecision ("the new amount applies to deliveries made after the
	// decision takes effect; deliveries made before remain covered up to
	// the previous amount": Receivables Insurance Canada, how credit limits
	// work; Ooreka, limite de crédit; a reduction takes effect 30 days after
	// the announcement: Atradius practical guide, monitoring risks): the
	// decisions apply in order, each replacing the limit
	// of the earlier ones; on the days from its start where it would lower
	// that limit, a decision waits for Date + the reduction notice days. So
	// every lowering gets its notice, a later decision replaces a pending
	// one, and a higher amount never lowers the cover of any day. It gives
	// the same results as LatestEffective on every public vector; the two
	// differ when a reduction is still pending as a later decision comes.
	LatestDecision
)

var inForceNames = []string{LatestEffective: "latestEffective", LatestDecision: "latestDecision"}

// String returns "latestEffective" or "latestDecision".
func (r InForceRule) String() string { return enumString(inForceNames, int(r), "InForceRule") }

// MarshalText implements encoding.TextMarshaler.
func (r InForceRule) MarshalText() ([]byte, error) {
	return enumText(inForceNames, int(r), "InForceRule", "inForce")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (r *InForceRule) UnmarshalText(b []byte) error {
	i, err := enumParse(inForceNames, string(b), "inForce")
	if err == nil {
		*r = InForceRule(i)
	}
	return err
}

// CoverOptions are the choices of CoverAt and Timeline where the domain is
// ambiguous. The zero value follows FORMAT.md.
type CoverOptions struct {
	// InForce: which decision is in force while a reduction is pending.
	InForce InForceRule
	// Retroactivity: how far back before its date a decision covers
	// (RetroRule); the zero value is FORMAT.md's.
	Retroactivity Retroactivity
	// OmitTrace builds no Trace: for batches that evaluate many deliveries
	// and read the results, not the reasons (the trace is most of a
	// cover's allocations). The default builds it.
	OmitTrace bool
}

// Timeline places every decision of h on the calendar of the policy: the
// trace of the decisions' dates, for a credit manager's view of a buyer
// ("from when does this reduction apply?", "which limits were retroactive?")
// and the basis of CoverAt. It checks the terms it reads (see CoverAt) and
// that every decision is in the policy's currency.
func Timeline(terms policy.Terms, h History, opts CoverOptions) ([]Entry, error) {
	if err := checkCover(terms, opts); err != nil {
		return nil, err
	}
	return timeline(terms, h, opts)
}

func timeline(terms policy.Terms, h History, opts CoverOptions) ([]Entry, error) {
	rule := opts.InForce
	out := make([]Entry, len(h.ds))
	var prev [layerTopUp + 1]policy.Amount
	for i, d := range h.ds {
		if c := d.Amount.Currency(); !c.IsZero() && c != terms.Currency {
			return nil, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseDecision,
				"decision "+d.ID+" amount", d.Amount.String()+" under a "+terms.Currency.Code()+" policy")
		}
		e := Entry{Decision: d}
		l := d.Kind.layer()
		if l != layerTemporary {
			e.Previous = prev[l]
			if rule == LatestDecision {
				e.Previous = policy.Amount{}
				if j := inForce(out[:i], l, d.Date, rule, terms.ReductionNoticeDays); j >= 0 {
					e.Previous = out[j].Decision.Amount
				}
			}
			e.Reduction = Reduces(e.Previous, d.Amount)
			prev[l] = d.Amount
		}
		e.Effective, e.Retroactive = RetroactiveStart(terms, d.Date)
		if s, ok := reachBack(d, e.Reduction, opts.Retroactivity); ok && s.Before(e.Effective) {
			e.Start, e.Retroactive = s, true
		} else {
			e.Start = e.Effective
		}
		if e.Reduction {
			e.Effective = afterNotice(d.Date, terms.ReductionNoticeDays)
		}
		q, err := decisionQuotite(terms, d)
		if err != nil {
			return nil, err
		}
		e.Quotite = q
		out[i] = e
	}
	return out, nil
}

// RetroactiveStart returns the first day a decision dated date covers, and
// whether it is retroactive: a decision dated on or before Signature +
// RetroactivityDays (calendar arithmetic) starts at the policy's Effective
// date, any other on its own date (FORMAT.md limits.coverAt rule 2; the
// simplified SME offer: "les garanties délivrées dans les 30 jours suivant
// la signature du contrat rétroagissent à la date de prise d'effet").
//
// It is a term of the particular conditions (CP-retroactivity): RetroactivityDays not
// set means no retroactivity, every decision covers from its own date;
// RetroactivityDays of 0 days means a decision dated on or before the
// signature starts at the effective date, as the vectors' rule reads.
func RetroactiveStart(terms policy.Terms, date calendar.Date) (calendar.Date, bool) {
	end, ok := terms.RetroactivityDays.After(terms.Signature)
	if !ok || date.After(end) {
		return date, false
	}
	return terms.Effective, true
}

// afterNotice is the day a reduction or a refusal dated date takes effect
// (CP-reduction-notice): date + ReductionNoticeDays, or date itself when the policy sets no
// notice period.
func afterNotice(date calendar.Date, notice policy.TimeLimit) calendar.Date {
	if d, ok := notice.After(date); ok {
		return d
	}
	return date
}

// Reduces reports whether a decision of amount next lowers the one before
// it, of amount prev (a reduction or a refusal), so that it takes effect
// only after the reduction notice: "the insurer may reduce or withdraw a
// limit at any time; the new amount applies to deliveries made after the
// decision takes effect" (Atradius practical guide, monitoring risks: 30
// days after the announcement; FORMAT.md limits.coverAt rule 3). The first
// decision of a layer (prev is the zero Amount) is never a reduction.
func Reduces(prev, next policy.Amount) bool {
	if prev.Currency().IsZero() {
		return false
	}
	return next.Decimal().Cmp(prev.Decimal()) < 0
}

// inForce returns the index of the decision in force of layer l on day t,
// -1 when none. LatestEffective: among the decisions whose effective day is
// on or before t, the one with the latest effective day, ties going to the
// later one in the history's order. LatestDecision: going through the
// decisions in order, each one started on or before t replaces the one in
// force, unless t is before its Date + notice days and its amount on day t
// (0 after its expiry) is lower. See InForceRule.
func inForce(es []Entry, l layer, t calendar.Date, rule InForceRule, notice policy.TimeLimit) int {
	best := -1
	for i, e := range es {
		d := e.Decision
		if d.Kind.layer() != l {
			continue
		}
		switch rule {
		case LatestDecision:
			if e.Start.After(t) {
				continue
			}
			if best < 0 || !t.Before(afterNotice(d.Date, notice)) ||
				amountOn(d, t).Cmp(amountOn(es[best].Decision, t)) >= 0 {
				best = i
			}
		default:
			// A decision reaching back (CoverOptions.Retroactivity) is a
			// candidate from its Start, ranked by its Effective day.
			if e.Reduction && e.Effective.After(t) || e.Start.After(t) {
				continue
			}
			if best < 0 || !e.Effective.Before(es[best].Effective) {
				best = i
			}
		}
	}
	return best
}

// amountOn is the amount a decision gives on day t: 0 after its expiry.
func amountOn(d Decision, t calendar.Date) decimal.Decimal {
	if !d.Expiry.IsZero() && d.Expiry.Before(t) {
		return decimal.Decimal{}
	}
	return d.Amount.Decimal()
}

// coverType is the type of cover a decision gives, which selects its
// quotité (CP-quotite).
func (k Kind) coverType() policy.CoverType {
	switch k {
	case Agrement, StartCover:
		return policy.Named
	case AccordExpress:
		return policy.AccordExpress
	case Temporary:
		return policy.Temporary
	case TopUp:
		return policy.TopUp
	}
	return policy.NoCover
}

// decisionQuotite is a decision's quotité: its own, else the policy's for
// its cover (CP-quotite; FORMAT.md limits.coverAt rule 6: "the named quotité for
// named and temporary cover"). A decision that gives cover under a policy
// without a quotité for it is an error wrapping ErrMissing: a zero quotité
// means the policy grants no such cover (policy.Quotites).
func decisionQuotite(terms policy.Terms, d Decision) (policy.Rate, error) {
	if d.Kind == Refusal || d.Amount.IsZero() || !d.Quotite.IsZero() {
		return d.Quotite, nil
	}
	q, err := terms.Quotites.For(d.Kind.coverType())
	if err != nil {
		return q, err
	}
	if q.IsZero() {
		return q, policy.NewRuleError(policy.ErrMissing, clauseQuotite,
			"quotites for decision "+d.ID, d.Kind.String())
	}
	return q, nil
}

// checkCover checks the numbers of the terms that this package reads, and
// the options.
func checkCover(t policy.Terms, opts CoverOptions) error {
	switch {
	case int(opts.InForce) >= len(inForceNames):
		return policy.NewRuleError(ErrUnknownCode, clauseDecision, "inForce", opts.InForce.String())
	case opts.Retroactivity.check() != nil:
		return opts.Retroactivity.check()
	case t.Currency.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clausePeriod, "currency", "")
	case t.Effective.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clausePeriod, "effectiveDate", "")
	case t.Expiry.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clausePeriod, "expiryDate", "")
	case t.Expiry.Before(t.Effective):
		return policy.NewRuleError(policy.ErrInconsistent, clausePeriod, "expiryDate",
			t.Expiry.String()+" before "+t.Effective.String())
	case t.RetroactivityDays.IsSet() && t.Signature.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseRetroactivity, "signatureDate", "")
	}
	q := t.Quotites
	for _, r := range []struct {
		name string
		rate policy.Rate
	}{{"quotites.named", q.Named}, {"quotites.accordExpress", q.AccordExpress},
		{"quotites.discretionary", q.Discretionary}, {"quotites.temporary", q.Temporary},
		{"quotites.topUp", q.TopUp}, {"quotites.political", q.Political}} {
		if r.rate.IsZero() {
			continue // not granted, and cheaper than a decimal comparison
		}
		if err := r.rate.CheckFraction(clauseQuotite, r.name); err != nil {
			return err
		}
	}
	m := t.DiscretionaryMax
	switch {
	case m.Currency().IsZero() && !m.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseDiscretionary, "discretionaryMax", m.String())
	case !m.Currency().IsZero() && m.Currency() != t.Currency:
		return policy.NewRuleError(policy.ErrCurrencyMismatch, clauseDiscretionary, "discretionaryMax", m.String())
	case m.IsNegative():
		return policy.NewRuleError(policy.ErrOutOfRange, clauseDiscretionary, "discretionaryMax", m.String())
	}
	return nil
}
