package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// The readings of the book that wordings vary on (claims.Readings), each
// against FORMAT.md's default on one book.
func TestBookReadings(t *testing.T) {
	// A limit of 20 000 on two invoices of 15 000, a payment of 8 000 (F2
	// then has 2 000 uninsured), the notice on 2025-06-20 (the stop), the
	// claim filed on 2025-07-01, a payment of 2 000 on 2025-08-01, the
	// loss at the end of the waiting period, 2025-11-20.
	base := bookCase{
		decisions: []string{"D1 agrement 20000 2025-02-01"},
		invoices:  []string{"F1 2025-03-01 2025-03-01 2025-04-30 15000", "F2 2025-03-10 2025-03-10 2025-05-09 15000"},
		payments:  []string{"2025-06-01 8000", "2025-08-01 2000"},
		events:    "notice=2025-06-20",
		asOf:      "2025-12-31",
	}
	for _, tc := range []struct {
		name     string
		readings claims.Readings
		want     []string
	}{
		{"default: to the oldest, the limit freed by the payments", claims.Readings{},
			[]string{"F1 named 20000 0.9 5000", "F2 named 20000 0.9 15000"}},
		{"payments pro rata: each invoice's insured part pays its share", claims.Readings{Payments: claims.ProRata},
			[]string{"F1 named 20000 0.9 10000", "F2 named 20000 0.9 3333.33"}},
		{"uninsured stays at the stop", claims.Readings{UninsuredStaysAtStop: true},
			[]string{"F1 named 20000 0.9 5000", "F2 named 20000 0.9 13000"}},
		{"measured on the claim filed", claims.Readings{MeasureOn: claims.OnClaimFiled},
			[]string{"F1 named 20000 0.9 7000", "F2 named 20000 0.9 13000"}},
	} {
		b := base.book(t)
		b.Events.Collection = d("2025-07-01")
		bk, err := claims.BookOptions{Readings: tc.readings}.EvaluateBook(bookTerms(), b, d(base.asOf))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, viewBook(bk).Invoices); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// An invoice ordered before a reduction was notified keeps the older
// amount under OrdersKeepLimit.
func TestBookOrdersKeepLimit(t *testing.T) {
	c := bookCase{
		decisions: []string{"D1 agrement 50000 2025-02-01", "D2 agrement 10000 2025-04-01"},
		invoices:  []string{"F1 2025-05-15 2025-05-15 2025-07-14 30000"},
		asOf:      "2025-06-01",
	}
	for _, tc := range []struct {
		name  string
		order string
		keep  bool
		want  []string
	}{
		{"default: the delivery decides", "2025-03-20", false, []string{"F1 named 10000 0.9 10000"}},
		{"ordered before the reduction", "2025-03-20", true, []string{"F1 named 50000 0.9 30000"}},
		{"ordered after it", "2025-04-02", true, []string{"F1 named 10000 0.9 10000"}},
		{"no order date", "", true, []string{"F1 named 10000 0.9 10000"}},
	} {
		b := c.book(t)
		b.Ledger.Invoices[0].OrderDate = d(tc.order)
		bk, err := claims.BookOptions{Readings: claims.Readings{OrdersKeepLimit: tc.keep}}.EvaluateBook(bookTerms(), b, d(c.asOf))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, viewBook(bk).Invoices); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestBookReadingsErrors(t *testing.T) {
	c := bookCase{decisions: []string{"D1 agrement 20000 2025-02-01"},
		invoices: []string{"F1 2025-03-01 2025-03-01 2025-04-30 15000"}, events: "notice=2025-05-20", asOf: "2025-12-31"}
	for _, tc := range []struct {
		name string
		opts claims.BookOptions
		edit func(*claims.BuyerBook)
		want error
	}{
		{"claim filed not given", claims.BookOptions{Readings: claims.Readings{MeasureOn: claims.OnClaimFiled}}, func(*claims.BuyerBook) {}, policy.ErrMissing},
		{"an unknown payment rule", claims.BookOptions{Readings: claims.Readings{Payments: 7}}, func(*claims.BuyerBook) {}, policy.ErrOutOfRange},
		{"an unknown measure day", claims.BookOptions{Readings: claims.Readings{MeasureOn: 7}}, func(*claims.BuyerBook) {}, policy.ErrOutOfRange},
		{"ordered after delivery", claims.BookOptions{}, func(b *claims.BuyerBook) { b.Ledger.Invoices[0].OrderDate = d("2025-03-02") }, policy.ErrInconsistent},
	} {
		b := c.book(t)
		tc.edit(&b)
		_, err := tc.opts.EvaluateBook(bookTerms(), b, d(c.asOf))
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want one wrapping %v", tc.name, err, tc.want)
		}
		checkErr(t, tc.name, err)
	}
}

func TestReadingNames(t *testing.T) {
	var got []string
	for _, s := range []string{"toOldest", "proRata"} {
		var r claims.PaymentRule
		if err := r.UnmarshalText([]byte(s)); err != nil {
			t.Fatal(err)
		}
		b, _ := r.MarshalText()
		got = append(got, string(b))
	}
	for _, s := range []string{"lossDate", "claimFiled"} {
		var m claims.MeasureDay
		if err := m.UnmarshalText([]byte(s)); err != nil {
			t.Fatal(err)
		}
		b, _ := m.MarshalText()
		got = append(got, string(b))
	}
	if diff := cmp.Diff([]string{"toOldest", "proRata", "lossDate", "claimFiled"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var r claims.PaymentRule
	if err := r.UnmarshalText([]byte("fifo")); !errors.Is(err, policy.ErrSyntax) {
		t.Errorf("fifo: error %v, want one wrapping policy.ErrSyntax", err)
	}
}

// Property: payments shared pro rata conserve the total: the book's open
// amount is the same as under the imputation to the oldest invoice, and
// every invoice's insured amount is within its open amount.
func propProRataConservesPayments(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	oldest := runBook(t, claims.BookOptions{}, terms, b, asOf)
	pro := runBook(t, claims.BookOptions{Readings: claims.Readings{Payments: claims.ProRata}}, terms, b, asOf)
	if !oldest.OpenGross.Equal(pro.OpenGross) {
		t.Fatalf("open %v to the oldest, %v pro rata", oldest.OpenGross, pro.OpenGross)
	}
	for _, x := range pro.Invoices {
		base := x.OpenNet
		if terms.VATCovered {
			base = x.OpenGross
		}
		if cmpAmounts(t, x.Insured, base) > 0 || x.Insured.IsNegative() {
			t.Fatalf("%s insured %v of %v open", x.ID, x.Insured, base)
		}
	}
}

func TestPropProRataConservesPayments(t *testing.T) { rapid.Check(t, propProRataConservesPayments) }
func FuzzPropProRataConservesPayments(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propProRataConservesPayments))
}

// Property: keeping the uninsured at the stop never adds an insured
// amount: each invoice's is at most FORMAT.md's.
func propUninsuredStaysNeverAddsCover(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	plain := runBook(t, claims.BookOptions{}, terms, b, asOf)
	kept := runBook(t, claims.BookOptions{Readings: claims.Readings{UninsuredStaysAtStop: true}}, terms, b, asOf)
	for i, x := range kept.Invoices {
		if cmpAmounts(t, x.Insured, plain.Invoices[i].Insured) > 0 {
			t.Fatalf("%s insured %v, %v by default", x.ID, x.Insured, plain.Invoices[i].Insured)
		}
	}
}

func TestPropUninsuredStaysNeverAddsCover(t *testing.T) {
	rapid.Check(t, propUninsuredStaysNeverAddsCover)
}
func FuzzPropUninsuredStaysNeverAddsCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propUninsuredStaysNeverAddsCover))
}

// Property: an order date never lowers an invoice's cover at delivery.
func propOrderDateNeverLowersCover(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	plain := runBook(t, claims.BookOptions{}, terms, b, asOf)
	for i := range b.Ledger.Invoices {
		inv := &b.Ledger.Invoices[i]
		inv.OrderDate = inv.DeliveryDate.AddDays(-rapid.IntRange(0, 120).Draw(t, "orderBefore"))
	}
	kept := runBook(t, claims.BookOptions{Readings: claims.Readings{OrdersKeepLimit: true}}, terms, b, asOf)
	for i, x := range kept.Invoices {
		if cmpAmounts(t, x.Cover.Amount, plain.Invoices[i].Cover.Amount) < 0 {
			t.Fatalf("%s cover %v, %v without the order date", x.ID, x.Cover.Amount, plain.Invoices[i].Cover.Amount)
		}
	}
}

func TestPropOrderDateNeverLowersCover(t *testing.T) { rapid.Check(t, propOrderDateNeverLowersCover) }
func FuzzPropOrderDateNeverLowersCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propOrderDateNeverLowersCover))
}
