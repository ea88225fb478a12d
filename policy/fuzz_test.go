package policy

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
)

// Native fuzz targets on the public entry points that read text: no input
// panics, every error is a *RuleError wrapping a sentinel, and what parses
// prints back to an equal value.

var amountSeeds = []string{
	"EUR 1234.56", "EUR -0.5", "JPY 100", "EUR 1,000.00", "EUR 1e4", "EUR +5", "eur 5",
	"EUR  5", "EUR 5.", "EUR .5", "XXX 5", "EUR 0.1234567890123456789", "", "EUR", "KWD -0.001",
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range amountSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		checkErr(t, "ParseAmount", err)
		if err != nil {
			return
		}
		back, err := ParseAmount(a.String())
		if err != nil || !back.Equal(a) {
			t.Fatalf("ParseAmount(%q) = %s, which parses back as %s, %v", s, a, back, err)
		}
	})
}

var rateSeeds = []string{"0.9", "90%", "-0.1", "1.2", "1", "0", "9e-1", "0.000000000000000001", "", "-", "00.50"}

func FuzzParseRate(f *testing.F) {
	for _, s := range rateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRate(s)
		checkErr(t, "ParseRate", err)
		if err != nil {
			return
		}
		if r.Decimal().Sign() < 0 {
			t.Fatalf("ParseRate(%q) = %s is negative", s, r)
		}
		if back, err := ParseRate(r.String()); err != nil || !back.Equal(r) {
			t.Fatalf("ParseRate(%q) = %s, which parses back as %s, %v", s, r, back, err)
		}
	})
}

func FuzzParseFraction(f *testing.F) {
	for _, s := range rateSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseFraction(s)
		checkErr(t, "ParseFraction", err)
		if err == nil && (r.Decimal().Sign() < 0 || r.Cmp(One()) > 0) {
			t.Fatalf("ParseFraction(%q) = %s is outside [0, 1]", s, r)
		}
	})
}

func FuzzCurrencyUnmarshalText(f *testing.F) {
	for _, s := range []string{"EUR", "JPY", "eur", "XXX", "", "EURO", "E"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Currency
		err := c.UnmarshalText(b)
		checkErr(t, "Currency.UnmarshalText", err)
		if err == nil && c.Code() != string(b) {
			t.Fatalf("UnmarshalText(%q) = %q", b, c)
		}
	})
}

func FuzzAmountUnmarshalText(f *testing.F) {
	for _, s := range amountSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var a Amount
		err := a.UnmarshalText(b)
		checkErr(t, "Amount.UnmarshalText", err)
		if err != nil {
			return
		}
		out, err := a.MarshalText()
		var back Amount
		if err != nil || back.UnmarshalText(out) != nil || !back.Equal(a) {
			t.Fatalf("UnmarshalText(%q) = %s does not round trip: %q, %v", b, a, out, err)
		}
	})
}

func FuzzRateUnmarshalText(f *testing.F) {
	for _, s := range rateSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var r Rate
		err := r.UnmarshalText(b)
		checkErr(t, "Rate.UnmarshalText", err)
	})
}

// FuzzParseTerms feeds JSON to ParseTerms, which decodes and validates:
// every error wraps a sentinel, and accepted terms validate and survive a
// second round trip.
func FuzzParseTerms(f *testing.F) {
	sig, eff, exp := calendar.MustDate(2024, 12, 20), calendar.MustDate(2025, 1, 1), calendar.MustDate(2025, 12, 31)
	for _, tm := range []Terms{SimplifiedSME(EUR, sig, eff, exp), WholeTurnover(MustAmount("JPY 50000"), sig, eff, exp), {}} {
		b, err := json.Marshal(tm)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`null`, `{}`, `[]`, `{"currency":"EUR"} x`, `{"quotites":{"named":"2"}}`, `{"overdueNotice":{"anchor":"mepEnd"}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tm, err := ParseTerms(b)
		checkErr(t, "ParseTerms", err)
		if err != nil {
			return
		}
		if err := tm.Validate(); err != nil {
			t.Fatalf("ParseTerms accepted invalid terms: %v", err)
		}
		out, err := json.Marshal(tm)
		if err != nil {
			// Valid terms hold only SDK calendars and known enums.
			t.Fatalf("Marshal of accepted terms: %v", err)
		}
		if _, err := ParseTerms(out); err != nil {
			t.Fatalf("ParseTerms(Marshal(ParseTerms(%s))): %v", b, err)
		}
	})
}

// The rapid properties, as fuzz targets with coverage guidance.

func FuzzAmountTextRoundTrip(f *testing.F)      { f.Fuzz(rapid.MakeFuzz(propAmountTextRoundTrip)) }
func FuzzMismatchErrors(f *testing.F)           { f.Fuzz(rapid.MakeFuzz(propMismatchErrors)) }
func FuzzRoundIdempotent(f *testing.F)          { f.Fuzz(rapid.MakeFuzz(propRoundIdempotent)) }
func FuzzRoundMonotonic(f *testing.F)           { f.Fuzz(rapid.MakeFuzz(propRoundMonotonic)) }
func FuzzAllocateConserves(f *testing.F)        { f.Fuzz(rapid.MakeFuzz(propAllocateConserves)) }
func FuzzAllocateNearExact(f *testing.F)        { f.Fuzz(rapid.MakeFuzz(propAllocateNearExact)) }
func FuzzRateTextRoundTrip(f *testing.F)        { f.Fuzz(rapid.MakeFuzz(propRateTextRoundTrip)) }
func FuzzTermsJSONRoundTrip(f *testing.F)       { f.Fuzz(rapid.MakeFuzz(propTermsJSONRoundTrip)) }
func FuzzValidateOrderIndependent(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propValidateOrderIndependent)) }
func FuzzScheduleAt(f *testing.F)               { f.Fuzz(rapid.MakeFuzz(propScheduleAt)) }
