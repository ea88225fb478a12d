package bench

import (
	"strconv"
	"testing"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Benchmarks of package claims. No other library computes these rules, so
// they measure the SDK alone: time, CPU time of the benchmark's thread and
// allocations. Inputs are built once, outside the loops.

var (
	sinkBreakdown claims.Breakdown
	sinkLoss      claims.LossReport
	sinkClocks    claims.Deadlines
	sinkTrace     policy.Trace
)

// indemnityCases are a claim with a limit and a quotité only, and one
// with every step set and amounts in cents (so that the product by the
// quotité needs rounding).
var indemnityCases = []struct {
	name string
	t    policy.Terms
	cl   claims.Claim
	c    limits.Cover
}{
	{
		name: "limit-quotite",
		t:    policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: policy.MustRate("0.9")}},
		cl:   claims.Claim{Loss: policy.MustAmount("EUR 40000.00")},
		c:    limits.Cover{Type: policy.Named, Amount: policy.MustAmount("EUR 30000.00")},
	},
	{
		name: "every-step-cents",
		t: policy.Terms{
			Currency: policy.EUR, Quotites: policy.Quotites{Named: policy.MustRate("0.9")},
			ClaimThreshold: policy.Threshold{Amount: policy.MustAmount("EUR 5000.00"), Mode: policy.Excess},
			Deductible:     policy.MustAmount("EUR 1000.00"),
		},
		cl: claims.Claim{
			Loss:               policy.MustAmount("EUR 60000.05"),
			FirstLossRemaining: policy.MustAmount("EUR 2000.00"),
			LiabilityRemaining: policy.MustAmount("EUR 100000.00"),
		},
		c: limits.Cover{Type: policy.Named, Amount: policy.MustAmount("EUR 50000.01")},
	},
}

// BenchmarkIndemnity computes the whole breakdown; the trace is built on
// demand and measured apart (BenchmarkIndemnityTrace).
func BenchmarkIndemnity(b *testing.B) {
	for _, tc := range indemnityCases {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			var r claims.Breakdown
			n := 0
			clk := startCPU()
			for b.Loop() {
				x, err := claims.Indemnity(tc.t, tc.cl, tc.c, claims.IndemnityOptions{})
				if err != nil {
					b.Fatal(err)
				}
				r = x
				n++
			}
			clk.report(b, n)
			sinkBreakdown = r
		})
	}
}

func BenchmarkIndemnityTrace(b *testing.B) {
	tc := indemnityCases[1]
	x, err := claims.Indemnity(tc.t, tc.cl, tc.c, claims.IndemnityOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		sinkTrace = x.Trace()
	}
}

// ledger200 is a buyer's ledger of 200 invoices (one delivery a day, 60
// days of credit, a disputed invoice in 17) and 60 payments.
func ledger200() (policy.Terms, claims.Ledger, calendar.Date) {
	const n = 200
	t := policy.Terms{Currency: policy.EUR, DeadlineRule: calendar.FRCivil, MaxInvoicingDays: policy.MustTimeLimit(calendar.Days(30)), MaxCreditDays: policy.MustTimeLimit(calendar.Days(90))}
	var l claims.Ledger
	start := calendar.MustDate(2025, time.January, 6)
	for i := range n {
		d := start.AddDays(i)
		l.Invoices = append(l.Invoices, claims.Invoice{
			ID: "F" + strconv.Itoa(i), DeliveryDate: d, InvoiceDate: d.AddDays(2), DueDate: d.AddDays(62),
			Net:      policy.MustAmount("EUR " + strconv.Itoa(1000+37*i) + ".45"),
			Tax:      policy.MustAmount("EUR " + strconv.Itoa(200+7*i) + ".09"),
			Disputed: i%17 == 0,
		})
	}
	for i := range 60 {
		l.Payments = append(l.Payments, claims.Payment{Date: start.AddDays(70 + 2*i), Amount: policy.MustAmount("EUR 1234.56")})
	}
	return t, l, calendar.MustDate(2025, time.December, 31)
}

// BenchmarkLoss200 runs Loss on the 200-invoice ledger and reports the
// allocations per invoice.
func BenchmarkLoss200(b *testing.B) {
	t, l, lossDate := ledger200()
	b.ReportAllocs()
	var r claims.LossReport
	n := 0
	clk := startCPU()
	for b.Loop() {
		x, err := claims.Loss(t, l, lossDate)
		if err != nil {
			b.Fatal(err)
		}
		r = x
		n++
	}
	clk.report(b, n)
	sinkLoss = r
	b.ReportMetric(testing.AllocsPerRun(10, func() { sinkLoss, _ = claims.Loss(t, l, lossDate) })/float64(len(l.Invoices)), "allocs/invoice")
}

// BenchmarkClocks computes the clocks of one invoice under the French
// civil rule (holidays looked up for the notice limit).
func BenchmarkClocks(b *testing.B) {
	t := policy.Terms{
		DeadlineRule: calendar.FRCivil, MaxInvoicingDays: policy.MustTimeLimit(calendar.Days(30)), MaxCreditDays: policy.MustTimeLimit(calendar.Days(120)), MaxExtensionDays: policy.MustTimeLimit(calendar.Days(60)),
		OverdueNotice: policy.Notice{Days: policy.MustTimeLimit(calendar.Days(30))}, WaitingPeriod: policy.MustTimeLimit(calendar.Months(5)), IndemnityDays: policy.MustTimeLimit(calendar.Days(30)),
	}
	inv := claims.Invoice{
		ID: "F1", DeliveryDate: calendar.MustDate(2025, time.January, 10),
		InvoiceDate: calendar.MustDate(2025, time.January, 20), DueDate: calendar.MustDate(2025, time.March, 20),
	}
	ev := claims.Events{OverdueNotice: calendar.MustDate(2025, time.April, 10)}
	b.ReportAllocs()
	var r claims.Deadlines
	n := 0
	clk := startCPU()
	for b.Loop() {
		x, err := claims.Clocks(t, inv, ev)
		if err != nil {
			b.Fatal(err)
		}
		r = x
		n++
	}
	clk.report(b, n)
	sinkClocks = r
}
