package claims_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// exportGroup: Germany and the United States, 3 months of waiting, 85 %,
// a maximum credit term of 30 days.
func exportGroup() policy.CountryGroup {
	return policy.CountryGroup{Name: "export", Countries: []string{"DE", "US"}, WaitingPeriod: limitMonths(3),
		Quotites: policy.Quotites{Named: rate("0.85")}}
}

func groupBook(country string) claims.BuyerBook {
	h, _ := limits.NewHistory(limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: eur("50000"), Date: d("2025-01-15")})
	return claims.BuyerBook{
		Buyer: limits.Buyer{Country: country}, History: h,
		Ledger: claims.Ledger{Invoices: []claims.Invoice{inv("F1", "2025-02-03", "2025-02-04", "2025-04-04", "20000", "0")}},
		Events: claims.Events{OverdueNotice: d("2025-04-20")},
	}
}

func TestBookCountryGroups(t *testing.T) {
	type view struct{ Group, Loss, Reason, Indemnity string }
	for _, tc := range []struct {
		name    string
		country string
		edit    func(*policy.Terms)
		want    view
	}{
		{"group's waiting period and quotité", "DE", nil, view{"export", "2025-07-20", "", "EUR 17000.00"}},
		{"a country in no group: the general terms", "FR", nil, view{"", "2025-09-20", "", "EUR 18000.00"}},
		{"no country: the general terms", "", nil, view{"", "2025-09-20", "", "EUR 18000.00"}},
		{"the group's maximum credit term", "US", func(t *policy.Terms) {
			t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "Export", Limit: limitDays(30)}}
		}, view{"export", "2025-07-20", "term-too-long", "EUR 0.00"}},
		{"the group of the other countries", "BR", func(t *policy.Terms) {
			t.CountryGroups = append(t.CountryGroups, policy.CountryGroup{Name: "world", Others: true, Quotites: policy.Quotites{Named: rate("0.8")}})
		}, view{"world", "2025-09-20", "", "EUR 16000.00"}},
	} {
		terms := bookTerms()
		terms.CountryGroups = []policy.CountryGroup{exportGroup()}
		if tc.edit != nil {
			tc.edit(&terms)
		}
		bk, err := claims.EvaluateBook(terms, groupBook(tc.country), d("2025-09-30"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := view{bk.Group, bk.Loss.Date.String(), bk.Invoices[0].Reason.String(), bk.Indemnity.String()}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestBookInvoiceGroupOfAnotherGroup(t *testing.T) {
	terms := bookTerms()
	terms.CountryGroups = []policy.CountryGroup{exportGroup(), {Name: "domestic", Countries: []string{"FR"}}}
	b := groupBook("DE")
	b.Ledger.Invoices[0].Group = "domestic"
	_, err := claims.EvaluateBook(terms, b, d("2025-09-30"))
	var re *policy.RuleError
	if !errors.Is(err, policy.ErrInconsistent) || !errors.As(err, &re) || re.Field != "invoices[0].group" {
		t.Errorf("EvaluateBook() = %v, want ErrInconsistent naming invoices[0].group", err)
	}
	b.Ledger.Invoices[0].Group = " EXPORT"
	if _, err := claims.EvaluateBook(terms, b, d("2025-09-30")); err != nil {
		t.Errorf("the buyer's own group on the invoice: %v", err)
	}
}

func TestMaxCreditFrom(t *testing.T) {
	for _, tc := range []struct {
		from policy.CreditTermStart
		want string
	}{
		{policy.CreditFromInvoice, "2025-04-21"},  // 20 February + 60 days
		{policy.CreditFromDelivery, "2025-04-04"}, // 3 February + 60 days
	} {
		terms := seedTerms()
		terms.MaxCreditDays, terms.MaxCreditFrom = limitDays(60), tc.from
		dl, err := claims.Clocks(terms, inv("F2", "2025-02-03", "2025-02-20", "2025-04-10", "100", "0"), claims.Events{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, dl.MaxCredit.Limit.Final.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.from, diff)
		}
	}
	terms := seedTerms()
	terms.MaxCreditFrom = 7
	if _, err := claims.Clocks(terms, inv("F2", "2025-02-03", "2025-02-20", "2025-04-10", "100", "0"), claims.Events{}); !errors.Is(err, policy.ErrOutOfRange) {
		t.Errorf("MaxCreditFrom 7: %v, want ErrOutOfRange", err)
	}
}

// Property: a buyer whose country is in no group (and no group takes the
// other countries) gets the book of the general terms: adding groups
// changes nothing.
func propUngroupedBuyerGetsGeneralTerms(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	b.Buyer.Country = rapid.SampledFrom([]string{"", "FR", "JP"}).Draw(t, "country")
	want := runBook(t, claims.BookOptions{}, terms, b, asOf)
	g := exportGroup()
	g.WaitingPeriod = limitMonths(rapid.IntRange(0, 12).Draw(t, "groupWaiting"))
	terms.CountryGroups = []policy.CountryGroup{g}
	terms.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "export", Limit: limitDays(rapid.IntRange(0, 200).Draw(t, "groupCredit"))}}
	got := runBook(t, claims.BookOptions{}, terms, b, asOf)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("book with groups (-general +groups):\n%s", diff)
	}
}

func TestPropUngroupedBuyerGetsGeneralTerms(t *testing.T) {
	rapid.Check(t, propUngroupedBuyerGetsGeneralTerms)
}
func FuzzPropUngroupedBuyerGetsGeneralTerms(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propUngroupedBuyerGetsGeneralTerms))
}
