package policy

// Currency is an active ISO 4217 currency with its minor-unit scale (2 for
// EUR, USD, GBP, CHF; 0 for JPY; 3 for KWD). Its zero value means "no
// currency" and is refused wherever an amount is computed.
type Currency struct {
	code string
}

// The currencies of the conformance vectors, for convenience.
var (
	EUR = Currency{"EUR"}
	USD = Currency{"USD"}
	GBP = Currency{"GBP"}
	CHF = Currency{"CHF"}
	JPY = Currency{"JPY"}
)

// ParseCurrency returns the currency of the three-letter ISO 4217 code s
// (upper case). An unknown code is an error wrapping ErrUnknownCurrency.
func ParseCurrency(s string) (Currency, error) {
	if _, ok := currencyScale(s); !ok {
		return Currency{}, NewRuleError(ErrUnknownCurrency, Clause{}, "currency", s)
	}
	return Currency{code: s}, nil
}

// MustCurrency is ParseCurrency for constants and tests; it panics on an
// unknown code.
func MustCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Code returns the ISO 4217 code, "" for the zero Currency.
func (c Currency) Code() string { return c.code }

// String returns the code.
func (c Currency) String() string { return c.code }

// IsZero reports whether c is the zero Currency.
func (c Currency) IsZero() bool { return c.code == "" }

// Equal reports whether c and d are the same currency. go-cmp uses it, so
// that structs holding currencies compare without options.
func (c Currency) Equal(d Currency) bool { return c == d }

// Scale returns the number of decimals of the minor unit (0 for the zero
// Currency).
func (c Currency) Scale() int32 {
	s, _ := currencyScale(c.code)
	return s
}

// MarshalText implements encoding.TextMarshaler.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.code), nil }

// UnmarshalText implements encoding.TextUnmarshaler; the empty text gives
// the zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// currencyScale is the table of active ISO 4217 codes (list one, 2024
// amendments) and their minor units.
func currencyScale(code string) (int32, bool) {
	switch code {
	case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
		"UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF":
		return 0, true
	case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3, true
	case "CLF", "UYW":
		return 4, true
	case "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
		"BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BOV", "BRL", "BSD",
		"BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CNY",
		"COP", "COU", "CRC", "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP",
		"ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD",
		"GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR",
		"JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR",
		"LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
		"MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO",
		"NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR",
		"RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
		"SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS",
		"TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN", "UYU",
		"UZS", "VED", "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG":
		return 2, true
	}
	return 0, false
}
