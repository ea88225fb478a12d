package bench

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/portfoliogen"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The int64 floor of the portfolio (issue 19): the same evaluation as
// BenchmarkPortfolio under the book's default options (cover at delivery
// under LatestEffective, the ceiling OpenAtView, payments imputed to the
// oldest invoice, the clocks, the stop, the date of loss and the
// indemnity), written as a program that knows only this portfolio's
// terms would be: days as int32 day numbers, amounts as int64 cents,
// quotités in basis points, no decimal, no trace, no error values, no
// allocation but the report's. It is what the SDK's evaluation would cost
// with none of what makes it general (any currency and precision, any
// terms, checked inputs, reasons), and TestPortfolioFloorMatchesSDK checks
// it against the SDK buyer by buyer, so that it is the same computation.
//
// Its inputs are the generated books converted once, outside the timer
// (floorBooks), as the SDK's are the books built once.

// noDay is the absent day (a zero calendar.Date).
const noDay = math.MinInt32

// dayNum is the day number of d (days since 1970-01-01), noDay for the
// zero Date.
func dayNum(d calendar.Date) int32 {
	if d.IsZero() {
		return noDay
	}
	return daysFromCivil(d.Year(), int(d.Month()), d.Day())
}

// daysFromCivil and civilFromDays are Hinnant's algorithms.
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

