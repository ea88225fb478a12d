// Package portfoliogen generates synthetic portfolios of buyers' books,
// seeded, for the benchmarks of the bench module and the Beam pipeline's
// generator and tests: one generator, so that both measure the same
// portfolio. It is internal to the module tree: not part of the SDK's API.
package portfoliogen

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// InvoicesPerBuyer is the number of invoices of every generated buyer.
const InvoicesPerBuyer = 10

// Generate draws n buyers from the seed and calls emit with each, in order,
// stopping at the first error emit returns. The same n and seed give the
// same books:
//
//   - decisions: none for one buyer in ten (eligible for discretionary
//     cover), a single refusal or temporary limit during the year for one
//     in twenty (eligible, so that it voids the discretionary cover);
//     otherwise an agrément (sometimes within the retroactivity window)
//     followed by up to four decisions: a new agrément (up or down, a
//     reduction taking effect after the notice), a temporary limit, a
//     top-up, a refusal;
//   - 10 invoices delivered every 5 to 35 days from a day in the first
//     quarter, invoiced 0 to 40 days later (late beyond 30), due 30 to 150
//     days after the invoice (too long beyond 120), disputed one in fifty,
//     20 % VAT, EUR 500 to 50 000;
//   - payments: 16 buyers in 20 pay every invoice in full, between 20 days
//     before and 40 days after its due date; 3 pay one invoice in 20 only
//     half; 1 leaves 6 invoices in 20 unpaid or half paid; a credit note on
//     one invoice in thirty, an account rebate on one buyer in twenty;
//   - events: for a buyer with an invoice still unpaid 20 days after its due
//     date, the DMS filed then (two in three), and insolvency for one such
//     buyer in five, none after AsOf.
func Generate(n int, seed uint64, emit func(claims.BuyerBook) error) error {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	cent, vat, half, tenth := policy.MustAmount("EUR 0.01"), policy.MustRate("0.2"), policy.MustRate("0.5"), policy.MustRate("0.1")
	amount := func(lo, hi int64) policy.Amount { return cent.MulInt(lo + r.Int64N(hi-lo+1)) }
	start := calendar.MustDate(2025, time.January, 1)
	for b := range n {
		id := "B" + strconv.Itoa(b)
		book := claims.BuyerBook{Buyer: limits.Buyer{ID: id}}

		// Decisions.
		var ds []limits.Decision
		switch x := r.IntN(20); {
		case x < 2: // discretionary cover only
			book.Buyer.DiscretionaryEligible = true
		case x < 3: // discretionary cover until the insurer decides
			book.Buyer.DiscretionaryEligible = true
			d := limits.Decision{ID: id + "-D0", Kind: limits.Refusal, Date: start.AddDays(60 + r.IntN(120)), Amount: policy.Zero(policy.EUR)}
			if r.IntN(2) == 0 {
				d.Kind, d.Amount, d.Expiry = limits.Temporary, amount(100000, 5000000), d.Date.AddDays(30)
			}
			ds = append(ds, d)
		default:
			day := start.AddDays(r.IntN(60) - 20)
			ds = append(ds, limits.Decision{ID: id + "-D0", Kind: limits.Agrement, Date: day, Amount: amount(500000, 20000000)})
			for k := 1; k <= r.IntN(5); k++ {
				day = day.AddDays(10 + r.IntN(60))
				d := limits.Decision{ID: id + "-D" + strconv.Itoa(k), Date: day}
				switch x := r.IntN(20); {
				case x < 10:
					d.Kind, d.Amount = limits.Agrement, amount(500000, 20000000)
				case x < 15:
					d.Kind, d.Amount, d.Expiry = limits.Temporary, amount(100000, 5000000), day.AddDays(30+r.IntN(60))
				case x < 18:
					d.Kind, d.Amount = limits.TopUp, amount(100000, 2000000)
				default:
					d.Kind, d.Amount = limits.Refusal, policy.Zero(policy.EUR)
				}
				ds = append(ds, d)
			}
		}
		h, err := limits.NewHistory(ds...)
		if err != nil {
			return err
		}
		book.History = h

		// Invoices and payments, in slices of their size (as read from a
		// database that counts its rows first): grown by append, they would
		// hold 16 places for 10 invoices.
		book.Ledger.Invoices = make([]claims.Invoice, 0, InvoicesPerBuyer)
		book.Ledger.Payments = make([]claims.Payment, 0, InvoicesPerBuyer)
		day := start.AddDays(r.IntN(90))
		var oldestUnpaid calendar.Date
		unpaid := 0 // in 20 invoices: 16 buyers in 20 pay all, 3 half-pay one, 1 leaves 6 unpaid or half paid
		switch x := r.IntN(20); {
		case x == 19:
			unpaid = 6
		case x >= 16:
			unpaid = 1
		}
		for k := range InvoicesPerBuyer {
			invoiced := day.AddDays(r.IntN(41))
			due := invoiced.AddDays(30 + 30*r.IntN(5))
			net := amount(50000, 5000000)
			inv := claims.Invoice{ID: id + "-F" + strconv.Itoa(k), DeliveryDate: day, InvoiceDate: invoiced, DueDate: due,
				Net: net, Tax: net.Mul(vat).Round(policy.HalfAwayFromZero),
				Disputed: r.IntN(50) == 0}
			book.Ledger.Invoices = append(book.Ledger.Invoices, inv)
			gross, err := inv.Net.Add(inv.Tax)
			if err != nil {
				return err
			}
			switch x := r.IntN(20); {
			case x >= unpaid:
				book.Ledger.Payments = append(book.Ledger.Payments, claims.Payment{Date: due.AddDays(r.IntN(61) - 20), Amount: gross})
			case x%2 == 0:
				book.Ledger.Payments = append(book.Ledger.Payments, claims.Payment{Date: due.AddDays(r.IntN(30)), Amount: gross.Mul(half).Round(policy.HalfAwayFromZero)})
				fallthrough
			default:
				if oldestUnpaid.IsZero() || due.Before(oldestUnpaid) {
					oldestUnpaid = due
				}
			}
			if r.IntN(30) == 0 {
				book.Ledger.CreditNotes = append(book.Ledger.CreditNotes, claims.CreditNote{ID: inv.ID + "-A", Date: invoiced.AddDays(10),
					Invoice: inv.ID, Net: net.Mul(tenth).Round(policy.HalfAwayFromZero), Tax: policy.Zero(policy.EUR)})
			}
			day = day.AddDays(5 + r.IntN(31))
		}
		if r.IntN(20) == 0 {
			book.Ledger.CreditNotes = append(book.Ledger.CreditNotes, claims.CreditNote{ID: id + "-R", Date: day,
				Net: amount(1000, 100000), Tax: policy.Zero(policy.EUR)})
		}

		// Events, none after the day the portfolio is read.
		if notice := oldestUnpaid.AddDays(20); !oldestUnpaid.IsZero() && r.IntN(3) < 2 && !notice.After(AsOf()) {
			book.Events.OverdueNotice = notice
			if ins := notice.AddDays(r.IntN(120)); r.IntN(5) == 0 && !ins.After(AsOf()) {
				book.Events.Insolvency = ins
			}
		}
		if err := emit(book); err != nil {
			return err
		}
	}
	return nil
}

