package claims_test

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// yearBookCases are three buyers of bookTerms with an aggregate first loss
// of 10 000 and a maximum liability of 20 000: Arnaud insolvent on 10 May
// (insured 10 000), Bodin insolvent on 2 June (insured 15 000), Chaix
// insured 5 000 and not in default.
var yearBookCases = []bookCase{
	{
		name:      "Bodin",
		decisions: []string{"B1 agrement 40000 2025-01-15"},
		invoices:  []string{"G1 2025-03-03 2025-03-03 2025-05-02 15000"},
		events:    "insolvency=2025-06-02",
	},
	{
		name:      "Arnaud",
		decisions: []string{"A1 agrement 30000 2025-01-15"},
		invoices:  []string{"F1 2025-03-03 2025-03-03 2025-05-02 10000"},
		events:    "insolvency=2025-05-10",
	},
	{
		name:      "Chaix",
		decisions: []string{"C1 agrement 20000 2025-01-15"},
		invoices:  []string{"H1 2025-06-02 2025-06-02 2025-08-01 5000"},
	},
}

func yearBookTerms() policy.Terms {
	t := bookTerms()
	t.AggregateFirstLoss = eur("10000")
	t.MaxLiability.Amount = eur("20000")
	return t
}

func yearBooks(t *testing.T) []claims.BuyerBook {
	var bs []claims.BuyerBook
	for _, c := range yearBookCases {
		b := c.book(t)
		b.Buyer.ID = c.name
		bs = append(bs, b)
	}
	return bs
}

// TestYearPortfolio files the portfolio's claims in the order of their
// dates of loss, not of the books: Arnaud's 9 000 (90 % of 10 000) is all
// first loss and pays nothing; Bodin's 13 500 (90 % of 15 000) uses the
// remaining 1 000 and pays 12 500, which leaves 7 500 of the maximum
// liability.
func TestYearPortfolio(t *testing.T) {
	terms := yearBookTerms()
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep, next, err := y.Portfolio(terms, yearBooks(t), d("2025-07-01"), claims.PortfolioOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rep.Buyers {
		got = append(got, fmt.Sprintf("%s %s %s", r.Buyer, r.Book.Insured, r.Book.Indemnity))
	}
	got = append(got, fmt.Sprintf("first loss %s, liability %s, paid %s, claims %d",
		next.FirstLossRemaining(), next.LiabilityRemaining(), next.IndemnitiesPaid(), next.Claims()))
	want := []string{
		"Bodin EUR 15000.00 EUR 12500.00",
		"Arnaud EUR 10000.00 EUR 0.00",
		"Chaix EUR 5000.00 0",
		"first loss EUR 0.00, liability EUR 7500.00, paid EUR 12500.00, claims 2",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Year.Portfolio (-want +got):\n%s", diff)
	}
	if y.Claims() != 0 || !y.FirstLossRemaining().Equal(eur("10000")) {
		t.Errorf("the receiver changed: %d claims, first loss %s", y.Claims(), y.FirstLossRemaining())
	}
}

// TestYearBookErrors: remaining amounts given in the options, a loss
// outside the year, and the zero Year are refused with the field named.
func TestYearBookErrors(t *testing.T) {
	terms := yearBookTerms()
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b := yearBooks(t)[1]
	short, err := claims.NewYear(terms, claims.YearOptions{Start: d("2025-01-01"), End: d("2025-04-30")})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		year  claims.Year
		opts  claims.BookOptions
		want  error
		field string
	}{
		{"remaining first loss given", y, claims.BookOptions{FirstLossRemaining: eur("1")}, policy.ErrInconsistent, "options.aggregateFirstLossRemaining"},
		{"remaining liability given", y, claims.BookOptions{LiabilityRemaining: eur("1")}, policy.ErrInconsistent, "options.maxLiabilityRemaining"},
		{"loss after the year", short, claims.BookOptions{}, policy.ErrInconsistent, "loss.date"},
		{"zero year", claims.Year{}, claims.BookOptions{}, policy.ErrMissing, "year"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, next, err := tc.year.Book(terms, b, d("2025-07-01"), tc.opts)
			var re *policy.RuleError
			if !errors.Is(err, tc.want) || !errors.As(err, &re) || re.Field != tc.field {
				t.Fatalf("err = %v, want %v on %s", err, tc.want, tc.field)
			}
			if next.Claims() != tc.year.Claims() {
				t.Errorf("the year changed on an error")
			}
		})
	}
}

