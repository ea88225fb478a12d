// Package examples holds runnable end-to-end stories of the SDK: testable
// Examples a credit manager or a student recognises, each also a program
// under examples/<story> that prints a readable report.
//
// # Stories
//
// Each story is an exported function that writes its report to an
// io.Writer. The Example of the same name freezes the report (// Output:),
// and `go run ./examples/<story>` prints it:
//
//   - [SMEPolicy] (sme): an SME signs the simplified SME offer; covers
//     given within 30 days of the signature apply from the effective date; an
//     accord express, an agrément, a buyer under discretionary cover; orders
//     checked for headroom and the alert when the exposure nears the insured
//     amount.
//   - [UnpaidInvoice] (unpaid): the clocks of an unpaid invoice with their
//     nominal and final days, drawn as text timelines, in three endings: a DMS
//     on its last day, a late DMS that loses the cover, an insolvency that
//     shortens the wait.
//   - [LossAndIndemnity] (indemnity): the insured loss from a ledger (payments
//     to the oldest invoice, a disputed invoice, a late invoice, VAT excluded)
//     and the indemnity at 90 %, with the printed traces, then a dividend
//     shared after the indemnity.
//   - [YearPremium] (premium): the year's premium France / export, minimum
//     premium, instalments and adjustment, fees and tax; the same firm on a
//     flat-rate offer.
//   - [Factoring] (factoring): the factor finances the insured part of the
//     invoices only and receives the indemnity as loss payee (affacturage délégué).
//   - [Commissions] (commissions): which part of each salesperson's sales is
//     insured, and the commission at risk with and without cover.
//   - [LimitReduction] (reduction): a limit reduced, then withdrawn, with 30
//     days' notice: which deliveries keep the old amount.
//   - [Exporter] (exporter): an exporter sells in dollars and pounds under a
//     policy in euros; its books read in EUR with each ECB rate in the
//     trace, a transfer moratorium in Argentina that makes a political loss
//     and withdraws the country, the claim under each conversion rule, and
//     the premium on turnover declared in three currencies.
//   - [InsuranceYear] (year): a mid-size exporter's year with forty buyers:
//     an extension within the maximum extension period and one beyond it
//     agreed by the insurer, a payment plan, three claims filed in the year's
//     account (the aggregate first loss to the earliest), one in insolvency
//     with goods taken back and an advance, a recovery, the limit fees and
//     the renewal.
//
// examples/quickstart is the README's quick start, kept identical to it by a
// test.
//
// # Representation
//
// A report is plain text: headings, tables aligned by text/tabwriter, traces
// ([policy.Trace]) one numbered step a line with the clause IDs, and for the
// clocks a text timeline, one column for five days. Dates are civil dates
// (YYYY-MM-DD), amounts the SDK's text form ("EUR 1234.56"). "Today" is always
// an explicit date; nothing reads the clock. Lines carry no trailing spaces,
// so that the Examples compare exactly.
//
// # Rules
//
// The stories hold no rule of their own: every figure is computed by the
// public API of packages calendar, policy, limits, claims and premium, and
// each story's doc comment cites the public wording (an offer, an insurer's
// guide, the law) and the clauses it illustrates. Where a story composes the API
// (the insured part of one invoice as the difference of two headroom checks,
// a factor's advance or a commission as an amount times a rate), it says so,
// and rounds once with the policy's rounding mode. Most stories share one
// firm, Ferrand SAS, insured on the simplified SME offer.
//
// # Rounding
//
// The SDK rounds its results. The compositions of the stories round an
// amount times a rate to the cent with the policy's RoundingMode (half away
// from zero); percentages shown are rounded to one decimal with explicit
// places.
//
// # Errors
//
// A story returns the first error of the SDK unchanged; with the stories'
// data there is none, and an Example would print it.
//
// # Examples
//
// See the Example functions, one a story.
package examples
