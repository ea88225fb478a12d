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
	terms := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: calendar.MustDate(2025, 1, 20), Effective: calendar.MustDate(2025, 1, 1), Expiry: calendar.MustDate(2025, 12, 31)})
	agrement := limits.Cover{Type: policy.Named, Amount: policy.MustAmount("EUR 30000")}
	b, err := claims.Indemnity(terms, claims.Claim{Loss: policy.MustAmount("EUR 40000")}, agrement, claims.IndemnityOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(b.Trace()) // 90 % of min(40 000, 30 000) = EUR 27000.00, each step with its clause
}
