package policy

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
)

// sentinels are the errors every error of the package must wrap: its own,
// and calendar's for dates and deadline rules.
var sentinels = []error{
	ErrSyntax, ErrUnknownCurrency, ErrCurrencyMismatch, ErrOutOfRange, ErrMissing, ErrInconsistent,
	calendar.ErrInvalidDate, calendar.ErrInvalidArgument, calendar.ErrAmbiguousDate, calendar.ErrOutOfRange,
}

// leaves returns the errors joined in err (err itself when it is not a
// join), recursively.
func leaves(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	return []error{err}
}

// fataler is what checkErr needs of a *testing.T or a *rapid.T.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// checkErr fails t unless err is nil or every error it joins is a
// *RuleError wrapping a sentinel.
func checkErr(t fataler, op string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, e := range leaves(err) {
		var re *RuleError
		if !errors.As(e, &re) {
			t.Fatalf("%s: error %v is %T, want *RuleError", op, e, e)
		}
		if !slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(e, s) }) {
			t.Fatalf("%s: error %v wraps no sentinel", op, e)
		}
	}
}

// errorStrings returns the messages of the errors joined in err, sorted:
// the set of problems, whatever their order.
func errorStrings(err error) []string {
	if err == nil {
		return nil
	}
	var out []string
	for _, e := range leaves(err) {
		out = append(out, e.Error())
	}
	slices.Sort(out)
	return out
}

// date parses a YYYY-MM-DD literal of a test table.
func date(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatalf("bad date literal %q: %v", s, err)
	}
	return d
}

// Generators. Money is drawn as (minor units, extra decimals) and built in
// the property, so that failures print legible numbers.

var testCurrencies = []Currency{EUR, USD, GBP, CHF, JPY, MustCurrency("KWD"), MustCurrency("CLF")}

func genCurrency() *rapid.Generator[Currency] { return rapid.SampledFrom(testCurrencies) }

// genDecimal draws a decimal of at most 13 integer digits and scale to
// scale+extra decimals.
func genDecimal(t *rapid.T, label string, scale int32, extra int) decimal.Decimal {
	units := rapid.OneOf(
		rapid.Int64Range(-1_000_000_000_000, 1_000_000_000_000),
		rapid.Int64Range(-1000, 1000),
		rapid.Just(int64(0)),
	).Draw(t, label+".units")
	x := rapid.IntRange(0, extra).Draw(t, label+".extraDecimals")
	return decimal.New(units, -scale-int32(x))
}

func genAmountIn(t *rapid.T, label string, c Currency, extra int) Amount {
	return amountOf(c, genDecimal(t, label, c.Scale(), extra))
}

func genRate(t *rapid.T, label string) Rate {
	n := rapid.OneOf(rapid.Int64Range(0, 2_000_000), rapid.SampledFrom([]int64{0, 1, 9, 10, 100})).Draw(t, label+".n")
	exp := rapid.IntRange(0, 8).Draw(t, label+".decimals")
	return Rate{v: decimal.New(n, -int32(exp))}
}

var epoch = calendar.MustDate(2000, 1, 1)

func genDate(t *rapid.T, label string) calendar.Date {
	return epoch.AddDays(rapid.IntRange(-20000, 20000).Draw(t, label))
}

// genOptDate is a date or, one time in five, the zero Date.
func genOptDate(t *rapid.T, label string) calendar.Date {
	if rapid.IntRange(0, 4).Draw(t, label+".zero") == 0 {
		return calendar.Date{}
	}
	return genDate(t, label)
}

var testGroups = []string{"domestic", "export", "Export", " export", "EU", "group-2", ""}

// genLimit draws a time limit: not set, days, months, or both, up to the
// bounds of NewTimeLimit.
func genLimit(t *rapid.T, label string) TimeLimit {
	switch rapid.IntRange(0, 3).Draw(t, label+".kind") {
	case 0:
		return TimeLimit{}
	case 1:
		return MustTimeLimit(calendar.Days(rapid.IntRange(0, maxDelayDays).Draw(t, label+".days")))
	case 2:
		return MustTimeLimit(calendar.Months(rapid.IntRange(0, maxDelayMonths).Draw(t, label+".months")))
	}
	return MustTimeLimit(calendar.Period{
		Years:  rapid.IntRange(0, 2).Draw(t, label+".years"),
		Months: rapid.IntRange(0, 11).Draw(t, label+".months"),
		Days:   rapid.IntRange(0, 400).Draw(t, label+".days"),
	})
}

