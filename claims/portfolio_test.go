package claims_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// portfolioTerms is a whole-turnover policy for 2025 (30 days to invoice,
// 120 days of credit, a 60-day MEP, the DMS 30 days after the due date, 5
// months of waiting period) with 30 days of retroactivity and
// discretionary cover up to EUR 5 000 at 60 %.
func portfolioTerms() policy.Terms {
	t := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: eur("500").Currency(), NonQualifyingLoss: eur("500"), Signature: d("2024-12-20"), Effective: d("2025-01-01"), Expiry: d("2025-12-31")})
	t.RetroactivityDays = limitDays(30)
	t.DiscretionaryMax, t.Quotites.Discretionary = eur("5000"), rate("0.6")
	return t
}

// threeBuyers are a buyer in default (its DMS filed, a loss at the end of
// the waiting period), a discretionary buyer with an invoice not yet due,
// and a refused buyer who paid.
func threeBuyers() []claims.BuyerBook {
	invoice := func(id, delivered, invoiced, due, net, tax string) claims.Invoice {
		return claims.Invoice{ID: id, DeliveryDate: d(delivered), InvoiceDate: d(invoiced), DueDate: d(due), Net: eur(net), Tax: eur(tax)}
	}
	return []claims.BuyerBook{
		{
			Buyer:   limits.Buyer{ID: "Martin"},
			History: limits.MustHistory(limits.Decision{ID: "AG1", Kind: limits.Agrement, Amount: eur("50000"), Date: d("2025-01-10")}),
			Ledger: claims.Ledger{
				Invoices: []claims.Invoice{
					invoice("F1", "2025-02-03", "2025-02-05", "2025-04-06", "30000", "6000"),
					invoice("F2", "2025-03-03", "2025-03-05", "2025-05-04", "10000", "2000"),
				},
				Payments: []claims.Payment{{Date: d("2025-04-01"), Amount: eur("6000")}},
			},
			Events: claims.Events{OverdueNotice: d("2025-05-01")},
		},
		{
			Buyer:  limits.Buyer{ID: "Lemoine", DiscretionaryEligible: true},
			Ledger: claims.Ledger{Invoices: []claims.Invoice{invoice("F3", "2025-10-01", "2025-10-02", "2025-12-01", "3000", "600")}},
		},
		{
			Buyer:   limits.Buyer{ID: "Dupont"},
			History: limits.MustHistory(limits.Decision{ID: "R1", Kind: limits.Refusal, Date: d("2025-05-01")}),
			Ledger: claims.Ledger{
				Invoices: []claims.Invoice{invoice("F4", "2025-06-02", "2025-06-03", "2025-07-03", "1000", "200")},
				Payments: []claims.Payment{{Date: d("2025-07-01"), Amount: eur("1200")}},
			},
		},
	}
}

// portfolioView is what TestEvaluatePortfolio checks of a buyer's report.
type portfolioView struct {
	Covers                []string // type and amount, or reason, per invoice
	Stop                  string
	NewDelivery, Headroom string
	Open, Overdue         string
	LossDate, Insured     string
	Indemnity, Notice     string
	Alerts, Actions       []string
	InvoicesWithClocks    int
}

func viewReport(r claims.BuyerReport) portfolioView {
	b := r.Book
	v := portfolioView{
		Stop:        b.Stop.Date.String() + " " + b.Stop.Cause.String(),
		NewDelivery: b.NewDelivery.Type.String() + " " + b.NewDelivery.Amount.String() + " " + b.NewDelivery.Gap.String(),
		Headroom:    b.Headroom.String(),
		Open:        r.Exposure.Open.String(), Overdue: r.Exposure.Overdue.String(),
		LossDate: b.Loss.Date.String(), Insured: b.Insured.String(), Indemnity: b.Indemnity.String(),
		Notice: b.NoticeDeadline.String(),
	}
	if b.Stop.Date.IsZero() {
		v.Stop = "none"
	}
	for _, x := range b.Invoices {
		s := x.Cover.Type.String() + " " + x.Cover.Amount.String() + ", insured " + x.Insured.String()
		if x.Reason != claims.Insurable {
			s += " (" + x.Reason.String() + ")"
		}
		v.Covers = append(v.Covers, s)
		if x.Clocks.MEP.Running() {
			v.InvoicesWithClocks++
		}
	}
	for _, a := range r.Alerts {
		v.Alerts = append(v.Alerts, a.Kind.String()+" "+a.Date.String())
	}
	for _, a := range r.Actions {
		v.Actions = append(v.Actions, a.Kind.String()+" "+a.Date.String())
	}
	return v
}

