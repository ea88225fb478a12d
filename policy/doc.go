// Package policy is the contract of a trade credit insurance policy as data:
// money and rates, the particular conditions ([Terms]) and their
// amendments, clause references and traces, and the errors shared by the
// rule packages (limits, claims, premium).
//
// # Representation
//
// [Amount] is a [Currency] (an active ISO 4217 code with its minor-unit
// scale) and an exact decimal, never a float, in whole minor units of the
// currency: money of a ledger, a limit, a claim or a premium carries no
// more than its currency's minor unit, and "EUR 1000.005" or "JPY 100.5"
// is refused by [NewAmount], [ParseAmount] and UnmarshalText alike
// ([ErrOutOfRange]). Its text form is "EUR 1234.56", padded to the
// currency's scale ([Amount.String]); [ParseAmount] refuses exponents,
// thousands separators and "+". Arithmetic between amounts ([Amount.Add],
// [Amount.Sub], [Amount.Cmp], [Min], [Max], [Sum]) returns an error when
// the currencies differ. [Rate] is a non-negative fraction ("0.9" for 90
// %), read by [ParseRate], or [ParseFraction] where the clause bounds it
// by 1. Amounts, rates, currencies and dates compare with their Equal
// methods, so go-cmp needs no options.
//
// Where a clause needs a finer amount, the type says so: a [Price] is a
// unit price ("EUR 0.125 per buyer and month", a fee's unit price in the
// premium), which may carry up to 18 decimals and becomes money only
// through [Price.Times], which multiplies it by a count and rounds the
// product to the minor unit. Inside a rule, [Amount.Mul] gives an exact
// intermediate that the rule rounds ([Amount.Round], [Amount.MulRound]);
// a value computed with a finer precision becomes an amount through
// [NewAmountRound]. The rule packages check the amounts they are given
// with [Amount.Validate], so that an unrounded intermediate passed by
// mistake is refused, and MarshalText refuses to write one: what is
// written reads back.
//
// Every decimal of the package, amount, price or rate, whether built by a
// constructor or read from text, has at most 24 integer digits and 18
// decimals ([ErrSyntax] beyond): [NewAmount] and [ParseAmount],
// [NewPrice] and [ParsePrice], [NewRate] and [ParseRate] accept exactly
// the same values.
//
// [Terms] holds every number of the particular conditions: period,
// retroactivity, time limits and their [calendar.Rule], quotités by
// [CoverType] ([Quotites.For]), thresholds, deductibles, maximum liability,
// premium terms, loss payee. [Terms.Validate] reports what is missing or
// wrong. The presets [SimplifiedSME] and [WholeTurnover] are documented
// examples built from a struct of named fields ([SMEOffer],
// [WholeTurnoverOffer]), never defaults. A contract over time is a
// [Schedule] of [Dated] terms: amendments are new dated values, and
// [Schedule.At] gives the terms in force on a date. The JSON form of Terms
// uses the field names of the conformance vectors, dates "YYYY-MM-DD",
// amounts and rates as strings, time limits as numbers of days (months for
// waitingPeriodMonths) or period strings ("2m15d"), enums by name;
// [ParseTerms], and json.Unmarshal into Terms or a Schedule of Terms,
// decode it strictly and validate it.
//
// # Not set
//
// One rule gives every field of Terms its meaning when it is left at its
// zero value: the field is not set, and a clause the policy does not set
// does not apply. So a [TimeLimit] not set is no such limit (no maximum
// invoicing period, no maximum credit term, no maximum extension period,
// no deadline for the overdue notice, no retroactivity, no notice before a
// reduction takes effect); an optional [Amount] with no currency is no
// such amount (no threshold, deductible, aggregate first loss, minimum
// premium, discretionary cover); a zero quotité is that cover not granted;
// a [MaxLiability] with neither amount nor multiple is no maximum. Where a
// rule cannot run without a value, the value is required, and
// [Terms.Validate] and the rule itself refuse the terms with [ErrMissing]
// naming the field: the currency and the three dates of the period, the
// waiting period (a protracted default is constituted at its end), the
// indemnity delay (the indemnity is due after the date of loss), the limit
// of each country group listed, and the anchor of the overdue notice (the
// end of a maximum credit term or maximum extension period the policy sets
// is refused as [ErrInconsistent] when it sets none).
//
// A limit not set and a limit of zero days are different values of the
// type, not a convention per field: the zero TimeLimit is "not set", and
// NewTimeLimit(calendar.Days(0)) is a limit ending on its anchor day (an
// invoice due on the day of delivery, an extension that ends on the due
// date). Enums, whose zero value is a member (DueDate, FromNotice,
// AllOrNothing, PremiumPaid, HalfAwayFromZero), are always set: their zero
// value is named on their type.
//
// Every result of the SDK can say why: a [Trace] is the ordered list of the
// [Step] values (rule, inputs, result, [Clause]) that produced it.
//
// # Rules
//
// The package holds the rules about the contract itself; the rules that
// apply it live in limits, claims and premium.
//
//   - The insurance period runs from the effective date to the expiry
//     inclusive; the signature may follow the effective date but not the
//     expiry (P1, [Terms.Validate]).
//   - The quotité of a cover type is its own rate; an accord express or a
//     temporary limit without one takes the named rate (P9, [Quotites.For]).
//   - The maximum credit term of a country group is its override, else the
//     policy's (P6, [Terms.MaxCreditDaysFor]).
//   - The maximum liability is a fixed amount or a multiple of the year's
//     premium on a named base ([LiabilityBase]), never both (CP-maximum-liability).
//   - The terms in force on a day are those of the latest amendment dated
//     on or before it; two amendments on one day are an error
//     ([Schedule.At], [NewSchedule]).
//   - The presets count their time limits with [calendar.FRCivil] (CPC art.
//     641–642).
//
// # Rounding
//
// Multiplication ([Amount.Mul]) is exact and never rounds: the rule that
// multiplies rounds, once, with a named [RoundingMode] ([Amount.Round]), to
// the currency's minor unit. The zero mode, [HalfAwayFromZero], is that of
// the conformance vectors and of commercial practice; the worked pairs of
// every mode are on [RoundingMode]. Round is idempotent and monotonic.
// [Allocate] splits a total into whole minor units proportionally to
// weights and conserves it exactly. The package never uses decimal
// division with an implicit precision nor shopspring's package variables.
//
// # SQL
//
// [Amount], [Rate] and [Currency] are database/sql values (driver.Valuer
// and sql.Scanner). An Amount is one text column (TEXT) holding "EUR
// 1234.56", currency and value together; a Rate a NUMERIC column, read as
// text or an integer, never as a float; a Currency a CHAR(3) column. NULL
// is the zero Amount ("no amount") and the zero Currency, both of which
// the SDK reads as absent, never as 0; a NULL rate is an error, the zero
// Rate being the rate 0.
//
// # Errors
//
// Errors are [*RuleError] values naming the [Clause], the field and the
// value at fault; they unwrap to a sentinel: [ErrSyntax], [ErrUnknownCurrency],
// [ErrCurrencyMismatch], [ErrOutOfRange], [ErrMissing], [ErrInconsistent]
// (or, for dates and deadline rules, calendar's). [Terms.Validate] returns
// every problem at once, joined with errors.Join, each citing the clause of
// the particular conditions it applies ("CP-policy-period" for the
// insurance period, "CP-quotite" for quotités, ...). No input makes the package panic; only
// the Must constructors panic, on a literal the programmer wrote.
//
// # Examples
//
// See the Example functions: parsing and rounding an amount, allocating a
// premium over instalments, printing a trace, the simplified SME preset, a
// time limit not set and one of zero days, and an amended schedule of
// terms.
package policy
