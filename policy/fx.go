package policy

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/shopspring/decimal"
)

// The currency of the policy and the conversion of amounts in other
// currencies (clause CP-currency). The particular conditions of an export
// policy set one policy currency, in which limits are measured and
// declarations, premium, loss and indemnity are stated; an invoice, a
// payment, a credit note, a limit granted in the buyer's currency or a
// recovery in another ISO 4217 currency is converted into it by the rule
// the policy names (CurrencyConversion.Rule), at a rate the caller passes
// (RateTable): the SDK fetches nothing.
//
// Rounding happens once, at the conversion, to the minor unit of the
// currency converted into, half away from zero (FORMAT.md "Money
// rounding"); what follows computes on the converted amounts as on any
// other. Worked examples, with the ECB's way of quoting (EUR 1 = x units
// of the other currency):
//
//	USD 10000.00, quote EUR/USD 1.0850, into EUR: 10000.00 ÷ 1.0850 = 9216.5898… → EUR 9216.59
//	GBP 5000.00,  quote EUR/GBP 0.8350, into EUR: 5000.00 ÷ 0.8350  = 5988.0239… → EUR 5988.02
//	EUR 1000.00,  quote EUR/JPY 162.45, into JPY: 1000.00 × 162.45  = 162450     → JPY 162450
//	USD 0.01,     quote EUR/USD 2,      into EUR: 0.01 ÷ 2          = 0.005      → EUR 0.01 (half away from zero)
//	USD 100.00,   quote EUR/USD 1,      into EUR: 100.00                         → EUR 100.00 (a rate of 1 changes nothing)
var clauseConversion = Clause{ID: "CP-currency-conversion", Source: "particular conditions, currency of the policy and conversion of amounts in other currencies"}

// ErrNoRate reports that the rate a conversion rule names is not in the
// caller's table: the error names the pair and the date. It wraps
// ErrMissing: a missing rate is never taken as 1.
var ErrNoRate = fmt.Errorf("%w: no exchange rate", ErrMissing)

// ExchangeRate is one quote: on Date, one unit of From is worth Rate units
// of To (the ECB's reference rate of 31 March 2025 for the US dollar is
// From EUR, To USD, Rate 1.0815). A rate may exceed 1; it is positive.
type ExchangeRate struct {
	From Currency      `json:"from"`
	To   Currency      `json:"to"`
	Date calendar.Date `json:"date"`
	Rate Rate          `json:"rate"`
}

// String returns "EUR/USD 1.0815 on 2025-03-31".
func (r ExchangeRate) String() string {
	return r.From.Code() + "/" + r.To.Code() + " " + r.Rate.String() + " on " + r.Date.String()
}

// rateKey finds a quote by its pair and date.
type rateKey struct {
	from, to Currency
	date     calendar.Date
}

// RateTable is the caller's exchange rates: at most one quote a pair and a
// date, in either direction. It is built by NewRateTable, which validates
// it, and never changed. Its zero value is the empty table, in which every
// lookup misses.
//
// A quote serves both ways (the documented rule of the inverse): a quote
// From/To converts an amount in From into To by multiplying by the rate,
// and an amount in To into From by dividing by it (DivRound at the minor
// unit, half away from zero), so that a table of ECB rates, all quoted
// against the euro, converts dollars into euros. No cross rate is derived:
// converting USD into GBP needs a USD/GBP or GBP/USD quote.
type RateTable struct {
	rates []ExchangeRate
	idx   map[rateKey]int
}