// portfolioOptions are the options of the portfolio tests: the vectors'
// warning ratio, and the maximum liability left in the year (the policy's
// is a multiple of the premium, unknown here).
func portfolioOptions() claims.PortfolioOptions {
	return claims.PortfolioOptions{
		Book:   claims.BookOptions{LiabilityRemaining: eur("1000000")},
		Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}},
	}
}

func TestEvaluatePortfolio(t *testing.T) {
	rep, err := claims.EvaluatePortfolio(portfolioTerms(), threeBuyers(), d("2025-11-28"), portfolioOptions())
	if err != nil {
		t.Fatal(err)
	}
	want := []portfolioView{
		{
			// AG1 is retroactive to 1 January. The DMS filed on 1 May (due
			// by 6 May) stops the cover from that day, before the MEP of F1
			// would (6 June); the waiting period ends on 1 October, the date
			// of loss. F1 is open for 30 000 gross after the 6 000 paid, so
			// 25 000 excluding tax; F2 for 10 000: 35 000 insured, 90 % of
			// it paid 30 days after the date of loss.
			Covers:      []string{"named EUR 50000.00, insured EUR 25000.00", "named EUR 50000.00, insured EUR 10000.00"},
			Stop:        "2025-05-01 notice",
			NewDelivery: "none EUR 0.00 afterStop", Headroom: "EUR 0.00",
			Open: "EUR 0.00", Overdue: "EUR 35000.00",
			LossDate: "2025-10-01", Insured: "EUR 35000.00", Indemnity: "EUR 31500.00",
			Alerts:             []string{"stopReached 2025-05-01"},
			Actions:            []string{"coverStopped 2025-05-01", "fileClaim 2025-10-01"},
			InvoicesWithClocks: 2,
		},
		{
			// No decision: discretionary cover; F3 is not due on 28
			// November and 3 000 is below 80 % of 5 000.
			Covers:      []string{"discretionary EUR 5000.00, insured EUR 3000.00"},
			Stop:        "none",
			NewDelivery: "discretionary EUR 5000.00 covered", Headroom: "EUR 2000.00",
			Open: "EUR 3000.00", Overdue: "EUR 0.00",
			LossDate: "", Insured: "EUR 3000.00", Indemnity: "0",
			InvoicesWithClocks: 1,
		},
		{
			// Refused, paid in full on time: no exposure, no stop, no loss.
			Covers:      []string{"none EUR 0.00, insured EUR 0.00 (no-cover)"},
			Stop:        "none",
			NewDelivery: "none EUR 0.00 refused", Headroom: "EUR 0.00",
			Open: "EUR 0.00", Overdue: "EUR 0.00",
			LossDate: "", Insured: "EUR 0.00", Indemnity: "0",
			InvoicesWithClocks: 1,
		},
	}
	var got []portfolioView
	for _, b := range rep.Buyers {
		if b.Err != nil {
			t.Fatalf("buyer %s: %v", b.Buyer, b.Err)
		}
		got = append(got, viewReport(b))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("portfolio (-want +got):\n%s", diff)
	}
}

// TestEvaluateBuyerIsTheBook checks that a buyer's report carries the book
// EvaluateBook gives on its own.
func TestEvaluateBuyerIsTheBook(t *testing.T) {
	terms, asOf := portfolioTerms(), d("2025-11-28")
	for _, b := range threeBuyers() {
		opts := portfolioOptions()
		rep, err := claims.EvaluateBuyer(terms, b, asOf, opts)
		if err != nil {
			t.Fatal(err)
		}
		bk, err := opts.Book.EvaluateBook(terms, b, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(bk, rep.Book); diff != "" {
			t.Errorf("%s: book (-EvaluateBook +report):\n%s", b.Buyer.ID, diff)
		}
	}
}

// TestFailedBuyerDoesNotLookValid: a buyer that could not be evaluated
// serializes as an error, never as a valid, empty report.
func TestFailedBuyerDoesNotLookValid(t *testing.T) {
	books := threeBuyers()
	books[1].Ledger.Invoices[0].Net = eur("-1")
	rep, _ := claims.EvaluatePortfolio(portfolioTerms(), books, d("2025-11-28"), portfolioOptions())
	got, err := json.Marshal(rep.Buyers[1])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"buyer":"Lemoine","error":"policy: value out of range: buyers[1].invoices[0].net=\"EUR -1.00\" (CG-imputation)","field":"buyers[1].invoices[0].net","value":"EUR -1.00"}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("failed buyer's JSON (-want +got):\n%s", diff)
	}
}

