package limits_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

func mustHistory(ds ...limits.Decision) limits.History {
	h, err := limits.NewHistory(ds...)
	if err != nil {
		panic(err)
	}
	return h
}

// globalityTerms: the coverAt vectors' terms, France and Germany in one
// group, German cover withdrawn from 1 March.
func globalityTerms() policy.Terms {
	t := vectorTerms()
	t.CountryGroups = []policy.CountryGroup{{Name: "eu", Countries: []string{"FR", "DE"}}}
	t.Countries = []policy.CountryCover{{Country: "DE", WithdrawnFrom: day("2025-03-01")}}
	return t
}

func TestWholeTurnover(t *testing.T) {
	buyers := []limits.TurnoverBuyer{
		{Buyer: limits.Buyer{ID: "named", Country: "FR"}, History: mustHistory(dec("D1", limits.Agrement, "20000", "2025-01-15", "")), Turnover: eur("50000")},
		{Buyer: limits.Buyer{ID: "discretionary", Country: "FR", DiscretionaryEligible: true}, Turnover: eur("8000")},
		{Buyer: limits.Buyer{ID: "none", Country: "FR"}, Turnover: eur("12000")},
		{Buyer: limits.Buyer{ID: "refused", Country: "FR", DiscretionaryEligible: true}, History: mustHistory(dec("R1", limits.Refusal, "", "2025-02-01", "")), Turnover: eur("3000")},
		{Buyer: limits.Buyer{ID: "no group", Country: "US"}, Turnover: eur("7000")},
		{Buyer: limits.Buyer{ID: "withdrawn", Country: "DE"}, Turnover: eur("1000")},
		{Buyer: limits.Buyer{ID: "no turnover", Country: "FR"}, Turnover: eur("0")},
	}
	got, err := limits.WholeTurnover(globalityTerms(), buyers, day("2025-06-30"), limits.CoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, u := range got {
		ids = append(ids, u.Buyer+" "+u.Group+" "+u.Turnover.String())
	}
	want := []string{"none eu EUR 12000.00", "refused eu EUR 3000.00"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("uncovered (-want +got):\n%s", diff)
	}
}

func TestWholeTurnoverErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		turnover policy.Amount
		country  string
		want     error
		field    string
	}{
		{"no turnover", policy.Amount{}, "FR", policy.ErrMissing, "buyers[0].turnover"},
		{"another currency", policy.MustAmount("USD 10"), "FR", policy.ErrCurrencyMismatch, "buyers[0].turnover"},
		{"negative", eur("-1"), "FR", policy.ErrOutOfRange, "buyers[0].turnover"},
		{"malformed country", eur("1"), "France", policy.ErrSyntax, "buyers[0].buyer.country"},
	} {
		_, err := limits.WholeTurnover(globalityTerms(), []limits.TurnoverBuyer{{Buyer: limits.Buyer{ID: "B", Country: tc.country}, Turnover: tc.turnover}}, day("2025-06-30"), limits.CoverOptions{})
		var re *policy.RuleError
		if !errors.Is(err, tc.want) || !errors.As(err, &re) || re.Field != tc.field {
			t.Errorf("%s: WholeTurnover() = %v, want %v naming %q", tc.name, err, tc.want, tc.field)
		}
	}
}