// genYearBooks draws one to five buyers' books and a day in the terms'
// year on which each book's events have happened.
func genYearBooks(t *rapid.T, terms policy.Terms) ([]claims.BuyerBook, calendar.Date) {
	asOf := dateAt(t, "asOf", 200, 364)
	var books []claims.BuyerBook
	for i := range rapid.IntRange(1, 5).Draw(t, "buyers") {
		b, _ := genBuyerBook(t)
		b.Buyer.ID = fmt.Sprint("B", i)
		if b.Events.OverdueNotice.After(asOf) {
			b.Events.OverdueNotice = calendar.Date{}
		}
		if b.Events.Insolvency.After(asOf) || b.Events.Insolvency.Before(terms.Effective) {
			b.Events.Insolvency = calendar.Date{}
		}
		books = append(books, b)
	}
	return books, asOf
}

// Property: Year.Portfolio does not depend on the order of the books: the
// year's account and each buyer's indemnity are the same for any
// permutation.
func propYearPortfolioPermutation(t *rapid.T) {
	terms := genBookTerms(t)
	terms.AggregateFirstLoss = eur(strconv.Itoa(rapid.IntRange(0, 20000).Draw(t, "afl")))
	terms.MaxLiability.Amount = eur(strconv.Itoa(rapid.IntRange(0, 60000).Draw(t, "maxLiability")))
	books, asOf := genYearBooks(t, terms)
	perm := rapid.Permutation(books).Draw(t, "perm")
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	run := func(bs []claims.BuyerBook) (map[string]string, string) {
		rep, next, err := y.Portfolio(terms, bs, asOf, claims.PortfolioOptions{})
		if err != nil {
			if errors.Is(err, policy.ErrInconsistent) {
				t.Skip(err) // a loss placed outside the year
			}
			t.Fatalf("Year.Portfolio: %v", err)
		}
		m := map[string]string{}
		for _, r := range rep.Buyers {
			m[r.Buyer] = r.Book.Indemnity.String()
		}
		return m, fmt.Sprint(next.FirstLossRemaining(), next.LiabilityRemaining(), next.IndemnitiesPaid(), next.Claims())
	}
	m1, a1 := run(books)
	m2, a2 := run(perm)
	if diff := cmp.Diff(m1, m2); diff != "" {
		t.Fatalf("indemnities depend on the order (-given +permuted):\n%s", diff)
	}
	if a1 != a2 {
		t.Fatalf("year account %s, permuted %s", a1, a2)
	}
}

func TestPropYearPortfolioPermutation(t *testing.T) { rapid.Check(t, propYearPortfolioPermutation) }
func FuzzPropYearPortfolioPermutation(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propYearPortfolioPermutation))
}

// Property: the year's account never pays more than the maximum
// liability, and what it paid is the sum of the books' indemnities filed.
func propYearPortfolioWithinLiability(t *rapid.T) {
	terms := genBookTerms(t)
	terms.MaxLiability.Amount = eur(strconv.Itoa(rapid.IntRange(0, 30000).Draw(t, "maxLiability")))
	books, asOf := genYearBooks(t, terms)
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep, next, err := y.Portfolio(terms, books, asOf, claims.PortfolioOptions{})
	if errors.Is(err, policy.ErrInconsistent) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatalf("Year.Portfolio: %v", err)
	}
	if c, _ := next.IndemnitiesPaid().Cmp(terms.MaxLiability.Amount); c > 0 {
		t.Fatalf("paid %s above the maximum liability %s", next.IndemnitiesPaid(), terms.MaxLiability.Amount)
	}
	total := policy.Zero(policy.EUR)
	for _, r := range rep.Buyers {
		if !r.Book.Loss.Date.IsZero() {
			total, _ = total.Add(r.Book.Indemnity)
		}
	}
	if !total.Equal(next.IndemnitiesPaid()) {
		t.Fatalf("books' indemnities %s, year paid %s", total, next.IndemnitiesPaid())
	}
}

func TestPropYearPortfolioWithinLiability(t *testing.T) {
	rapid.Check(t, propYearPortfolioWithinLiability)
}
func FuzzPropYearPortfolioWithinLiability(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propYearPortfolioWithinLiability))
}