func TestEvaluatePortfolioErrors(t *testing.T) {
	terms, asOf := portfolioTerms(), d("2025-11-28")
	tests := []struct {
		name  string
		edit  func(b *claims.BuyerBook)
		field string
		want  error
	}{
		{"ledger stop date", func(b *claims.BuyerBook) { b.Ledger.StopDate = d("2025-06-01") }, "buyers[1].ledger.stopDate", policy.ErrInconsistent},
		{"another asOf", func(b *claims.BuyerBook) { b.Events.AsOf = d("2025-11-27") }, "buyers[1].events.asOf", policy.ErrInconsistent},
		{"paid date", func(b *claims.BuyerBook) { b.Events.Paid = d("2025-11-27") }, "buyers[1].events.paidDate", policy.ErrInconsistent},
		{"negative net", func(b *claims.BuyerBook) { b.Ledger.Invoices[0].Net = eur("-1") }, "buyers[1].invoices[0].net", policy.ErrOutOfRange},
		{"stop without cause", func(b *claims.BuyerBook) { b.Buyer.StopDate = d("2025-12-01") }, "buyers[1].buyer.stopCause", policy.ErrMissing},
		{"unknown stop cause", func(b *claims.BuyerBook) { b.Buyer.StopDate, b.Buyer.StopCause = d("2025-12-01"), limits.StopCause(6) },
			"buyers[1].stopCause", limits.ErrUnknownCode},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			books := threeBuyers()
			tc.edit(&books[1])
			books = append(books, books[1]) // a second failing buyer: the first is reported
			rep, err := claims.EvaluatePortfolio(terms, books, asOf, portfolioOptions())
			checkErr(t, "EvaluatePortfolio", err)
			var re *policy.RuleError
			if !errors.Is(err, tc.want) || !errors.As(err, &re) {
				t.Fatalf("error %v, want a rule error wrapping %v", err, tc.want)
			}
			if diff := cmp.Diff(tc.field, re.Field); diff != "" {
				t.Errorf("field (-want +got):\n%s", diff)
			}
			if len(rep.Buyers) != 4 || rep.Buyers[0].Err != nil || rep.Buyers[2].Err != nil || len(rep.Buyers[2].Book.Invoices) != 1 {
				t.Errorf("the other buyers are not all in the report: %+v", rep.Buyers)
			}
			if !errors.Is(rep.Buyers[1].Err, tc.want) || !errors.Is(rep.Buyers[3].Err, tc.want) {
				t.Errorf("failed buyers' errors: %v, %v", rep.Buyers[1].Err, rep.Buyers[3].Err)
			}
		})
	}
	t.Run("no asOf", func(t *testing.T) {
		_, err := claims.EvaluatePortfolio(terms, threeBuyers(), calendar.Date{}, claims.PortfolioOptions{})
		if !errors.Is(err, policy.ErrMissing) {
			t.Errorf("error %v, want ErrMissing", err)
		}
		_, err = claims.EvaluateBuyer(terms, threeBuyers()[0], calendar.Date{}, claims.PortfolioOptions{})
		if !errors.Is(err, policy.ErrMissing) {
			t.Errorf("EvaluateBuyer: error %v, want ErrMissing", err)
		}
	})
	t.Run("hook skips a buyer", func(t *testing.T) {
		skip := func(n int, work func(int)) {
			for i := range n - 1 {
				work(i)
			}
		}
		opts := portfolioOptions()
		opts.Parallel = skip
		_, err := claims.EvaluatePortfolio(terms, threeBuyers(), asOf, opts)
		if !errors.Is(err, policy.ErrInconsistent) {
			t.Errorf("error %v, want ErrInconsistent", err)
		}
	})
	t.Run("calendar error names the buyer", func(t *testing.T) {
		books := threeBuyers()
		books[2].Ledger.Invoices[0].DeliveryDate = d("2250-01-02") // beyond the French holidays' years
		books[2].Ledger.Invoices[0].InvoiceDate = d("2250-01-03")
		_, err := claims.EvaluatePortfolio(terms, books, asOf, portfolioOptions())
		checkErr(t, "EvaluatePortfolio", err)
		if err == nil || !strings.HasPrefix(err.Error(), "claims: buyers[2]: ") {
			t.Errorf("error %v, want it to name buyers[2]", err)
		}
	})
}

