// Package limits is the credit-limit side of trade credit insurance: the
// insurer's decisions on a buyer, the cover a delivery has on its date,
// discretionary (non-named) cover, the buyer's exposure against its insured
// limit, and the alerts a credit manager needs.
//
// # Representation
//
// A [Decision] is one decision of the insurer (agrément, accord express,
// refusal, temporary limit, top-up, start cover: [Kind]) with its amount in
// the policy's currency, its date, an optional expiry, quotité and
// [Conditions]. A [History] is a buyer's decisions, validated and ordered
// ([NewHistory]). [Timeline] places them on the policy's calendar
// ([Entry]: start, effective day, reduction). [CoverAt] returns the [Cover]
// of a delivery: its type of cover (a policy.CoverType), amount, quotité,
// the decision in force, its [Layer]s, the [Gap] when there is none, and a
// trace. [Exposure] holds the buyer's outstanding by bucket ([ExposureOf]
// builds it from [Document]s); [Headroom] returns a [Position] with a
// [HeadroomStatus]; [Alerts] returns [Alert]s. The vocabulary ([Request],
// [Response], [DecisionReason], [InsurerWord]) is a superset of UN/EDIFACT RECECO
// 4505, 4507 and 4509, with mapping tables.
//
// # Rules
//
//   - A delivery has cover only within the policy period, before any stop
//     date (clauses CP-period, CG-stop-supply).
//   - A decision dated within RetroactivityDays of the signature covers from
//     the effective date ([RetroactiveStart]; clause CP-retroactivity).
//   - Under [CoverOptions].Retroactivity a decision that grants cover also
//     covers deliveries some days before its date or from the start of its
//     month ([RetroRule]; never taking cover away).
//   - A named limit lapses at the end of the policy's validity unless
//     requested again ([Lapse], Gap Lapsed; clause CP-limit-validity);
//     [Coverage.AtOrder] keeps the amount in force when an order was taken.
//   - A reduction or a refusal takes effect ReductionNoticeDays after its
//     date; deliveries before keep the previous amount ([Reduces];
//     clause CP-reduction-notice).
//   - The named decision in force is the one with the latest effective day
//     (FORMAT.md), or the latest one applying to the day ([InForceRule]);
//     temporary limits add on top between their dates; top-ups add above.
//   - Discretionary cover needs an eligible buyer and no decision of any
//     kind dated on or before the delivery (CP-discretionary; [EvaluateDiscretionary]
//     applies the policy's [DiscretionaryConditions] to facts).
//   - Exposure is excluding tax unless VAT is covered, net of credit notes;
//     an order and its draft invoice count once (CG-exposure).
//   - A document that takes the exposure above the limit is "over"; one
//     that lowers it never is (FORMAT.md limits.headroom).
//
// Ambiguous rules are options with documented defaults: which decision is
// in force while a reduction is pending ([CoverOptions]: FORMAT.md's
// latest effective day), the warning ratio
// ([HeadroomOptions]: zero, the strict default, warns at any exposure;
// [DefaultWarnRatio] is the vectors' 0.8), the grace days before an invoice
// counts as overdue ([ExposureOptions]: none), the buckets counted.
//
// # Rounding
//
// Nothing here rounds: limits and exposures are sums and comparisons of the
// amounts given; the warning threshold WarnRatio × limit is compared
// unrounded.
//
// # Errors
//
// Errors are *policy.RuleError values naming the clause, the field and the
// value; they wrap policy.ErrMissing, policy.ErrOutOfRange,
// policy.ErrInconsistent, policy.ErrCurrencyMismatch, or this package's
// [ErrUnknownCode]. No input makes the package panic; only [MustHistory]
// panics, on decisions the programmer wrote.
//
// # Examples
//
// See the Example functions: a temporary limit on top of an agrément, a
// reduction during its notice, discretionary cover voided by a refusal, a
// headroom check at order time, the alerts of a buyer.
package limits
