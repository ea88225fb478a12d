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
