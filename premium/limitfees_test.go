package premium_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

func feeTerms(f policy.LimitFees) policy.Terms {
	return policy.Terms{Currency: policy.EUR, Effective: day("2025-01-01"), Expiry: day("2025-12-31"),
		Quotites: policy.Quotites{Named: rate("0.9"), TopUp: rate("0.9")}, Premium: policy.PremiumTerms{LimitFees: f}}
}

func dec(id string, k limits.Kind, amount, date string) limits.Decision {
	return limits.Decision{ID: id, Kind: k, Amount: amt("EUR " + amount), Date: day(date)}
}

type feeRow struct{ Monitoring, Requests, TopUps, Total string }

func rowOf(r premium.LimitFeesResult) feeRow {
	return feeRow{r.Monitoring.String(), r.Requests.String(), r.TopUps.String(), r.Total.String()}
}

// Fees from the limit histories: monitoring billed quarterly per limit
// held (Atradius glossary M, https://support.atradius.be/en/glossary/glossary-m:
// "Fees charged for monitoring a previously authorised credit
// limit/check. These are billed quarterly"), increases free (Atradius
// practical guide 5.1: "such an increase request is completely free of
// charge"), a CAP top-up at 2 % p.a. billed three months at least
// (https://allianz-trade-support.ch/en/trade-credit-insurance/additional-coverage-through-cap-cap/:
// "CAP: 2% of the additional cover limit p.a. … Minimum premium: three
// months, thereafter monthly billing").
func TestLimitFees(t *testing.T) {
	base := policy.LimitFees{Monitoring: policy.MustPrice("EUR 30"), Request: policy.MustPrice("EUR 50"), TopUpMinMonths: 3}
	perBuyer := base
	perBuyer.MonitoringBasis = policy.PerBuyerPerYear
	increases := base
	increases.BillIncreases = true
	validity := base
	validity.NamedLimitValidity = policy.MustTimeLimit(calendar.Months(6))
	lapse := base
	lapse.TopUpLapseAtRenewal = true
	raisedAndRefused := limits.MustHistory(dec("A1", limits.Agrement, "20000", "2025-02-10"), dec("A2", limits.Agrement, "40000", "2025-05-01"),
		dec("R1", limits.Refusal, "0", "2025-08-20"))
	cap := limits.Decision{ID: "C1", Kind: limits.TopUp, Amount: amt("EUR 50000"), Date: day("2025-11-15"), Price: rate("0.02")}
	withTopUp := limits.MustHistory(dec("A1", limits.Agrement, "50000", "2024-06-01"), cap)
	oldTopUp := cap
	oldTopUp.Date = day("2024-12-01")
	carried := limits.MustHistory(dec("A1", limits.Agrement, "50000", "2024-06-01"), oldTopUp)
	for _, tc := range []struct {
		name string
		f    policy.LimitFees
		hs   []limits.History
		want feeRow
	}{
		// Q1–Q3 held: 3 × 30; one new limit, the increase free.
		{"per limit per quarter", base, []limits.History{raisedAndRefused}, feeRow{"EUR 90.00", "EUR 50.00", "EUR 0.00", "EUR 140.00"}},
		{"per buyer per year", perBuyer, []limits.History{raisedAndRefused}, feeRow{"EUR 30.00", "EUR 50.00", "EUR 0.00", "EUR 80.00"}},
		{"increases billed", increases, []limits.History{raisedAndRefused}, feeRow{"EUR 90.00", "EUR 100.00", "EUR 0.00", "EUR 190.00"}},
		// A limit granted the year before: four quarters, no request; the
		// top-up of 15 November runs 2 months, billed 3: 50 000 × 2 % × 3/12.
		{"top-up minimum months", base, []limits.History{withTopUp}, feeRow{"EUR 120.00", "EUR 0.00", "EUR 250.00", "EUR 370.00"}},
		// A top-up of the year before runs on all year (12 months) unless
		// it lapses at renewal.
		{"top-up carried", base, []limits.History{carried}, feeRow{"EUR 120.00", "EUR 0.00", "EUR 1000.00", "EUR 1120.00"}},
		{"top-up lapsed", lapse, []limits.History{carried}, feeRow{"EUR 120.00", "EUR 0.00", "EUR 0.00", "EUR 120.00"}},
		// A named limit valid six months: granted 2025-01-15, it lapses on
		// 2025-07-14 (Q1–Q3); requested again on 2025-09-01, a new request.
		{"named limit validity", validity, []limits.History{limits.MustHistory(dec("A1", limits.Agrement, "10000", "2025-01-15"),
			dec("A2", limits.Agrement, "10000", "2025-09-01"))}, feeRow{"EUR 120.00", "EUR 100.00", "EUR 0.00", "EUR 220.00"}},
		{"two buyers", base, []limits.History{raisedAndRefused, raisedAndRefused}, feeRow{"EUR 180.00", "EUR 100.00", "EUR 0.00", "EUR 280.00"}},
		{"no histories", base, nil, feeRow{"EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 0.00"}},
	} {
		r, err := premium.LimitFees(feeTerms(tc.f), tc.hs, calendar.Date{}, calendar.Date{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, rowOf(r)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}

// A top-up above the primary limit or the ceiling is refused, never
// reduced ("CAP top-up cover can double the cover limit up to a maximum of
// CHF 3 million (EUR 2.5 million or USD 3 million)").
func TestLimitFeesTopUpCaps(t *testing.T) {
	capped := policy.LimitFees{TopUpCapToPrimary: true, TopUpCeiling: amt("EUR 2500000")}
	for _, tc := range []struct {
		name string
		h    limits.History
		want error
	}{
		{"above the primary", limits.MustHistory(dec("A1", limits.Agrement, "10000", "2025-01-01"), dec("C1", limits.TopUp, "10000.01", "2025-02-01")), policy.ErrInconsistent},
		{"no primary", limits.MustHistory(dec("C1", limits.TopUp, "1000", "2025-02-01")), policy.ErrInconsistent},
		{"above the ceiling", limits.MustHistory(dec("A1", limits.Agrement, "3000000", "2025-01-01"), dec("C1", limits.TopUp, "2600000", "2025-02-01")), policy.ErrInconsistent},
		{"within", limits.MustHistory(dec("A1", limits.Agrement, "10000", "2025-01-01"), dec("C1", limits.TopUp, "10000", "2025-02-01")), nil},
	} {
		_, err := premium.LimitFees(feeTerms(capped), []limits.History{tc.h}, calendar.Date{}, calendar.Date{})
		wantErr(t, err, tc.want)
	}
}

// genHistory draws a buyer's history: named decisions, refusals and
// top-ups on increasing days of 2024–2025.
func genHistory(t *rapid.T, label string) limits.History {
	n := rapid.IntRange(0, 6).Draw(t, label+".n")
	var ds []limits.Decision
	date := day("2024-10-01")
	for i := range n {
		date = date.AddDays(rapid.IntRange(1, 120).Draw(t, label+".gap"))
		k := rapid.SampledFrom([]limits.Kind{limits.Agrement, limits.Refusal, limits.TopUp}).Draw(t, label+".kind")
		a := "0"
		if k != limits.Refusal {
			a = itoa(rapid.IntRange(1, 100).Draw(t, label+".amount") * 1000)
		}
		d := dec(label+itoa(i), k, a, date.String())
		if k == limits.TopUp {
			d.Price = rate("0.02")
		}
		ds = append(ds, d)
	}
	h, err := limits.NewHistory(ds...)
	if err != nil {
		t.Fatalf("history: %v", err)
	}
	return h
}

// Property: the fees are monotone in the number of limits: adding a
// buyer's history never lowers any fee or the total.
func propLimitFeesMonotone(t *rapid.T) {
	f := policy.LimitFees{Monitoring: policy.MustPrice("EUR 12.5"), Request: policy.MustPrice("EUR 40"),
		MonitoringBasis: rapid.SampledFrom([]policy.MonitoringBasis{policy.PerLimitPerQuarter, policy.PerBuyerPerYear}).Draw(t, "basis"),
		BillIncreases:   rapid.Bool().Draw(t, "increases"), TopUpMinMonths: rapid.IntRange(0, 6).Draw(t, "minMonths"),
		TopUpLapseAtRenewal: rapid.Bool().Draw(t, "lapse")}
	terms := feeTerms(f)
	var hs []limits.History
	for i := range rapid.IntRange(0, 4).Draw(t, "buyers") {
		hs = append(hs, genHistory(t, "h"+itoa(i)))
	}
	before, err := premium.LimitFees(terms, hs, calendar.Date{}, calendar.Date{})
	if err != nil {
		t.Fatal(err)
	}
	after, err := premium.LimitFees(terms, append(hs, genHistory(t, "added")), calendar.Date{}, calendar.Date{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]policy.Amount{{before.Monitoring, after.Monitoring}, {before.Requests, after.Requests}, {before.TopUps, after.TopUps}, {before.Total, after.Total}} {
		if c, _ := p[0].Cmp(p[1]); c > 0 {
			t.Fatalf("a buyer added lowered a fee: %s → %s", p[0], p[1])
		}
	}
}

func TestPropLimitFeesMonotone(t *testing.T) { rapid.Check(t, propLimitFeesMonotone) }
func FuzzPropLimitFeesMonotone(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLimitFeesMonotone))
}

// FuzzLimitFees: no history, date or fee term makes LimitFees panic or
// return an error that wraps no sentinel.
func FuzzLimitFees(f *testing.F) {
	f.Add(uint16(30), uint16(50), uint8(0), 3, false, "2025-01-01", "2025-12-31", "2025-02-10", int64(20000), "2025-05-01", int64(0))
	f.Fuzz(func(t *testing.T, mon, req uint16, basis uint8, minMonths int, lapse bool, from, to, d1 string, a1 int64, d2 string, a2 int64) {
		terms := feeTerms(policy.LimitFees{Monitoring: policy.MustPrice("EUR " + itoa(int(mon))), Request: policy.MustPrice("EUR " + itoa(int(req))),
			MonitoringBasis: policy.MonitoringBasis(basis), TopUpMinMonths: minMonths, TopUpLapseAtRenewal: lapse})
		var ds []limits.Decision
		for i, p := range []struct {
			d string
			a int64
		}{{d1, a1}, {d2, a2}} {
			dt, err := calendar.ParseDate(p.d)
			if err != nil {
				continue
			}
			k := limits.Agrement
			if p.a%2 != 0 {
				k = limits.TopUp
			}
			a := p.a % 10_000_000
			if a < 0 {
				a = -a
			}
			d := limits.Decision{ID: itoa(i), Kind: k, Amount: amt("EUR " + itoa(int(a))), Date: dt, Price: rate("0.02")}
			ds = append(ds, d)
		}
		h, err := limits.NewHistory(ds...)
		if err != nil {
			return
		}
		fd, _ := calendar.ParseDate(from)
		td, _ := calendar.ParseDate(to)
		_, err = premium.LimitFees(terms, []limits.History{h}, fd, td)
		checkErr(t, err)
	})
}