// NewRateTable validates the quotes and returns them as a table. Each
// quote has both currencies (ErrMissing), two different ones
// (ErrInconsistent), a date (ErrMissing) and a positive rate
// (ErrOutOfRange for 0); a pair and date quoted twice, in the same
// direction or in both, is ErrInconsistent (two rates that need not
// agree). Errors name the quote: rates[2].rate.
func NewRateTable(rates ...ExchangeRate) (RateTable, error) {
	t := RateTable{rates: slices.Clone(rates), idx: make(map[rateKey]int, len(rates))}
	for i, r := range t.rates {
		f := "rates[" + strconv.Itoa(i) + "]."
		switch {
		case r.From.IsZero():
			return RateTable{}, NewRuleError(ErrMissing, clauseConversion, f+"from", "")
		case r.To.IsZero():
			return RateTable{}, NewRuleError(ErrMissing, clauseConversion, f+"to", "")
		case r.From == r.To:
			return RateTable{}, NewRuleError(ErrInconsistent, clauseConversion, f+"to", r.To.Code()+" quoted against itself")
		case r.Date.IsZero():
			return RateTable{}, NewRuleError(ErrMissing, clauseConversion, f+"date", "")
		}
		if _, err := checkRate(r.Rate.v); err != nil {
			return RateTable{}, NewRuleError(ErrOutOfRange, clauseConversion, f+"rate", r.Rate.v.String())
		}
		if r.Rate.IsZero() {
			return RateTable{}, NewRuleError(ErrOutOfRange, clauseConversion, f+"rate", "0")
		}
		k := rateKey{r.From, r.To, r.Date}
		if j, dup := t.idx[k]; dup {
			return RateTable{}, NewRuleError(ErrInconsistent, clauseConversion, f+"date", r.From.Code()+"/"+r.To.Code()+" on "+r.Date.String()+" already quoted by rates["+strconv.Itoa(j)+"]")
		}
		if j, dup := t.idx[rateKey{r.To, r.From, r.Date}]; dup {
			return RateTable{}, NewRuleError(ErrInconsistent, clauseConversion, f+"date", r.From.Code()+"/"+r.To.Code()+" on "+r.Date.String()+" already quoted the other way by rates["+strconv.Itoa(j)+"]")
		}
		t.idx[k] = i
	}
	return t, nil
}

// Rates returns the table's quotes in the order given.
func (t RateTable) Rates() []ExchangeRate { return slices.Clone(t.rates) }

// Len returns the number of quotes.
func (t RateTable) Len() int { return len(t.rates) }

// Lookup returns the quote that converts from into to on date: the quote
// from/to (inverse false) or to/from (inverse true); ok is false when the
// table has neither.
func (t RateTable) Lookup(from, to Currency, date calendar.Date) (r ExchangeRate, inverse, ok bool) {
	if i, ok := t.idx[rateKey{from, to, date}]; ok {
		return t.rates[i], false, true
	}
	if i, ok := t.idx[rateKey{to, from, date}]; ok {
		return t.rates[i], true, true
	}
	return ExchangeRate{}, false, false
}

// MarshalJSON writes the quotes as a JSON list.
func (t RateTable) MarshalJSON() ([]byte, error) {
	if t.rates == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(t.rates)
}

// UnmarshalJSON reads a JSON list of quotes and validates it as
// NewRateTable does; on an error t is unchanged.
func (t *RateTable) UnmarshalJSON(b []byte) error {
	var rs []ExchangeRate
	if err := json.Unmarshal(b, &rs); err != nil {
		return NewRuleError(ErrSyntax, clauseConversion, "rates", err.Error())
	}
	v, err := NewRateTable(rs...)
	if err == nil {
		*t = v
	}
	return err
}

// Equal reports whether two tables hold the same quotes in the same order.
func (t RateTable) Equal(u RateTable) bool {
	return slices.EqualFunc(t.rates, u.rates, func(a, b ExchangeRate) bool {
		return a.From == b.From && a.To == b.To && a.Date == b.Date && a.Rate.Equal(b.Rate)
	})
}

// ConversionRule names the date of the rate at which an amount in another
// currency is converted into the policy currency. Its zero value,
// NoConversion, names none: an amount in another currency is then refused
// (ErrMissing on conversion.rule), never converted at an assumed rate.
//
// The rules are those the particular conditions of export policies name,
// each with its public source:
//
//   - the rate of each amount's own date, as the insured's ledger records
//     it (IAS 21.21: a foreign currency transaction is recorded "at the
//     transaction rate (the spot exchange rate at the date of the
//     transaction)", PwC's summary,
//     http://www.pwcglobal.com/Extweb/service.nsf/docid/4C77FCD5E4F46B268025712C004F82AC);
//   - the ECB rate of the last business day of the month in which the
//     cover started (a Dutch broker's summary of Atradius's terms:
//     "Conversion of amounts to Policy currency is at the mid-rate set by
//     the ECB (European Central Bank) on the last working day of the month
//     in which cover started",
//     https://xolv.nl/en/news-item/what-are-the-risks-of-doing-international-business);
//   - the rate of the date of loss (the "currency exchange rate clause":
//     claims "adjusted and payable in the currencies stated in the Policy
//     Schedule … by using the middle exchange rate at the Date of Loss",
//     http://www.akademiasuransi.org/2013/05/currency-exchange-rate-clause.html).
type ConversionRule uint8