// goParallel is the caller-side hook of the package example: contiguous
// chunks, one goroutine per core.
func goParallel(n int, work func(i int)) {
	w := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for c := range w {
		wg.Go(func() {
			for i := c * n / w; i < (c+1)*n/w; i++ {
				work(i)
			}
		})
	}
	wg.Wait()
}

// oneGoroutineEach runs every buyer on its own goroutine, the most
// interleaved schedule a hook can make.
func oneGoroutineEach(n int, work func(i int)) {
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { work(i) })
	}
	wg.Wait()
}

// genBook draws a buyer: up to three decisions, a ledger (genLedger, with
// no stop date: the portfolio computes it) and its events.
func genBook(t *rapid.T, i int) claims.BuyerBook {
	b := claims.BuyerBook{Buyer: limits.Buyer{ID: "B" + strconv.Itoa(i), DiscretionaryEligible: rapid.Bool().Draw(t, "eligible")}}
	var ds []limits.Decision
	for k := range rapid.IntRange(0, 3).Draw(t, "decisions") {
		dec := limits.Decision{ID: "D" + strconv.Itoa(k), Seq: k, Date: dateAt(t, "decided", -30, 300),
			Kind: rapid.SampledFrom([]limits.Kind{limits.Agrement, limits.Refusal, limits.Temporary}).Draw(t, "kind")}
		switch dec.Kind {
		case limits.Refusal:
			dec.Amount = eurCents(0)
		case limits.Temporary:
			dec.Amount, dec.Expiry = eurCents(cents(t, "temporary", 2_000_000)+1), dec.Date.AddDays(rapid.IntRange(0, 90).Draw(t, "days"))
		default:
			dec.Amount = eurCents(cents(t, "limit", 10_000_000) + 1)
		}
		ds = append(ds, dec)
	}
	h, err := limits.NewHistory(ds...)
	if err != nil {
		t.Fatalf("NewHistory: %v", err)
	}
	b.History = h
	b.Ledger = genLedger(t)
	b.Ledger.StopDate = calendar.Date{}
	if rapid.Bool().Draw(t, "notice") {
		b.Events.OverdueNotice = dateAt(t, "noticeDate", 30, 500)
	}
	if rapid.IntRange(0, 4).Draw(t, "insolvent") == 0 {
		b.Events.Insolvency = dateAt(t, "insolvencyDate", 30, 600)
	}
	return b
}

// comparable reports compare their errors by message.
var sameErrors = cmp.Comparer(func(a, b error) bool { return fmt.Sprint(a) == fmt.Sprint(b) })

// Property: the report does not depend on the schedule: evaluated by a
// Parallel hook (one goroutine per buyer, or per core), it equals the
// sequential report, errors included. Run with -race, it also shows that
// the buyers share no mutable state.
func propPortfolioSchedule(t *rapid.T) {
	terms := genTerms(t)
	terms.Effective, terms.Expiry = day0, day0.AddDays(364)
	terms.Quotites = policy.Quotites{Named: rate("0.9"), Discretionary: rate("0.6")}
	terms.DiscretionaryMax = eur("5000")
	books := make([]claims.BuyerBook, rapid.IntRange(0, 5).Draw(t, "buyers"))
	for i := range books {
		books[i] = genBook(t, i)
	}
	asOf := dateAt(t, "asOf", 0, 700)
	opts := portfolioOptions()
	seq, seqErr := claims.EvaluatePortfolio(terms, books, asOf, opts)
	for _, hook := range []func(int, func(int)){goParallel, oneGoroutineEach} {
		opts.Parallel = hook
		par, parErr := claims.EvaluatePortfolio(terms, books, asOf, opts)
		if diff := cmp.Diff(seq, par, sameErrors); diff != "" {
			t.Fatalf("parallel report (-sequential +parallel):\n%s", diff)
		}
		if fmt.Sprint(seqErr) != fmt.Sprint(parErr) {
			t.Fatalf("sequential error %v, parallel %v", seqErr, parErr)
		}
	}
}

func TestPropPortfolioSchedule(t *testing.T) { rapid.Check(t, propPortfolioSchedule) }
func FuzzPropPortfolioSchedule(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propPortfolioSchedule)) }

