package claims_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// yearTerms are terms for the year account: EUR, the insurance year 2025,
// a 90 % named quotité, and the amounts given.
func yearTerms(afl, maxLiab string) policy.Terms {
	return policy.Terms{Currency: policy.EUR, Effective: d("2025-01-01"), Expiry: d("2025-12-31"),
		Quotites: policy.Quotites{Named: rate("0.9")}, AggregateFirstLoss: eur(afl),
		MaxLiability: policy.MaxLiability{Amount: eur(maxLiab)}}
}

func named(limit string) limits.Cover {
	return limits.Cover{Type: policy.Named, Amount: eur(limit)}
}

// yearRow is what a claim did to the year, as strings.
type yearRow struct {
	Indemnity, FirstLossUsed, FirstLossLeft, LiabilityLeft, Paid string
}

func row(b claims.Breakdown, y claims.Year) yearRow {
	return yearRow{b.Indemnity.String(), b.FirstLossUsed.String(), y.FirstLossRemaining().String(), y.LiabilityRemaining().String(), y.IndemnitiesPaid().String()}
}

// The franchise annuelle of the PagesJaunes guide: an aggregate first loss
// of 100 K€ at 90 %, a first claim of 50 K€ counts 45 K€, a second of
// 20 K€ counts 18 K€; then, under a maximum liability of 20 K€, a third of
// 60 K€ (54 K€ at 90 %) uses the 37 K€ left and is paid 17 K€, a fourth of
// 10 K€ is paid the 3 K€ left of the maximum, a fifth nothing.
// Source: https://assurance-professionnelle.pagesjaunes.fr/astuce/voir/747079/assurance-credit-et-la-franchise
// ("Premier sinistre de 50 K€, on comptabilise 45 K€ (90 % × 50 K€) -
// Deuxième sinistre = 20 K€, on comptabilise 18 K€").
func TestYearConsumesFirstLossAndLiability(t *testing.T) {
	terms := yearTerms("100000", "20000")
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []yearRow{
		{"EUR 0.00", "EUR 45000.00", "EUR 55000.00", "EUR 20000.00", "EUR 0.00"},
		{"EUR 0.00", "EUR 18000.00", "EUR 37000.00", "EUR 20000.00", "EUR 0.00"},
		{"EUR 17000.00", "EUR 37000.00", "EUR 0.00", "EUR 3000.00", "EUR 17000.00"},
		{"EUR 3000.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 20000.00"},
		{"EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 20000.00"},
	}
	var got []yearRow
	for i, loss := range []string{"50000", "20000", "60000", "10000", "5000"} {
		b, next, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur(loss)}, LossDate: d("2025-03-01")}, named("100000"), claims.IndemnityOptions{})
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		got = append(got, row(b, next))
		y = next
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("year mismatch (-want +got):\n%s", diff)
	}
	if y.Claims() != 5 {
		t.Errorf("Claims() = %d, want 5", y.Claims())
	}
}

func TestYearErrors(t *testing.T) {
	terms := yearTerms("", "")
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mult := terms
	mult.MaxLiability = policy.MaxLiability{PremiumMultiple: 30}
	usd := terms
	usd.Currency = policy.USD
	for _, tc := range []struct {
		name string
		run  func() error
		want error
	}{
		{"zero year", func() error {
			_, _, err := claims.Year{}.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur("1")}, LossDate: d("2025-03-01")}, named("10"), claims.IndemnityOptions{})
			return err
		}, policy.ErrMissing},
		{"outside the year", func() error {
			_, _, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur("1")}, LossDate: d("2026-01-01")}, named("10"), claims.IndemnityOptions{})
			return err
		}, policy.ErrInconsistent},
		{"no loss date", func() error {
			_, _, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur("1")}}, named("10"), claims.IndemnityOptions{})
			return err
		}, policy.ErrMissing},
		{"remaining given", func() error {
			_, _, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur("1"), FirstLossRemaining: eur("5")}, LossDate: d("2025-03-01")}, named("10"), claims.IndemnityOptions{})
			return err
		}, policy.ErrInconsistent},
		{"other currency", func() error {
			_, _, err := y.Claim(usd, claims.YearClaim{Claim: claims.Claim{Loss: eur("1")}, LossDate: d("2025-03-01")}, named("10"), claims.IndemnityOptions{})
			return err
		}, policy.ErrCurrencyMismatch},
		{"premium multiple without the year's maximum", func() error {
			_, err := claims.NewYear(mult, claims.YearOptions{})
			return err
		}, policy.ErrMissing},
		{"end before start", func() error {
			_, err := claims.NewYear(terms, claims.YearOptions{Start: d("2025-06-01"), End: d("2025-05-31")})
			return err
		}, policy.ErrInconsistent},
		{"recoveries above the indemnities paid", func() error {
			_, _, err := y.Recover(terms, eur("100"), eur("100"), claims.Insolvency, eur("50"))
			return err
		}, policy.ErrInconsistent},
	} {
		err := tc.run()
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.want)
		}
		checkErr(t, tc.name, err)
	}
}

