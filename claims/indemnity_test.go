package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

type breakdownView struct {
	Capped, AfterThreshold, Gross, AfterDeductible, AfterFirstLoss, Indemnity, Retained, FirstLossUsed, Payee string
}

func viewBreakdown(b claims.Breakdown) breakdownView {
	return breakdownView{
		b.CappedLoss.String(), b.AfterThreshold.String(), b.Gross.String(), b.AfterDeductible.String(),
		b.AfterFirstLoss.String(), b.Indemnity.String(), b.Retained.String(), b.FirstLossUsed.String(), b.Payee,
	}
}

// steps writes the seven FORMAT.md steps and the first loss used, in
// euros, for the tables.
func steps(capped, afterThreshold, gross, afterDeductible, afterFirstLoss, indemnity, retained, used string) breakdownView {
	e := func(s string) string { return eur(s).String() }
	return breakdownView{e(capped), e(afterThreshold), e(gross), e(afterDeductible), e(afterFirstLoss), e(indemnity), e(retained), e(used), ""}
}

// indemnityCase is one row: the claim-related terms, the claim, the cover
// and the options.
type indemnityCase struct {
	name                                               string
	loss, limit, quotite                               string
	threshold                                          string
	mode                                               policy.ThresholdMode
	deductible, firstLossRemaining, liabilityRemaining string
	opts                                               claims.IndemnityOptions
	want                                               breakdownView
}

func (c indemnityCase) inputs() (policy.Terms, claims.Claim, limits.Cover) {
	t := policy.Terms{
		Currency:       policy.EUR,
		ClaimThreshold: policy.Threshold{Amount: eur(c.threshold), Mode: c.mode},
		Deductible:     eur(c.deductible),
	}
	cl := claims.Claim{Loss: eur(c.loss), FirstLossRemaining: eur(c.firstLossRemaining), LiabilityRemaining: eur(c.liabilityRemaining)}
	return t, cl, limits.Cover{Type: policy.Named, Amount: eur(c.limit), Quotite: rate(c.quotite)}
}

