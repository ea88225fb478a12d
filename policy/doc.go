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
// premium terms, loss payee. A zero field means what its doc line says;
// [Terms.Validate] reports what is missing or wrong. The presets
// [SimplifiedSME] and [WholeTurnover] are documented examples, never
// defaults. A contract over time is a [Schedule] of [Dated] terms:
// amendments are new dated values, and [Schedule.At] gives the terms in
// force on a date. The JSON form of Terms uses the field names of the
// conformance vectors, dates "YYYY-MM-DD", amounts and rates as strings and
// enums by name; [ParseTerms] decodes it strictly and validates it.
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
//     expiry (domain-rules.md P1, [Terms.Validate]).
//   - The quotité of a cover type is its own rate; an accord express or a
//     temporary limit without one takes the named rate (P9, [Quotites.For]).
//   - The maximum credit term of a country group is its override, else the
//     policy's (P6, [Terms.MaxCreditDaysFor]).
//   - The maximum liability is a fixed amount or a multiple of the year's
//     premium, never both (P11).
//   - The terms in force on a day are those of the latest amendment dated
//     on or before it; two amendments on one day are an error (P8,
//     [Schedule.At], [NewSchedule]).
//   - The presets count their time limits with [calendar.FRCivil] (CPC art.
//     641–642, calendar-rules.md §1.3).
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
// # Errors
//
// Errors are [*RuleError] values naming the [Clause], the field and the
// value at fault; they unwrap to a sentinel: [ErrSyntax], [ErrUnknownCurrency],
// [ErrCurrencyMismatch], [ErrOutOfRange], [ErrMissing], [ErrInconsistent]
// (or, for dates and deadline rules, calendar's). [Terms.Validate] returns
// every problem at once, joined with errors.Join, each citing the section
// of the research brief that documents its rule ("P1" for the insurance
// period, "P9" for quotités, ...). No input makes the package panic; only
// the Must constructors panic, on a literal the programmer wrote.
//
// # Examples
//
// See the Example functions: parsing and rounding an amount, allocating a
// premium over instalments, printing a trace, the simplified SME preset and
// an amended schedule of terms.
package policy
