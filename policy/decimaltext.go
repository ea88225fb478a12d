package policy

import (
	"strconv"
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
	var buf [48]byte
	return string(appendDecimal(buf[:0], d, minPlaces))
}

// appendDecimal appends d to b as formatDecimal writes it. Values of every
// day (a coefficient of at most 15 digits, at most 18 places, no positive
// exponent) take a fast path: the digits of the coefficient written once,
// with the zeros that pad them to the places, where StringFixed allocates
// five to twelve times (it rescales through big.Int and concatenates); any
// other value is written by StringFixed.
func appendDecimal(b []byte, d decimal.Decimal, minPlaces int32) []byte {
	exp := d.Exponent()
	places := max(minPlaces, -exp)
	if exp > 0 || places > maxFractionDigits || d.NumDigits() > 15 {
		return append(b, d.StringFixed(places)...)
	}
	var c int64
	if d.Sign() != 0 { // the zero Decimal has no coefficient to read
		c = d.CoefficientInt64() // exact: at most 15 digits
	}
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	var digits [20]byte
	ds := strconv.AppendInt(digits[:0], c, 10)
	// The value is ds × 10^exp with -exp <= places: ds then places+exp zeros.
	frac := int(-exp)
	if len(ds) <= frac {
		b = append(b, '0')
	} else {
		b = append(b, ds[:len(ds)-frac]...)
	}
	if places > 0 {
		b = append(b, '.')
		for range frac - len(ds) {
			b = append(b, '0')
		}
		b = append(b, ds[max(len(ds)-frac, 0):]...)
		for range int(places) - frac {
			b = append(b, '0')
		}
	}
	return b
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
