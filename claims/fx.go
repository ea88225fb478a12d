package claims

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The conversion of a buyer's book kept in other currencies into the
// policy currency (clause CP-currency-conversion, policy.CurrencyConversion),
// a layer before the book: ConvertBook turns every amount of the book into
// terms.Currency by the terms' rule, and EvaluateBook then reads the book
// as it reads any other. The exposure, the headroom, the loss and the
// indemnity are in the policy currency; each converted amount is traceable
// to its quote by the conversions returned.

// ConvertBook returns b with every amount in terms.Currency, converted by
// terms.Conversion at the caller's rates, and the conversions made, in the
// order of the book (decisions, invoices' net and tax, payments, credit
// notes). The dates the rule reads:
//
//   - AtInvoiceDate: an invoice, and a credit note that names it, at the
//     invoice date; a payment, and a credit note on the account, at its
//     own date; a decision (a limit granted in the buyer's currency) at its
//     date. A payment converted at a later rate than its invoice can leave
//     an exchange difference open on the invoice, as in the insured's
//     ledger: the policy's rule decides, and the conversions show it.
//   - AtCoverStartMonthEnd: every amount at the rate of the last business
//     day, on the conversion's calendar, of the month of terms.Effective.
//   - AtLossDate: every amount at the rate of lossDate, which the caller
//     gives (EvaluateBookIn finds it).
//
// An amount already in the policy currency is kept as it is and needs no
// rate. Errors: those of policy.CurrencyConversion.Convert (ErrMissing
// for no rule or a date the rule needs, policy.ErrNoRate naming the pair
// and the date), with the path of the amount in the book
// ("ledger.invoices[1].net"), and those of limits.NewHistory.
func ConvertBook(terms policy.Terms, b BuyerBook, rates policy.RateTable, lossDate calendar.Date) (BuyerBook, []policy.Conversion, error) {
	cv := bookConverter{terms: terms, rates: rates, loss: lossDate}
	out := b
	ds := b.History.Decisions()
	for i := range ds {
		if err := cv.convert(&ds[i].Amount, ds[i].Date, "decisions["+strconv.Itoa(i)+"].amount"); err != nil {
			return BuyerBook{}, nil, err
		}
	}
	if len(ds) > 0 && len(cv.convs) > 0 {
		h, err := limits.NewHistory(ds...)
		if err != nil {
			return BuyerBook{}, nil, err
		}
		out.History = h
	}
	l := b.Ledger
	l.Invoices = append([]Invoice(nil), l.Invoices...)
	l.Payments = append([]Payment(nil), l.Payments...)
	l.CreditNotes = append([]CreditNote(nil), l.CreditNotes...)
	invoiceDate := make(map[string]calendar.Date, len(l.Invoices))
	for i := range l.Invoices {
		inv := &l.Invoices[i]
		invoiceDate[inv.ID] = inv.InvoiceDate
		f := "ledger.invoices[" + strconv.Itoa(i) + "]."
		if err := cv.convert(&inv.Net, inv.InvoiceDate, f+"net"); err != nil {
			return BuyerBook{}, nil, err
		}
		if err := cv.convert(&inv.Tax, inv.InvoiceDate, f+"tax"); err != nil {
			return BuyerBook{}, nil, err
		}
	}
	for i := range l.Payments {
		p := &l.Payments[i]
		if err := cv.convert(&p.Amount, p.Date, "ledger.payments["+strconv.Itoa(i)+"].amount"); err != nil {
			return BuyerBook{}, nil, err
		}
	}
	for i := range l.CreditNotes {
		n := &l.CreditNotes[i]
		own := n.Date
		if d, ok := invoiceDate[n.Invoice]; ok && n.Invoice != "" {
			own = d
		}
		f := "ledger.creditNotes[" + strconv.Itoa(i) + "]."
		if err := cv.convert(&n.Net, own, f+"net"); err != nil {
			return BuyerBook{}, nil, err
		}
		if err := cv.convert(&n.Tax, own, f+"tax"); err != nil {
			return BuyerBook{}, nil, err
		}
	}
	out.Ledger = l
	return out, cv.convs, nil
}

// bookConverter converts the amounts of one book, collecting the
// conversions.
type bookConverter struct {
	terms policy.Terms
	rates policy.RateTable
	loss  calendar.Date
	convs []policy.Conversion
}

