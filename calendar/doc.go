// Package calendar is the date arithmetic of trade credit insurance: civil
// dates, month arithmetic with a named month-end rule, business-day
// calendars, French time-limit law and payment terms.
//
// # Representation
//
// [Date] is a civil date (year, month, day; no time, no zone), comparable
// with ==; its zero value means "no date". Instants become dates once, at
// the edge, with [DateOf] and an explicit location: the package never reads
// time.Local nor the clock. A [Calendar] is a value: a set of weekend days
// and a holiday table with the years it covers. [Rule] says how a time limit
// is counted and extended; [Deadline] returns a [Limit] with the nominal and
// the final day, [DeadlineDates] the two days alone. [Term] is a payment term.
//
// # Rules
//
//   - Days: the anchor day is not counted (CPC art. 641 al. 1; Reg. 1182/71
//     art. 3(1); C. civ. art. 2228): [ExcludeStart].
//   - Months and years: the same day number, else the last day of the month
//     (CPC art. 641 al. 2): [Clamp]; computed from the anchor in one step,
//     months first, then days (art. 641 al. 3).
//   - A limit that ends on a Saturday, a Sunday or a holiday runs to the next
//     business day (CPC art. 642 al. 2): [Following] on the last day only, in
//     the preset [FRCivil]. Prescription is not extended ([FRPrescription]).
//   - A backward limit ("at least 8 days before", [Rule].Backward) ends the
//     day before anchor − period when the anchor day is not counted (Cass.
//     com. 14 March 2018, n° 16-26.996), on anchor − period when it is
//     (Cass. com. 11 January 2005, n° 02-14118), and is never moved later
//     (Cass. 2e civ. 4 February 1998): [Preceding] may move it earlier. A
//     negative period is an error, not a backward limit.
//   - Holidays: the 11 of Code du travail L3133-1 ([FR], [FROuvrables]),
//     plus Good Friday and 26 December in Alsace-Moselle (L3134-13,
//     [FRAlsaceMoselle]), for the years 2000–2199.
//   - Payment terms: net, "n jours fin de mois" by method A ([EOMPlus]) and
//     B ([PlusEOM]), and the "le k" readings; [Term.WithinCap] checks a term
//     against the cap of Code de commerce L441-10 or the policy's maximum.
//
// # SQL
//
// A [Date] is a SQL DATE column: [Date.Value] writes a time.Time at
// midnight UTC, [Date.Scan] reads a time.Time at midnight or the text
// YYYY-MM-DD; the zero Date, "no date", is NULL both ways, so an optional
// date is a nullable column and a required one NOT NULL.
//
// # Errors
//
// Every error is an [*Error] naming the operation, the field and the value,
// and unwraps to one of [ErrInvalidDate], [ErrInvalidArgument],
// [ErrAmbiguousDate] or [ErrOutOfRange]. No input makes the package panic;
// only [MustDate] panics, on a literal the programmer wrote.
//
// # Examples
//
// See the Example functions: a deadline under the French civil rule, "45
// jours fin de mois" by both methods, business days over Christmas in
// Alsace-Moselle.
package calendar