// Property: a buyer is listed exactly when it has turnover, its country is
// in a group and not withdrawn, and CoverAt finds no cover on the day.
func propWholeTurnoverListsUncovered(t *rapid.T) {
	terms := globalityTerms()
	asOf := day("2025-01-01").AddDays(rapid.IntRange(0, 364).Draw(t, "asOf"))
	n := rapid.IntRange(0, 6).Draw(t, "buyers")
	buyers := make([]limits.TurnoverBuyer, n)
	for i := range buyers {
		b := limits.Buyer{ID: fmt.Sprint("B", i), Country: rapid.SampledFrom([]string{"FR", "DE", "US", ""}).Draw(t, "country"),
			DiscretionaryEligible: rapid.Bool().Draw(t, "eligible")}
		var ds []limits.Decision
		if rapid.Bool().Draw(t, "decision") {
			k := rapid.SampledFrom([]limits.Kind{limits.Agrement, limits.Refusal}).Draw(t, "kind")
			amount := "5000"
			if k == limits.Refusal {
				amount = ""
			}
			ds = append(ds, dec("D", k, amount, day("2025-01-01").AddDays(rapid.IntRange(0, 300).Draw(t, "on")).String(), ""))
		}
		buyers[i] = limits.TurnoverBuyer{Buyer: b, History: mustHistory(ds...), Turnover: policy.FromUnits(policy.EUR, rapid.Int64Range(0, 3).Draw(t, "turnover"))}
	}
	got, err := limits.WholeTurnover(terms, buyers, asOf, limits.CoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var want, listed []string
	for _, b := range buyers {
		if !b.Turnover.IsPositive() || b.Buyer.Country == "" || b.Buyer.Country == "US" || b.Buyer.Country == "DE" && !asOf.Before(day("2025-03-01")) {
			continue
		}
		c, err := limits.CoverAt(terms, b.History, b.Buyer, asOf, limits.CoverOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Type == policy.NoCover {
			want = append(want, b.Buyer.ID)
		}
	}
	for _, u := range got {
		listed = append(listed, u.Buyer)
	}
	if diff := cmp.Diff(want, listed); diff != "" {
		t.Fatalf("listed (-want +got):\n%s", diff)
	}
}

func TestPropWholeTurnoverListsUncovered(t *testing.T) {
	rapid.Check(t, propWholeTurnoverListsUncovered)
}
func FuzzPropWholeTurnoverListsUncovered(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propWholeTurnoverListsUncovered))
}

func ExampleWholeTurnover() {
	terms := policy.Terms{
		Currency: policy.EUR, Signature: day("2024-12-20"), Effective: day("2025-01-01"), Expiry: day("2025-12-31"),
		Quotites:         policy.Quotites{Named: policy.MustRate("0.9"), Discretionary: policy.MustRate("0.6")},
		DiscretionaryMax: policy.MustAmount("EUR 10000"),
	}
	agrement, _ := limits.NewHistory(limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 20000"), Date: day("2025-01-15")})
	buyers := []limits.TurnoverBuyer{
		{Buyer: limits.Buyer{ID: "Dupont", Country: "FR"}, History: agrement, Turnover: policy.MustAmount("EUR 50000")},
		{Buyer: limits.Buyer{ID: "Martin", Country: "FR", DiscretionaryEligible: true}, Turnover: policy.MustAmount("EUR 8000")},
		{Buyer: limits.Buyer{ID: "Müller", Country: "DE"}, Turnover: policy.MustAmount("EUR 12000")},
	}
	un, err := limits.WholeTurnover(terms, buyers, day("2025-06-30"), limits.CoverOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range un {
		fmt.Println(u.Buyer, u.Country, u.Turnover)
	}
	// Output:
	// Müller DE EUR 12000.00
}

// Property: a buyer's turnover input and the uncovered buyers read back
// equal from their JSON.
func propWholeTurnoverJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, limits.TurnoverBuyer{
		Buyer:    limits.Buyer{ID: "B1", Country: rapid.SampledFrom([]string{"", "FR"}).Draw(t, "country")},
		History:  mustHistory(dec("D1", limits.Agrement, "5000", "2025-02-01", "")),
		Turnover: policy.FromUnits(policy.EUR, rapid.Int64Range(0, 1e9).Draw(t, "turnover")),
	})
	jsontest.RoundTrip(t, limits.Uncovered{Buyer: "B1", Country: "FR", Group: rapid.SampledFrom([]string{"", "eu"}).Draw(t, "group"),
		Turnover: policy.FromUnits(policy.EUR, rapid.Int64Range(0, 1e9).Draw(t, "turnover")), Gap: limits.Gap(rapid.IntRange(0, 2).Draw(t, "gap"))})
}

func TestPropWholeTurnoverJSONRoundTrip(t *testing.T) {
	rapid.Check(t, propWholeTurnoverJSONRoundTrip)
}
func FuzzPropWholeTurnoverJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propWholeTurnoverJSONRoundTrip))
}
