package premium

import "github.com/creditins/creditins/policy"

// The clauses the premium rules implement, as they appear in traces. "CP-"
// is the particular conditions (the numbers of the contract), "CG-" the
// general conditions (the mechanism), "CGI-" the Code général des impôts.
// These values are read, never written.
var (
	clauseRate = policy.Clause{ID: "CP-premium-rate",
		Source: "particular conditions: premium rate × insurable turnover excluding tax, by country group (Ooreka, coût de l'assurance-crédit; Allianz Trade CH \"Primes et commissions\")"}
	clauseMinimum = policy.Clause{ID: "CP-minimum-premium",
		Source: "particular conditions: minimum annual premium, due whatever the turnover (Atradius glossary \"minimum premium\")"}
	clauseAdjustment = policy.Clause{ID: "CG-premium-adjustment",
		Source: "general conditions: final premium less the provisional instalments paid, invoiced or refunded (Allianz Trade CH \"Primes et commissions\")"}
	clauseProvisional = policy.Clause{ID: "CP-provisional-premium",
		Source: "particular conditions: provisional (deposit) premium in equal quarterly or half-yearly instalments (Allianz Trade CH \"Primes et commissions\"; Atradius glossary A)"}
	clauseFees = policy.Clause{ID: "CP-fees",
		Source: "particular conditions: unit prices of limit requests, monitoring, top-ups (Atradius glossary M, P; Allianz Trade CH CAP/CAP+)"}
	clauseTopUp = policy.Clause{ID: "CP-top-up-premium",
		Source: "top-up cover priced on the limit: annual rate per whole calendar month, minimum months (Allianz Trade CH CAP/CAP+)"}
	clauseLimitFees = policy.Clause{ID: "CP-limit-fees",
		Source: "fees derived from the limits: monitoring per limit per quarter or per buyer per year, new limits billed and increases free, top-ups with a minimum of months and caps (Atradius glossary M and practical guide 5.1; Allianz Trade CH CAP/CAP+)"}
	clauseTax = policy.Clause{ID: "CGI-991",
		Source: "Code général des impôts art. 991 (tax on the sums stipulated for the insurer) and art. 995 8° (export credit insurance exempt); rates are parameters"}
	clauseDeclaration = policy.Clause{ID: "CP-declarations",
		Source: "particular conditions: turnover (or month-end outstanding) declared by period, by a deadline (Allianz Trade CH, balance notification)"}
	clauseFlatRate = policy.Clause{ID: "CP-flat-rate",
		Source: "flat-rate SME offer: one yearly price covering fees and premium, by sector, turnover and number of buyers (Allianz Trade CH, small companies; the simplified SME offer)"}
	clauseProfitShare = policy.Clause{ID: "CP-profit-share",
		Source: "participation bénéficiaire: (premium − management charge − indemnities paid) × share, over 1 to 3 years (assurance-credit-entreprise.fr, participation aux bénéfices)"}
	clauseBonusMalus = policy.Clause{ID: "CP-bonus-malus",
		Source: "bonus-malus: a reduction or surcharge of the premium by loss-ratio band (Coface lexicon)"}
	clauseLossRatio = policy.Clause{ID: "CG-loss-ratio",
		Source: "loss ratio = claims paid / premium (ICISA glossary)"}
	clauseMaxLiability = policy.Clause{ID: "CP-max-liability",
		Source: "maximum liability of the insurance year: a fixed amount or a multiple of that year's premium (Ooreka franchise; Allianz Trade CH, small companies)"}
)
