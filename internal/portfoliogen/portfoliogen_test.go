package portfoliogen_test

import (
	"testing"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/portfoliogen"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// TestGenerateIsSeeded: a seed gives the same books every time, another
// seed other books, and every book evaluates.
func TestGenerateIsSeeded(t *testing.T) {
	a, err := portfoliogen.Books(200, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := portfoliogen.Books(200, 1)
	c, _ := portfoliogen.Books(200, 2)
	amounts := cmp.Comparer(policy.Amount.Equal)
	if diff := cmp.Diff(a, b, amounts); diff != "" {
		t.Errorf("seed 1 twice (-first +second):\n%s", diff)
	}
	if cmp.Equal(a, c, amounts) {
		t.Error("seeds 1 and 2 give the same books")
	}
	if _, err := claims.EvaluatePortfolio(portfoliogen.Terms(), a, portfoliogen.AsOf(), claims.PortfolioOptions{}); err != nil {
		t.Error(err)
	}
}