func TestIndemnity(t *testing.T) {
	excess := policy.Excess
	tests := []indemnityCase{
		// The FORMAT.md vectors, with their sources.
		{name: "Ooreka: 40 000 outstanding on a 30 000 limit at 90 %", loss: "40000", limit: "30000", quotite: "0.9",
			want: steps("30000", "30000", "27000", "27000", "27000", "27000", "13000", "0")},
		{name: "Ooreka: 8 000 under a 10 000 threshold", loss: "8000", limit: "30000", quotite: "0.9", threshold: "10000",
			want: steps("8000", "0", "0", "0", "0", "0", "8000", "0")},
		{name: "a loss equal to the threshold", loss: "10000", limit: "30000", quotite: "0.9", threshold: "10000",
			want: steps("10000", "0", "0", "0", "0", "0", "10000", "0")},
		{name: "above an all-or-nothing threshold the whole loss", loss: "12000", limit: "30000", quotite: "0.9", threshold: "10000",
			want: steps("12000", "12000", "10800", "10800", "10800", "10800", "1200", "0")},
		{name: "an excess threshold: the part above it", loss: "12000", limit: "30000", quotite: "0.9", threshold: "10000", mode: excess,
			want: steps("12000", "2000", "1800", "1800", "1800", "1800", "10200", "0")},
		{name: "the threshold tests the capped loss", loss: "50000", limit: "8000", quotite: "0.9", threshold: "10000",
			want: steps("8000", "0", "0", "0", "0", "0", "50000", "0")},
		{name: "a per-claim deductible after the quotité", loss: "20000", limit: "30000", quotite: "0.9", deductible: "1500",
			want: steps("20000", "20000", "18000", "16500", "16500", "16500", "3500", "0")},
		{name: "Ooreka: 50 000 at 90 % counts 45 000 towards a 100 000 first loss", loss: "50000", limit: "50000", quotite: "0.9", firstLossRemaining: "100000",
			want: steps("50000", "50000", "45000", "45000", "0", "0", "50000", "45000")},
		{name: "the part above the remaining first loss", loss: "50000", limit: "50000", quotite: "0.9", firstLossRemaining: "30000",
			want: steps("50000", "50000", "45000", "45000", "15000", "15000", "35000", "30000")},
		{name: "the remaining maximum liability caps the indemnity", loss: "40000", limit: "30000", quotite: "0.9", liabilityRemaining: "20000",
			want: steps("30000", "30000", "27000", "27000", "27000", "20000", "20000", "0")},
		{name: "nothing remains of the maximum liability", loss: "40000", limit: "30000", quotite: "0.9", liabilityRemaining: "0",
			want: steps("30000", "30000", "27000", "27000", "27000", "0", "40000", "0")},
		{name: "half a cent away from zero", loss: "1000.05", limit: "5000", quotite: "0.5",
			want: steps("1000.05", "1000.05", "500.03", "500.03", "500.03", "500.03", "500.02", "0")},
		{name: "every step in the FORMAT.md order", loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: excess,
			deductible: "1000", firstLossRemaining: "2000", liabilityRemaining: "100000",
			want: steps("50000", "45000", "40500", "39500", "37500", "37500", "22500", "2000")},

		// The options the sources disagree on (threshold base, order of
		// deductions) on the same claim.
		{name: "order: the deductible before the quotité", loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: excess,
			deductible: "1000", firstLossRemaining: "2000", opts: claims.IndemnityOptions{DeductibleBeforeQuotite: true},
			want: steps("50000", "45000", "39600", "44000", "37600", "37600", "22400", "2000")},
		{name: "order: the first loss counts the loss before the quotité", loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: excess,
			deductible: "1000", firstLossRemaining: "2000", opts: claims.IndemnityOptions{FirstLossBeforeQuotite: true},
			want: steps("50000", "45000", "38700", "37700", "43000", "37700", "22300", "2000")},
		{name: "order: both before the quotité", loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: excess,
			deductible: "1000", firstLossRemaining: "2000", opts: claims.IndemnityOptions{DeductibleBeforeQuotite: true, FirstLossBeforeQuotite: true},
			want: steps("50000", "45000", "37800", "44000", "42000", "37800", "22200", "2000")},
		{name: "threshold base: an excess threshold on the whole loss, before the cap", loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: excess,
			deductible: "1000", firstLossRemaining: "2000", opts: claims.IndemnityOptions{ThresholdOn: claims.WholeLoss},
			want: steps("50000", "55000", "45000", "44000", "42000", "42000", "18000", "2000")},
		{name: "threshold base: an excess threshold on the amount after the quotité", loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: excess,
			deductible: "1000", firstLossRemaining: "2000", opts: claims.IndemnityOptions{ThresholdOn: claims.GrossIndemnity},
			want: steps("50000", "40000", "45000", "39000", "37000", "37000", "23000", "2000")},
		{name: "threshold base: all-or-nothing on the whole loss passes a loss capped below the threshold", loss: "50000", limit: "8000", quotite: "0.9", threshold: "10000",
			opts: claims.IndemnityOptions{ThresholdOn: claims.WholeLoss},
			want: steps("8000", "50000", "7200", "7200", "7200", "7200", "42800", "0")},
		{name: "threshold base: all-or-nothing on the amount after the quotité", loss: "11000", limit: "30000", quotite: "0.9", threshold: "10000",
			opts: claims.IndemnityOptions{ThresholdOn: claims.GrossIndemnity},
			want: steps("11000", "0", "9900", "0", "0", "0", "11000", "0")},
		{name: "the product by the quotité is rounded to the cent", loss: "1000.05", limit: "5000", quotite: "0.5",
			want: steps("1000.05", "1000.05", "500.03", "500.03", "500.03", "500.03", "500.02", "0")},
		{name: "a quotité of zero indemnifies nothing", loss: "1000", limit: "5000", quotite: "0",
			want: steps("1000", "1000", "0", "0", "0", "0", "1000", "0")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms, cl, c := tc.inputs()
			got, err := claims.Indemnity(terms, cl, c, tc.opts)
			if err != nil {
				t.Fatalf("Indemnity: %v", err)
			}
			if diff := cmp.Diff(tc.want, viewBreakdown(got)); diff != "" {
				t.Errorf("Indemnity mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIndemnityTerms(t *testing.T) {
	// What Indemnity reads from the terms: the quotité by cover type, the
	// annual first loss and maximum liability, the loss payee.
	terms := func(f func(*policy.Terms)) policy.Terms {
		t := policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: rate("0.9"), Discretionary: rate("0.6"), Political: rate("0.95")}}
		if f != nil {
			f(&t)
		}
		return t
	}
	loss := claims.Claim{Loss: eur("10000")}
	tests := []struct {
		name        string
		terms       policy.Terms
		claim       claims.Claim
		cover       limits.Cover
		indemnity   string
		used, payee string
	}{
		{"named", terms(nil), loss, limits.Cover{Type: policy.Named, Amount: eur("50000")}, "9000", "0", ""},
		{"discretionary", terms(nil), loss, limits.Cover{Type: policy.Discretionary, Amount: eur("50000")}, "6000", "0", ""},
		{"accord express falls back to named", terms(nil), loss, limits.Cover{Type: policy.AccordExpress, Amount: eur("50000")}, "9000", "0", ""},
		{"temporary falls back to named", terms(nil), loss, limits.Cover{Type: policy.Temporary, Amount: eur("50000")}, "9000", "0", ""},
		{"a top-up the policy gives no quotité", terms(nil), loss, limits.Cover{Type: policy.TopUp, Amount: eur("50000")}, "0", "0", ""},
		{"no cover", terms(nil), loss, limits.Cover{Amount: eur("50000")}, "0", "0", ""},
		{"the decision's own quotité", terms(nil), loss, limits.Cover{Type: policy.Named, Amount: eur("50000"), Quotite: rate("0.7")}, "7000", "0", ""},
		{"the whole first loss of the year when none is used",
			terms(func(t *policy.Terms) { t.AggregateFirstLoss = eur("5000") }), loss,
			limits.Cover{Type: policy.Named, Amount: eur("50000")}, "4000", "5000", ""},
		{"the fixed maximum liability when nothing is paid yet",
			terms(func(t *policy.Terms) { t.MaxLiability.Amount = eur("3000") }), loss,
			limits.Cover{Type: policy.Named, Amount: eur("50000")}, "3000", "0", ""},
		{"a maximum as a premium multiple with what remains given",
			terms(func(t *policy.Terms) { t.MaxLiability.PremiumMultiple = 30 }), claims.Claim{Loss: eur("10000"), LiabilityRemaining: eur("2500")},
			limits.Cover{Type: policy.Named, Amount: eur("50000")}, "2500", "0", ""},
		{"a factor registered as loss payee",
			terms(func(t *policy.Terms) { t.LossPayee = policy.LossPayee{Name: "Factor SA"} }), loss,
			limits.Cover{Type: policy.Named, Amount: eur("50000")}, "9000", "0", "Factor SA"},
		{"a delegation not yet in force",
			terms(func(t *policy.Terms) { t.LossPayee = policy.LossPayee{Name: "Factor SA", From: d("2025-07-01")} }),
			claims.Claim{Loss: eur("10000"), PaidOn: d("2025-06-30")},
			limits.Cover{Type: policy.Named, Amount: eur("50000")}, "9000", "0", ""},
		{"a delegation in force on the day of payment",
			terms(func(t *policy.Terms) { t.LossPayee = policy.LossPayee{Name: "Factor SA", From: d("2025-07-01")} }),
			claims.Claim{Loss: eur("10000"), PaidOn: d("2025-07-01")},
			limits.Cover{Type: policy.Named, Amount: eur("50000")}, "9000", "0", "Factor SA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := claims.Indemnity(tc.terms, tc.claim, tc.cover, claims.IndemnityOptions{})
			if err != nil {
				t.Fatalf("Indemnity: %v", err)
			}
			got := [3]string{b.Indemnity.String(), b.FirstLossUsed.String(), b.Payee}
			want := [3]string{eur(tc.indemnity).String(), eur(tc.used).String(), tc.payee}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Indemnity (indemnity, first loss used, payee) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIndemnityErrors(t *testing.T) {
	named := func(limit string) limits.Cover {
		return limits.Cover{Type: policy.Named, Amount: eur(limit), Quotite: rate("0.9")}
	}
	eurTerms := policy.Terms{Currency: policy.EUR}
	tests := []struct {
		name  string
		terms policy.Terms
		claim claims.Claim
		cover limits.Cover
		opts  claims.IndemnityOptions
		want  error
	}{
		{"no loss", eurTerms, claims.Claim{}, named("1000"), claims.IndemnityOptions{}, policy.ErrMissing},
		{"no limit", eurTerms, claims.Claim{Loss: eur("100")}, limits.Cover{Type: policy.Named}, claims.IndemnityOptions{}, policy.ErrMissing},
		{"a loss in dollars on a euro policy", eurTerms, claims.Claim{Loss: policy.MustAmount("USD 100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrCurrencyMismatch},
		{"a limit in dollars", eurTerms, claims.Claim{Loss: eur("100")}, limits.Cover{Amount: policy.MustAmount("USD 100")}, claims.IndemnityOptions{}, policy.ErrCurrencyMismatch},
		{"a negative loss", eurTerms, claims.Claim{Loss: eur("-100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"a negative deductible", policy.Terms{Currency: policy.EUR, Deductible: eur("-1")}, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"a quotité above 100 %", eurTerms, claims.Claim{Loss: eur("100")}, limits.Cover{Type: policy.Named, Amount: eur("1000"), Quotite: rate("1.05")}, claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"a policy quotité above 100 % with many decimals", policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: rate("1.00000001")}}, claims.Claim{Loss: eur("100")}, limits.Cover{Type: policy.Named, Amount: eur("1000")}, claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"an unknown cover type", eurTerms, claims.Claim{Loss: eur("100")}, limits.Cover{Type: 42, Amount: eur("1000")}, claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"an unknown threshold mode", policy.Terms{Currency: policy.EUR, ClaimThreshold: policy.Threshold{Mode: 7}}, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"an unknown threshold base", eurTerms, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{ThresholdOn: 3}, policy.ErrOutOfRange},
		{"an unknown rounding mode", policy.Terms{Currency: policy.EUR, Rounding: 4}, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrOutOfRange},
		{"a maximum as a premium multiple without what remains", policy.Terms{Currency: policy.EUR, MaxLiability: policy.MaxLiability{PremiumMultiple: 30}}, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrMissing},
		{"more first loss remaining than the policy's", policy.Terms{Currency: policy.EUR, AggregateFirstLoss: eur("1000")}, claims.Claim{Loss: eur("100"), FirstLossRemaining: eur("1500")}, named("1000"), claims.IndemnityOptions{}, policy.ErrInconsistent},
		{"more liability remaining than the policy's", policy.Terms{Currency: policy.EUR, MaxLiability: policy.MaxLiability{Amount: eur("1000")}}, claims.Claim{Loss: eur("100"), LiabilityRemaining: eur("1500")}, named("1000"), claims.IndemnityOptions{}, policy.ErrInconsistent},
		{"a dated loss payee without the day of payment", policy.Terms{Currency: policy.EUR, LossPayee: policy.LossPayee{Name: "F", From: d("2025-01-01")}}, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrMissing},
		{"the zero terms", policy.Terms{}, claims.Claim{Loss: eur("100")}, named("1000"), claims.IndemnityOptions{}, policy.ErrMissing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := claims.Indemnity(tc.terms, tc.claim, tc.cover, tc.opts)
			checkErr(t, "Indemnity", err)
			if !errors.Is(err, tc.want) {
				t.Errorf("Indemnity error = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestIndemnityTrace(t *testing.T) {
	tc := indemnityCase{loss: "60000", limit: "50000", quotite: "0.9", threshold: "5000", mode: policy.Excess,
		deductible: "1000", firstLossRemaining: "2000", liabilityRemaining: "100000"}
	for _, o := range []struct {
		opts claims.IndemnityOptions
		want []string
	}{
		{claims.IndemnityOptions{}, []string{
			"capped loss: min(loss EUR 60000.00, limit EUR 50000.00) → EUR 50000.00 [CP-credit-limit]",
			"claim threshold: EUR 50000.00 against excess threshold EUR 5000.00 (cappedLoss) → EUR 45000.00 [CP-claim-threshold]",
			"quotité: EUR 45000.00 × 90 % (named), rounded halfAwayFromZero → EUR 40500.00 [CP-quotite]",
			"deductible: max(0, EUR 40500.00 − EUR 1000.00) → EUR 39500.00 [CP-deductible]",
			"aggregate first loss: max(0, EUR 39500.00 − remaining EUR 2000.00) → EUR 37500.00 (counts EUR 2000.00) [CP-aggregate-first-loss]",
			"maximum liability: min(EUR 37500.00, remaining EUR 100000.00) → EUR 37500.00 [CP-maximum-liability]",
			"retained by the insured: loss EUR 60000.00 − indemnity EUR 37500.00 → EUR 22500.00",
			"loss payee: the insured [CP-loss-payee]",
		}},
		{claims.IndemnityOptions{ThresholdOn: claims.WholeLoss, DeductibleBeforeQuotite: true}, []string{
			"claim threshold: EUR 60000.00 against excess threshold EUR 5000.00 (wholeLoss) → EUR 55000.00 [CP-claim-threshold]",
			"capped loss: min(loss EUR 55000.00, limit EUR 50000.00) → EUR 50000.00 [CP-credit-limit]",
			"deductible: max(0, EUR 50000.00 − EUR 1000.00) → EUR 49000.00 [CP-deductible]",
			"quotité: EUR 49000.00 × 90 % (named), rounded halfAwayFromZero → EUR 44100.00 [CP-quotite]",
			"aggregate first loss: max(0, EUR 44100.00 − remaining EUR 2000.00) → EUR 42100.00 (counts EUR 2000.00) [CP-aggregate-first-loss]",
			"maximum liability: min(EUR 42100.00, remaining EUR 100000.00) → EUR 42100.00 [CP-maximum-liability]",
			"retained by the insured: loss EUR 60000.00 − indemnity EUR 42100.00 → EUR 17900.00",
			"loss payee: the insured [CP-loss-payee]",
		}},
	} {
		terms, cl, c := tc.inputs()
		b, err := claims.Indemnity(terms, cl, c, o.opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range b.Trace() {
			s.Clause.Source = "" // the IDs are enough here
			got = append(got, s.String())
		}
		if diff := cmp.Diff(o.want, got); diff != "" {
			t.Errorf("Trace %+v mismatch (-want +got):\n%s", o.opts, diff)
		}
	}
}
