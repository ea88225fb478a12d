package claims_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// yearModel is a hand-rolled model of a buyer's limits and the insurance
// year: the limit in force and the year's sums in cents.
type yearModel struct {
	limit     int64 // the named limit in force, cents; 0 none
	max       int64 // the year's maximum liability, cents
	paid      int64
	recovered int64
	filed     []claims.Breakdown
}

// Property: a year driven through limits granted, raised and cut, claims
// filed, recoveries and renewals agrees with the model at every step: the
// cover is the last limit decided (no reduction notice), each indemnity is
// min(round(min(loss, limit) × 90 %), liability left), the account's sums
// are the model's, and what is paid never exceeds the maximum liability.
func propYearStateMachine(t *rapid.T) {
	maxCents := rapid.Int64Range(0, 5_000_000).Draw(t, "max")
	terms := policy.Terms{Currency: policy.EUR, Effective: d("2025-01-01"), Expiry: d("2034-12-31"),
		Quotites: policy.Quotites{Named: rate("0.9")}, MaxLiability: policy.MaxLiability{Amount: eurCents(maxCents)},
		CollectionFees: policy.CollectionFees{Insolvency: rate("0.015"), ProtractedDefault: rate("0.045")}}
	y, err := claims.NewYear(terms, claims.YearOptions{Start: d("2025-01-01"), End: d("2025-12-31")})
	if err != nil {
		t.Fatal(err)
	}
	var h limits.History
	m := yearModel{max: maxCents}
	day := d("2025-01-01")
	for step := range rapid.IntRange(1, 30).Draw(t, "steps") {
		day = day.AddDays(rapid.IntRange(0, 40).Draw(t, "days"))
		if day.After(y.End()) {
			// Renewal: the next year opens with the whole maximum again.
			n, err := y.Next(terms, claims.YearOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if n.Start() != y.End().AddDays(1) || !n.IndemnitiesPaid().IsZero() {
				t.Fatalf("renewal: start %s after end %s, paid %s", n.Start(), y.End(), n.IndemnitiesPaid())
			}
			y, m.paid, m.recovered, m.filed = n, 0, 0, nil
			day = y.Start()
		}
		switch rapid.IntRange(0, 2).Draw(t, "action") {
		case 0: // a limit granted, raised or cut (0: cancelled)
			amount := rapid.Int64Range(0, 100).Draw(t, "limit") * 100_000
			k := limits.Agrement
			if amount == 0 {
				k = limits.Refusal
			}
			if h, err = h.With(limits.Decision{ID: "D" + itoaTest(step), Kind: k, Amount: eurCents(amount), Date: day, Seq: step}); err != nil {
				t.Fatal(err)
			}
			m.limit = amount
		case 1: // a claim
			c, err := limits.CoverAt(terms, h, limits.Buyer{}, day, limits.CoverOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Amount.Decimal().Shift(2).IntPart(); got != m.limit {
				t.Fatalf("cover %s on %s, model %d cents", c.Amount, day, m.limit)
			}
			if c.Type == policy.NoCover {
				continue
			}
			loss := rapid.Int64Range(0, 20_000_000).Draw(t, "loss")
			b, next, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: eurCents(loss)}, LossDate: day}, c, claims.IndemnityOptions{})
			if err != nil {
				t.Fatal(err)
			}
			want := eurCents(min(loss, m.limit)).MulRound(rate("0.9"), policy.HalfAwayFromZero).Decimal().Shift(2).IntPart()
			want = min(want, m.max-m.paid)
			if got := b.Indemnity.Decimal().Shift(2).IntPart(); got != want {
				t.Fatalf("indemnity %s, model %d cents", b.Indemnity, want)
			}
			y, m.paid, m.filed = next, m.paid+want, append(m.filed, b)
		case 2: // a recovery on a claim of the year
			if len(m.filed) == 0 {
				continue
			}
			b := m.filed[rapid.IntRange(0, len(m.filed)-1).Draw(t, "which")]
			collected := eurCents(rapid.Int64Range(0, b.Loss.Decimal().Shift(2).IntPart()).Draw(t, "collected"))
			cause := rapid.SampledFrom([]claims.Cause{claims.Insolvency, claims.ProtractedDefault}).Draw(t, "cause")
			s, next, err := y.Recover(terms, b.Indemnity, b.Loss, cause, collected)
			insurer := s.Insurer.Decimal().Shift(2).IntPart()
			switch {
			case errors.Is(err, policy.ErrInconsistent):
				continue // the model's insurer recoveries would exceed what it paid
			case err != nil:
				t.Fatal(err)
			case m.recovered+insurer > m.paid:
				t.Fatalf("recovered %d above paid %d accepted", m.recovered+insurer, m.paid)
			}
			y, m.recovered = next, m.recovered+insurer
		}
		for _, c := range []struct {
			name string
			got  policy.Amount
			want int64
		}{{"paid", y.IndemnitiesPaid(), m.paid}, {"recovered", y.Recovered(), m.recovered}, {"liability left", y.LiabilityRemaining(), m.max - m.paid}} {
			if !c.got.Decimal().Equal(decimal.New(c.want, -2)) {
				t.Fatalf("step %d %s: account %s, model %d cents", step, c.name, c.got, c.want)
			}
		}
		if m.paid > m.max {
			t.Fatalf("paid %d above the maximum %d", m.paid, m.max)
		}
	}
}

