package bench

import (
	"strconv"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Benchmarks of package limits. No other library computes cover at a date
// from a decision history, so they measure the SDK alone: time, CPU time of
// the benchmark's thread and allocations, with inputs built once outside
// the loops.

var (
	sinkCover    limits.Cover
	sinkPosition limits.Position
	sinkExposure limits.Exposure
)

// limitsTerms is a 2025 policy with 30 days of retroactivity and 30 days'
// notice of reductions.
func limitsTerms() policy.Terms {
	return policy.Terms{
		Currency:  policy.EUR,
		Signature: calendar.MustDate(2024, 12, 20), Effective: calendar.MustDate(2025, 1, 1),
		Expiry:            calendar.MustDate(2025, 12, 31),
		RetroactivityDays: policy.MustTimeLimit(calendar.Days(30)), ReductionNoticeDays: policy.MustTimeLimit(calendar.Days(30)),
		Quotites: policy.Quotites{Named: policy.MustRate("0.9"), Discretionary: policy.MustRate("0.6"),
			TopUp: policy.MustRate("0.5")},
		DiscretionaryMax: policy.MustAmount("EUR 10000"),
	}
}

// history50 is a buyer's year of 50 decisions, one a week: agréments going
// up and down (so that some are reductions with notice), a temporary limit
// every fifth week and a top-up every seventh.
func history50() limits.History {
	ds := make([]limits.Decision, 50)
	day := calendar.MustDate(2025, 1, 3)
	x := uint32(2463534242)
	for i := range ds {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		d := limits.Decision{ID: "D" + strconv.Itoa(i), Kind: limits.Agrement, Date: day,
			Amount: policy.MustAmount("EUR " + strconv.Itoa(10000+int(x%50)*1000))}
		switch {
		case i%5 == 4:
			d.Kind, d.Expiry = limits.Temporary, day.AddDays(30)
		case i%7 == 6:
			d.Kind = limits.TopUp
		}
		ds[i] = d
		day = day.AddDays(7)
	}
	return limits.MustHistory(ds...)
}

// deliveries are 64 delivery days spread over the policy year.
func deliveries() []calendar.Date {
	out := make([]calendar.Date, 64)
	for i := range out {
		out[i] = calendar.MustDate(2025, 1, 1).AddDays(i * 364 / 63)
	}
	return out
}

// TestHistory50 checks the benchmark's inputs: a valid history of 50
// decisions with cover on every delivery day, under both rules.
func TestHistory50(t *testing.T) {
	h := history50()
	if h.Len() != 50 {
		t.Fatalf("%d decisions", h.Len())
	}
	for _, rule := range []limits.InForceRule{limits.LatestEffective, limits.LatestDecision} {
		for _, d := range deliveries() {
			c, err := limits.CoverAt(limitsTerms(), h, limits.Buyer{}, d, limits.CoverOptions{InForce: rule})
			if err != nil {
				t.Fatal(err)
			}
			if c.Gap != limits.Covered {
				t.Errorf("%v, %s: no cover (%v)", rule, d, c.Gap)
			}
		}
	}
}

// BenchmarkCoverAt50 is the cover of one delivery on a 50-decision history
// (the days cycle over the year), with its trace.
func BenchmarkCoverAt50(b *testing.B) {
	terms, h, days := limitsTerms(), history50(), deliveries()
	for _, rule := range []limits.InForceRule{limits.LatestEffective, limits.LatestDecision} {
		b.Run(rule.String(), func(b *testing.B) {
			b.ReportAllocs()
			opts := limits.CoverOptions{InForce: rule}
			var c limits.Cover
			n := 0
			clk := startCPU()
			for b.Loop() {
				x, err := limits.CoverAt(terms, h, limits.Buyer{}, days[n%len(days)], opts)
				if err != nil {
					b.Fatal(err)
				}
				c = x
				n++
			}
			clk.report(b, n)
			sinkCover = c
		})
	}
}

// BenchmarkHeadroom is an order-time check on the four buckets and a
// credit note.
func BenchmarkHeadroom(b *testing.B) {
	limit := policy.MustAmount("EUR 50000.00")
	e := limits.Exposure{Open: policy.MustAmount("EUR 30000.00"), Overdue: policy.MustAmount("EUR 5000.00"),
		Draft: policy.MustAmount("EUR 2000.00"), Orders: policy.MustAmount("EUR 1000.00"),
		Credits: policy.MustAmount("EUR 500.00")}
	pending := policy.MustAmount("EUR 12500.50")
	opts := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	b.ReportAllocs()
	var p limits.Position
	n := 0
	clk := startCPU()
	for b.Loop() {
		x, err := limits.Headroom(limit, e, pending, opts)
		if err != nil {
			b.Fatal(err)
		}
		p = x
		n++
	}
	clk.report(b, n)
	sinkPosition = p
}

// BenchmarkExposureOf sorts 100 documents (invoices, orders with their
// drafts, credit notes) into buckets.
func BenchmarkExposureOf(b *testing.B) {
	docs := make([]limits.Document, 0, 100)
	for i := range 25 {
		id := strconv.Itoa(i)
		docs = append(docs,
			limits.Document{ID: "F" + id, Kind: limits.Invoice, Net: policy.MustAmount("EUR 1000.00"),
				Tax: policy.MustAmount("EUR 200.00"), DueDate: calendar.MustDate(2025, 3, 1).AddDays(3 * i)},
			limits.Document{ID: "O" + id, Kind: limits.Order, Net: policy.MustAmount("EUR 500.00")},
			limits.Document{ID: "B" + id, Kind: limits.DraftInvoice, Net: policy.MustAmount("EUR 200.00"), Order: "O" + id},
			limits.Document{ID: "A" + id, Kind: limits.CreditNote, Net: policy.MustAmount("EUR 10.00")})
	}
	terms, today := limitsTerms(), calendar.MustDate(2025, 3, 20)
	b.ReportAllocs()
	var e limits.Exposure
	n := 0
	clk := startCPU()
	for b.Loop() {
		x, err := limits.ExposureOf(terms, docs, today, limits.ExposureOptions{GraceDays: 5})
		if err != nil {
			b.Fatal(err)
		}
		e = x
		n++
	}
	clk.report(b, n)
	sinkExposure = e
}
