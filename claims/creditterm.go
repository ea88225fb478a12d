package claims

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// creditTermStart is the day an invoice's maximum credit term is counted
// from (clause CP-max-credit-term, policy.CreditTermStart): its invoice
// date, or its delivery date when the policy counts from the delivery;
// the zero Date when that date is not known (no clock runs).
func creditTermStart(t *policy.Terms, inv Invoice) calendar.Date {
	if t.MaxCreditFrom == policy.CreditFromDelivery {
		return inv.DeliveryDate
	}
	return inv.InvoiceDate
}
