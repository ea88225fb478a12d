package policy

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Limits of the decimal text forms: more is certainly a mistake and could
// exhaust memory further down (shopspring parses "1e2000000").
const (
	maxFractionDigits = 18
	maxIntegerDigits  = 24
)

// parseDecimal parses the plain decimal form: an optional "-", digits, an
// optional "." followed by digits. No "+", no exponent, no thousands
// separator, no spaces, at most 24 integer and 18 fractional digits.
func parseDecimal(field, s string) (decimal.Decimal, error) {
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasDot := strings.Cut(body, ".")
	if intPart == "" || (hasDot && frac == "") || len(intPart) > maxIntegerDigits || len(frac) > maxFractionDigits {
		return decimal.Decimal{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return decimal.Decimal{}, NewRuleError(ErrSyntax, Clause{}, field, s)
			}
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	return d, nil
}

// formatDecimal writes d with at least minPlaces decimals and no fewer than
// it has, independent of shopspring's global formatting variables.
func formatDecimal(d decimal.Decimal, minPlaces int32) string {
	places := minPlaces
	if e := -d.Exponent(); e > places {
		places = e
	}
	return d.StringFixed(places)
}

// formatTrimmed writes d with no trailing fractional zeros ("0.90" → "0.9").
func formatTrimmed(d decimal.Decimal) string {
	s := formatDecimal(d, 0)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}