// FuzzEvaluatePortfolio: no input panics, every error is a typed error
// wrapping a sentinel, in the report as in the result.
func FuzzEvaluatePortfolio(f *testing.F) {
	for _, s := range seedBytes {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, data []byte, adjust bool) {
		r := &bytesReader{b: data}
		terms := r.terms()
		books := make([]claims.BuyerBook, r.u8()%4)
		for i := range books {
			b := &books[i]
			b.Buyer = limits.Buyer{ID: strconv.Itoa(i), DiscretionaryEligible: r.u8()%2 == 0, StopDate: r.date(), StopCause: limits.StopCause(r.u8() % 7)}
			var ds []limits.Decision
			for k := range r.u8() % 4 {
				ds = append(ds, limits.Decision{ID: strconv.Itoa(k), Kind: limits.Kind(r.u8() % 8), Amount: r.amount(), Date: r.date(), Expiry: r.date()})
			}
			b.History, _ = limits.NewHistory(ds...) // an invalid history leaves the empty one
			b.Ledger, b.Events = r.ledger(), r.events()
		}
		asOf := r.date()
		clocks := claims.Options{AdjustTermEnds: adjust, ForfeitOnLateNotice: r.u8()%2 == 1}
		rep, err := claims.EvaluatePortfolio(terms, books, asOf, claims.PortfolioOptions{Book: claims.BookOptions{Clocks: clocks}, Parallel: goParallel})
		checkErr(t, "EvaluatePortfolio", err)
		for _, b := range rep.Buyers {
			checkErr(t, "EvaluatePortfolio buyer", b.Err)
		}
	})
}

// A nightly batch over a portfolio: every buyer's book (the cover of each
// invoice at its delivery, the stop, the insured amounts, the claim once
// the loss has come), exposure, alerts and actions, on one date.
func ExampleEvaluatePortfolio() {
	terms := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: policy.MustAmount("EUR 500").Currency(), NonQualifyingLoss: policy.MustAmount("EUR 500"), Signature: calendar.MustDate(2024, time.December, 20), Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31)})
	terms.RetroactivityDays = limitDays(30)
	books := []claims.BuyerBook{{
		Buyer:   limits.Buyer{ID: "Martin"},
		History: limits.MustHistory(limits.Decision{ID: "AG1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"), Date: calendar.MustDate(2025, time.January, 10)}),
		Ledger: claims.Ledger{
			Invoices: []claims.Invoice{{ID: "F1", DeliveryDate: calendar.MustDate(2025, time.February, 3), InvoiceDate: calendar.MustDate(2025, time.February, 5),
				DueDate: calendar.MustDate(2025, time.April, 6), Net: policy.MustAmount("EUR 30000"), Tax: policy.MustAmount("EUR 6000")}},
			Payments: []claims.Payment{{Date: calendar.MustDate(2025, time.April, 1), Amount: policy.MustAmount("EUR 6000")}},
		},
		Events: claims.Events{OverdueNotice: calendar.MustDate(2025, time.May, 1)},
	}}
	// The maximum liability is 30 times the year's premium: what is left
	// of it is the caller's to give.
	opts := claims.PortfolioOptions{Book: claims.BookOptions{LiabilityRemaining: policy.MustAmount("EUR 400000")}}
	rep, err := claims.EvaluatePortfolio(terms, books, calendar.MustDate(2025, time.November, 28), opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range rep.Buyers {
		f1 := b.Book.Invoices[0]
		fmt.Println(b.Buyer, "F1 delivered under", f1.Cover.Type, f1.Cover.Amount, "insured", f1.Insured)
		fmt.Println("cover stopped on", b.Book.Stop.Date, "by", b.Book.Stop.Cause)
		fmt.Println("overdue", b.Exposure.Overdue, "headroom", b.Book.Headroom)
		fmt.Println("loss on", b.Book.Loss.Date, "indemnity", b.Book.Indemnity, "due", b.Book.IndemnityDue)
		for _, a := range b.Actions {
			fmt.Println("-", a.Message)
		}
	}
	// Output:
	// Martin F1 delivered under named EUR 50000.00 insured EUR 25000.00
	// cover stopped on 2025-05-01 by notice
	// overdue EUR 25000.00 headroom EUR 0.00
	// loss on 2025-10-01 indemnity EUR 22500.00 due 2025-10-31
	// - new deliveries are not covered since 2025-05-01 (notice)
	// - loss constituted on 2025-10-01 (protractedDefault): claim the indemnity EUR 22500.00, due by 2025-10-31
}