func TestPropYearStateMachine(t *testing.T) { rapid.Check(t, propYearStateMachine) }
func FuzzPropYearStateMachine(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propYearStateMachine))
}

func itoaTest(n int) string { return decimal.NewFromInt(int64(n)).String() }

// FuzzYear: no claim, recovery or term makes the year account panic or
// return an error that wraps no sentinel; what it pays stays within the
// maximum liability.
func FuzzYear(f *testing.F) {
	f.Add("EUR 20000", "EUR 50000", "0.9", "EUR 30000", "EUR 1000", "0.1", "EUR 300", "EUR 1500", "EUR 0", "2025-03-01", "EUR 5000", uint8(1))
	f.Fuzz(func(t *testing.T, loss, limit, q, maxL, afl, pct, floor, cap, retention, lossDate, collected string, cause uint8) {
		amt := func(s string) policy.Amount { a, _ := policy.ParseAmount(s); return a }
		qr, _ := policy.ParseRate(q)
		pr, _ := policy.ParseRate(pct)
		terms := policy.Terms{Currency: policy.EUR, Effective: d("2025-01-01"), Expiry: d("2025-12-31"), Quotites: policy.Quotites{Named: qr},
			MaxLiability: policy.MaxLiability{Amount: amt(maxL)}, AggregateFirstLoss: amt(afl),
			DeductibleRule: policy.DeductibleRule{Rate: pr, Floor: amt(floor), Cap: amt(cap), MinimumRetention: amt(retention)},
			CollectionFees: policy.CollectionFees{Insolvency: rate("0.015"), ProtractedDefault: rate("0.045")}}
		y, err := claims.NewYear(terms, claims.YearOptions{})
		checkErr(t, "NewYear", err)
		if err != nil {
			return
		}
		ld, _ := calendar.ParseDate(lossDate)
		b, y2, err := y.Claim(terms, claims.YearClaim{Claim: claims.Claim{Loss: amt(loss)}, LossDate: ld}, limits.Cover{Type: policy.Named, Amount: amt(limit)}, claims.IndemnityOptions{})
		checkErr(t, "Claim", err)
		if err != nil {
			return
		}
		if c, _ := y2.IndemnitiesPaid().Cmp(amt(maxL)); !amt(maxL).Currency().IsZero() && c > 0 {
			t.Fatalf("paid %s above the maximum %s", y2.IndemnitiesPaid(), maxL)
		}
		_, _, err = y2.Recover(terms, b.Indemnity, b.Loss, claims.Cause(cause%5), amt(collected))
		checkErr(t, "Recover", err)
		_, err = claims.NoticeDue(terms, amt(collected))
		checkErr(t, "NoticeDue", err)
		_, err = claims.CollectionFee(terms, claims.Cause(cause%5), amt(collected))
		checkErr(t, "CollectionFee", err)
	})
}