const (
	// NoConversion: the policy converts nothing.
	NoConversion ConversionRule = iota
	// AtInvoiceDate: each amount at the rate of its own date: an invoice
	// and a credit note tied to it at the invoice date, a payment or a
	// free credit note at its date, a limit at its decision's date.
	AtInvoiceDate
	// AtCoverStartMonthEnd: every amount at the rate of the last business
	// day, on CurrencyConversion.Calendar, of the month in which the cover
	// started (Terms.Effective).
	AtCoverStartMonthEnd
	// AtLossDate: every amount at the rate of the date of loss; before the
	// loss has come, at the rate of the day the book is read (see
	// claims.EvaluateBookIn).
	AtLossDate
)

var conversionNames = [...]string{NoConversion: "none", AtInvoiceDate: "invoiceDate", AtCoverStartMonthEnd: "coverStartMonthEnd", AtLossDate: "lossDate"}

// String returns "none", "invoiceDate", "coverStartMonthEnd" or "lossDate".
func (r ConversionRule) String() string {
	if int(r) < len(conversionNames) {
		return conversionNames[r]
	}
	return "ConversionRule(" + strconv.Itoa(int(r)) + ")"
}

// ParseConversionRule reads a rule's name; an unknown one is ErrSyntax.
func ParseConversionRule(s string) (ConversionRule, error) {
	for i, n := range conversionNames {
		if n == s {
			return ConversionRule(i), nil
		}
	}
	return 0, NewRuleError(ErrSyntax, clauseConversion, "conversion.rule", s)
}

