package main

import (
	"fmt"
	"log"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

func main() {
	day, eur := calendar.MustDate, policy.MustAmount
	terms := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: day(2025, 1, 10), Effective: day(2025, 1, 1), Expiry: day(2025, 12, 31)})
	book := claims.BuyerBook{
		History: limits.MustHistory(limits.Decision{ID: "A1", Kind: limits.Agrement, Amount: eur("EUR 30000"), Date: day(2025, 3, 20)}),
		Ledger: claims.Ledger{Invoices: []claims.Invoice{
			{ID: "F1", DeliveryDate: day(2025, 3, 3), InvoiceDate: day(2025, 3, 3), DueDate: day(2025, 5, 2), Net: eur("EUR 20000"), Tax: eur("EUR 4000")},
			{ID: "F2", DeliveryDate: day(2025, 4, 1), InvoiceDate: day(2025, 4, 1), DueDate: day(2025, 5, 31), Net: eur("EUR 10000"), Tax: eur("EUR 2000")},
		}},
		Events: claims.Events{Insolvency: day(2025, 5, 10)},
	}
	b, err := claims.EvaluateBook(terms, book, day(2025, 5, 10))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(b.Trace()) // F1 was delivered before the agrément: 90 % of F2's 10 000 = EUR 9000.00
}
