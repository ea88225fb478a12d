package policy

import (
	"database/sql/driver"
	"fmt"

	"github.com/shopspring/decimal"
)

// sqlText returns the text of a column value read as text: a string or a
// []byte; ok is false for any other type.
func sqlText(src any) (string, bool) {
	switch s := src.(type) {
	case string:
		return s, true
	case []byte:
		return string(s), true
	}
	return "", false
}

// sqlValue is a column value as the text of an error: its Go type and value.
func sqlValue(src any) string { return fmt.Sprintf("%T %v", src, src) }

// Value implements driver.Valuer: an Amount is stored in one text column
// (TEXT, VARCHAR) as its String form "EUR 1234.56", currency and value
// together so that neither can be read without the other; the zero Amount,
// "no amount", is stored as NULL.
func (a Amount) Value() (driver.Value, error) {
	if a.cur.IsZero() {
		return nil, nil
	}
	return a.String(), nil
}

// Scan implements sql.Scanner for the text column of Value: a string or
// []byte parsed with ParseAmount. NULL gives the zero Amount, "no amount":
// the SDK reads the zero Amount as absent (an optional amount, such as a
// remaining aggregate, takes its default; a required one is an error
// wrapping ErrMissing where it is used), so a NULL is never read as an
// amount of 0. Other types (a float, an integer without its currency) are
// errors wrapping ErrSyntax; the Amount is then left unchanged.
func (a *Amount) Scan(src any) error {
	if src == nil {
		*a = Amount{}
		return nil
	}
	s, ok := sqlText(src)
	if !ok {
		return NewRuleError(ErrSyntax, Clause{}, "amount", sqlValue(src))
	}
	v, err := ParseAmount(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Value implements driver.Valuer: a Rate is stored in a NUMERIC column as
// its decimal text ("0.9"), which drivers pass to NUMERIC exactly.
func (r Rate) Value() (driver.Value, error) {
	return r.String(), nil
}

// Scan implements sql.Scanner for a NUMERIC column: a string or []byte
// parsed with ParseRate, or an int64. A float64 is an error wrapping
// ErrSyntax: a binary float cannot carry a decimal rate exactly (0.0035 is
// not a float), so the column must be NUMERIC, read as text. NULL is an
// error wrapping ErrMissing, since the zero Rate is the rate 0, not "no
// rate". A negative value wraps ErrOutOfRange. On error the Rate is left
// unchanged.
func (r *Rate) Scan(src any) error {
	var (
		v   Rate
		err error
	)
	switch s := src.(type) {
	case nil:
		return NewRuleError(ErrMissing, Clause{}, "rate", "NULL")
	case int64:
		v, err = NewRate(decimal.NewFromInt(s))
	case float64:
		return NewRuleError(ErrSyntax, Clause{}, "rate", sqlValue(src))
	default:
		text, ok := sqlText(src)
		if !ok {
			return NewRuleError(ErrSyntax, Clause{}, "rate", sqlValue(src))
		}
		v, err = ParseRate(text)
	}
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Value implements driver.Valuer: a Currency is stored in a text column
// (CHAR(3)) as its ISO 4217 code; the zero Currency, "no currency", as
// NULL.
func (c Currency) Value() (driver.Value, error) {
	if c.IsZero() {
		return nil, nil
	}
	return c.Code(), nil
}

// Scan implements sql.Scanner for the column of Value: a string or []byte
// parsed with ParseCurrency (an unknown code wraps ErrUnknownCurrency);
// NULL gives the zero Currency. The empty text and other types are errors
// wrapping ErrSyntax. On error the Currency is left unchanged.
func (c *Currency) Scan(src any) error {
	if src == nil {
		*c = Currency{}
		return nil
	}
	s, ok := sqlText(src)
	if !ok || s == "" {
		return NewRuleError(ErrSyntax, Clause{}, "currency", sqlValue(src))
	}
	v, err := ParseCurrency(s)
	if err != nil {
		return err
	}
	*c = v
	return nil
}
