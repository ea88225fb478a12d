package limits

import "github.com/creditins/creditins/policy"

// The clauses this package's rules implement, as they appear in traces and
// errors. The IDs follow the house numbering: "CP-" for a number of the
// particular conditions, "CG-" for a mechanism of the general conditions.
// The sources name the public wording behind each rule (insurers'
// glossaries and guides) and the rule of conformance/FORMAT.md it follows.
var (
	clausePeriod = policy.Clause{ID: "CP-period",
		Source: "particular conditions: insurance period; deliveries within it only (Atradius glossary I, P; FORMAT.md limits.coverAt rule 1)"}
	clauseRetroactivity = policy.Clause{ID: "CP-retroactivity",
		Source: "particular conditions: limits given within N days of signature cover from the effective date (assurance-credit-entreprise.fr, limite de crédit provisoire; FORMAT.md limits.coverAt rule 2)"}
	clauseDecision = policy.Clause{ID: "CG-credit-limit",
		Source: "general conditions: the credit limit (agrément) is the maximum insured exposure on a buyer (Atradius practical guide, the amount of the credit limit; FORMAT.md limits.coverAt rule 3)"}
	clauseReduction = policy.Clause{ID: "CP-reduction-notice",
		Source: "particular conditions: reductions and refusals apply to deliveries after the notice days (Atradius practical guide, monitoring risks: 30 days; French brokers' guides)"}
	clauseTemporary = policy.Clause{ID: "CG-temporary-limit",
		Source: "general conditions: a temporary limit adds to the permanent one between its dates (Atradius practical guide, choosing the type of credit limit; FORMAT.md limits.coverAt rule 4)"}
	clauseTopUp = policy.Clause{ID: "CP-top-up",
		Source: "particular conditions: top-up cover above the insurer's limit, own quotité and price (Allianz Trade CAP / CAP+)"}
	clauseDiscretionary = policy.Clause{ID: "CP-discretionary",
		Source: "particular conditions: discretionary (non-named) cover up to the maximum, void once the insurer decides on the buyer (Allianz Trade CH policy guide; Prisma glossary, discretionary limit; FORMAT.md limits.coverAt rule 5)"}
	clauseValidity = policy.Clause{ID: "CP-limit-validity",
		Source: "particular conditions: a named limit lapses at the end of its validity unless requested again (Crion, hoe lang blijft een kredietlimiet geldig)"}
	clauseStop = policy.Clause{ID: "CG-stop-supply",
		Source: "general conditions: from the stop date new deliveries are not covered (Atradius glossary S)"}
	clauseQuotite = policy.Clause{ID: "CP-quotite",
		Source: "particular conditions: insured percentage by type of cover (Ooreka quotité; FORMAT.md limits.coverAt rule 6)"}
	clauseExposure = policy.Clause{ID: "CG-exposure",
		Source: "general conditions: exposure is the open receivables excluding tax, net of credit notes, plus orders where pre-credit risk is covered (Atradius practical guides, the amount of the credit limit and monitoring risks)"}
	clauseHeadroom = policy.Clause{ID: "CG-beyond-limit",
		Source: "general conditions: trading beyond the limit is allowed, the excess is uninsured (Allianz Trade CH claims Q&A; FORMAT.md limits.headroom)"}
)