// The package starts no goroutine: a caller who wants every core passes a
// Parallel hook, here contiguous chunks of the buyers, one goroutine per
// core. The report is the same, in the same order.
func ExampleEvaluatePortfolio_parallel() {
	parallel := func(n int, work func(i int)) {
		w := runtime.GOMAXPROCS(0)
		var wg sync.WaitGroup
		for c := range w {
			wg.Go(func() {
				for i := c * n / w; i < (c+1)*n/w; i++ {
					work(i)
				}
			})
		}
		wg.Wait()
	}

	terms := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: policy.MustAmount("EUR 500").Currency(), NonQualifyingLoss: policy.MustAmount("EUR 500"), Signature: calendar.MustDate(2024, time.December, 20), Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31)})
	books := make([]claims.BuyerBook, 1000)
	for i := range books {
		due := calendar.MustDate(2025, time.March, 1).AddDays(i % 200)
		books[i] = claims.BuyerBook{
			Buyer:   limits.Buyer{ID: "B" + strconv.Itoa(i)},
			History: limits.MustHistory(limits.Decision{ID: "A", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 20000"), Date: calendar.MustDate(2025, time.January, 2)}),
			Ledger: claims.Ledger{Invoices: []claims.Invoice{{ID: "F", DeliveryDate: due.AddDays(-60), InvoiceDate: due.AddDays(-60), DueDate: due,
				Net: policy.MustAmount("EUR 10000"), Tax: policy.MustAmount("EUR 2000")}}},
		}
	}
	rep, err := claims.EvaluatePortfolio(terms, books, calendar.MustDate(2025, time.June, 30), claims.PortfolioOptions{Parallel: parallel})
	if err != nil {
		fmt.Println(err)
		return
	}
	stopped := 0 // by 30 June: the MEP of the invoices due by 30 April has ended
	for _, b := range rep.Buyers {
		if !b.Book.Stop.Date.IsZero() {
			stopped++
		}
	}
	fmt.Println(len(rep.Buyers), "buyers;", stopped, "stopped at the end of their MEP; the first:", rep.Buyers[0].Book.Stop.Date)
	// Output:
	// 1000 buyers; 305 stopped at the end of their MEP; the first: 2025-05-01
}

// TestEvaluateBuyerForfeitOnLateNotice: the book's notice reaches the loss.
// Martin's DMS filed on 7 May 2025 is one day late for F1 (due 6 April, DMS
// by 6 May) and on time for F2 (due 4 May, DMS by 3 June): under
// ForfeitOnLateNotice only F2 stays insured.
func TestEvaluateBuyerForfeitOnLateNotice(t *testing.T) {
	book := threeBuyers()[0]
	book.Events.OverdueNotice = d("2025-05-07")
	tests := []struct {
		name    string
		forfeit bool
		want    []string // insured loss, then each invoice's reason
	}{
		{"FORMAT.md: the late notice is reported, the loss kept", false, []string{"EUR 35000.00", "", ""}},
		{"forfeiture: F1 out of the loss", true, []string{"EUR 10000.00", "late-notice", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := portfolioOptions()
			opts.Book.Clocks.ForfeitOnLateNotice = tc.forfeit
			r, err := claims.EvaluateBuyer(portfolioTerms(), book, d("2025-12-31"), opts)
			if err != nil {
				t.Fatalf("EvaluateBuyer: %v", err)
			}
			got := []string{r.Book.Insured.String()}
			for _, x := range r.Book.Invoices {
				got = append(got, x.Reason.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	book.Ledger.OverdueNotice = d("2025-05-01")
	_, err := claims.EvaluateBuyer(portfolioTerms(), book, d("2025-12-31"), portfolioOptions())
	checkErr(t, "EvaluateBuyer", err)
	if !errors.Is(err, policy.ErrInconsistent) || !strings.Contains(err.Error(), "overdueNoticeDate") {
		t.Errorf("a ledger notice other than the events': error %v, want ErrInconsistent naming overdueNoticeDate", err)
	}
}

// TestEvaluatePortfolioEmptyTermsBlameTheTerms: terms that cannot run are
// reported as the terms' fault, before any buyer (it used to blame
// buyers[0]).
func TestEvaluatePortfolioEmptyTermsBlameTheTerms(t *testing.T) {
	rep, err := claims.EvaluatePortfolio(policy.Terms{}, threeBuyers(), d("2025-11-28"), portfolioOptions())
	checkErr(t, "EvaluatePortfolio", err)
	var re *policy.RuleError
	if !errors.As(err, &re) || strings.HasPrefix(re.Field, "buyers[") {
		t.Fatalf("error %v, want a rule error naming a field of the terms", err)
	}
	if len(rep.Buyers) != 0 {
		t.Errorf("%d buyers evaluated under terms that cannot run", len(rep.Buyers))
	}
}