func civilFromDays(z int32) (y, m, d int) {
	zz := int(z) + 719468
	era := zz / 146097
	if zz < 0 && zz%146097 != 0 {
		era--
	}
	doe := zz - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// addMonths adds n months to day z, clamped at the month's end.
func addMonths(z int32, n int) int32 {
	y, m, d := civilFromDays(z)
	m += n
	y += (m - 1) / 12
	m = (m-1)%12 + 1
	dim := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && (y%4 == 0 && y%100 != 0 || y%400 == 0) {
		dim = 29
	}
	return daysFromCivil(y, m, min(d, dim))
}

// Decision kinds of the floor.
const (
	fNamed = iota // agrément
	fRefusal
	fTemporary
	fTopUp
)

type floorDecision struct {
	kind             uint8
	date, expiry     int32 // expiry noDay: none
	amount           int64
	start, effective int32 // placed by floorPlace
	quotite          int64 // basis points
}

type floorInvoice struct {
	delivery, invoiced, due int32
	net, tax                int64
	disputed                bool
}

type floorEvent struct {
	date   int32
	amount int64 // gross
	net    int64 // a credit note on an invoice: its net
	target int32 // the invoice a credit note corrects; -1 otherwise
}

type floorBook struct {
	eligible           bool
	decisions          []floorDecision
	invoices           []floorInvoice
	events             []floorEvent // payments, then credit notes, as in the ledger
	notice, insolvency int32
}

// floorTerms are the portfolio's terms as numbers.
type floorTerms struct {
	effective, expiry, retroEnd int32
	reductionNotice             int32
	qNamed, qTemporary, qTopUp  int64
	qDiscretionary, discMax     int64
	invoicingDays, creditDays   int32
	mepDays, noticeDays         int32
	waitingMonths               int
	indemnityDays               int32
	warnBP                      int64 // the alert's warning ratio
	business                    []bool
	firstDay                    int32 // day number of business[0]
}

// civilEnd is the last day of a deadline of n days from anchor under the
// French civil rule: anchor + n, moved to the next business day.
func (t *floorTerms) civilEnd(anchor, n int32) int32 {
	d := anchor + n
	for !t.business[d-t.firstDay] {
		d++
	}
	return d
}

func bp(r policy.Rate) int64 {
	return r.Decimal().Shift(4).IntPart()
}

// cents is an amount in cents; the zero Amount (no currency) is 0, and an
// amount off the cents math.MinInt64, which no result of the floor equals.
func cents(a policy.Amount) int64 {
	n, ok := a.Units()
	switch {
	case ok:
		return n
	case a.Currency().IsZero() && a.IsZero():
		return 0
	}
	return math.MinInt64
}

// newFloorTerms reads the terms the floor knows (portfoliogen.Terms): it
// fails the test when they are not those its rules were written for.
func newFloorTerms(tb testing.TB, t policy.Terms) *floorTerms {
	tb.Helper()
	p := func(l policy.TimeLimit, unit string) int32 {
		per, ok := l.Period()
		switch {
		case ok && unit == "days" && per.Years == 0 && per.Months == 0:
			return int32(per.Days)
		case ok && unit == "months" && per.Years == 0 && per.Days == 0:
			return int32(per.Months)
		}
		tb.Fatalf("floor: a limit of %+v, not in %s", per, unit)
		return 0
	}
	if t.DeadlineRule.Name != calendar.FRCivil.Name || t.VATCovered || t.OverdueNotice.Anchor != policy.DueDate ||
		t.WaitingPeriodAnchor != policy.WaitingAnchor(0) || t.Rounding != policy.HalfAwayFromZero || len(t.Countries) > 0 {
		tb.Fatal("floor: terms other than those the floor implements")
	}
	ft := &floorTerms{
		effective: dayNum(t.Effective), expiry: dayNum(t.Expiry),
		retroEnd:        dayNum(t.Signature) + p(t.RetroactivityDays, "days"),
		reductionNotice: p(t.ReductionNoticeDays, "days"),
		qNamed:          bp(t.Quotites.Named), qTemporary: bp(t.Quotites.Named), qTopUp: bp(t.Quotites.TopUp),
		qDiscretionary: bp(t.Quotites.Discretionary), discMax: cents(t.DiscretionaryMax),
		invoicingDays: p(t.MaxInvoicingDays, "days"), creditDays: p(t.MaxCreditDays, "days"),
		mepDays: p(t.MaxExtensionDays, "days"), noticeDays: p(t.OverdueNotice.Days, "days"),
		waitingMonths: int(p(t.WaitingPeriod, "months")), indemnityDays: p(t.IndemnityDays, "days"),
		warnBP: bp(limits.DefaultWarnRatio()),
	}
	if !t.Quotites.Temporary.IsZero() {
		ft.qTemporary = bp(t.Quotites.Temporary)
	}
	first := calendar.MustDate(2024, time.January, 1)
	ft.firstDay = dayNum(first)
	for d := first; d.Year() < 2028; d = d.AddDays(1) {
		ok, err := calendar.FR.IsBusinessDay(d)
		if err != nil {
			tb.Fatal(err)
		}
		ft.business = append(ft.business, ok)
	}
	return ft
}

// floorBooks converts the generated books (outside any timer).
func floorBooks(books []claims.BuyerBook) []floorBook {
	out := make([]floorBook, len(books))
	for i, b := range books {
		fb := &out[i]
		fb.eligible = b.Buyer.DiscretionaryEligible
		for _, d := range b.History.Decisions() {
			k := map[limits.Kind]uint8{limits.Agrement: fNamed, limits.Refusal: fRefusal, limits.Temporary: fTemporary, limits.TopUp: fTopUp}[d.Kind]
			fb.decisions = append(fb.decisions, floorDecision{kind: k, date: dayNum(d.Date), expiry: dayNum(d.Expiry), amount: cents(d.Amount)})
		}
		for _, inv := range b.Ledger.Invoices {
			fb.invoices = append(fb.invoices, floorInvoice{delivery: dayNum(inv.DeliveryDate), invoiced: dayNum(inv.InvoiceDate),
				due: dayNum(inv.DueDate), net: cents(inv.Net), tax: cents(inv.Tax), disputed: inv.Disputed})
		}
		for _, p := range b.Ledger.Payments {
			fb.events = append(fb.events, floorEvent{date: dayNum(p.Date), amount: cents(p.Amount), target: -1})
		}
		for _, c := range b.Ledger.CreditNotes {
			e := floorEvent{date: dayNum(c.Date), amount: cents(c.Net) + cents(c.Tax), target: -1}
			if c.Invoice != "" {
				e.target = int32(slices.IndexFunc(b.Ledger.Invoices, func(inv claims.Invoice) bool { return inv.ID == c.Invoice }))
				e.net = cents(c.Net)
			}
			fb.events = append(fb.events, e)
		}
		fb.notice, fb.insolvency = dayNum(b.Events.OverdueNotice), dayNum(b.Events.Insolvency)
	}
	return out
}

// Stop causes of the floor, in the SDK's order of precedence on a tie.
const (
	fNoStop = iota
	fStopInsolvency
	fStopNotice
	fStopMEP
)

// floorResult is one buyer's report: what the SDK's book, exposure,
// alerts and actions give, as numbers.
type floorResult struct {
	lossDate, stopDate, noticeDeadline, indemnityDue int32
	stopCause                                        uint8
	openGross, openNet, insured, overLimit           int64
	indemnity, claimInsured                          int64
	newDelivery, headroom                            int64
	exposureOpen, exposureOverdue                    int64
	alerts, actions                                  int
}

// floorCover is the cover of a delivery: its amount, quotité, and whether
// any layer covers it.
type floorCover struct {
	amount, quotite int64
	covered         bool
}

// floorScratch are the buffers of one evaluating goroutine, reused from
// buyer to buyer.
type floorScratch struct {
	open, allocated, gross, net []int64
	paidOn                      []int32
	order, pos                  []int
	events                      []floorEvent
	covers                      []floorCover
	reason                      []bool // excluded
	mepEnd, noticeEnd           []int32
}

func (s *floorScratch) size(n, e int) {
	if cap(s.open) < n {
		s.open, s.allocated, s.gross, s.net = make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		s.paidOn, s.order, s.pos = make([]int32, n), make([]int, n), make([]int, n)
		s.covers, s.reason, s.mepEnd, s.noticeEnd = make([]floorCover, n), make([]bool, n), make([]int32, n), make([]int32, n)
	}
	s.open, s.allocated, s.gross, s.net = s.open[:n], s.allocated[:n], s.gross[:n], s.net[:n]
	s.paidOn, s.order, s.pos = s.paidOn[:n], s.order[:n], s.pos[:n]
	s.covers, s.reason, s.mepEnd, s.noticeEnd = s.covers[:n], s.reason[:n], s.mepEnd[:n], s.noticeEnd[:n]
	if cap(s.events) < e {
		s.events = make([]floorEvent, e)
	}
	s.events = s.events[:e]
}

// floorPlace places the decisions (LatestEffective): start by
// retroactivity, the reductions' effective day after the notice, the
// quotités.
func floorPlace(t *floorTerms, ds []floorDecision) {
	var prev [4]int64
	var seen [4]bool
	for i := range ds {
		d := &ds[i]
		d.start = d.date
		if d.date <= t.retroEnd {
			d.start = t.effective
		}
		d.effective = d.start
		l := d.kind
		if l == fRefusal {
			l = fNamed
		}
		if l != fTemporary {
			if seen[l] && d.amount < prev[l] {
				d.effective = d.date + t.reductionNotice
			}
			prev[l], seen[l] = d.amount, true
		}
		switch {
		case d.kind == fRefusal || d.amount == 0:
			d.quotite = 0
		case d.kind == fNamed:
			d.quotite = t.qNamed
		case d.kind == fTemporary:
			d.quotite = t.qTemporary
		case d.kind == fTopUp:
			d.quotite = t.qTopUp
		}
	}
}

// floorCoverAt is the cover of a delivery on day d (the stop left to the
// caller).
func floorCoverAt(t *floorTerms, b *floorBook, d int32) floorCover {
	var c floorCover
	if d < t.effective || d > t.expiry {
		return c
	}
	named, topUp := -1, -1
	for i, x := range b.decisions {
		if x.effective > d {
			continue
		}
		switch x.kind {
		case fNamed, fRefusal:
			if named < 0 || x.effective >= b.decisions[named].effective {
				named = i
			}
		case fTopUp:
			if topUp < 0 || x.effective >= b.decisions[topUp].effective {
				topUp = i
			}
		}
	}
	layer := func(amount, q int64) {
		if !c.covered {
			c.quotite = q
		}
		c.amount += amount
		c.covered = true
	}
	if named >= 0 && b.decisions[named].kind == fNamed {
		layer(b.decisions[named].amount, b.decisions[named].quotite)
	}
	for _, x := range b.decisions {
		if x.kind == fTemporary && x.start <= d && x.expiry >= d {
			layer(x.amount, x.quotite)
		}
	}
	if topUp >= 0 {
		x := b.decisions[topUp]
		if (x.expiry == noDay || x.expiry >= d) && x.amount != 0 {
			layer(x.amount, x.quotite)
		}
	}
	if c.covered || !b.eligible {
		return c
	}
	for _, x := range b.decisions {
		if x.date <= d {
			return c // discretionary cover voided
		}
	}
	layer(t.discMax, t.qDiscretionary)
	return c
}

// floorImpute imputes the ledger's payments and credit notes dated on or
// before cutoff (all when cutoff is noDay) to the oldest open invoice,
// writing each invoice's gross, net and allocated amounts and the day it
// was paid in full.
func floorImpute(b *floorBook, s *floorScratch, cutoff int32) {
	invs := b.invoices
	n := len(invs)
	for i, inv := range invs {
		s.order[i] = i
		s.net[i], s.gross[i], s.allocated[i], s.paidOn[i] = inv.net, inv.net+inv.tax, 0, noDay
		if s.gross[i] == 0 {
			s.paidOn[i] = inv.invoiced
		}
	}
	slices.SortFunc(s.order, func(a, c int) int {
		x, y := invs[a], invs[c]
		if x.due != y.due {
			return int(x.due - y.due)
		}
		if x.invoiced != y.invoiced {
			return int(x.invoiced - y.invoiced)
		}
		return a - c // the generated IDs sort as their indices
	})
	for p, i := range s.order {
		s.pos[i] = p
	}
	copy(s.events, b.events)
	slices.SortStableFunc(s.events, func(a, c floorEvent) int { return int(a.date - c.date) })
	var paid, covered int64
	k := 0
	advance := func(d int32) {
		for k < n {
			i := s.order[k]
			next := covered + s.gross[i]
			if paid < next {
				return
			}
			covered = next
			if s.paidOn[i] == noDay {
				s.paidOn[i] = d
			}
			k++
		}
	}
	advance(noDay)
	for _, e := range s.events {
		if cutoff != noDay && e.date > cutoff {
			continue
		}
		if e.target < 0 {
			paid += e.amount
			advance(e.date)
			continue
		}
		j := e.target
		s.net[j] -= e.net
		s.gross[j] -= e.amount
		if s.pos[j] < k {
			covered -= e.amount
		}
		if s.gross[j] == 0 && s.paidOn[j] == noDay {
			s.paidOn[j] = e.date
		}
		advance(e.date)
	}
	for p, i := range s.order {
		switch {
		case p < k:
			s.allocated[i] = s.gross[i]
		case p == k:
			s.allocated[i] = paid - covered
		}
	}
}

// openNet is open × net / gross rounded half away from zero.
func openNet(open, net, gross int64) int64 {
	if open == 0 || gross == 0 {
		return 0
	}
	return (2*open*net + gross) / (2 * gross)
}

// floorEvaluate evaluates one buyer on day asOf.
func floorEvaluate(t *floorTerms, b *floorBook, asOf int32, s *floorScratch) floorResult {
	r := floorResult{indemnityDue: noDay}
	invs := b.invoices
	s.size(len(invs), len(b.events))
	floorPlace(t, b.decisions)

	// The clocks, on the whole ledger's days of payment.
	floorImpute(b, s, noDay)
	stop, cause := int32(noDay), uint8(fNoStop)
	take := func(d int32, c uint8) {
		if d != noDay && (stop == noDay || d < stop) {
			stop, cause = d, c
		}
	}
	take(b.insolvency, fStopInsolvency)
	take(b.notice, fStopNotice)
	for _, i := range s.order { // the oldest first
		inv := invs[i]
		s.mepEnd[i] = inv.due + t.mepDays
		s.noticeEnd[i] = t.civilEnd(inv.due, t.noticeDays)
		paid := s.paidOn[i]
		if !(paid != noDay && paid <= s.mepEnd[i]) && s.mepEnd[i] < asOf {
			take(s.mepEnd[i]+1, fStopMEP)
		}
		if b.notice == noDay && inv.due < asOf && !(paid != noDay && paid <= asOf) &&
			(r.noticeDeadline == 0 || s.noticeEnd[i] < r.noticeDeadline) {
			r.noticeDeadline = s.noticeEnd[i]
		}
	}
	r.stopDate, r.stopCause = stop, cause

	// The date of loss: the insolvency, or the end of the waiting period
	// run from the notice.
	loss, wait := int32(noDay), int32(noDay)
	if b.notice != noDay {
		wait = addMonths(b.notice, t.waitingMonths)
	}
	switch {
	case b.insolvency != noDay && (wait == noDay || b.insolvency <= wait):
		loss = b.insolvency
	case wait != noDay:
		loss = wait
	}
	at := asOf
	if loss != noDay && loss <= asOf {
		at = loss
	} else {
		loss = noDay
	}
	r.lossDate = loss

	// Cover at each delivery, the view's open amounts, the exclusions.
	floorImpute(b, s, at)
	for i, inv := range invs {
		s.covers[i] = floorCoverAt(t, b, inv.delivery)
		open := s.gross[i] - s.allocated[i]
		s.open[i] = openNet(open, s.net[i], s.gross[i])
		r.openGross += open
		r.openNet += s.open[i]
		late := inv.invoiced > t.civilEnd(inv.delivery, t.invoicingDays)
		long := inv.due > inv.invoiced+t.creditDays
		after := stop != noDay && inv.delivery >= stop
		s.reason[i] = late || long || inv.disputed || after || !s.covers[i].covered
	}

	// The ceiling, in order of delivery (the generator's deliveries are
	// strictly increasing, so the ledger's order).
	var used int64
	var layers [4]struct{ q, insured int64 }
	nl := 0
	for i := range invs {
		if s.reason[i] {
			continue
		}
		room := s.covers[i].amount - used
		ins := max(0, min(s.open[i], room))
		used += ins
		r.insured += ins
		r.overLimit += s.open[i] - ins
		if loss == noDay || ins == 0 {
			continue
		}
		q := s.covers[i].quotite
		k := 0
		for k < nl && layers[k].q != q {
			k++
		}
		if k == nl {
			layers[k].q, layers[k].insured = q, 0
			nl++
		}
		layers[k].insured += ins
	}
	if loss != noDay {
		r.indemnityDue = loss + t.indemnityDays
		for _, l := range layers[:nl] {
			r.claimInsured += l.insured
			r.indemnity += (2*l.insured*l.q + 10000) / 20000
		}
	}

	// A new delivery today, the headroom, the exposure, the alerts and
	// actions.
	if stop == noDay || asOf < stop {
		r.newDelivery = floorCoverAt(t, b, asOf).amount
	}
	r.headroom = max(0, r.newDelivery-r.insured)
	if at != asOf {
		floorImpute(b, s, asOf)
	}
	for i, inv := range invs {
		open := openNet(s.gross[i]-s.allocated[i], s.net[i], s.gross[i]) // the exposure counts net of tax
		if inv.due < asOf {
			r.exposureOverdue += open
		} else {
			r.exposureOpen += open
		}
	}
	if r.overLimit > 0 || r.insured > 0 && r.insured*10000 >= r.newDelivery*t.warnBP {
		r.alerts++
	}
	if stop != noDay && stop <= asOf {
		r.alerts++
		r.actions++
	}
	if r.noticeDeadline != 0 {
		r.actions++
	}
	if loss != noDay {
		r.actions++
	}
	return r
}

// floorPortfolio evaluates every buyer on day asOf.
func floorPortfolio(t *floorTerms, books []floorBook, asOf int32) []floorResult {
	out := make([]floorResult, len(books))
	var s floorScratch
	for i := range books {
		out[i] = floorEvaluate(t, &books[i], asOf, &s)
	}
	return out
}

var sinkFloor []floorResult

// BenchmarkPortfolioFloor is BenchmarkPortfolio's evaluation (N buyers of
// 10 invoices, one goroutine) in the int64 floor, from a cold heap as
// well, reporting ns/invoice, cpu-ns/invoice (the process's CPU time),
// thread-ns/invoice (the evaluating thread's) and allocs/invoice, as
// BenchmarkPortfolio measures them (measureCold).
func BenchmarkPortfolioFloor(b *testing.B) {
	t := newFloorTerms(b, portfoliogen.Terms())
	asOf := dayNum(portfoliogen.AsOf())
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			books := floorBooks(genPortfolio(b, n, 1))
			b.ReportAllocs()
			var sum perInvoice
			runs := 0
			for b.Loop() {
				b.StopTimer()
				sinkFloor = nil
				sum.add(measureCold(n*portfoliogen.InvoicesPerBuyer, true, b.StartTimer, b.StopTimer, func() {
					sinkFloor = floorPortfolio(t, books, asOf)
				}))
				runs++
				b.StartTimer()
			}
			sum.report(b, runs)
		})
	}
}