// genTermAmount is, for a policy in currency c: none, an amount in c, or
// now and then one in another currency.
func genTermAmount(t *rapid.T, label string, c Currency) Amount {
	switch rapid.IntRange(0, 5).Draw(t, label+".kind") {
	case 0, 1:
		return Amount{}
	case 2:
		return genAmountIn(t, label, genCurrency().Draw(t, label+".currency"), 0)
	default:
		if c.IsZero() {
			return Amount{}
		}
		return genAmountIn(t, label, c, 0)
	}
}

// genTermPrice draws a unit price as genTermAmount draws an amount, never
// negative (no constructor makes a negative Price).
func genTermPrice(t *rapid.T, c Currency) Price {
	a := genTermAmount(t, "fee.price", c)
	return Price{cur: a.cur, v: a.Decimal().Abs()}
}

// genTerms draws Terms that marshal to JSON (enums in range, SDK
// calendars) but need not be valid: missing time limits, rates above 1,
// foreign amounts, duplicate groups and zero dates all occur.
func genTerms(t *rapid.T) Terms {
	c := rapid.OneOf(genCurrency(), rapid.Just(Currency{})).Draw(t, "currency")
	var tm Terms
	tm.PolicyID = rapid.SampledFrom([]string{"", "P-1", "éèà \"quoted\""}).Draw(t, "policyId")
	tm.Currency = c
	tm.Signature = genOptDate(t, "signature")
	tm.Effective = genOptDate(t, "effective")
	tm.Expiry = genOptDate(t, "expiry")
	tm.RetroactivityDays = genLimit(t, "retroactivityDays")
	tm.DeadlineRule = calendar.Rule{
		Name:     rapid.SampledFrom([]string{"", "fr-civil", "custom"}).Draw(t, "rule.name"),
		Counting: calendar.Counting(rapid.IntRange(0, 1).Draw(t, "rule.counting")),
		MonthEnd: calendar.MonthEnd(rapid.IntRange(0, 2).Draw(t, "rule.monthEnd")),
		Extend:   calendar.Roll(rapid.IntRange(0, 5).Draw(t, "rule.extend")),
		Calendar: rapid.SampledFrom(calendar.Calendars()).Draw(t, "rule.calendar"),
		Backward: rapid.Bool().Draw(t, "rule.backward"),
	}
	tm.MaxInvoicingDays = genLimit(t, "maxInvoicingDays")
	tm.MaxCreditDays = genLimit(t, "maxCreditDays")
	for range rapid.IntRange(0, 4).Draw(t, "groups") {
		tm.MaxCreditDaysByGroup = append(tm.MaxCreditDaysByGroup, GroupLimit{
			Group: rapid.SampledFrom(testGroups).Draw(t, "group"),
			Limit: genLimit(t, "groupDays"),
		})
	}
	tm.MaxExtensionDays = genLimit(t, "maxExtensionDays")
	tm.ExtensionClaimDays = genLimit(t, "extensionClaimDays")
	tm.OverdueNotice = Notice{Days: genLimit(t, "notice.days"), Anchor: NoticeAnchor(rapid.IntRange(0, 2).Draw(t, "notice.anchor"))}
	tm.WaitingPeriod = genLimit(t, "waitingPeriodMonths")
	tm.WaitingPeriodAnchor = WaitingAnchor(rapid.IntRange(0, 2).Draw(t, "waitingPeriodAnchor"))
	tm.IndemnityDays = genLimit(t, "indemnityDays")
	tm.Quotites = Quotites{
		Named: genRate(t, "q.named"), AccordExpress: genRate(t, "q.accordExpress"),
		Discretionary: genRate(t, "q.discretionary"), Temporary: genRate(t, "q.temporary"),
		TopUp: genRate(t, "q.topUp"), Political: genRate(t, "q.political"),
	}
	tm.DiscretionaryMax = genTermAmount(t, "discretionaryMax", c)
	for range rapid.IntRange(0, 2).Draw(t, "discretionaryRules") { // none leaves the slice nil
		tm.DiscretionaryConditions.AnyOf = append(tm.DiscretionaryConditions.AnyOf, DiscretionaryRule{
			Name:                 rapid.SampledFrom([]string{"report", "experience", ""}).Draw(t, "rule.name"),
			MinPurchases:         rapid.IntRange(-1, 5).Draw(t, "rule.minPurchases"),
			NoLatePayment:        rapid.Bool().Draw(t, "rule.noLatePayment"),
			WindowMonths:         rapid.IntRange(0, 130).Draw(t, "rule.windowMonths"),
			ReportMaxAgeMonths:   rapid.IntRange(0, 24).Draw(t, "rule.reportMaxAgeMonths"),
			NoAdverseInformation: rapid.Bool().Draw(t, "rule.noAdverseInformation"),
			NoLossMonths:         rapid.IntRange(0, 24).Draw(t, "rule.noLossMonths"),
		})
	}
	tm.ClaimThreshold = Threshold{Amount: genTermAmount(t, "threshold", c), Mode: ThresholdMode(rapid.IntRange(0, 1).Draw(t, "threshold.mode"))}
	tm.Deductible = genTermAmount(t, "deductible", c)
	tm.AggregateFirstLoss = genTermAmount(t, "afl", c)
	tm.MaxLiability = MaxLiability{Amount: genTermAmount(t, "maxLiability", c), PremiumMultiple: rapid.Int64Range(-2, 40).Draw(t, "multiple"),
		Base: LiabilityBase(rapid.IntRange(0, 2).Draw(t, "maxLiability.base"))}
	tm.ReductionNoticeDays = genLimit(t, "reductionNoticeDays")
	tm.VATCovered = rapid.Bool().Draw(t, "vatCovered")
	tm.Rounding = RoundingMode(rapid.IntRange(0, 3).Draw(t, "rounding"))
	tm.Conversion = CurrencyConversion{
		Rule:     ConversionRule(rapid.IntRange(0, len(conversionNames)-1).Draw(t, "conversion.rule")),
		Calendar: rapid.SampledFrom(calendar.Calendars()).Draw(t, "conversion.calendar"),
	}
	for range rapid.IntRange(0, 3).Draw(t, "rates") {
		tm.Premium.Rates = append(tm.Premium.Rates, GroupRate{
			Group: rapid.SampledFrom(testGroups).Draw(t, "rate.group"),
			Rate:  genRate(t, "rate.rate"), TaxRate: genRate(t, "rate.tax"),
		})
	}
	tm.Premium.Minimum = genTermAmount(t, "minimum", c)
	for range rapid.IntRange(0, 3).Draw(t, "fees") {
		tm.Premium.Fees = append(tm.Premium.Fees, Fee{
			Name:      rapid.SampledFrom([]string{"limit request", "monitoring", "Monitoring", ""}).Draw(t, "fee.name"),
			UnitPrice: genTermPrice(t, c),
		})
	}
	tm.MaxCreditFrom = CreditTermStart(rapid.IntRange(0, len(creditTermStartNames)-1).Draw(t, "maxCreditFrom"))
	for range rapid.IntRange(0, 3).Draw(t, "countryGroups") {
		tm.CountryGroups = append(tm.CountryGroups, genCountryGroup(t))
	}
	tm.TurnoverExclusions = genTurnoverExclusions(t)
	tm.LossPayee = LossPayee{
		Name: rapid.SampledFrom([]string{"", "Factor SA"}).Draw(t, "lossPayee.name"),
		From: genOptDate(t, "lossPayee.from"),
	}
	return tm
}

// unrounded builds an Amount finer than its currency's minor unit, as
// Amount.Mul returns one: "EUR 1.005".
func unrounded(s string) Amount {
	code, num, _ := strings.Cut(s, " ")
	return amountOf(MustCurrency(code), decimal.RequireFromString(num))
}
