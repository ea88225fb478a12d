package claims

import "github.com/creditins/creditins/policy"

// The clauses the rules of this package implement. Their IDs follow the
// SDK's convention: "CP-…" for a number of the particular conditions,
// "CG-…" for a mechanism of the general conditions. The Source names the
// public documents (insurers' glossaries and guides, the law) behind each
// rule, so that a trace says where each step comes from. A policy with its own
// numbering maps these IDs to its articles.
var (
	clauseInvoicing = policy.Clause{ID: "CP-invoicing-period",
		Source: "maximum invoicing period after delivery (Allianz Trade DE service guide A.4; Allianz Trade FR lexicon; simplified SME offer: 30 days)"}
	clauseMaxCredit = policy.Clause{ID: "CP-max-credit-term",
		Source: "maximum credit term counted from the invoice date (Atradius glossary I; Allianz Trade CH policy guide)"}
	clauseMEP = policy.Clause{ID: "CP-max-extension-period",
		Source: "maximum extension period from the original due date (Atradius glossary M, S; Atradius practical guide, deferral of payment)"}
	clauseNotice = policy.Clause{ID: "CP-overdue-notice",
		Source: "threat-of-loss declaration (DMS) deadline (Allianz Trade CH, overdue notice; simplified SME offer: 30 days after the end of the credit term)"}
	clauseLateNotice = policy.Clause{ID: "CP-overdue-notice-forfeit",
		Source: "no threat-of-loss declaration (DMS) by its deadline, no cover of the invoice: the policy wording's sanction (Allianz Trade CH); Code des assurances L111-1 takes credit insurance out of L113-2, so no prejudice need be shown"}
	clauseWaiting = policy.Clause{ID: "CP-waiting-period",
		Source: "waiting period (délai constitutif de sinistre) from its anchor, the notice unless the policy says the due date or the hand-over for collection (Atradius glossary D; Coface lexicon)"}
	clauseLossDate = policy.Clause{ID: "CG-date-of-loss",
		Source: "date of loss: insolvency, or the end of the waiting period in protracted default (Atradius glossary D, I; Coface lexicon)"}
	clauseIndemnityDelay = policy.Clause{ID: "CP-indemnity-delay",
		Source: "indemnity paid after the settlement delay (Atradius UK, how long to pay a claim; simplified SME offer: 30 days)"}
	clauseStop = policy.Clause{ID: "CG-stop-supply",
		Source: "no cover for deliveries from the stop date (Atradius glossary S; Atradius practical guide, deferral of payment)"}
	clauseImputation = policy.Clause{ID: "CG-imputation",
		Source: "payments go to the oldest open invoice whatever the payer earmarked (Allianz Trade CH claims Q&A; Atradius glossary A)"}
	clauseCreditNote = policy.Clause{ID: "CG-credit-notes",
		Source: "credit notes reduce the loss (Allianz Trade DE service guide; assurance-credit-entreprise.fr glossary)"}
	clauseDisputed = policy.Clause{ID: "CG-disputed",
		Source: "disputed receivables are not insured (Allianz Trade CH claims Q&A)"}
	clausePeriod = policy.Clause{ID: "CP-policy-period",
		Source: "deliveries within the policy period only (Atradius glossary I, P)"}
	clauseVAT = policy.Clause{ID: "CP-vat",
		Source: "the loss excludes tax unless the schedule covers it (Allianz Trade DE service guide; simplified SME offer: amount excluding tax)"}
	clauseLimit = policy.Clause{ID: "CP-credit-limit",
		Source: "the loss is capped at the limit in force (Ooreka quotité example)"}
	clauseThreshold = policy.Clause{ID: "CP-claim-threshold",
		Source: "claims threshold, all-or-nothing or excess (Ooreka franchise; Atradius glossary C)"}
	clauseQuotite = policy.Clause{ID: "CP-quotite",
		Source: "insured percentage by type of cover (Ooreka quotité; Coface RO glossary, indemnity)"}
	clauseDeductible = policy.Clause{ID: "CP-deductible",
		Source: "per-claim deductible (franchise individuelle déduite) (Ooreka franchise; Coface RO glossary, indemnity)"}
	clauseFirstLoss = policy.Clause{ID: "CP-aggregate-first-loss",
		Source: "aggregate first loss (franchise annuelle) (Ooreka franchise; ICISA glossary)"}
	clauseMaxLiability = policy.Clause{ID: "CP-maximum-liability",
		Source: "maximum liability of the insurance year (Ooreka franchise; Coface TradeLiner; Atradius glossary M)"}
	clauseLossPayee = policy.Clause{ID: "CP-loss-payee",
		Source: "indemnities paid to the assignee of the policy (Atradius glossary A; délégation de bénéfice)"}
	clauseNoCover = policy.Clause{ID: "CG-no-cover",
		Source: "a delivery without a credit limit, discretionary cover or other cover in force at its date is not insured (Atradius glossary C, credit limit)"}
	clausePolitical = policy.Clause{ID: "CP-countries",
		Source: "political risk covered on the buyers of the countries the schedule names, the loss constituted after its own waiting period, at its own quotité; country cover withdrawn for new deliveries (Coface, Atradius wordings; Atradius glossary, stop supply)"}
	clauseInsolvencyOnly = policy.Clause{ID: "CG-insolvency-only",
		Source: "a limit granted for the risk of insolvency only does not cover protracted default (UN/EDIFACT RECECO 4509 code 8)"}
	clauseCeiling = policy.Clause{ID: "CG-credit-limit-ceiling",
		Source: "the credit limit is the most covered on the buyer's outstanding; deliveries beyond it are at the insured's risk (Atradius practical guide, the amount of the credit limit; Allianz Trade CH claims Q&A)"}
	clauseReporting = policy.Clause{ID: "CP-overdue-reporting-threshold",
		Source: "no overdue notice below the policy's reporting threshold (Allianz Trade payment overdues: report overdues \"from certain amount, according to your policy terms\")"}
	clauseCollectionFees = policy.Clause{ID: "CP-collection-fees",
		Source: "collection fees as a percentage of the amount collected, by cause, deducted before the recovery is shared (assurance-credit-entreprise.fr glossary, frais de recouvrement)"}
	clauseYear = policy.Clause{ID: "CP-insurance-year",
		Source: "the insurance year: the aggregate first loss and the maximum liability consumed claim after claim (Atradius glossary M, maximum indemnity \"per policy year\"; Ooreka franchise annuelle example)"}
	clauseRecoveries = policy.Clause{ID: "CG-recoveries",
		Source: "recoveries after indemnity shared pro rata of the shares of the loss (Allianz Trade CH claims Q&A; Code des assurances A.432-5)"}
)
