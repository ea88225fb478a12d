package conformance

import (
	"encoding/json"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// The operations policy.convert and claims.bookFx of FORMAT.md: the
// conversion of an amount into the policy currency by the rule the policy
// names, and a buyer's book kept in other currencies read in the policy
// currency (policy.CurrencyConversion, claims.EvaluateBookIn).

// rateIn is an exchange rate as the vectors write it.
type rateIn struct {
	From *string `json:"from"`
	To   *string `json:"to"`
	Date *string `json:"date"`
	Rate *string `json:"rate"`
}

// conversionIn is the policy's conversion clause as the vectors write it;
// the calendar may be left out ("none").
type conversionIn struct {
	Rule     *string `json:"rule"`
	Calendar *string `json:"calendar"`
}

// rateTable reads the vectors' rates (absent: none).
func rateTable(in *[]rateIn) (policy.RateTable, error) {
	if in == nil {
		return policy.RateTable{}, nil
	}
	qs := make([]policy.ExchangeRate, len(*in))
	for i, r := range *in {
		f := "rates[" + strconv.Itoa(i) + "]."
		for _, c := range []struct {
			name string
			src  *string
			dst  *policy.Currency
		}{{"from", r.From, &qs[i].From}, {"to", r.To, &qs[i].To}} {
			if c.src == nil {
				return policy.RateTable{}, missing(f + c.name)
			}
			v, err := policy.ParseCurrency(*c.src)
			if err != nil {
				return policy.RateTable{}, err
			}
			*c.dst = v
		}
		var err error
		if qs[i].Date, err = date(f+"date", r.Date); err != nil {
			return policy.RateTable{}, err
		}
		if r.Rate == nil {
			return policy.RateTable{}, missing(f + "rate")
		}
		if qs[i].Rate, err = policy.ParseRate(*r.Rate); err != nil {
			return policy.RateTable{}, err
		}
	}
	return policy.NewRateTable(qs...)
}

// conversion reads the conversion clause; the rule is required.
func (in *conversionIn) conversion() (policy.CurrencyConversion, error) {
	var c policy.CurrencyConversion
	if in == nil || in.Rule == nil {
		return c, missing("conversion.rule")
	}
	var err error
	if c.Rule, err = policy.ParseConversionRule(*in.Rule); err != nil {
		return c, err
	}
	if in.Calendar != nil {
		if c.Calendar, err = calendar.CalendarByName(*in.Calendar); err != nil {
			return c, err
		}
	}
	return c, nil
}

// conversionOut writes one conversion as FORMAT.md does.
func conversionOut(c policy.Conversion) map[string]any {
	return map[string]any{
		"from": c.From.String(), "amount": c.To.String(), "rateDate": dateOut(c.Date),
		"quote": c.Quote.From.Code() + "/" + c.Quote.To.Code(), "rate": c.Quote.Rate.String(), "inverse": c.Inverse,
	}
}

// datesIn are the dates a conversion rule may read, as the vectors write
// them (policy.convert, claims.recovery); each optional.
type datesIn struct {
	Own        *string `json:"own"`
	CoverStart *string `json:"coverStart"`
	Loss       *string `json:"loss"`
}

// dates reads the dates (absent: none).
func (in *datesIn) dates() (policy.ConversionDates, error) {
	var ds policy.ConversionDates
	if in == nil {
		return ds, nil
	}
	for _, x := range []struct {
		src *string
		dst *calendar.Date
	}{{in.Own, &ds.Own}, {in.CoverStart, &ds.CoverStart}, {in.Loss, &ds.Loss}} {
		var err error
		if *x.dst, err = optDate(x.src); err != nil {
			return ds, err
		}
	}
	return ds, nil
}

// policyConvertInput is the JSON input of policy.convert (FORMAT.md).
type policyConvertInput struct {
	Amount     *string       `json:"amount"`
	To         *string       `json:"to"`
	Conversion *conversionIn `json:"conversion"`
	Dates      *datesIn      `json:"dates"`
	Rates      *[]rateIn     `json:"rates"`
}

func policyConvert(raw json.RawMessage) (any, error) {
	var in policyConvertInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	a, err := amount("amount", in.Amount)
	if err != nil {
		return nil, err
	}
	if in.To == nil {
		return nil, missing("to")
	}
	to, err := policy.ParseCurrency(*in.To)
	if err != nil {
		return nil, err
	}
	conv, err := in.Conversion.conversion()
	if err != nil {
		return nil, err
	}
	ds, err := in.Dates.dates()
	if err != nil {
		return nil, err
	}
	tb, err := rateTable(in.Rates)
	if err != nil {
		return nil, err
	}
	out, c, err := conv.Convert(a, to, ds, tb)
	if err != nil {
		return nil, err
	}
	if c.From.Currency().IsZero() { // same currency: nothing converted
		return map[string]any{"amount": out.String(), "rateDate": nil, "quote": nil, "rate": nil, "inverse": false}, nil
	}
	return conversionOut(c), nil
}

// claimsBookFxInput is the JSON input of claims.bookFx (FORMAT.md): that
// of claims.book, the conversion clause and the rates.
type claimsBookFxInput struct {
	claimsBookInput
	Conversion *conversionIn `json:"conversion"`
	Rates      *[]rateIn     `json:"rates"`
}

func claimsBookFx(raw json.RawMessage) (any, error) {
	var in claimsBookFxInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	t, b, asOf, err := in.book()
	if err != nil {
		return nil, err
	}
	if t.Conversion, err = in.Conversion.conversion(); err != nil {
		return nil, err
	}
	tb, err := rateTable(in.Rates)
	if err != nil {
		return nil, err
	}
	opts, err := in.Options.bookOptions()
	if err != nil {
		return nil, err
	}
	bk, convs, err := opts.EvaluateBookIn(t, b, asOf, tb)
	if err != nil {
		return nil, err
	}
	out := bookOut(bk)
	list := make([]map[string]any, len(convs))
	for i, c := range convs {
		list[i] = conversionOut(c)
	}
	out["conversions"] = list
	return out, nil
}
