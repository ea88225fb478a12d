package limits

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Lapse returns the first day on which a named decision (an agrément, an
// accord express or a start cover granting a limit) no longer covers
// because the policy limits the validity of named limits, and true; the
// zero Date and false when it does not lapse.
//
// The wordings differ: "Bij bepaalde verzekeraars moet bij de start van
// elk nieuw polisjaar gevraagd worden om de limieten te hernieuwen [...]
// Bij andere verzekeraars blijven de limieten zolang geldig tot u zelf
// beslist de limieten te laten schrappen of tot op het ogenblik dat de
// verzekeraar zelf beslist de limiet in te trekken, op te schorten of te
// verlagen" (Crion, hoe lang blijft een kredietlimiet geldig,
// https://www.crion.be/nl/producten/kredietverzekering/kredietverzekering-veelgestelde-vragen/hoe-lang-blijft-een-kredietlimiet-geldig/);
// "in most cases, a credit approval is in effect for as long as you
// continue to sell to the customer, unless we change or cancel the credit
// approval" (EDC, establishing credit limits). So it is a term of the
// policy, policy.LimitFees.NamedLimitValidity (terms.Premium.LimitFees),
// the one term premium.LimitFees reads to stop billing a lapsed limit: the
// cover and the fees agree on the day a limit ends. Not set, the default
// of conformance/FORMAT.md limits.coverAt: a named limit stays until a
// later decision.
//
// A limit lapses Validity after its decision's date (calendar arithmetic),
// its last day the day before, whatever its start by retroactivity; a later
// named decision, whatever its amount, is the limit requested again and
// runs its own validity.
func Lapse(terms policy.Terms, d Decision) (calendar.Date, bool) {
	return lapse(terms.Premium.LimitFees.NamedLimitValidity, d)
}

// lapse is Lapse under the validity v of named limits.
func lapse(v policy.TimeLimit, d Decision) (calendar.Date, bool) {
	if d.Kind.layer() != layerNamed || d.Kind == Refusal || !d.Amount.IsPositive() {
		return calendar.Date{}, false
	}
	return v.After(d.Date)
}

// lapsed reports whether the named decision of entry e has lapsed on day t.
func lapsed(terms *policy.Terms, e Entry, t calendar.Date) bool {
	end, ok := lapse(terms.Premium.LimitFees.NamedLimitValidity, e.Decision)
	return ok && !t.Before(end)
}

// namedInForce is the named decision in force on day t (inForce) once
// lapses are read: when the one in force has lapsed, the latest named
// decision started on or before t that has not and gives no more than it
// is the limit requested again (a reduction still in its notice: the
// limit it reduces is gone, so nothing is left to keep; premium.LimitFees
// holds it from its date too). A lapse never raises a cover. It returns the index,
// -1 when none, and the index of the lapsed decision that left no cover,
// -1 when none.
func namedInForce(terms *policy.Terms, es []Entry, t calendar.Date, rule InForceRule) (int, int) {
	i := inForce(es, layerNamed, t, rule, terms.ReductionNoticeDays)
	if i < 0 || !terms.Premium.LimitFees.NamedLimitValidity.IsSet() || !lapsed(terms, es[i], t) {
		return i, -1
	}
	for j := len(es) - 1; j > i; j-- {
		e := es[j]
		if e.Decision.Kind.layer() == layerNamed && !e.Start.After(t) && !lapsed(terms, e, t) &&
			e.Decision.Amount.Decimal().Cmp(es[i].Decision.Amount.Decimal()) <= 0 {
			return j, -1
		}
	}
	return -1, i
}
