package premium_test

import (
	"testing"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// Native fuzz targets, one per public entry point: no input makes the
// package panic, and every error wraps an exported sentinel. Text that does
// not parse becomes the zero value, which the functions must refuse
// cleanly too.

func optAmount(s string) policy.Amount {
	a, _ := policy.ParseAmount(s)
	return a
}

func optPrice(s string) policy.Price {
	p, _ := policy.ParsePrice(s)
	return p
}

func optRate(s string) policy.Rate {
	r, _ := policy.ParseRate(s)
	return r
}

func optDate(y, m, d int) calendar.Date {
	dt, _ := calendar.NewDate(y, time.Month(m), d)
	return dt
}

func optCurrency(s string) policy.Currency {
	c, _ := policy.ParseCurrency(s)
	return c
}

func FuzzCalculate(f *testing.F) {
	f.Add("EUR", "domestic", "EUR 2000000", "0.0025", "0.09", "export", "EUR 500000", "0.004", "EUR 5000", "EUR 5000", "EUR 150", int64(4), uint8(0), false, "")
	f.Add("JPY", "A", "JPY 1234567", "0.0035", "0", "A", "USD 1", "2", "JPY -1", "EUR 1", "JPY 0.5", int64(-1), uint8(9), true, "B")
	f.Add("EUR", "domestic", "EUR 0", "0.003", "0.09", "export", "EUR 0", "0.003", "EUR 2500", "", "", int64(0), uint8(1), false, "export")
	f.Fuzz(func(t *testing.T, cur, g1, t1, r1, x1, g2, t2, r2, minimum, paid, price string, count int64, mode uint8, taxFees bool, residual string) {
		in := premium.Input{
			Currency: optCurrency(cur),
			Groups: []premium.GroupInput{
				{Group: g1, Turnover: optAmount(t1), Rate: optRate(r1), TaxRate: optRate(x1)},
				{Group: g2, Turnover: optAmount(t2), Rate: optRate(r2)},
			},
			Minimum: optAmount(minimum), InstalmentsPaid: optAmount(paid),
			Fees:     []premium.FeeInput{{Name: "fee", UnitPrice: optPrice(price), Count: count}},
			Rounding: policy.RoundingMode(mode),
			Options:  premium.Options{TaxFees: taxFees, ResidualTaxGroup: residual},
		}
		_, err := premium.Calculate(in)
		checkErr(t, err)
	})
}

func FuzzAnnual(f *testing.F) {
	f.Add("domestic", "0.0025", "export", "0.004", "EUR 5000", "domestic", 2025, 1, 1, 2025, 3, 31, "EUR 100000", "export", "EUR 5", "limit request", int64(3), "EUR 5000")
	f.Add("a", "2", "a", "0", "USD 1", "b", 2025, 2, 30, 0, 0, 0, "EUR -1", "a", "", "x", int64(-1), "GBP 1")
	f.Fuzz(func(t *testing.T, g1, r1, g2, r2, minimum, dg string, y1, m1, d1, y2, m2, d2 int, amount, dg2, feePrice, feeName string, count int64, paid string) {
		terms := policy.Terms{
			Currency: policy.EUR, Effective: day("2025-01-01"), Expiry: day("2025-12-31"),
			Premium: policy.PremiumTerms{
				Rates:   []policy.GroupRate{{Group: g1, Rate: optRate(r1), TaxRate: rate("0.09")}, {Group: g2, Rate: optRate(r2)}},
				Minimum: optAmount(minimum),
				Fees:    []policy.Fee{{Name: "limit request", UnitPrice: optPrice(feePrice)}},
			},
		}
		decl := premium.Declarations{
			Turnover: []premium.Declaration{
				{Group: dg, From: optDate(y1, m1, d1), To: optDate(y2, m2, d2), Amount: optAmount(amount)},
				{Group: dg2, Amount: optAmount(amount)},
			},
			Fees:            []premium.FeeCount{{Name: feeName, Count: count}},
			Charges:         []premium.Charge{{Name: "top-up", Amount: optAmount(feePrice)}},
			InstalmentsPaid: optAmount(paid),
		}
		_, err := premium.Annual(terms, decl, premium.Options{ResidualTaxGroup: g1})
		checkErr(t, err)
	})
}

func FuzzDeclarationDeadline(f *testing.F) {
	f.Add(2025, 8, 31, 20, 0, "fr-civil", false)
	f.Add(9999, 12, 31, 31, 0, "fr-civil", false)
	f.Add(2199, 12, 31, 0, 3660, "strict", true)
	f.Fuzz(func(t *testing.T, y, m, d, dayOfNext, days int, rule string, backward bool) {
		r, _ := calendar.RuleByName(rule)
		r.Backward = backward
		_, err := premium.DeclarationDeadline(optDate(y, m, d), premium.Due{DayOfNextMonth: dayOfNext, Days: days}, r)
		checkErr(t, err)
	})
}

func FuzzDeclarationPeriods(f *testing.F) {
	f.Add(2025, 1, 1, 364, uint8(1), 20, 0)
	f.Add(9999, 1, 31, 334, uint8(0), 31, 0)
	f.Add(1, 1, 1, 3_000_000, uint8(3), 0, 30)
	f.Fuzz(func(t *testing.T, y, m, d, span int, freq uint8, dayOfNext, days int) {
		from := optDate(y, m, d)
		to := from.AddDays(span)
		if to.Year() > calendar.MaxYear || to.Year() < calendar.MinYear {
			to = calendar.Date{}
		}
		_, err := premium.DeclarationPeriods(from, to, premium.Frequency(freq), premium.Due{DayOfNextMonth: dayOfNext, Days: days}, calendar.FRCivil)
		checkErr(t, err)
	})
}

func FuzzInstalments(f *testing.F) {
	f.Add("EUR 100.01", 2025, 1, 31, uint8(1))
	f.Add("JPY 7", 9999, 12, 1, uint8(0))
	f.Add("EUR -0.01", 0, 0, 0, uint8(8))
	f.Fuzz(func(t *testing.T, deposit string, y, m, d int, freq uint8) {
		_, err := premium.Instalments(optAmount(deposit), optDate(y, m, d), premium.Frequency(freq))
		checkErr(t, err)
	})
}

func FuzzTopUpPremium(f *testing.F) {
	f.Add("EUR 50000", "0.02", 2, 3, uint8(0))
	f.Add("JPY 1", "0.999999999999999999", 1200, 0, uint8(3))
	f.Add("EUR -1", "2", 0, -1, uint8(9))
	f.Fuzz(func(t *testing.T, additional, r string, months, minMonths int, mode uint8) {
		_, err := premium.TopUpPremium(optAmount(additional), optRate(r), months, minMonths, policy.RoundingMode(mode))
		checkErr(t, err)
	})
}

func FuzzMaxLiability(f *testing.F) {
	f.Add("EUR", "", int64(30), "EUR 7000")
	f.Add("EUR", "EUR 1", int64(2), "")
	f.Add("", "USD -1", int64(-9223372036854775808), "JPY 1")
	f.Fuzz(func(t *testing.T, cur, fixed string, multiple int64, yearPremium string) {
		terms := policy.Terms{Currency: optCurrency(cur), MaxLiability: policy.MaxLiability{Amount: optAmount(fixed), PremiumMultiple: multiple}}
		_, err := premium.MaxLiability(terms, optAmount(yearPremium))
		checkErr(t, err)
	})
}

func FuzzFlatRate(f *testing.F) {
	f.Add("s", "EUR 0", "EUR 1000000", false, false, false, 1, 20, true, "s", "EUR 1000000", 12, "EUR 1800")
	f.Add("", "USD 0", "EUR -1", true, true, true, -5, -9, false, "", "EUR 1", -1, "EUR -1")
	f.Fuzz(func(t *testing.T, sector, from, to string, fromEx, toIn, unbounded bool, bFrom, bTo int, bToIn bool, pSector, pTurnover string, pBuyers int, price string) {
		turnover := premium.Range[policy.Amount]{From: optAmount(from), FromExcluded: fromEx, To: optAmount(to), ToIncluded: toIn, Unbounded: unbounded}
		buyers := premium.Range[int]{From: bFrom, To: bTo, ToIncluded: bToIn, FromExcluded: fromEx}
		_ = turnover.String() + buyers.String()
		_, err := turnover.Contains(optAmount(pTurnover))
		checkErr(t, err)
		_, err = buyers.Contains(pBuyers)
		checkErr(t, err)
		g := premium.Grid{Currency: policy.EUR, Bands: []premium.Band{
			{Sector: sector, Turnover: turnover, Buyers: buyers, Price: optAmount(price), BuyerCap: optAmount(price)},
			{Sector: pSector, Turnover: money("EUR 5000000", ""), Buyers: buyers, Price: amt("EUR 1")},
		}}
		checkErr(t, g.Validate())
		_, err = premium.FlatRate(g, premium.Profile{Sector: pSector, Turnover: optAmount(pTurnover), Buyers: pBuyers})
		checkErr(t, err)
	})
}

func FuzzOfferCap(f *testing.F) {
	f.Add("EUR 60000", "EUR 0", "EUR 0", "EUR 50000", "EUR 150000")
	f.Add("USD 1", "EUR -1", "", "", "GBP 1")
	f.Fuzz(func(t *testing.T, indemnity, onBuyer, inYear, buyerCap, yearCap string) {
		o := premium.Offer{BuyerCap: optAmount(buyerCap), YearCap: optAmount(yearCap)}
		_, err := o.Cap(optAmount(indemnity), optAmount(onBuyer), optAmount(inYear))
		checkErr(t, err)
	})
}

func FuzzLossRatio(f *testing.F) {
	f.Add("EUR 3500", "EUR 7000")
	f.Add("EUR 1", "EUR 0")
	f.Add("EUR 1", "EUR 0.000000000000000001")
	f.Fuzz(func(t *testing.T, claims, prem string) {
		_, err := premium.LossRatio(optAmount(claims), optAmount(prem))
		checkErr(t, err)
	})
}

func FuzzBonusMalus(f *testing.F) {
	f.Add("EUR 10000", "EUR 1500", "0", "0.3", false, false, false, "0.1", "0", uint8(0))
	f.Add("EUR 1", "USD 1", "0.5", "0.2", true, true, true, "2", "0.1", uint8(7))
	f.Fuzz(func(t *testing.T, prem, claims, from, to string, fromEx, toIn, unbounded bool, bonus, malus string, mode uint8) {
		scale := []premium.BonusMalusStep{
			{LossRatio: premium.Range[policy.Rate]{From: optRate(from), FromExcluded: fromEx, To: optRate(to), ToIncluded: toIn, Unbounded: unbounded}, Bonus: optRate(bonus), Malus: optRate(malus)},
			{LossRatio: premium.Range[policy.Rate]{From: rate("5"), Unbounded: true}, Malus: rate("0.5")},
		}
		_, err := premium.BonusMalus(optAmount(prem), optAmount(claims), scale, policy.RoundingMode(mode))
		checkErr(t, err)
	})
}

func FuzzProfitShare(f *testing.F) {
	f.Add("0.4", "0.3", 1, false, "EUR 20000", "EUR 5000", "", uint8(0))
	f.Add("1.5", "2", 3, true, "EUR -1", "USD 1", "EUR 1", uint8(9))
	f.Add("0.5", "0", 2, true, "JPY 10", "JPY 30", "JPY -5", uint8(1))
	f.Fuzz(func(t *testing.T, share, charge string, years int, carry bool, prem, paid, carried string, mode uint8) {
		terms := premium.ProfitShareTerms{Share: optRate(share), ManagementCharge: optRate(charge), Years: years, CarryForward: carry}
		var accounts []premium.YearAccount
		for i := 0; i < years && i < 5; i++ {
			accounts = append(accounts, premium.YearAccount{Premium: optAmount(prem), IndemnitiesPaid: optAmount(paid)})
		}
		_, err := premium.ProfitShare(terms, accounts, optAmount(carried), policy.RoundingMode(mode))
		checkErr(t, err)
	})
}

func FuzzFrequencyText(f *testing.F) {
	f.Add("quarterly")
	f.Add("weekly")
	f.Fuzz(func(t *testing.T, s string) {
		var fr premium.Frequency
		err := fr.UnmarshalText([]byte(s))
		checkErr(t, err)
		if err == nil {
			b, err := fr.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("round trip of %q gave %q, %v", s, b, err)
			}
		}
		_ = premium.Frequency(len(s)).String()
	})
}
