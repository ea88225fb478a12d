package claims_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// The Indemnity benchmarks build their inputs once, outside the loop.

func BenchmarkIndemnity(b *testing.B) {
	cases := []struct {
		name string
		t    policy.Terms
		cl   claims.Claim
		c    claims.Cover
	}{
		{
			name: "limit-quotite",
			t:    policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: policy.MustRate("0.9")}},
			cl:   claims.Claim{Loss: policy.MustAmount("EUR 40000.00")},
			c:    claims.Cover{Type: policy.Named, Limit: policy.MustAmount("EUR 30000.00")},
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
			c: claims.Cover{Type: policy.Named, Limit: policy.MustAmount("EUR 50000.01")},
		},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := claims.Indemnity(tc.t, tc.cl, tc.c, claims.IndemnityOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoss runs Loss on a 200-invoice ledger with 60 payments and
// reports the allocations per invoice.
func BenchmarkLoss(b *testing.B) {
	const n = 200
	t := policy.Terms{Currency: policy.EUR, DeadlineRule: calendar.FRCivil, MaxInvoicingDays: 30, MaxCreditDays: 90}
	var l claims.Ledger
	start := calendar.MustDate(2025, time.January, 6)
	for i := range n {
		d := start.AddDays(i)
		net := policy.MustAmount("EUR " + strconv.Itoa(1000+37*i) + ".45")
		tax := policy.MustAmount("EUR " + strconv.Itoa(200+7*i) + ".09")
		l.Invoices = append(l.Invoices, claims.Invoice{
			ID: "F" + strconv.Itoa(i), DeliveryDate: d, InvoiceDate: d.AddDays(2), DueDate: d.AddDays(62),
			Net: net, Tax: tax, Disputed: i%17 == 0,
		})
	}
	for i := range 60 {
		l.Payments = append(l.Payments, claims.Payment{Date: start.AddDays(70 + 2*i), Amount: policy.MustAmount("EUR 1234.56")})
	}
	lossDate := calendar.MustDate(2025, time.December, 31)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := claims.Loss(t, l, lossDate); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(testing.AllocsPerRun(20, func() { _, _ = claims.Loss(t, l, lossDate) }))/n, "allocs/invoice")
}
