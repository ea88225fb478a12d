package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// fxTerms are bookTerms converting at the ECB rate (TARGET) by rule.
func fxTerms(rule policy.ConversionRule) policy.Terms {
	t := bookTerms()
	t.Conversion = policy.CurrencyConversion{Rule: rule, Calendar: calendar.TARGET}
	return t
}

func quote(to policy.Currency, day, r string) policy.ExchangeRate {
	return policy.ExchangeRate{From: policy.EUR, To: to, Date: d(day), Rate: rate(r)}
}

func rates(t testing.TB, qs ...policy.ExchangeRate) policy.RateTable {
	t.Helper()
	tb, err := policy.NewRateTable(qs...)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// dollarBook: a limit of USD 50 000 granted in the buyer's currency, one
// invoice of USD 21 700, the buyer insolvent on Monday 12 May 2025.
func dollarBook(t fataler) claims.BuyerBook {
	t.Helper()
	h, err := limits.NewHistory(limits.Decision{ID: "A1", Kind: limits.Agrement, Amount: policy.MustAmount("USD 50000"), Date: d("2025-01-15")})
	if err != nil {
		t.Fatalf("%v", err)
	}
	return claims.BuyerBook{
		History: h,
		Ledger: claims.Ledger{Invoices: []claims.Invoice{{ID: "F1", DeliveryDate: d("2025-02-03"), InvoiceDate: d("2025-02-04"), DueDate: d("2025-04-04"),
			Net: policy.MustAmount("USD 21700.00"), Tax: policy.MustAmount("USD 0")}}},
		Events: claims.Events{Insolvency: d("2025-05-12")},
	}
}

// TestEvaluateBookInAtLossDate: the claim is converted at the rate of the
// date of loss, not of the day the book is read (the currency exchange
// rate clause: claims adjusted at the rate of the Date of Loss).
func TestEvaluateBookInAtLossDate(t *testing.T) {
	tb := rates(t, quote(policy.USD, "2025-05-12", "1.0850"), quote(policy.USD, "2025-05-20", "1.1250"))
	bk, convs, err := claims.EvaluateBookIn(fxTerms(policy.AtLossDate), dollarBook(t), d("2025-05-20"), tb)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{bk.Loss.Date.String(), bk.Invoices[0].Cover.Amount.String(), bk.Insured.String(), bk.Indemnity.String()}
	want := []string{"2025-05-12", "EUR 46082.95", "EUR 20000.00", "EUR 18000.00"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var steps []string
	for _, s := range claims.ConversionTrace(convs) {
		steps = append(steps, s.Inputs+" → "+s.Result)
	}
	wantSteps := []string{"USD 50000.00 ÷ EUR/USD 1.085 on 2025-05-12 → EUR 46082.95", "USD 21700.00 ÷ EUR/USD 1.085 on 2025-05-12 → EUR 20000.00", "USD 0.00 ÷ EUR/USD 1.085 on 2025-05-12 → EUR 0.00"}
	if diff := cmp.Diff(wantSteps, steps); diff != "" {
		t.Errorf("trace (-want +got):\n%s", diff)
	}
}

// TestEvaluateBookInBeforeLoss: before the loss has come, the exposure and
// the headroom are at the rate of the day the book is read.
func TestEvaluateBookInBeforeLoss(t *testing.T) {
	b := dollarBook(t)
	b.Events = claims.Events{}
	tb := rates(t, quote(policy.USD, "2025-03-03", "1.0850"))
	bk, _, err := claims.EvaluateBookIn(fxTerms(policy.AtLossDate), b, d("2025-03-03"), tb)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{bk.Insured.String(), bk.Headroom.String()}
	if diff := cmp.Diff([]string{"EUR 20000.00", "EUR 26082.95"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestConvertBookAtInvoiceDate: each amount at the rate of its own date; a
// credit note on an invoice at the invoice's date; a payment at a later
// rate leaves the exchange difference open.
func TestConvertBookAtInvoiceDate(t *testing.T) {
	b := claims.BuyerBook{Ledger: claims.Ledger{
		Invoices:    []claims.Invoice{{ID: "F1", InvoiceDate: d("2025-03-31"), Net: policy.MustAmount("GBP 5000.00")}},
		Payments:    []claims.Payment{{Date: d("2025-04-30"), Amount: policy.MustAmount("GBP 1000.00")}},
		CreditNotes: []claims.CreditNote{{ID: "C1", Date: d("2025-04-30"), Invoice: "F1", Net: policy.MustAmount("GBP 835.00")}},
	}}
	tb := rates(t, quote(policy.GBP, "2025-03-31", "0.8350"), quote(policy.GBP, "2025-04-30", "0.8500"))
	cb, convs, err := claims.ConvertBook(fxTerms(policy.AtInvoiceDate), b, tb, calendar.Date{})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{cb.Ledger.Invoices[0].Net.String(), cb.Ledger.Payments[0].Amount.String(), cb.Ledger.CreditNotes[0].Net.String()}
	if diff := cmp.Diff([]string{"EUR 5988.02", "EUR 1176.47", "EUR 1000.00"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(convs) != 3 {
		t.Errorf("%d conversions, want 3", len(convs))
	}
}

// TestConvertBookErrors: a missing rate names the amount, the pair and the
// date; no rule refuses a foreign amount.
func TestConvertBookErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		rule policy.ConversionRule
		want string
	}{
		{"missing rate", policy.AtLossDate, `policy: missing value: no exchange rate: decisions[0].amount: rates="USD/EUR on 2025-05-12" (CP-currency-conversion)`},
		{"no rule", policy.NoConversion, `policy: missing value: decisions[0].amount: conversion.rule="none" (CP-currency-conversion)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := claims.EvaluateBookIn(fxTerms(tc.rule), dollarBook(t), d("2025-05-20"), rates(t, quote(policy.USD, "2025-05-20", "1.1")))
			checkErr(t, "EvaluateBookIn", err)
			if !errors.Is(err, policy.ErrMissing) {
				t.Fatalf("want ErrMissing, got %v", err)
			}
			if diff := cmp.Diff(tc.want, err.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Property: a book in euros read under a euro policy equals the same book
// kept in dollars, converted from euros at a fixed rate of at least 1 and
// read back into euros by EvaluateBookIn, within one minor unit per
// invoice (its gross, open and insured amounts) and one per invoice in
// the totals.
func propBookConvertedAndBack(t *rapid.T) {
	r := decimal.New(rapid.Int64Range(0, 2_000_000).Draw(t, "rate.n"), -6).Add(decimal.NewFromInt(1))
	q := policy.ExchangeRate{From: policy.EUR, To: policy.USD, Date: d("2025-01-31"), Rate: policy.Rate{}}
	var err error
	if q.Rate, err = policy.NewRate(r); err != nil {
		t.Fatal(err)
	}
	tb, err := policy.NewRateTable(q)
	if err != nil {
		t.Fatal(err)
	}
	n := rapid.IntRange(1, 4).Draw(t, "invoices")
	h, err := limits.NewHistory(limits.Decision{ID: "A1", Kind: limits.Agrement, Amount: eur("30000"), Date: d("2025-01-15")})
	if err != nil {
		t.Fatal(err)
	}
	eurBook := claims.BuyerBook{History: h, Events: claims.Events{Insolvency: d("2025-06-02")}}
	for i := 0; i < n; i++ {
		cents := rapid.Int64Range(1, 2_000_000).Draw(t, "cents")
		day := d("2025-02-03").AddDays(7 * i)
		eurBook.Ledger.Invoices = append(eurBook.Ledger.Invoices, claims.Invoice{ID: string(rune('A' + i)), DeliveryDate: day, InvoiceDate: day, DueDate: day.AddDays(60),
			Net: policy.MustAmount("EUR " + decimal.New(cents, -2).StringFixed(2)), Tax: eur("0")})
	}
	usdBook := eurBook
	usdBook.Ledger.Invoices = nil
	for _, inv := range eurBook.Ledger.Invoices {
		var err1, err2 error
		inv.Net, _, err1 = policy.ConvertOn(inv.Net, policy.USD, q.Date, tb, policy.AtCoverStartMonthEnd)
		inv.Tax, _, err2 = policy.ConvertOn(inv.Tax, policy.USD, q.Date, tb, policy.AtCoverStartMonthEnd)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		usdBook.Ledger.Invoices = append(usdBook.Ledger.Invoices, inv)
	}
	terms := bookTerms()
	terms.Conversion = policy.CurrencyConversion{Rule: policy.AtCoverStartMonthEnd}
	asOf := d("2025-06-10")
	want, err := claims.EvaluateBook(terms, eurBook, asOf)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := claims.EvaluateBookIn(terms, usdBook, asOf, tb)
	if err != nil {
		t.Fatal(err)
	}
	unit := decimal.New(1, -2)
	within := func(what string, a, b policy.Amount, units int64) {
		if a.Decimal().Sub(b.Decimal()).Abs().Cmp(unit.Mul(decimal.NewFromInt(units))) > 0 {
			t.Fatalf("%s: %s in euros, %s through dollars at %s", what, a, b, r)
		}
	}
	for i := range want.Invoices {
		within("gross", want.Invoices[i].Gross, got.Invoices[i].Gross, 1)
		within("open", want.Invoices[i].OpenGross, got.Invoices[i].OpenGross, 1)
		within("insured", want.Invoices[i].Insured, got.Invoices[i].Insured, 1)
	}
	within("insured", want.Insured, got.Insured, int64(n))
	within("indemnity", want.Indemnity, got.Indemnity, int64(n))
}

func TestPropBookConvertedAndBack(t *testing.T) { rapid.Check(t, propBookConvertedAndBack) }
func FuzzPropBookConvertedAndBack(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookConvertedAndBack))
}

// Property: the indemnity in the policy currency is monotone in the rate:
// a dollar book read at a higher EUR/USD quote (fewer euros a dollar)
// never gives a larger indemnity in euros.
func propIndemnityMonotoneInRate(t *rapid.T) {
	lo := decimal.New(rapid.Int64Range(500_000, 2_000_000).Draw(t, "rate.n"), -6)
	hi := lo.Add(decimal.New(rapid.Int64Range(1, 500_000).Draw(t, "bump"), -6))
	indemnity := func(r decimal.Decimal) policy.Amount {
		rt, err := policy.NewRate(r)
		if err != nil {
			t.Fatal(err)
		}
		tb, err := policy.NewRateTable(policy.ExchangeRate{From: policy.EUR, To: policy.USD, Date: d("2025-05-12"), Rate: rt})
		if err != nil {
			t.Fatal(err)
		}
		bk, _, err := claims.EvaluateBookIn(fxTerms(policy.AtLossDate), dollarBook(t), d("2025-05-12"), tb)
		if err != nil {
			t.Fatal(err)
		}
		return bk.Indemnity
	}
	a, b := indemnity(lo), indemnity(hi)
	if a.Decimal().Cmp(b.Decimal()) < 0 {
		t.Fatalf("indemnity %s at %s below %s at %s", a, lo, b, hi)
	}
}

func TestPropIndemnityMonotoneInRate(t *testing.T) { rapid.Check(t, propIndemnityMonotoneInRate) }
func FuzzPropIndemnityMonotoneInRate(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propIndemnityMonotoneInRate))
}