// TestPortfolioFloorMatchesSDK checks the floor against the SDK buyer by
// buyer on generated portfolios of several sizes and seeds: the date of
// loss and the stop (day and cause), the open, insured, over-limit and
// claimed amounts, the indemnity and its due day, the notice deadline, the
// cover of a new delivery and the headroom, the exposure's buckets; and the
// portfolio's totals and count of stops.
func TestPortfolioFloorMatchesSDK(t *testing.T) {
	terms := portfoliogen.Terms()
	ft := newFloorTerms(t, terms)
	asOf := portfoliogen.AsOf()
	causes := map[limits.StopCause]uint8{limits.NoStop: fNoStop, limits.StopInsolvency: fStopInsolvency, limits.StopNotice: fStopNotice, limits.StopMEP: fStopMEP}
	for _, c := range []struct {
		n    int
		seed uint64
	}{{300, 1}, {2000, 2}, {5000, 7}} {
		books := genPortfolio(t, c.n, c.seed)
		rep, err := claims.EvaluatePortfolio(terms, books, asOf, portfolioOptions())
		if err != nil {
			t.Fatal(err)
		}
		floor := floorPortfolio(ft, floorBooks(books), dayNum(asOf))
		var want, got struct {
			insured, claimed, indemnity int64
			stops, losses               int
		}
		bad := 0
		for i, br := range rep.Buyers {
			bk, f := br.Book, floor[i]
			w := floorResult{lossDate: dayNum(bk.Loss.Date), stopDate: dayNum(bk.Stop.Date), stopCause: causes[bk.Stop.Cause],
				noticeDeadline: dayNum(bk.NoticeDeadline), indemnityDue: dayNum(bk.IndemnityDue),
				openGross: cents(bk.OpenGross), openNet: cents(bk.OpenNet), insured: cents(bk.Insured), overLimit: cents(bk.OverLimit),
				indemnity: cents(bk.Indemnity), newDelivery: cents(bk.NewDelivery.Amount), headroom: cents(bk.Headroom),
				exposureOpen: cents(br.Exposure.Open), exposureOverdue: cents(br.Exposure.Overdue),
				alerts: len(br.Alerts), actions: len(br.Actions)}
			if bk.Indemnity.Currency().IsZero() {
				w.indemnity = 0
			}
			for _, l := range bk.Layers {
				w.claimInsured += cents(l.Insured)
			}
			if w.noticeDeadline == noDay {
				w.noticeDeadline = 0
			}
			if w.stopCause == fNoStop {
				w.stopDate = noDay
			}
			g := f
			g.alerts, g.actions = w.alerts, w.actions // not compared: the floor counts only the alerts it computes
			if w != g {
				if bad++; bad <= 5 {
					t.Errorf("N=%d seed %d, buyer %s:\n SDK   %+v\n floor %+v", c.n, c.seed, br.Buyer, w, g)
				}
			}
			want.insured, got.insured = want.insured+w.insured, got.insured+f.insured
			want.claimed, got.claimed = want.claimed+w.claimInsured, got.claimed+f.claimInsured
			want.indemnity, got.indemnity = want.indemnity+w.indemnity, got.indemnity+f.indemnity
			if w.stopCause != fNoStop {
				want.stops++
			}
			if f.stopCause != fNoStop {
				got.stops++
			}
			if w.lossDate != noDay {
				want.losses++
			}
			if f.lossDate != noDay {
				got.losses++
			}
		}
		if want != got || bad > 0 {
			t.Errorf("N=%d seed %d: %d buyers differ; totals SDK %+v, floor %+v", c.n, c.seed, bad, want, got)
			continue
		}
		t.Logf("N=%d seed %d: insured %d, claimed %d, indemnity %d cents, %d stops, %d losses: the floor agrees on every buyer",
			c.n, c.seed, want.insured, want.claimed, want.indemnity, want.stops, want.losses)
	}
}
