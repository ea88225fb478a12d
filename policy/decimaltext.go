package policy

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The one bound of every decimal value of this package (amounts, prices,
// rates), whether built by a constructor (NewAmount, NewPrice, NewRate) or
// read from text (ParseAmount, ParsePrice, ParseRate and the
// UnmarshalText methods): at most 24 integer digits and at most 18
// decimals. More is certainly a mistake and could exhaust memory further
// down (shopspring parses "1e2000000"). boundDigits applies it.
const (
	maxFractionDigits = 18
	maxIntegerDigits  = 24
)

// boundDigits returns d, or an error wrapping ErrSyntax that names the
// field and the value when d has more than maxIntegerDigits integer digits
// or more than maxFractionDigits decimals. Digits are those of the value:
// leading zeros do not count, nor do trailing fractional zeros, which are
// dropped beyond the bound (1.000…0 with 25 zeros is returned as 1 with 18
// decimals), so that a value accepted here always prints in a text its
// parser reads back.
func boundDigits(field string, d decimal.Decimal) (decimal.Decimal, error) {
	exp := d.Exponent()
	if d.Sign() == 0 {
		if exp < -maxFractionDigits {
			return decimal.New(0, -maxFractionDigits), nil
		}
		return d, nil
	}
	if exp >= maxIntegerDigits { // at least 25 integer digits
		return decimal.Decimal{}, digitsError(field, d.Coefficient().String()+"e"+strconv.Itoa(int(exp)))
	}
	if exp < -maxFractionDigits {
		// Exact at 18 decimals only if the coefficient ends in -exp-18
		// zeros, so has more digits than that (log10 2 < 0.302): the
		// test spares Truncate a power of ten of absurd size.
		if zeros := -int64(exp) - maxFractionDigits; zeros > int64(d.Coefficient().BitLen())*302/1000+1 {
			return decimal.Decimal{}, digitsError(field, d.Coefficient().String()+"e"+strconv.Itoa(int(exp)))
		}
		t := d.Truncate(maxFractionDigits)
		if !t.Equal(d) {
			return decimal.Decimal{}, digitsError(field, d.String())
		}
		d = t
	}
	if exp <= 0 && exp >= -maxFractionDigits {
		// The bound written at d's own exponent: Cmp compares the
		// coefficients without rescaling, so an everyday amount is checked
		// without an allocation.
		b := integerBounds[-exp]
		if d.Cmp(b[0]) < 0 && d.Cmp(b[1]) > 0 {
			return d, nil
		}
		return decimal.Decimal{}, digitsError(field, d.String())
	}
	if d.Abs().Cmp(integerBound) >= 0 {
		return decimal.Decimal{}, digitsError(field, d.String())
	}
	return d, nil
}

// integerBound is 10^maxIntegerDigits, the least value of too many integer
// digits (shopspring's NumDigits is an estimate, one short at 10^15).
var integerBound = decimal.New(1, maxIntegerDigits)

// integerBounds[k] are 10^maxIntegerDigits and its negative written with
// the exponent −k, for k in [0, maxFractionDigits]: read-only, built once.
var integerBounds = func() (b [maxFractionDigits + 1][2]decimal.Decimal) {
	for k := range b {
		c := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(maxIntegerDigits+k)), nil)
		b[k] = [2]decimal.Decimal{decimal.NewFromBigInt(c, -int32(k)), decimal.NewFromBigInt(new(big.Int).Neg(c), -int32(k))}
	}
	return b
}()

func digitsError(field, value string) error {
	return NewRuleError(ErrSyntax, Clause{}, field, value+" (more than 24 integer digits or 18 decimals)")
}

// parseDecimal parses the plain decimal form: an optional "-", digits, an
// optional "." followed by digits. No "+", no exponent, no thousands
// separator, no spaces; the value within the bound of boundDigits (leading
// zeros and trailing fractional zeros are not digits of the value: "007.50"
// is 7.5).
func parseDecimal(field, s string) (decimal.Decimal, error) {
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasDot := strings.Cut(body, ".")
	if intPart == "" || (hasDot && frac == "") {
		return decimal.Decimal{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return decimal.Decimal{}, NewRuleError(ErrSyntax, Clause{}, field, s)
			}
		}
	}
	// Beyond the bound, the value is out whatever its digits: refused
	// before shopspring reads it. Zeros that are not digits of the value
	// are dropped first, and only then.
	digits := intPart
	if len(digits) > maxIntegerDigits {
		digits = strings.TrimLeft(digits, "0")
	}
	if len(frac) > maxFractionDigits {
		frac = strings.TrimRight(frac, "0")
	}
	if len(digits) > maxIntegerDigits || len(frac) > maxFractionDigits {
		return decimal.Decimal{}, digitsError(field, s)
	}
	if digits == "" {
		digits = "0"
	}
	num := s[:len(s)-len(body)] + digits
	if frac != "" {
		num += "." + frac
	}
	d, err := decimal.NewFromString(num)
	if err != nil {
		return decimal.Decimal{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	return boundDigits(field, d)
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
	return appendCoefficient(b, c, exp, places)
}

// appendCoefficient appends c × 10^exp (exp ≤ 0, c of at most 15 digits)
// with places decimals (places ≥ −exp): the digits of c written once, with
// the zeros that pad them to the places.
func appendCoefficient(b []byte, c int64, exp, places int32) []byte {
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
