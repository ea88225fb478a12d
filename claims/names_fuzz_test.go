package claims_test

import (
	"testing"

	"github.com/creditins/creditins/claims"
)

// FuzzParseThresholdBase feeds any text to ParseThresholdBase: no panic, an
// error wraps a sentinel, and a name that parses writes a name that parses
// back to the same value.
func FuzzParseThresholdBase(f *testing.F) {
	for _, s := range []string{"cappedLoss", "wholeLoss", "grossIndemnity", "", "capped", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := claims.ParseThresholdBase(s)
		if err != nil {
			checkErr(t, "ParseThresholdBase", err)
			return
		}
		if again, err := claims.ParseThresholdBase(b.String()); err != nil || again != b {
			t.Fatalf("ParseThresholdBase(%q) = %v, which parses back as %v, %v", s, b, again, err)
		}
	})
}

// FuzzReadingNames feeds any text to the readings' names (PaymentRule,
// MeasureDay): no panic, an error wraps a sentinel, and a name that parses
// writes itself back.
func FuzzReadingNames(f *testing.F) {
	for _, s := range []string{"toOldest", "proRata", "lossDate", "claimFiled", "", "fifo", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p claims.PaymentRule
		if err := p.UnmarshalText([]byte(s)); err != nil {
			checkErr(t, "PaymentRule", err)
		} else if b, err := p.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("PaymentRule %q → %v → %q, %v", s, p, b, err)
		}
		var m claims.MeasureDay
		if err := m.UnmarshalText([]byte(s)); err != nil {
			checkErr(t, "MeasureDay", err)
		} else if b, err := m.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("MeasureDay %q → %v → %q, %v", s, m, b, err)
		}
	})
}
