package conformance

import (
	"encoding/json"
	"testing"

	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// FuzzClaimsRecovery runs claims.recovery on arbitrary amounts (costs left
// out when omitCosts) and checks FORMAT.md's rule on every result from the
// input's own text: net = max(0, recovery − costs); insurer + insured =
// net; 0 ≤ insurer ≤ indemnity; and, unless the cap holds it at the
// indemnity, insurer is net × indemnity / loss to the nearest minor unit
// (|insurer × loss − net × indemnity| ≤ loss × half a minor unit). Errors
// wrap a sentinel and carry a FORMAT.md code (evaluate), and a loss of 0
// with a recovery above 0 always gives one.
func FuzzClaimsRecovery(f *testing.F) {
	f.Add("EUR 18000", "EUR 20000", "EUR 5000", "EUR 500", false)
	f.Add("EUR 9000", "EUR 10000", "EUR 1000", "", true)
	f.Add("EUR 1", "EUR 2", "EUR 0.05", "EUR 0", false)
	f.Add("EUR 1", "EUR 3", "EUR 1", "", true)
	f.Add("JPY 3", "JPY 10", "JPY 5", "JPY 0", false)
	f.Add("EUR 0", "EUR 0", "EUR 0", "", true)
	f.Add("EUR 0", "EUR 0", "EUR 1", "EUR 1", false)
	f.Add("EUR 900", "EUR 1000", "EUR 1200", "", true)
	f.Add("EUR 1", "EUR 2", "EUR 1", "EUR 1.5", false)
	f.Add("EUR 1", "EUR 2", "USD 1", "", true)
	f.Fuzz(func(t *testing.T, indemnity, loss, recovery, costs string, omitCosts bool) {
		in := map[string]string{"indemnity": indemnity, "loss": loss, "recovery": recovery}
		if !omitCosts {
			in["costs"] = costs
		}
		raw, err := json.Marshal(in)
		if err != nil {
			t.Skip() // not UTF-8: not an input a vector can hold
		}
		got := evaluate(t, "claims.recovery", raw)
		ind, errI := policy.ParseAmount(indemnity)
		l, errL := policy.ParseAmount(loss)
		rec, errR := policy.ParseAmount(recovery)
		c := policy.Zero(rec.Currency())
		var errC error
		if !omitCosts {
			c, errC = policy.ParseAmount(costs)
		}
		if errI != nil || errL != nil || errR != nil || errC != nil {
			if got.Code == "" {
				t.Fatalf("claims.recovery(%s) = %s, want an error for an amount that does not parse", raw, got.JSON)
			}
			return
		}
		if l.IsZero() && rec.IsPositive() && got.Code == "" {
			t.Fatalf("claims.recovery(%s) = %s, want an error for a zero loss with a recovery", raw, got.JSON)
		}
		if got.Code != "" {
			return
		}
		var out struct{ Net, Insurer, Insured string }
		if err := json.Unmarshal([]byte(got.JSON), &out); err != nil {
			t.Fatalf("claims.recovery(%s) = %s: %v", raw, got.JSON, err)
		}
		net, insurer, insured := policy.MustAmount(out.Net), policy.MustAmount(out.Insurer), policy.MustAmount(out.Insured)
		want := decimal.Max(decimal.Zero, rec.Decimal().Sub(c.Decimal()))
		sum := insurer.Decimal().Add(insured.Decimal())
		switch {
		case net.Currency() != l.Currency() || !net.Decimal().Equal(want):
			t.Fatalf("claims.recovery(%s): net %v, want %s %s", raw, net, l.Currency(), want)
		case !sum.Equal(net.Decimal()):
			t.Fatalf("claims.recovery(%s): insurer %v + insured %v != net %v", raw, insurer, insured, net)
		case insurer.IsNegative() || insurer.Decimal().Cmp(ind.Decimal()) > 0:
			t.Fatalf("claims.recovery(%s): insurer %v outside [0, indemnity %v]", raw, insurer, ind)
		}
		if insurer.Decimal().Equal(ind.Decimal()) {
			return // the cap, or the exact share equal to it
		}
		half := l.Decimal().Shift(-l.Currency().Scale()).Mul(decimal.New(5, -1))
		gap := insurer.Decimal().Mul(l.Decimal()).Sub(net.Decimal().Mul(ind.Decimal())).Abs()
		if gap.Cmp(half) > 0 {
			t.Fatalf("claims.recovery(%s): insurer %v is not round(%v × %v / %v)", raw, insurer, net, ind, l)
		}
	})
}

// FuzzClaimsRecoveryInAnotherCurrency runs claims.recovery on a recovery
// and costs in dollars under a conversion clause, at an arbitrary rate,
// and checks FORMAT.md's order of the steps: the result is that of
// policy.convert on the recovery and on the costs, then claims.recovery on
// the amounts converted (a metamorphic law: converting inside the
// operation or before it gives the same shares). Errors of the one are
// errors of the other.
func FuzzClaimsRecoveryInAnotherCurrency(f *testing.F) {
	f.Add("USD 12000.00", "USD 600.00", "1.1750")
	f.Add("USD 0.01", "USD 0", "2")
	f.Add("USD 5000", "USD 6000", "0.5")
	f.Add("USD 1", "EUR 1", "1")
	f.Add("USD 1", "USD 1", "0")
	f.Fuzz(func(t *testing.T, recovery, costs, rate string) {
		dates := map[string]string{"own": "2025-12-31"}
		rates := []map[string]string{{"from": "EUR", "to": "USD", "date": "2025-12-31", "rate": rate}}
		conversion := map[string]string{"rule": "invoiceDate"}
		raw, err := json.Marshal(map[string]any{"indemnity": "EUR 31426.08", "loss": "EUR 33080.08", "recovery": recovery, "costs": costs,
			"conversion": conversion, "dates": dates, "rates": rates})
		if err != nil {
			t.Skip()
		}
		got := evaluate(t, "claims.recovery", raw)
		converted := map[string]string{}
		for _, x := range []struct{ name, amount string }{{"recovery", recovery}, {"costs", costs}} {
			in, err := json.Marshal(map[string]any{"amount": x.amount, "to": "EUR", "conversion": conversion, "dates": dates, "rates": rates})
			if err != nil {
				t.Skip()
			}
			c := evaluate(t, "policy.convert", in)
			if c.Code != "" {
				if got.Code == "" {
					t.Fatalf("claims.recovery(%s) = %s, but policy.convert of the %s fails: %s", raw, got.JSON, x.name, c.Error)
				}
				return
			}
			var out struct{ Amount string }
			if err := json.Unmarshal([]byte(c.JSON), &out); err != nil {
				t.Fatal(err)
			}
			converted[x.name] = out.Amount
		}
		plain, err := json.Marshal(map[string]string{"indemnity": "EUR 31426.08", "loss": "EUR 33080.08", "recovery": converted["recovery"], "costs": converted["costs"]})
		if err != nil {
			t.Fatal(err)
		}
		want := evaluate(t, "claims.recovery", plain)
		if want.Code != got.Code {
			t.Fatalf("claims.recovery(%s): code %q, on the amounts converted first %q", raw, got.Code, want.Code)
		}
		if got.Code != "" {
			return
		}
		var a, b map[string]any
		if err := json.Unmarshal([]byte(got.JSON), &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(want.JSON), &b); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"net", "insurer", "insured"} {
			if a[k] != b[k] {
				t.Fatalf("claims.recovery(%s): %s %v, on the amounts converted first %v", raw, k, a[k], b[k])
			}
		}
	})
}
