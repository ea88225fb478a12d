package claims

import (
	"cmp"
	"slices"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Book reads a buyer's book on asOf (o.EvaluateBook) with what remains of
// the year's aggregate first loss and maximum liability, and files the
// book's claim in the year once its date of loss has come: the next Year
// has the first loss the claim's layers used and what the insurer pays
// taken off (the indemnity, or in insolvency Settlement.Payable),
// like Claim ("Premier sinistre de 50 K€, on comptabilise 45 K€ … Deuxième
// sinistre = 20 K€, on comptabilise 18 K€",
// https://assurance-professionnelle.pagesjaunes.fr/astuce/voir/747079/assurance-credit-et-la-franchise).
// Before the loss has come the book is read with what remains and the
// year is returned unchanged. The receiver is unchanged.
//
// The claim is placed in the year by its date of loss, or under
// ByDeliveryDate by the last delivery of its insured invoices.
//
// Errors: those of EvaluateBook; ErrMissing (the zero Year);
// ErrInconsistent (o gives remaining amounts: the year keeps them; a loss
// placed outside the year); ErrCurrencyMismatch (terms in another currency
// than the year's).
func (y Year) Book(t policy.Terms, b BuyerBook, asOf calendar.Date, o BookOptions) (Book, Year, error) {
	if err := y.check(t); err != nil {
		return Book{}, y, err
	}
	switch {
	case !o.FirstLossRemaining.Currency().IsZero():
		return Book{}, y, inconsistent(clauseYear, "options.aggregateFirstLossRemaining", "kept by the year: leave it out")
	case !o.LiabilityRemaining.Currency().IsZero():
		return Book{}, y, inconsistent(clauseYear, "options.maxLiabilityRemaining", "kept by the year: leave it out")
	}
	o.FirstLossRemaining, o.LiabilityRemaining = y.firstLoss, y.liability
	bk, err := o.EvaluateBook(t, b, asOf)
	if err != nil || bk.Loss.Date.IsZero() {
		return bk, y, err
	}
	if on, field := y.placing(b.Ledger, bk); on.Before(y.start) || on.After(y.end) {
		return Book{}, y, inconsistent(clauseYear, field, on.String()+" outside the year "+y.start.String()+" to "+y.end.String())
	}
	pays := bk.Indemnity
	if p := bk.Insolvency.Payable; !p.Currency().IsZero() {
		pays = p // less what a late declaration cost (MissedActRule)
	}
	used := policy.Zero(y.cur)
	for _, l := range bk.Layers {
		used, _ = used.Add(l.Breakdown.FirstLossUsed) // one currency, checked
	}
	return bk, y.filed(used, pays), nil
}

// placing is the date that places a book's claim in the year, and its
// field: the date of loss, or under ByDeliveryDate the last delivery of
// the insured invoices (the date of loss when none is insured).
func (y Year) placing(l Ledger, bk Book) (calendar.Date, string) {
	if y.opts.Attribution != ByDeliveryDate {
		return bk.Loss.Date, "loss.date"
	}
	var last calendar.Date
	for i, x := range bk.Invoices {
		if x.Insured.IsPositive() && l.Invoices[i].DeliveryDate.After(last) {
			last = l.Invoices[i].DeliveryDate
		}
	}
	if last.IsZero() {
		return bk.Loss.Date, "loss.date"
	}
	return last, "invoices.deliveryDate"
}

// Places reports whether the claim of a book read from ledger l belongs
// to the year: its loss has come and is placed in the year (see Book).
func (y Year) Places(l Ledger, bk Book) bool {
	if bk.Loss.Date.IsZero() || y.cur.IsZero() {
		return false
	}
	on, _ := y.placing(l, bk)
	return !on.Before(y.start) && !on.After(y.end)
}

// Portfolio evaluates a portfolio on asOf (EvaluatePortfolio) and files
// in the year, claim after claim, the books whose loss has come and is
// placed in the year (see Book): in the order of their placing dates, then
// of their dates of loss, then of the books given, so that the aggregate
// first loss is used by the earliest losses whatever the order of the
// books. Those buyers' reports carry the books read with what remained of
// the year before their claim; a buyer whose loss is placed in another
// year keeps the book EvaluatePortfolio read with the policy's whole
// amounts (file it in its own year). Pass the year as it stood before
// these claims (NewYear for a nightly job that reads the whole portfolio
// again): the books are filed again each time.
//
// Errors: those of EvaluatePortfolio (the report of every buyer returned
// with the first error, the year unchanged) and of Book, the field
// prefixed with the buyer's index; ErrInconsistent when
// opts.Book gives remaining amounts.
func (y Year) Portfolio(t policy.Terms, books []BuyerBook, asOf calendar.Date, opts PortfolioOptions) (PortfolioReport, Year, error) {
	if err := y.check(t); err != nil {
		return PortfolioReport{}, y, err
	}
	if !opts.Book.FirstLossRemaining.Currency().IsZero() || !opts.Book.LiabilityRemaining.Currency().IsZero() {
		return PortfolioReport{}, y, inconsistent(clauseYear, "book.aggregateFirstLossRemaining", "kept by the year: leave it out")
	}
	rep, err := EvaluatePortfolio(t, books, asOf, opts)
	if err != nil {
		return rep, y, err
	}
	type filed struct {
		i          int
		on, lossOn calendar.Date
	}
	var fs []filed
	for i, r := range rep.Buyers {
		if y.Places(books[i].Ledger, r.Book) {
			on, _ := y.placing(books[i].Ledger, r.Book)
			fs = append(fs, filed{i, on, r.Book.Loss.Date})
		}
	}
	slices.SortFunc(fs, func(a, b filed) int {
		return cmp.Or(a.on.Compare(b.on), a.lossOn.Compare(b.lossOn), cmp.Compare(a.i, b.i))
	})
	next := y
	for _, f := range fs {
		bk, n, err := next.Book(t, books[f.i], asOf, opts.Book)
		if err != nil {
			return rep, y, inBuyer(f.i, err)
		}
		rep.Buyers[f.i].Book, next = bk, n
	}
	return rep, next, nil
}