// MarshalText implements encoding.TextMarshaler.
func (r ConversionRule) MarshalText() ([]byte, error) {
	if int(r) >= len(conversionNames) {
		return nil, NewRuleError(ErrOutOfRange, clauseConversion, "conversion.rule", r.String())
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *ConversionRule) UnmarshalText(b []byte) error {
	v, err := ParseConversionRule(string(b))
	if err == nil {
		*r = v
	}
	return err
}

// CurrencyConversion is the clause of the terms that converts amounts in
// other currencies into the policy currency (Terms.Conversion). Its zero
// value converts nothing.
type CurrencyConversion struct {
	// Rule names the date of the rate.
	Rule ConversionRule `json:"rule"`
	// Calendar is the publisher's calendar of business days: a date the
	// rule names that is not one of them is rolled back to the preceding
	// business day (the rate of a Saturday is Friday's), and the month end
	// of AtCoverStartMonthEnd is the month's last business day (the ECB
	// publishes its reference rates on TARGET business days only, "except
	// on TARGET closing days",
	// https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html).
	// calendar.TARGET is the ECB's; the zero value (calendar.None) takes
	// every day as it is, so the caller's table must quote the very day.
	Calendar calendar.Calendar `json:"calendar"`
}

// IsZero reports whether c converts nothing.
func (c CurrencyConversion) IsZero() bool {
	return c.Rule == NoConversion && c.Calendar.Equal(calendar.None)
}

// ConversionDates are the dates a rule may read: the amount's own date
// (an invoice's date, a payment's), the day the cover started, and the
// date of loss (or the day of the view before the loss has come).
type ConversionDates struct {
	Own        calendar.Date
	CoverStart calendar.Date
	Loss       calendar.Date
}

// RateDate returns the date whose rate the rule names, rolled back to a
// business day of the calendar. A date the rule needs and d lacks is
// ErrMissing naming it; NoConversion is ErrMissing on conversion.rule.
func (c CurrencyConversion) RateDate(d ConversionDates) (calendar.Date, error) {
	var day calendar.Date
	var field string
	switch c.Rule {
	case AtInvoiceDate:
		day, field = d.Own, "date"
	case AtCoverStartMonthEnd:
		day, field = d.CoverStart, "effectiveDate"
		if !day.IsZero() {
			day = day.EndOfMonth()
		}
	case AtLossDate:
		day, field = d.Loss, "lossDate"
	case NoConversion:
		return calendar.Date{}, NewRuleError(ErrMissing, clauseConversion, "conversion.rule", "none")
	default:
		return calendar.Date{}, NewRuleError(ErrOutOfRange, clauseConversion, "conversion.rule", c.Rule.String())
	}
	if day.IsZero() {
		return calendar.Date{}, NewRuleError(ErrMissing, clauseConversion, field, "")
	}
	rolled, err := calendar.Adjust(day, c.Calendar, calendar.Preceding)
	if err != nil {
		return calendar.Date{}, NewRuleError(ErrOutOfRange, clauseConversion, "conversion.calendar", c.Calendar.Name()+" on "+day.String())
	}
	return rolled, nil
}

// Conversion is one amount converted, for the trace: the amount given, the
// result, the rule, the date it named and the quote used (Inverse: the
// quote was To/From, so the amount was divided by the rate).
type Conversion struct {
	From    Amount         `json:"from"`
	To      Amount         `json:"to"`
	Rule    ConversionRule `json:"rule"`
	Date    calendar.Date  `json:"date"`
	Quote   ExchangeRate   `json:"quote"`
	Inverse bool           `json:"inverse"`
}

// Step returns the conversion as a trace step: "USD 10000.00 ÷ EUR/USD
// 1.085 on 2025-03-31 → EUR 9216.59".
func (v Conversion) Step() Step {
	op := " × "
	if v.Inverse {
		op = " ÷ "
	}
	return Step{Rule: "conversion at the " + v.Rule.String() + " rate", Inputs: v.From.String() + op + v.Quote.String(), Result: v.To.String(), Clause: clauseConversion}
}

// Convert returns a in currency to at the rate the rule names, and the
// conversion for the trace. An amount already in to is returned as is,
// with the zero Conversion and no rate needed. Otherwise the rate is the
// table's quote of the pair on RateDate(d), used as RateTable says, and
// the result is rounded once, half away from zero (see the worked
// examples above). Errors: ErrMissing (a, to or a date the rule needs
// absent, NoConversion), ErrNoRate naming the pair and the date, and the
// errors of NewAmount for a result beyond 24 integer digits.
func (c CurrencyConversion) Convert(a Amount, to Currency, d ConversionDates, table RateTable) (Amount, Conversion, error) {
	switch {
	case a.cur.IsZero():
		return Amount{}, Conversion{}, NewRuleError(ErrMissing, clauseConversion, "amount", "")
	case to.IsZero():
		return Amount{}, Conversion{}, NewRuleError(ErrMissing, clauseConversion, "currency", "")
	case a.cur == to:
		return a, Conversion{}, nil
	}
	day, err := c.RateDate(d)
	if err != nil {
		return Amount{}, Conversion{}, err
	}
	return ConvertOn(a, to, day, table, c.Rule)
}

// ConvertOn converts a into to at the table's quote of day, whatever rule
// chose the day (rule is recorded in the Conversion); Convert calls it.
func ConvertOn(a Amount, to Currency, day calendar.Date, table RateTable, rule ConversionRule) (Amount, Conversion, error) {
	if a.cur == to {
		return a, Conversion{}, nil
	}
	q, inverse, ok := table.Lookup(a.cur, to, day)
	if !ok {
		return Amount{}, Conversion{}, NewRuleError(ErrNoRate, clauseConversion, "rates", a.cur.Code()+"/"+to.Code()+" on "+day.String())
	}
	var v decimal.Decimal
	if inverse {
		v = a.Decimal().DivRound(q.Rate.v, to.Scale()) // half away from zero
	} else {
		v = HalfAwayFromZero.round(a.Decimal().Mul(q.Rate.v), to.Scale())
	}
	out, err := NewAmount(to, v)
	if err != nil {
		return Amount{}, Conversion{}, err
	}
	return out, Conversion{From: a, To: out, Rule: rule, Date: day, Quote: q, Inverse: inverse}, nil
}

// conversion adds the problems of Terms.Conversion: a rule outside the
// table.
func (c *checker) conversion(cv CurrencyConversion) {
	if int(cv.Rule) >= len(conversionNames) {
		c.add(ErrOutOfRange, clauseConversion, "conversion.rule", cv.Rule.String())
	}
}
