package policy

import (
	"bytes"
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
	for _, tm := range []Terms{SimplifiedSME(SMEOffer{Currency: EUR, Signature: sig, Effective: eff, Expiry: exp}), WholeTurnover(WholeTurnoverOffer{Currency: JPY, NonQualifyingLoss: MustAmount("JPY 50000"), Signature: sig, Effective: eff, Expiry: exp}), {}} {
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

// FuzzScheduleUnmarshalJSON feeds JSON to Schedule.UnmarshalJSON, for
// amounts and for whole terms: every error wraps a sentinel, and an
// accepted schedule marshals back to a schedule Equal to it.
func FuzzScheduleUnmarshalJSON(f *testing.F) {
	sig, eff, exp := calendar.MustDate(2024, 12, 20), calendar.MustDate(2025, 1, 1), calendar.MustDate(2025, 12, 31)
	terms, err := NewSchedule(Dated[Terms]{From: eff, Value: SimplifiedSME(SMEOffer{Currency: EUR, Signature: sig, Effective: eff, Expiry: exp}), Clause: Clause{ID: "CP"}})
	if err != nil {
		f.Fatal(err)
	}
	b, err := json.Marshal(terms)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	for _, s := range []string{`null`, `[]`, `{}`, `[{"from":"2025-01-01","value":"EUR 10","clause":{"id":"CP"}}]`,
		`[{"from":"2025-01-01","value":"EUR 10"},{"from":"2025-01-01","value":"EUR 20"}]`, `[{"value":"EUR 10"}]`,
		`[{"from":"2025-02-30","value":"EUR 10"}]`, `[{"from":"2025-01-01","value":"EUR 1e3"}]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Schedule[Amount]
		if s.UnmarshalJSON(b) == nil {
			if back := roundTrip[Amount](t, b); !back.Equal(s) {
				t.Fatalf("JSON round trip of %s changed the amounts", b)
			}
		}
		roundTrip[Terms](t, b)
	})
}

// roundTrip unmarshals b as a Schedule[T]: an error wraps a sentinel; an
// accepted schedule marshals to a text that unmarshals to a schedule of the
// same length and marshals to the same text again (Equal itself compares
// values without an Equal method, such as Terms, by representation).
func roundTrip[T any](t *testing.T, b []byte) Schedule[T] {
	var s Schedule[T]
	err := s.UnmarshalJSON(b) // json.Unmarshal would check the syntax itself first
	checkErr(t, "Schedule.UnmarshalJSON", err)
	if err != nil {
		return s
	}
	out, err := json.Marshal(s)
	if err != nil {
		return s // a value that does not marshal (an unknown enum) is refused there
	}
	var back Schedule[T]
	if err := back.UnmarshalJSON(out); err != nil {
		t.Fatalf("Unmarshal(Marshal(%s)): %v", b, err)
	}
	again, err := json.Marshal(back)
	if err != nil || !bytes.Equal(again, out) || back.Len() != s.Len() {
		t.Fatalf("JSON round trip of %s: %s, then %s (%v)", b, out, again, err)
	}
	return back
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