// A recovery after the indemnity: the collection fee of the cause comes
// off first (4.5 % in protracted default), the net is shared pro rata, and
// with RecoveriesRestoreLiability the insurer's share goes back to the
// maximum liability.
func TestYearRecover(t *testing.T) {
	terms := yearTerms("", "30000")
	terms.CollectionFees = policy.CollectionFees{Insolvency: rate("0.015"), ProtractedDefault: rate("0.045")}
	for _, restore := range []bool{false, true} {
		y, err := claims.NewYear(terms, claims.YearOptions{RecoveriesRestoreLiability: restore})
		if err != nil {
			t.Fatal(err)
		}
		b, y, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur("20000")}, LossDate: d("2025-04-01")}, named("50000"), claims.IndemnityOptions{})
		if err != nil {
			t.Fatal(err)
		}
		s, y, err := y.Recover(terms, b.Indemnity, b.Loss, claims.ProtractedDefault, eur("10000"))
		if err != nil {
			t.Fatal(err)
		}
		left := "EUR 12000.00"
		if restore {
			left = "EUR 20595.00"
		}
		want := []string{"EUR 18000.00", "EUR 9550.00", "EUR 8595.00", "EUR 955.00", "EUR 450.00", "EUR 9405.00", left}
		got := []string{b.Indemnity.String(), s.Net.String(), s.Insurer.String(), s.Insured.String(), y.CollectionFees().String(), y.NetPaid().String(), y.LiabilityRemaining().String()}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("restore %v mismatch (-want +got):\n%s", restore, diff)
		}
	}
}

// Renewal opens the next twelve months with the whole amounts again.
func TestYearNext(t *testing.T) {
	terms := yearTerms("1000", "5000")
	y, _ := claims.NewYear(terms, claims.YearOptions{Attribution: claims.ByDeliveryDate})
	_, y, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eur("3000")}, Delivery: d("2025-12-31")}, named("9000"), claims.IndemnityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n, err := y.Next(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2026-01-01", "2026-12-31", "deliveryDate", "EUR 1000.00", "EUR 5000.00", "EUR 0.00", "EUR 3300.00"}
	got := []string{n.Start().String(), n.End().String(), n.Options().Attribution.String(), n.FirstLossRemaining().String(),
		n.LiabilityRemaining().String(), n.IndemnitiesPaid().String(), y.LiabilityRemaining().String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Next mismatch (-want +got):\n%s", diff)
	}
}

