package premium

import (
	"strconv"

	"github.com/creditins/creditins/policy"
)

// ConvertDeclarations returns the declarations with every turnover
// declared in another currency converted into terms.Currency by
// terms.Conversion (clause CP-currency-conversion, policy.Convert), and
// the conversions made, in the order of the declarations: the premium is
// stated in the policy currency, as the particular conditions of an export
// policy say of declarations, premium, loss and indemnity.
//
// A declaration's own date is the last day of the period declared (To),
// or terms.Expiry for a declaration of the whole year (To zero): the rule
// AtInvoiceDate converts it at that day's rate, AtCoverStartMonthEnd at
// the month end of terms.Effective. A declaration has no date of loss:
// under AtLossDate it is converted at its own date too, the one date it
// has. A turnover already in the policy currency needs no rate. Errors:
// those of policy.CurrencyConversion.Convert (policy.ErrNoRate naming the
// pair and the date, ErrMissing for no rule), naming the declaration
// ("turnover[2].amount").
func ConvertDeclarations(terms policy.Terms, d Declarations, rates policy.RateTable) (Declarations, []policy.Conversion, error) {
	out := d
	out.Turnover = append([]Declaration(nil), d.Turnover...)
	var convs []policy.Conversion
	for i := range out.Turnover {
		x := &out.Turnover[i]
		if x.Amount.Currency().IsZero() || x.Amount.Currency() == terms.Currency {
			continue
		}
		own := x.To
		if own.IsZero() {
			own = terms.Expiry
		}
		v, c, err := terms.Conversion.Convert(x.Amount, terms.Currency, policy.ConversionDates{Own: own, CoverStart: terms.Effective, Loss: own}, rates)
		if err != nil {
			return Declarations{}, nil, policy.AtPath("turnover["+strconv.Itoa(i)+"].amount", err)
		}
		x.Amount = v
		convs = append(convs, c)
	}
	return out, convs, nil
}

// AnnualIn is Annual on declarations that may be in other currencies:
// ConvertDeclarations, then Annual; it returns the conversions with the
// result.
func AnnualIn(terms policy.Terms, decl Declarations, opts Options, rates policy.RateTable) (Result, []policy.Conversion, error) {
	conv, convs, err := ConvertDeclarations(terms, decl, rates)
	if err != nil {
		return Result{}, nil, err
	}
	res, err := Annual(terms, conv, opts)
	if err != nil {
		return Result{}, nil, err
	}
	return res, convs, nil
}
