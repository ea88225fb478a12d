package claims_test

import (
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// TestCoverOf checks that the cover limits.CoverAt finds becomes the claims
// cover with its amount as the limit and its quotité, temporary layer
// included.
func TestCoverOf(t *testing.T) {
	terms := policy.SimplifiedSME(policy.EUR, calendar.MustDate(2025, 1, 10),
		calendar.MustDate(2025, 1, 1), calendar.MustDate(2025, 12, 31))
	h := limits.MustHistory(
		limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"), Date: calendar.MustDate(2025, 3, 1)},
		limits.Decision{ID: "T1", Kind: limits.Temporary, Amount: policy.MustAmount("EUR 20000"),
			Date: calendar.MustDate(2025, 4, 1), Expiry: calendar.MustDate(2025, 4, 30)},
	)
	cover, err := limits.CoverAt(terms, h, limits.Buyer{ID: "B1"}, calendar.MustDate(2025, 4, 10), limits.CoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := claims.Cover{Type: policy.Named, Limit: policy.MustAmount("EUR 70000"), Quotite: policy.MustRate("0.9")}
	if diff := cmp.Diff(want, claims.CoverOf(cover)); diff != "" {
		t.Errorf("CoverOf (-want +got):\n%s", diff)
	}
}