// The percentage deductible of the proportional-franchise example
// (https://assurance-local-pro.pages.dev/guide/franchise-assurance-pro:
// "franchise de 10 % avec un minimum de 300 euros et un maximum de 1 500
// euros. Pour un sinistre de 10 000 euros, la franchise sera de 1 000
// euros"), and the minimum retention.
func TestPercentDeductibleAndRetention(t *testing.T) {
	rule := policy.DeductibleRule{Rate: rate("0.1"), Floor: eur("300"), Cap: eur("1500")}
	for _, tc := range []struct {
		base, want string
	}{{"10000", "EUR 1000.00"}, {"2000", "EUR 300.00"}, {"50000", "EUR 1500.00"}, {"0", "EUR 300.00"}, {"3000.05", "EUR 300.01"}} {
		if got := claims.PercentDeductible(rule, eur(tc.base), policy.HalfAwayFromZero).String(); got != tc.want {
			t.Errorf("PercentDeductible(%s) = %s, want %s", tc.base, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name       string
		rule       policy.DeductibleRule
		opts       claims.IndemnityOptions
		loss       string
		indemnity  string
		deductible string
	}{
		// 10 % of the capped loss 10 000 = 1 000 off the gross 9 000.
		{"percent of the loss", rule, claims.IndemnityOptions{}, "10000", "EUR 8000.00", "EUR 1000.00"},
		// 10 % of the gross 9 000 = 900.
		{"percent of the gross", rule, claims.IndemnityOptions{DeductibleOn: claims.OnGross}, "10000", "EUR 8100.00", "EUR 900.00"},
		// The uninsured share 1 000 is above the retention 500: nothing more.
		{"retention below the uninsured share", policy.DeductibleRule{MinimumRetention: eur("500")}, claims.IndemnityOptions{}, "10000", "EUR 9000.00", ""},
		// The retention 2 500 is above the uninsured share 1 000: the
		// insured keeps 2 500, the indemnity is 7 500.
		{"retention above the uninsured share", policy.DeductibleRule{MinimumRetention: eur("2500")}, claims.IndemnityOptions{}, "10000", "EUR 7500.00", ""},
	} {
		terms := policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: rate("0.9")}, DeductibleRule: tc.rule}
		b, err := claims.Indemnity(terms, claims.Claim{Loss: eur(tc.loss)}, named("100000"), tc.opts)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := b.Indemnity.String(); got != tc.indemnity {
			t.Errorf("%s: indemnity %s, want %s", tc.name, got, tc.indemnity)
		}
		if got := b.Deductible.String(); tc.deductible != "" && got != tc.deductible {
			t.Errorf("%s: deductible %s, want %s", tc.name, got, tc.deductible)
		}
	}
	bad := policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: rate("0.9")}, Deductible: eur("100"), DeductibleRule: rule}
	if _, err := claims.Indemnity(bad, claims.Claim{Loss: eur("1")}, named("1"), claims.IndemnityOptions{}); !errors.Is(err, policy.ErrInconsistent) {
		t.Errorf("fixed and percentage deductible: error %v, want ErrInconsistent", err)
	}
}

// The reporting threshold: "report an overdue … (from certain amount)"
// (https://developers.allianz-trade.com/welcome-trade-credit-insurance-api-world/payment-overdues).
func TestNoticeDue(t *testing.T) {
	terms := policy.Terms{Currency: policy.EUR, OverdueReportingThreshold: eur("5000")}
	for _, tc := range []struct {
		threshold, overdue string
		want               bool
	}{{"5000", "4999.99", false}, {"5000", "5000", true}, {"5000", "7000", true}, {"", "0.01", true}, {"", "0", false}} {
		terms.OverdueReportingThreshold = eur(tc.threshold)
		got, err := claims.NoticeDue(terms, eur(tc.overdue))
		if err != nil || got != tc.want {
			t.Errorf("NoticeDue(%q, %q) = %v, %v; want %v", tc.threshold, tc.overdue, got, err, tc.want)
		}
	}
	if _, err := claims.NoticeDue(terms, policy.MustAmount("USD 1")); !errors.Is(err, policy.ErrCurrencyMismatch) {
		t.Errorf("USD overdue: error %v", err)
	}
}

// Collection fees as a percentage of the amount collected, by cause.
func TestCollectionFee(t *testing.T) {
	terms := policy.Terms{Currency: policy.EUR, CollectionFees: policy.CollectionFees{Insolvency: rate("0.015"), ProtractedDefault: rate("0.045")}}
	for _, tc := range []struct {
		cause     claims.Cause
		collected string
		want      string
	}{
		{claims.ProtractedDefault, "10000", "EUR 450.00"},
		{claims.Insolvency, "10000", "EUR 150.00"},
		{claims.Insolvency, "3333.33", "EUR 50.00"},
		{claims.Political, "1000", "EUR 45.00"},
	} {
		got, err := claims.CollectionFee(terms, tc.cause, eur(tc.collected))
		if err != nil || got.String() != tc.want {
			t.Errorf("CollectionFee(%v, %s) = %v, %v; want %s", tc.cause, tc.collected, got, err, tc.want)
		}
	}
	if _, err := claims.CollectionFee(terms, claims.NoLoss, eur("1")); !errors.Is(err, policy.ErrOutOfRange) {
		t.Errorf("NoLoss: error %v", err)
	}
}

// ---- properties of the year account ----

// genWholeEuros draws amounts in whole euros, so that a quotité of two
// decimals gives exact cents and no rounding separates the two sides.
func genWholeEuros(t *rapid.T, label string, hi int64) int64 {
	return rapid.Int64Range(0, hi).Draw(t, label) * 100
}

