package claims_test

import (
	"errors"
	"slices"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Helpers shared by the tests: inputs are written as strings, as the
// conformance vectors write them.

// d parses a date; "" is the zero Date.
func d(s string) calendar.Date {
	if s == "" {
		return calendar.Date{}
	}
	v, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// eur parses an amount in euros; "" is the zero Amount ("not set").
func eur(s string) policy.Amount {
	if s == "" {
		return policy.Amount{}
	}
	return policy.MustAmount("EUR " + s)
}

func rate(s string) policy.Rate { return policy.MustRate(s) }

// sentinels are the errors every error of the package must wrap: policy's,
// calendar's, and limits' unknown code, which EvaluatePortfolio passes on
// from limits.CoverAt (a book's unknown stop cause, say).
var sentinels = []error{
	policy.ErrSyntax, policy.ErrUnknownCurrency, policy.ErrCurrencyMismatch, policy.ErrOutOfRange,
	policy.ErrMissing, policy.ErrInconsistent,
	calendar.ErrInvalidDate, calendar.ErrInvalidArgument, calendar.ErrAmbiguousDate, calendar.ErrOutOfRange,
	limits.ErrUnknownCode,
}

// fataler is what checkErr needs of a *testing.T or a *rapid.T.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// checkErr fails t unless err is nil or a typed error of the SDK
// (*policy.RuleError or *calendar.Error) wrapping one of the sentinels.
func checkErr(t fataler, op string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var re *policy.RuleError
	var ce *calendar.Error
	if !errors.As(err, &re) && !errors.As(err, &ce) {
		t.Fatalf("%s: error %v is %T, want *policy.RuleError or *calendar.Error", op, err, err)
	}
	if !slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) }) {
		t.Fatalf("%s: error %v wraps no sentinel", op, err)
	}
}

// seedTerms are the terms of the simplified SME offer as the claims vectors
// write them: French civil counting, 30 days to invoice, 120 days of
// credit, a 60-day MEP, the DMS 30 days after the due date, a 5-month
// waiting period, the indemnity 30 days after the date of loss, a 90 %
// named quotité on the amount excluding tax.
func seedTerms() policy.Terms {
	return policy.Terms{
		Currency:         policy.EUR,
		DeadlineRule:     calendar.FRCivil,
		MaxInvoicingDays: limitDays(30),
		MaxCreditDays:    limitDays(120),
		MaxExtensionDays: limitDays(60),
		OverdueNotice:    policy.Notice{Days: limitDays(30), Anchor: policy.DueDate},
		WaitingPeriod:    limitMonths(5),
		IndemnityDays:    limitDays(30),
		Quotites:         policy.Quotites{Named: rate("0.9"), Discretionary: rate("0.6")},
	}
}

// inv builds an invoice from strings.
func inv(id, delivery, invoiced, due, net, tax string) claims.Invoice {
	return claims.Invoice{ID: id, DeliveryDate: d(delivery), InvoiceDate: d(invoiced), DueDate: d(due), Net: eur(net), Tax: eur(tax)}
}

func pay(date, amount string) claims.Payment {
	return claims.Payment{Date: d(date), Amount: eur(amount)}
}

// limitDays is the time limit of n days.
func limitDays(n int) policy.TimeLimit { return policy.MustTimeLimit(calendar.Days(n)) }

// limitMonths is the time limit of n months.
func limitMonths(n int) policy.TimeLimit { return policy.MustTimeLimit(calendar.Months(n)) }

// limitOrNone is the time limit of period p, or none when NewTimeLimit
// refuses p (a negative part).
func limitOrNone(p calendar.Period) policy.TimeLimit {
	l, _ := policy.NewTimeLimit(p)
	return l
}