// Books returns the n buyers of Generate.
func Books(n int, seed uint64) ([]claims.BuyerBook, error) {
	books := make([]claims.BuyerBook, 0, n)
	err := Generate(n, seed, func(b claims.BuyerBook) error { books = append(books, b); return nil })
	return books, err
}

// Terms is a whole-turnover policy for 2025 (policy.WholeTurnover: 30 days
// to invoice, 120 days of maximum credit, a 60-day MEP, a DMS 30 days after
// the due date, 5 months of waiting period, FR civil deadlines) with
// retroactivity, a reduction notice and discretionary cover, and no
// per-claim deduction (the book computes a claim over several quotités
// only without one): the terms of the bench module's portfolio.
func Terms() policy.Terms {
	t := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: policy.EUR, NonQualifyingLoss: policy.MustAmount("EUR 500"),
		Signature: calendar.MustDate(2024, time.December, 20), Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31)})
	t.RetroactivityDays = policy.MustTimeLimit(calendar.Days(30))
	t.ReductionNoticeDays = policy.MustTimeLimit(calendar.Days(30))
	t.Quotites.Discretionary = policy.MustRate("0.6")
	t.Quotites.TopUp = policy.MustRate("0.5")
	t.DiscretionaryMax = policy.MustAmount("EUR 10000")
	t.ClaimThreshold, t.MaxLiability = policy.Threshold{}, policy.MaxLiability{}
	return t
}

// AsOf is the day the synthetic books are read.
func AsOf() calendar.Date { return calendar.MustDate(2025, time.November, 28) }
