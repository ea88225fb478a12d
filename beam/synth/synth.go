// Package synth generates synthetic portfolios of buyers' books, seeded,
// with the distributions of the bench module's portfolio benchmark, and
// writes them as the files of package bookfile.
package synth

import (
	"bufio"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/creditins/creditins/beam/bookfile"
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

		// Invoices and payments.
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
		if notice := oldestUnpaid.AddDays(20); !oldestUnpaid.IsZero() && r.IntN(3) < 2 && !notice.After(AsOf) {
			book.Events.OverdueNotice = notice
			if ins := notice.AddDays(r.IntN(120)); r.IntN(5) == 0 && !ins.After(AsOf) {
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

// Writer writes books to the files of package bookfile in a folder, one
// file per kind, and the terms to terms.json.
type Writer struct {
	files [bookfile.NumKinds]*os.File
	bufs  [bookfile.NumKinds]*bufio.Writer
}

// Create creates the folder dir (if need be), its file terms.json and the
// files of every kind.
func Create(dir string, terms policy.Terms) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	t, err := json.MarshalIndent(terms, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "terms.json"), append(t, '\n'), 0o644); err != nil {
		return nil, err
	}
	w := &Writer{}
	for _, k := range bookfile.Kinds {
		f, err := os.Create(filepath.Join(dir, k.File()))
		if err != nil {
			w.Close()
			return nil, err
		}
		w.files[k], w.bufs[k] = f, bufio.NewWriterSize(f, 1<<20)
	}
	return w, nil
}

// Write writes one buyer's book.
func (w *Writer) Write(b claims.BuyerBook) error {
	g, err := bookfile.Lines(b)
	if err != nil {
		return err
	}
	return w.WriteLines(g)
}

// WriteLines writes one buyer's lines as they are (malformed ones
// included).
func (w *Writer) WriteLines(g bookfile.Group) error {
	for k, lines := range g {
		for _, l := range lines {
			w.bufs[k].WriteString(l)
			if err := w.bufs[k].WriteByte('\n'); err != nil {
				return err
			}
		}
	}
	return nil
}

// Close flushes and closes the files.
func (w *Writer) Close() error {
	var errs []error
	for k, f := range w.files {
		if f == nil {
			continue
		}
		if w.bufs[k] != nil {
			errs = append(errs, w.bufs[k].Flush())
		}
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}
