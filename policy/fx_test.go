package policy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
)

// ecbTable is a small table quoted as the ECB quotes, against the euro.
func ecbTable(t testing.TB) RateTable {
	t.Helper()
	tb, err := NewRateTable(
		ExchangeRate{From: EUR, To: USD, Date: calendar.MustDate(2025, 3, 31), Rate: MustRate("1.0850")},
		ExchangeRate{From: EUR, To: GBP, Date: calendar.MustDate(2025, 3, 31), Rate: MustRate("0.8350")},
		ExchangeRate{From: EUR, To: JPY, Date: calendar.MustDate(2025, 3, 31), Rate: MustRate("162.45")},
		ExchangeRate{From: EUR, To: USD, Date: calendar.MustDate(2025, 1, 31), Rate: MustRate("1.0393")},
		ExchangeRate{From: EUR, To: USD, Date: calendar.MustDate(2025, 4, 17), Rate: MustRate("2")},
	)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// TestConvertWorkedExamples are the worked examples of the package doc
// (clause CP-currency-conversion), each rule once.
func TestConvertWorkedExamples(t *testing.T) {
	tb := ecbTable(t)
	for _, tc := range []struct {
		name   string
		conv   CurrencyConversion
		amount string
		to     Currency
		dates  ConversionDates
		want   string
		step   string
	}{
		{"dollars at the invoice date", CurrencyConversion{Rule: AtInvoiceDate}, "USD 10000.00", EUR,
			ConversionDates{Own: calendar.MustDate(2025, 3, 31)}, "EUR 9216.59",
			"conversion at the invoiceDate rate: USD 10000.00 ÷ EUR/USD 1.085 on 2025-03-31 → EUR 9216.59 [CP-currency-conversion (particular conditions, currency of the policy and conversion of amounts in other currencies)]"},
		{"pounds at the loss date", CurrencyConversion{Rule: AtLossDate}, "GBP 5000.00", EUR,
			ConversionDates{Loss: calendar.MustDate(2025, 3, 31)}, "EUR 5988.02", ""},
		{"euros into yen, direct quote", CurrencyConversion{Rule: AtInvoiceDate}, "EUR 1000.00", JPY,
			ConversionDates{Own: calendar.MustDate(2025, 3, 31)}, "JPY 162450", ""},
		{"a tie rounds away from zero", CurrencyConversion{Rule: AtInvoiceDate}, "USD 0.01", EUR,
			ConversionDates{Own: calendar.MustDate(2025, 4, 17)}, "EUR 0.01", ""},
		{"cover started in January: TARGET's last business day, Friday 31st", CurrencyConversion{Rule: AtCoverStartMonthEnd, Calendar: calendar.TARGET}, "USD 1039.30", EUR,
			ConversionDates{CoverStart: calendar.MustDate(2025, 1, 1)}, "EUR 1000.00", ""},
		{"a Saturday invoice takes Friday's rate on TARGET, which the table lacks", CurrencyConversion{Rule: AtInvoiceDate, Calendar: calendar.TARGET}, "USD 1085.00", EUR,
			ConversionDates{Own: calendar.MustDate(2025, 3, 29)}, "", ""},
		{"Easter Monday rolls back over Good Friday to Thursday", CurrencyConversion{Rule: AtInvoiceDate, Calendar: calendar.TARGET}, "USD 3.00", EUR,
			ConversionDates{Own: calendar.MustDate(2025, 4, 21)}, "EUR 1.50", ""},
		{"same currency: no rate needed", CurrencyConversion{}, "EUR 12.34", EUR, ConversionDates{}, "EUR 12.34", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, conv, err := tc.conv.Convert(MustAmount(tc.amount), tc.to, tc.dates, tb)
			if tc.want == "" {
				if !errors.Is(err, ErrNoRate) {
					t.Fatalf("want ErrNoRate, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tc.step != "" {
				if diff := cmp.Diff(tc.step, conv.Step().String()); diff != "" {
					t.Errorf("step (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestConvertErrors: each refusal names its field and value.
func TestConvertErrors(t *testing.T) {
	tb := ecbTable(t)
	d := ConversionDates{Own: calendar.MustDate(2025, 3, 30)}
	for _, tc := range []struct {
		name string
		conv CurrencyConversion
		in   string
		to   Currency
		d    ConversionDates
		want string
	}{
		{"no rule", CurrencyConversion{}, "USD 1.00", EUR, d, `policy: missing value: conversion.rule="none" (CP-currency-conversion)`},
		{"missing rate names pair and date", CurrencyConversion{Rule: AtInvoiceDate}, "USD 1.00", EUR, d, `policy: missing value: no exchange rate: rates="USD/EUR on 2025-03-30" (CP-currency-conversion)`},
		{"no cross rate", CurrencyConversion{Rule: AtInvoiceDate}, "USD 1.00", GBP, ConversionDates{Own: calendar.MustDate(2025, 3, 31)}, `policy: missing value: no exchange rate: rates="USD/GBP on 2025-03-31" (CP-currency-conversion)`},
		{"no loss date", CurrencyConversion{Rule: AtLossDate}, "USD 1.00", EUR, d, `policy: missing value: lossDate="" (CP-currency-conversion)`},
		{"calendar out of its years", CurrencyConversion{Rule: AtInvoiceDate, Calendar: calendar.TARGET}, "USD 1.00", EUR, ConversionDates{Own: calendar.MustDate(1999, 3, 31)}, `policy: value out of range: conversion.calendar="target on 1999-03-31" (CP-currency-conversion)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := tc.conv.Convert(MustAmount(tc.in), tc.to, tc.d, tb)
			checkErr(t, "Convert", err)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestNewRateTableErrors: a table is refused whole, naming the quote.
func TestNewRateTableErrors(t *testing.T) {
	day := calendar.MustDate(2025, 3, 31)
	ok := ExchangeRate{From: EUR, To: USD, Date: day, Rate: MustRate("1.08")}
	for _, tc := range []struct {
		name  string
		rates []ExchangeRate
		want  string
	}{
		{"no from", []ExchangeRate{{To: USD, Date: day, Rate: One()}}, `policy: missing value: rates[0].from="" (CP-currency-conversion)`},
		{"itself", []ExchangeRate{{From: USD, To: USD, Date: day, Rate: One()}}, `policy: inconsistent values: rates[0].to="USD quoted against itself" (CP-currency-conversion)`},
		{"no date", []ExchangeRate{{From: EUR, To: USD, Rate: One()}}, `policy: missing value: rates[0].date="" (CP-currency-conversion)`},
		{"zero rate", []ExchangeRate{{From: EUR, To: USD, Date: day}}, `policy: value out of range: rates[0].rate="0" (CP-currency-conversion)`},
		{"twice", []ExchangeRate{ok, ok}, `policy: inconsistent values: rates[1].date="EUR/USD on 2025-03-31 already quoted by rates[0]" (CP-currency-conversion)`},
		{"both ways", []ExchangeRate{ok, {From: USD, To: EUR, Date: day, Rate: MustRate("0.92")}}, `policy: inconsistent values: rates[1].date="USD/EUR on 2025-03-31 already quoted the other way by rates[0]" (CP-currency-conversion)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewRateTable(tc.rates...)
			checkErr(t, "NewRateTable", err)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRateTableJSON reads a table back from its JSON form.
func TestRateTableJSON(t *testing.T) {
	tb := ecbTable(t)
	b, err := json.Marshal(tb)
	if err != nil {
		t.Fatal(err)
	}
	var back RateTable
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(tb) {
		t.Errorf("round trip: %s gave %v", b, back.Rates())
	}
	want := `{"from":"EUR","to":"USD","date":"2025-03-31","rate":"1.085"}`
	if diff := cmp.Diff(want, string(b[1:len(want)+1])); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// genPair draws two different currencies and a positive rate.
func genQuote(t *rapid.T) ExchangeRate {
	from := genCurrency().Draw(t, "from")
	to := rapid.SampledFrom(testCurrencies).Filter(func(c Currency) bool { return c != from }).Draw(t, "to")
	n := rapid.Int64Range(1, 5_000_000).Draw(t, "rate.n")
	e := rapid.IntRange(0, 6).Draw(t, "rate.decimals")
	return ExchangeRate{From: from, To: to, Date: genDate(t, "date"), Rate: Rate{v: decimal.New(n, -int32(e))}}
}

func table1(t *rapid.T, q ExchangeRate) RateTable {
	tb, err := NewRateTable(q)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// Property: converting at a rate of 1 between two currencies of the same
// minor unit changes nothing, in either direction of the quote.
func propRateOneIsIdentity(t *rapid.T) {
	q := genQuote(t)
	q.Rate = One()
	if q.From.Scale() != q.To.Scale() {
		t.Skip("different minor units")
	}
	a := genAmountIn(t, "amount", q.From, 0)
	for _, dir := range []struct {
		a  Amount
		to Currency
	}{{a, q.To}, {amountOf(q.To, a.Decimal()), q.From}} {
		got, _, err := ConvertOn(dir.a, dir.to, q.Date, table1(t, q), AtInvoiceDate)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Decimal().Equal(dir.a.Decimal()) {
			t.Fatalf("%s at 1 gave %s", dir.a, got)
		}
	}
}

// Property: the converted amount is monotone in the rate: a higher quote
// gives at least as much in the quote's To currency (multiplying) and at
// most as much in its From currency (dividing), for a non-negative amount.
func propConvertMonotoneInRate(t *rapid.T) {
	q := genQuote(t)
	r := q
	r.Rate = Rate{v: q.Rate.v.Add(decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, "bump"), -6))}
	a0 := genAmountIn(t, "amount", q.From, 0)
	a := amountOf(a0.cur, a0.Decimal().Abs())
	lo, _, err1 := ConvertOn(a, q.To, q.Date, table1(t, q), AtLossDate)
	hi, _, err2 := ConvertOn(a, q.To, q.Date, table1(t, r), AtLossDate)
	if err1 != nil || err2 != nil {
		t.Skip("beyond the digits of an amount")
	}
	if lo.Decimal().Cmp(hi.Decimal()) > 0 {
		t.Fatalf("%s at %s = %s > at %s = %s", a, q.Rate, lo, r.Rate, hi)
	}
	b := amountOf(q.To, a.Decimal().Round(q.To.Scale()))
	lo, _, err1 = ConvertOn(b, q.From, q.Date, table1(t, q), AtLossDate)
	hi, _, err2 = ConvertOn(b, q.From, q.Date, table1(t, r), AtLossDate)
	if err1 != nil || err2 != nil {
		t.Skip("beyond the digits of an amount")
	}
	if lo.Decimal().Cmp(hi.Decimal()) < 0 {
		t.Fatalf("%s ÷ %s = %s < ÷ %s = %s", b, q.Rate, lo, r.Rate, hi)
	}
}

// Property: a rate the table lacks is always an error wrapping ErrNoRate
// (so ErrMissing), never the amount at 1.
func propMissingRateIsError(t *rapid.T) {
	q := genQuote(t)
	a := genAmountIn(t, "amount", q.From, 0)
	other := q.Date.AddDays(rapid.IntRange(1, 400).Draw(t, "days"))
	_, _, err := ConvertOn(a, q.To, other, table1(t, q), AtInvoiceDate)
	if !errors.Is(err, ErrNoRate) || !errors.Is(err, ErrMissing) {
		t.Fatalf("a missing rate gave %v", err)
	}
}

// Property: an amount converted at a quote of at least 1 and back, in two
// currencies of the same minor unit, is within one minor unit of itself:
// multiplying rounds by at most half a unit, and dividing that error by a
// rate of at least 1 keeps it within half a unit before the second
// rounding.
func propConvertBackWithinOneUnit(t *rapid.T) {
	cents := []Currency{EUR, USD, GBP, CHF}
	from := rapid.SampledFrom(cents).Draw(t, "from")
	to := rapid.SampledFrom(cents).Filter(func(c Currency) bool { return c != from }).Draw(t, "to")
	r := decimal.New(rapid.Int64Range(0, 5_000_000).Draw(t, "rate.n"), -6).Add(one)
	q := ExchangeRate{From: from, To: to, Date: genDate(t, "date"), Rate: Rate{v: r}}
	a := genAmountIn(t, "amount", from, 0)
	tb := table1(t, q)
	there, _, err := ConvertOn(a, to, q.Date, tb, AtInvoiceDate)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := ConvertOn(there, from, q.Date, tb, AtInvoiceDate)
	if err != nil {
		t.Fatal(err)
	}
	if back.Decimal().Sub(a.Decimal()).Abs().Cmp(decimal.New(1, -from.Scale())) > 0 {
		t.Fatalf("%s → %s → %s at %s", a, there, back, q.Rate)
	}
}

func TestPropRateOneIsIdentity(t *testing.T)        { rapid.Check(t, propRateOneIsIdentity) }
func TestPropConvertMonotoneInRate(t *testing.T)    { rapid.Check(t, propConvertMonotoneInRate) }
func TestPropMissingRateIsError(t *testing.T)       { rapid.Check(t, propMissingRateIsError) }
func TestPropConvertBackWithinOneUnit(t *testing.T) { rapid.Check(t, propConvertBackWithinOneUnit) }
func FuzzPropConvertBackWithinOneUnit(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propConvertBackWithinOneUnit))
}
func FuzzPropRateOneIsIdentity(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propRateOneIsIdentity)) }
func FuzzPropConvertMonotoneInRate(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propConvertMonotoneInRate)) }
func FuzzPropMissingRateIsError(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propMissingRateIsError)) }

// FuzzRateTableJSON: any JSON either reads as a valid table that writes
// back to an equal one, or is an error wrapping a sentinel.
func FuzzRateTableJSON(f *testing.F) {
	for _, s := range []string{
		`[]`, `[{"from":"EUR","to":"USD","date":"2025-03-31","rate":"1.085"}]`,
		`[{"from":"EUR","to":"EUR","date":"2025-03-31","rate":"1"}]`,
		`[{"from":"EUR","to":"USD","date":"2025-03-31","rate":"0"}]`,
		`[{"from":"EUR","to":"USD","date":"2025-03-31","rate":"1"},{"from":"USD","to":"EUR","date":"2025-03-31","rate":"1"}]`,
		`{}`, `null`, `[{"from":"XXX"}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var tb RateTable
		err := json.Unmarshal(b, &tb)
		if err != nil {
			var re *RuleError
			if errors.As(err, &re) {
				checkErr(t, "RateTable.UnmarshalJSON", err)
			}
			return
		}
		out, err := json.Marshal(tb)
		if err != nil {
			t.Fatal(err)
		}
		var back RateTable
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(tb) {
			t.Fatalf("%s read back from %s as %v, %v", b, out, back.Rates(), err)
		}
	})
}

// FuzzConvert: any amount, rule and quote converts or fails with a
// sentinel; a success is in the target currency, of whole minor units.
func FuzzConvert(f *testing.F) {
	f.Add("USD 10000.00", "EUR", "EUR", "USD", "1.085", "invoiceDate", "2025-03-31")
	f.Add("GBP 1", "EUR", "GBP", "EUR", "1.2", "lossDate", "2025-03-29")
	f.Add("JPY 5", "KWD", "KWD", "JPY", "0.0000001", "coverStartMonthEnd", "2025-03-01")
	f.Fuzz(func(t *testing.T, amount, to, qfrom, qto, rate, rule, day string) {
		a, err1 := ParseAmount(amount)
		c, err2 := ParseCurrency(to)
		qf, err3 := ParseCurrency(qfrom)
		qt, err4 := ParseCurrency(qto)
		r, err5 := ParseRate(rate)
		ru, err6 := ParseConversionRule(rule)
		d, err7 := calendar.ParseDate(day)
		if errors.Join(err1, err2, err3, err4, err5, err6, err7) != nil {
			return
		}
		tb, err := NewRateTable(ExchangeRate{From: qf, To: qt, Date: d, Rate: r})
		checkErr(t, "NewRateTable", err)
		if err != nil {
			return
		}
		got, conv, err := CurrencyConversion{Rule: ru, Calendar: calendar.TARGET}.Convert(a, c, ConversionDates{Own: d, CoverStart: d, Loss: d}, tb)
		checkErr(t, "Convert", err)
		if err != nil {
			return
		}
		if got.Currency() != c || got.Validate() != nil {
			t.Fatalf("%s into %s gave %s (%+v)", a, c, got, conv)
		}
	})
}

// TestAtPath: the item's path prefixes the field; the sentinel stays.
func TestAtPath(t *testing.T) {
	err := AtPath("ledger.invoices[1].net", NewRuleError(ErrNoRate, clauseConversion, "rates", "USD/EUR on 2025-03-30"))
	if !errors.Is(err, ErrNoRate) {
		t.Fatalf("lost the sentinel: %v", err)
	}
	want := `policy: missing value: no exchange rate: ledger.invoices[1].net: rates="USD/EUR on 2025-03-30" (CP-currency-conversion)`
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	plain := errors.New("plain")
	if AtPath("x", plain) != plain {
		t.Errorf("a plain error was changed")
	}
}