// convert replaces *a by its value in the policy currency; the zero Amount
// (a tax or a refusal's amount left out) and an amount in the policy
// currency stay as they are.
func (c *bookConverter) convert(a *policy.Amount, own calendar.Date, path string) error {
	if a.Currency().IsZero() || a.Currency() == c.terms.Currency {
		return nil
	}
	v, conv, err := c.terms.Conversion.Convert(*a, c.terms.Currency, policy.ConversionDates{Own: own, CoverStart: c.terms.Effective, Loss: c.loss}, c.rates)
	if err != nil {
		return policy.AtPath(path, err)
	}
	*a = v
	c.convs = append(c.convs, conv)
	return nil
}

// EvaluateBookIn reads on asOf a buyer's book whose amounts may be in
// other currencies: ConvertBook, then EvaluateBook, returning the book in
// the policy currency and the conversions made. Under AtLossDate the date
// of loss is the book's own: the book is first converted at the rate of
// asOf (before the loss has come, the exposure and the headroom are
// measured at the day's rate) and read; when its date of loss has come, it
// is converted again at the rate of that date and read again. The date of
// loss does not depend on the amounts; should the second reading find
// another, the error wraps ErrInconsistent rather than return a book
// converted at the wrong date.
func (o BookOptions) EvaluateBookIn(terms policy.Terms, b BuyerBook, asOf calendar.Date, rates policy.RateTable) (Book, []policy.Conversion, error) {
	cb, convs, err := ConvertBook(terms, b, rates, asOf)
	if err != nil {
		return Book{}, nil, err
	}
	bk, err := o.EvaluateBook(terms, cb, asOf)
	if err != nil {
		return Book{}, nil, err
	}
	if terms.Conversion.Rule != policy.AtLossDate || bk.Loss.Date.IsZero() || len(convs) == 0 {
		return bk, convs, nil
	}
	loss := bk.Loss.Date
	if cb, convs, err = ConvertBook(terms, b, rates, loss); err != nil {
		return Book{}, nil, err
	}
	if bk, err = o.EvaluateBook(terms, cb, asOf); err != nil {
		return Book{}, nil, err
	}
	if !bk.Loss.Date.Equal(loss) {
		return Book{}, nil, inconsistent(clauseLossDate, "loss.date", bk.Loss.Date.String()+" at the rates of "+loss.String()+", "+loss.String()+" at those of "+asOf.String())
	}
	return bk, convs, nil
}

// EvaluateBookIn is BookOptions{}.EvaluateBookIn.
func EvaluateBookIn(terms policy.Terms, b BuyerBook, asOf calendar.Date, rates policy.RateTable) (Book, []policy.Conversion, error) {
	return BookOptions{}.EvaluateBookIn(terms, b, asOf, rates)
}

// ConversionTrace returns the conversions as trace steps, one each, to be
// read before a Book's Trace.
func ConversionTrace(convs []policy.Conversion) policy.Trace {
	t := make(policy.Trace, 0, len(convs))
	for _, c := range convs {
		t = append(t, c.Step())
	}
	return t
}

// ConvertRecovery returns a recovery made in another currency in the
// policy currency, converted at the rate of the day it was received
// (received), the indemnity and the loss it is shared against being in
// the policy currency already: the rules' dates are those of ConvertBook,
// a recovery's own date being the day it was received (what an amount
// paid in another currency is worth is read "on the day of transfer",
// https://xolv.nl/en/news-item/what-are-the-risks-of-doing-international-business;
// conformance/FORMAT.md claims.recovery, a recovery in another currency).
// Costs in the zero Amount stay so.
func ConvertRecovery(terms policy.Terms, r Recovery, received, lossDate calendar.Date, rates policy.RateTable) (Recovery, []policy.Conversion, error) {
	cv := bookConverter{terms: terms, rates: rates, loss: lossDate}
	if err := cv.convert(&r.Amount, received, "recovery.amount"); err != nil {
		return Recovery{}, nil, err
	}
	if err := cv.convert(&r.Costs, received, "recovery.costs"); err != nil {
		return Recovery{}, nil, err
	}
	return r, cv.convs, nil
}
