package limits

import (
	"slices"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// AtOrder is At for a delivery of an order taken on the day order, under
// the reading that keeps the older amount for orders taken before a
// reduction was notified: the decisions of the named limit and of the
// top-up dated after order that give less than the one in force on the
// day of the order (reductions, refusals) are read as if they had not been
// made; the delivery has the higher of that cover and its own (At), so an
// order date never lowers a cover. A zero order date is At.
//
// The wordings differ. conformance/FORMAT.md limits.coverAt rule 3, the
// default, reads the delivery date only: "A new limit will apply to all
// deliveries that are made by the policyholder to the buyer after the date
// of the trade credit insurer's decision to reduce or cancel a limit"
// (Receivables Insurance Canada, how do credit limits work). Other
// wordings protect the orders the insured had already accepted: the
// insurer "cannot change retroactively that which has already been
// shipped and insured" (EDC before the Canadian House of Commons,
// international trade committee, 39-1 meeting 46), and policies with a
// pre-credit (order) risk cover count orders in the exposure from the day
// they are taken (Atradius practical guide, monitoring risks: exposure
// includes orders where pre-credit risk is covered). claims.BookOptions
// OrdersKeepLimit applies this to the invoices that carry an order date.
//
// Its errors are At's, and an order date after the delivery
// (policy.ErrInconsistent).
func (cv Coverage) AtOrder(b Buyer, delivery, order calendar.Date) (Cover, error) {
	if order.IsZero() {
		return cv.At(b, delivery)
	}
	if order.After(delivery) {
		return Cover{}, policy.NewRuleError(policy.ErrInconsistent, clauseReduction, "orderDate",
			order.String()+" after the delivery "+delivery.String())
	}
	if cv.placed() {
		return Cover{}, policy.NewRuleError(policy.ErrMissing, clausePeriod, "currency", "")
	}
	if err := checkDelivery(b, delivery); err != nil {
		return Cover{}, err
	}
	plain, err := cv.at(b, delivery)
	if err != nil {
		return Cover{}, err
	}
	es := ordered(cv.terms, cv.es, order, cv.opts.InForce)
	if len(es) == len(cv.es) {
		return plain, nil
	}
	kept, err := coverAt(cv.terms, es, b, delivery, cv.opts.InForce, !cv.opts.OmitTrace, nil)
	if err != nil || kept.Amount.Decimal().Cmp(plain.Amount.Decimal()) <= 0 {
		return plain, err
	}
	if !cv.opts.OmitTrace {
		kept.step("order date", "ordered "+order.String()+", cover at delivery "+plain.Amount.String(),
			"the amount in force when the order was taken kept", clauseReduction)
	}
	return kept, nil
}

// ordered returns the entries without the decisions of the named and
// top-up layers dated after order that give less than the decision of
// their layer in force on the day of the order (reductions and refusals
// notified after the order), es itself when there is none.
func ordered(terms *policy.Terms, es []Entry, order calendar.Date, rule InForceRule) []Entry {
	var ref [layerTopUp + 1]decimal.Decimal
	var has [layerTopUp + 1]bool
	for _, l := range [...]layer{layerNamed, layerTopUp} {
		if i := inForce(es, l, order, rule, terms.ReductionNoticeDays); i >= 0 {
			ref[l], has[l] = amountOn(es[i].Decision, order), true
		}
	}
	drop := func(e Entry) bool {
		l := e.Decision.Kind.layer()
		return (l == layerNamed || l == layerTopUp) && has[l] && e.Decision.Date.After(order) &&
			e.Decision.Amount.Decimal().Cmp(ref[l]) < 0
	}
	if !slices.ContainsFunc(es, drop) {
		return es
	}
	return slices.DeleteFunc(slices.Clone(es), drop)
}