// Property: consuming the aggregate first loss claim after claim gives
// the same total indemnity as one claim of the sum (no cap, threshold or
// deductible between them, quotités exact in cents).
func propYearFirstLossAdditive(t *rapid.T) {
	q, _ := policy.NewRate(decimalPercent(rapid.Int64Range(0, 100).Draw(t, "quotite")))
	afl := eurCents(genWholeEuros(t, "afl", 100000))
	terms := policy.Terms{Currency: policy.EUR, Effective: d("2025-01-01"), Expiry: d("2025-12-31"),
		Quotites: policy.Quotites{Named: q}, AggregateFirstLoss: afl}
	opts := claims.IndemnityOptions{FirstLossBeforeQuotite: rapid.Bool().Draw(t, "beforeQuotite")}
	n := rapid.IntRange(1, 6).Draw(t, "claims")
	y, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sum := policy.Zero(policy.EUR)
	for i := range n {
		loss := eurCents(genWholeEuros(t, "loss", 50000))
		sum, _ = sum.Add(loss)
		if _, y, err = y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: loss}, LossDate: d("2025-06-01")}, named("1000000000"), opts); err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
	}
	one, err := claims.Indemnity(terms, claims.Claim{Loss: sum}, named("1000000000"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !one.Indemnity.Equal(y.IndemnitiesPaid()) {
		t.Fatalf("claim after claim paid %s, one claim of %s pays %s", y.IndemnitiesPaid(), sum, one.Indemnity)
	}
}

func TestPropYearFirstLossAdditive(t *testing.T) { rapid.Check(t, propYearFirstLossAdditive) }
func FuzzPropYearFirstLossAdditive(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propYearFirstLossAdditive))
}

// Property: the year's account never pays more than the maximum
// liability (net of the insurer's recoveries when they restore it), and
// what remains is the maximum less what was paid.
func propYearLiabilityBound(t *rapid.T) {
	maxLiab := eurCents(cents(t, "max", 10_000_000))
	terms := policy.Terms{Currency: policy.EUR, Effective: d("2025-01-01"), Expiry: d("2025-12-31"),
		Quotites: policy.Quotites{Named: genQuotite(t, "quotite")}, MaxLiability: policy.MaxLiability{Amount: maxLiab},
		AggregateFirstLoss: optional(t, "afl", cents(t, "aflCents", 1_000_000)), Deductible: optional(t, "ded", cents(t, "dedCents", 100_000)),
		CollectionFees: policy.CollectionFees{Insolvency: rate("0.015"), ProtractedDefault: rate("0.045")}}
	restore := rapid.Bool().Draw(t, "restore")
	y, err := claims.NewYear(terms, claims.YearOptions{RecoveriesRestoreLiability: restore})
	if err != nil {
		t.Fatal(err)
	}
	var paid []claims.Breakdown
	for i := range rapid.IntRange(1, 12).Draw(t, "steps") {
		if len(paid) > 0 && rapid.Bool().Draw(t, "recover") {
			b := paid[rapid.IntRange(0, len(paid)-1).Draw(t, "which")]
			_, next, err := y.Recover(terms, b.Indemnity, b.Loss, claims.ProtractedDefault, eurCents(cents(t, "collected", b.Loss.Decimal().Shift(2).IntPart())))
			if err == nil {
				y = next
			}
			continue
		}
		b, next, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eurCents(cents(t, "loss", 5_000_000))}, LossDate: d("2025-06-01")},
			named(eurCents(cents(t, "limit", 5_000_000)).Decimal().StringFixed(2)), claims.IndemnityOptions{})
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		paid, y = append(paid, b), next
	}
	bound := y.IndemnitiesPaid()
	if restore {
		bound = y.NetPaid()
	}
	if c, _ := bound.Cmp(maxLiab); c > 0 {
		t.Fatalf("paid %s (net %s) above the maximum %s", y.IndemnitiesPaid(), y.NetPaid(), maxLiab)
	}
	if !restore {
		left, _ := maxLiab.Sub(y.IndemnitiesPaid())
		if !left.Equal(y.LiabilityRemaining()) {
			t.Fatalf("remaining %s, want %s", y.LiabilityRemaining(), left)
		}
	}
}

func TestPropYearLiabilityBound(t *testing.T) { rapid.Check(t, propYearLiabilityBound) }
func FuzzPropYearLiabilityBound(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propYearLiabilityBound))
}

// decimalPercent is k hundredths.
func decimalPercent(k int64) decimal.Decimal { return decimal.New(k, -2) }
