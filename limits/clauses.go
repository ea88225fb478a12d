package limits

import "github.com/creditins/creditins/policy"

// The clauses this package's rules implement, as they appear in traces and
// errors. The IDs follow the house numbering: "CP-" for a number of the
// particular conditions, "CG-" for a mechanism of the general conditions.
// The sources name the research section and the public wording behind each
// rule (shared/research/domain-rules.md, FORMAT.md of the conformance
// vectors).
var (
	clausePeriod = policy.Clause{ID: "CP-period",
		Source: "particular conditions: insurance period; deliveries within it only (domain-rules.md P1, P3.3; FORMAT.md limits.coverAt rule 1)"}
	clauseRetroactivity = policy.Clause{ID: "CP-retroactivity",
		Source: "particular conditions: limits given within N days of signature cover from the effective date (domain-rules.md P12, research Q1; FORMAT.md limits.coverAt rule 2)"}
	clauseDecision = policy.Clause{ID: "CG-credit-limit",
		Source: "general conditions: the credit limit (agrément) is the maximum insured exposure on a buyer (domain-rules.md L1, L2; FORMAT.md limits.coverAt rule 3)"}
	clauseReduction = policy.Clause{ID: "CP-reduction-notice",
		Source: "particular conditions: reductions and refusals apply to deliveries after the notice days (domain-rules.md L4, research Q2; Atradius: 30 days)"}
	clauseTemporary = policy.Clause{ID: "CG-temporary-limit",
		Source: "general conditions: a temporary limit adds to the permanent one between its dates (domain-rules.md L2; FORMAT.md limits.coverAt rule 4)"}
	clauseTopUp = policy.Clause{ID: "CP-top-up",
		Source: "particular conditions: top-up cover above the insurer's limit, own quotité and price (domain-rules.md L2, L7; Allianz Trade CAP / CAP+)"}
	clauseDiscretionary = policy.Clause{ID: "CP-discretionary",
		Source: "particular conditions: discretionary (non-named) cover up to the maximum, void once the insurer decides on the buyer (domain-rules.md L3; FORMAT.md limits.coverAt rule 5)"}
	clauseStop = policy.Clause{ID: "CG-stop-supply",
		Source: "general conditions: from the stop date new deliveries are not covered (domain-rules.md C4)"}
	clauseQuotite = policy.Clause{ID: "CP-quotite",
		Source: "particular conditions: insured percentage by type of cover (domain-rules.md P9; FORMAT.md limits.coverAt rule 6)"}
	clauseExposure = policy.Clause{ID: "CG-exposure",
		Source: "general conditions: exposure is the open receivables excluding tax, net of credit notes, plus orders where pre-credit risk is covered (domain-rules.md L6, L1)"}
	clauseHeadroom = policy.Clause{ID: "CG-beyond-limit",
		Source: "general conditions: trading beyond the limit is allowed, the excess is uninsured (domain-rules.md L5; FORMAT.md limits.headroom)"}
)
