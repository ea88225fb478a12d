package claims

import "github.com/creditins/creditins/calendar"

// ClockDay is a clock read on one day, reduced to what a list of acts due
// reads: its last day (Clock.Limit.Final; the zero Date when the clock does
// not run) and whether the act was done in time (Clock.Status). The rest of
// the clock (its anchor, period, rule, act and clause) is in the Clock it
// was read from.
type ClockDay struct {
	Final  calendar.Date `json:"final"`
	Status ClockStatus   `json:"status"`
}

// Running reports whether the clock runs, i.e. has a last day.
func (c ClockDay) Running() bool { return !c.Final.IsZero() }

// Day returns the clock's last day and status.
func (c Clock) Day() ClockDay { return ClockDay{Final: c.Limit.Final, Status: c.Status} }

// ClockDays are the clocks of one invoice (Deadlines) reduced to their last
// days and statuses, with the invoice's own date of loss and its cause:
// each invoice of a Book carries them (BookInvoice.Clocks), in an eighth of
// the size of its whole Deadlines and without a pointer. The whole clocks
// of a book's invoices, with their anchors, periods, rules, acts and
// clauses, are BookOptions.InvoiceDeadlines'.
type ClockDays struct {
	Invoicing     ClockDay `json:"invoicing"`
	MaxCredit     ClockDay `json:"maxCredit"`
	MEP           ClockDay `json:"mep"`
	OverdueNotice ClockDay `json:"overdueNotice"`
	WaitingPeriod ClockDay `json:"waitingPeriod"`
	IndemnityDue  ClockDay `json:"indemnityDue"`
	// Loss and LossCause are Deadlines.Loss's date and cause (its clause
	// is always the date of loss's, CG-date-of-loss).
	Loss      calendar.Date `json:"loss"`
	LossCause Cause         `json:"lossCause"`
}

// Days returns the clocks' last days and statuses and the date of loss.
func (d Deadlines) Days() ClockDays {
	return ClockDays{
		Invoicing: d.Invoicing.Day(), MaxCredit: d.MaxCredit.Day(), MEP: d.MEP.Day(),
		OverdueNotice: d.OverdueNotice.Day(), WaitingPeriod: d.WaitingPeriod.Day(), IndemnityDue: d.IndemnityDue.Day(),
		Loss: d.Loss.Date, LossCause: d.Loss.Cause,
	}
}
