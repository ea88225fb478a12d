package policy

import (
	"github.com/creditins/creditins/calendar"
)

// Terms are the particular conditions of a policy as data: every number the
// rule packages read. Nothing here has a silent default: a field left at
// its zero value is "not set", with the one meaning the package doc states
// (# Not set): the policy imposes no such limit, amount or rate, and a rule
// that cannot run without it refuses the terms naming the field. Time
// limits are TimeLimit values, so a limit not set and a limit of 0 days are
// different values. Validate reports what is missing or out of range. The
// named presets in presets.go are documented examples to start from.
//
// Amendments are not mutations: a contract's terms over time are a
// Schedule[Terms], and a rule takes the Terms in force at its date.
type Terms struct {
	// PolicyID is the insurer's policy number (free text).
	PolicyID string `json:"policyId,omitempty"`
	// Currency of the policy: limits, premiums and indemnities.
	Currency Currency `json:"currency"`
	// Signature, Effective and Expiry dates of the insurance period;
	// the period runs from Effective to Expiry inclusive.
	Signature calendar.Date `json:"signatureDate"`
	Effective calendar.Date `json:"effectiveDate"`
	Expiry    calendar.Date `json:"expiryDate"`
	// RetroactivityDays: a limit decision dated on or before Signature +
	// RetroactivityDays (calendar arithmetic) covers from Effective (the
	// simplified SME offer says 30 days). Not set: no retroactivity, a
	// decision covers from its own date; 0 days: decisions dated on or
	// before the signature day reach back to Effective.
	RetroactivityDays TimeLimit `json:"retroactivityDays"`
	// DeadlineRule counts every time limit of the policy (CPC 641/642 for
	// calendar.FRCivil; the zero Rule counts calendar days, no extension).
	DeadlineRule calendar.Rule `json:"deadlineRule"`
	// MaxInvoicingDays: an invoice issued later than this after delivery is
	// not insurable (the SME offer: 30 days). Not set: no limit; 0 days:
	// the invoice is due on the day of delivery.
	MaxInvoicingDays TimeLimit `json:"maxInvoicingDays"`
	// MaxCreditDays: the maximum credit term, counted from the invoice date
	// (Atradius glossary I) or the delivery date, as MaxCreditFrom says. Not set: no maximum. MaxCreditDaysByGroup overrides it per
	// country group, each entry with a limit set: it is the maximum credit
	// term of the group of CountryGroups of that name (once CountryGroups
	// are listed, each entry must name one of them).
	MaxCreditDays        TimeLimit    `json:"maxCreditDays"`
	MaxCreditDaysByGroup []GroupLimit `json:"maxCreditDaysByGroup,omitempty"`
	// MaxCreditFrom: the day the maximum credit term is counted from (see
	// CreditTermStart); the zero value is the invoice date.
	MaxCreditFrom CreditTermStart `json:"maxCreditFrom,omitzero"`
	// MaxExtensionDays: the maximum extension period (MEP, prorogation),
	// counted from the original due date, which stays the reference:
	// an invoice still unpaid at its end stops the buyer's cover. Not set:
	// no maximum extension period, so no payment is late on that account
	// (and a notice anchored on its end is refused); 0 days: the due
	// date itself is the end.
	MaxExtensionDays TimeLimit `json:"maxExtensionDays"`
	// ExtensionClaimDays: once an extension of the due date or a payment
	// plan beyond the maximum extension period fails (refused by the
	// insurer, not asked for, or not kept), the claim must be filed within
	// this time after deliveries stop, counted with DeadlineRule
	// (assurance-credit-entreprise.fr, prorogation d'échéance: "En cas de
	// refus de l'assureur, l'assuré à l'obligation de ne plus livrer et à
	// 90 jours pour remettre le dossier en sinistre" [sic]). Not set: the
	// policy sets no such limit.
	ExtensionClaimDays TimeLimit `json:"extensionClaimDays,omitzero"`
	// OverdueNotice: the threat-of-loss declaration (DMS / avis de
	// non-paiement) is due Days after its Anchor (the SME offer: 30 days
	// after the end of the credit term, i.e. the due date). Days not set: the
	// policy sets no time limit for the notice.
	OverdueNotice Notice `json:"overdueNotice"`
	// WaitingPeriod: the waiting period (délai de carence / délai constitutif
	// de sinistre) after WaitingPeriodAnchor, months clamped at month end; an
	// invoice unpaid at its end is a loss in protracted default. It is
	// required: without it no protracted default can be constituted, and
	// Validate and claims.Clocks refuse the terms (ErrMissing). Its JSON
	// field, waitingPeriodMonths, reads a number as months (FORMAT.md) and
	// a string as a period ("150d").
	WaitingPeriod TimeLimit `json:"waitingPeriodMonths"`
	// WaitingPeriodAnchor: what the waiting period runs from; the zero
	// value is FromNotice (FORMAT.md claims.deadlines).
	WaitingPeriodAnchor WaitingAnchor `json:"waitingPeriodAnchor"`
	// IndemnityDays: the indemnity is paid this long after the date of loss,
	// the end of the settlement delay (the SME offer: 30 days). It is
	// required: claims.Clocks cannot say when the indemnity is due without
	// it (ErrMissing).
	IndemnityDays TimeLimit `json:"indemnityDays"`
	// Quotites: the insured percentage by type of cover.
	Quotites Quotites `json:"quotites"`
	// DiscretionaryMax: the largest amount the insured may cover on its own
	// assessment for a non-named buyer; zero means no discretionary
	// cover.
	DiscretionaryMax Amount `json:"discretionaryMax"`
	// DiscretionaryConditions: what a buyer must meet to be covered at
	// the insured's discretion; the zero value has no rule, so no
	// buyer qualifies. limits.EvaluateDiscretionary applies them.
	DiscretionaryConditions DiscretionaryConditions `json:"discretionaryConditions,omitzero"`
	// ClaimThreshold: the per-claim threshold (NQL, seuil) and how it
	// applies.
	ClaimThreshold Threshold `json:"claimThreshold"`
	// Deductible: the per-claim deduction after the quotité.
	Deductible Amount `json:"deductible"`
	// DeductibleRule: the per-claim deductible as a percentage with a
	// floor and a cap, and the minimum retention (see DeductibleRule).
	DeductibleRule DeductibleRule `json:"deductibleRule,omitzero"`
	// OverdueReportingThreshold: an overdue amount on a buyer below it
	// needs no overdue notice (claims.NoticeDue); the zero Amount: every
	// overdue amount is reported.
	OverdueReportingThreshold Amount `json:"overdueReportingThreshold"`
	// CollectionFees: the insurer's collection fees as percentages of the
	// amount collected, by cause (claims.CollectionFee).
	CollectionFees CollectionFees `json:"collectionFees,omitzero"`
	// AggregateFirstLoss: the insured's annual first loss (franchise
	// annuelle, AFL), deducted from the indemnities of the year.
	AggregateFirstLoss Amount `json:"aggregateFirstLoss"`
	// MaxLiability: the most the insurer pays in an insurance year.
	MaxLiability MaxLiability `json:"maxLiability"`
	// ReductionNoticeDays: a reduction or a refusal of a limit takes effect
	// this long after its date; deliveries before keep the previous amount
	// (Atradius practical guide, monitoring risks: 30 days). Not set: no notice period, the reduction takes effect on its
	// date, as with 0 days.
	ReductionNoticeDays TimeLimit `json:"reductionNoticeDays"`
	// VATCovered: the insured loss includes the tax on the invoices (in
	// France the quotité normally applies to the amount excluding tax).
	VATCovered bool `json:"vatCovered"`
	// Rounding: how money results are rounded to the currency's minor unit.
	Rounding RoundingMode `json:"rounding"`
	// Premium: rates, minimum premium and fees.
	Premium PremiumTerms `json:"premium"`
	// LossPayee: who receives indemnities (factoring delegation, §6).
	LossPayee LossPayee `json:"lossPayee"`
	// Countries: the schedule of the buyers' countries (see CountryCover);
	// a country not listed has no political cover and keeps its cover.
	Countries []CountryCover `json:"countries,omitempty"`
	// CountryGroups: the groups of the buyers' countries and the values
	// they set in place of the general ones (see CountryGroup, ForCountry).
	CountryGroups []CountryGroup `json:"countryGroups,omitempty"`
	// TurnoverExclusions: the sales left out of the insurable turnover
	// (premium.Turnover).
	TurnoverExclusions TurnoverExclusions `json:"turnoverExclusions,omitzero"`
	// Conversion: how an amount in another currency is converted into
	// Currency (clause CP-currency, see CurrencyConversion); the zero
	// value converts nothing, so such an amount is refused.
	Conversion CurrencyConversion `json:"conversion,omitzero"`
	// Insolvency: when the indemnity of a loss in insolvency proceedings
	// is due (see InsolvencyTerms); the zero value: as any other loss.
	Insolvency InsolvencyTerms `json:"insolvency,omitzero"`
}

// CountryCover is the schedule of the buyers of one country. Political
// risk (the buyer's country prevents payment: non-transfer, moratorium,
// war, confiscation) is a cause of loss the policy covers for the
// countries it lists, after a waiting period of its own and at
// Quotites.Political (Coface and Atradius wordings: political risk
// covered on the buyers of the countries named in the schedule, the loss
// constituted a number of months after the event); and the insurer may
// withdraw cover for new deliveries to a country from a day (Atradius
// glossary, "stop supply": country cover withdrawn).
type CountryCover struct {
	// Country is an ISO 3166-1 alpha-2 code, two capital letters (the
	// form is checked, not the list of codes).
	Country string `json:"country"`
	// PoliticalWaitingPeriod: a political loss is constituted this long
	// after the political event; not set: no political cover for the
	// country.
	PoliticalWaitingPeriod TimeLimit `json:"politicalWaitingPeriod,omitzero"`
	// WithdrawnFrom: deliveries to the country's buyers on or after this
	// day are not covered (stop cause country); the zero Date: never.
	WithdrawnFrom calendar.Date `json:"withdrawnFrom,omitzero"`
}

// Country returns the schedule of a country and whether the policy lists
// it.
func (t Terms) Country(code string) (CountryCover, bool) {
	for _, c := range t.Countries {
		if c.Country == code {
			return c, true
		}
	}
	return CountryCover{}, false
}

// ValidCountry reports whether code has the form of an ISO 3166-1 alpha-2
// code: two capital letters A to Z.
func ValidCountry(code string) bool {
	return len(code) == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z'
}

// GroupLimit is a time limit set for a country group (e.g. "domestic",
// "export", "EU", "group-2"); its Limit must be set (Validate).
type GroupLimit struct {
	Group string    `json:"group"`
	Limit TimeLimit `json:"value"`
}

// NoticeAnchor is the date the overdue-notice (DMS) limit runs from
// (the wordings differ: the due date, the end of the credit term, the end
// of the MEP). Its zero value is DueDate.
type NoticeAnchor uint8

const (
	// DueDate: the end of the credit term ("30 jours au plus après la fin
	// de la durée de crédit", the simplified SME offer).
	DueDate NoticeAnchor = iota
	// MaxCreditEnd: invoice date + maximum credit term.
	MaxCreditEnd
	// MEPEnd: the end of the maximum extension period (Atradius pattern).
	MEPEnd
)

// WaitingAnchor is the date the waiting period runs from: the sources
// disagree, so it is a term of the policy.
// Its zero value is FromNotice.
type WaitingAnchor uint8

const (
	// FromNotice: the threat-of-loss declaration (DMS) or claim
	// declaration: Coface ("2 to 5 months" from the declaration,
	// assurance-credit-entreprise.fr on TradeLiner; "5 months", Option
	// Finance on TradeLiner), Allianz Trade CH's example (medium companies),
	// and
	// FORMAT.md claims.deadlines.
	FromNotice WaitingAnchor = iota
	// FromDueDate: the original due date of the invoice: older French
	// policies ("9 months after the due date", e-assurance-credit.com), and
	// ICISA's "usually the due date" (ICISA glossary).
	FromDueDate
	// FromCollection: the day the file was handed over for collection (to
	// the insurer's collection service, an agency or a lawyer; the
	// "demande d'intervention contentieuse", DIC): Prisma's "start of
	// collection" (Prisma glossary), French guides and brokers ("the date the
	// file is handed over", Ooreka and e-assurance-credit.com; "starts at DIC
	// receipt", assurance-credit-entreprise.fr glossary, DIC).
	FromCollection
)

// Notice is a time limit (Days) after an Anchor. Days not set: no time
// limit for the act.
type Notice struct {
	Days   TimeLimit    `json:"days"`
	Anchor NoticeAnchor `json:"anchor"`
}

// ThresholdMode says how the per-claim threshold applies (Ooreka; Atradius
// glossary C). Its
// zero value is AllOrNothing.
type ThresholdMode uint8

const (
	// AllOrNothing: a capped loss at or below the threshold gives nothing,
	// above it the whole capped loss is indemnified (franchise simple).
	AllOrNothing ThresholdMode = iota
	// Excess: only the part above the threshold is indemnified (franchise
	// absolue).
	Excess
)

// Threshold is a per-claim threshold.
type Threshold struct {
	Amount Amount        `json:"amount"`
	Mode   ThresholdMode `json:"mode"`
}

// CoverType is the kind of cover a delivery has; it selects the quotité.
// Its zero value is NoCover.
type CoverType uint8

const (
	// NoCover: the delivery is not insured.
	NoCover CoverType = iota
	// Named: a limit granted by the insurer on review (agrément).
	Named
	// AccordExpress: a named limit granted at once for a standard amount.
	AccordExpress
	// Discretionary: the insured's own assessment, up to DiscretionaryMax
	// (non-named cover, "clause de libre appréciation").
	Discretionary
	// Temporary: a limit on top of the permanent one between two dates.
	Temporary
	// TopUp: cover above the insurer's limit (CAP, CAP+ style).
	TopUp
)

// Quotites are the insured percentages by cover type, fractions in [0, 1].
// A zero rate means that type of cover is not granted. AccordExpress
// and Temporary fall back to Named when zero, as the vectors' single
// "named" quotité does.
type Quotites struct {
	Named         Rate `json:"named"`
	AccordExpress Rate `json:"accordExpress"`
	Discretionary Rate `json:"discretionary"`
	Temporary     Rate `json:"temporary"`
	TopUp         Rate `json:"topUp"`
	// Political is the quotité of a loss whose cause is political
	// (non-transfer, moratorium, war: Coface and Atradius cover political
	// risk as a cause of loss on the buyers of the countries the policy
	// names, at its own percentage), whatever the cover of the deliveries;
	// zero means political risk is not covered.
	Political Rate `json:"political"`
}

// MaxLiability is the policy's maximum liability for an insurance year
// (limite de décaissement): a fixed Amount, or PremiumMultiple times
// the premium of that year measured on Base, whichever is set; both not set
// means no maximum.
type MaxLiability struct {
	Amount          Amount `json:"amount"`
	PremiumMultiple int64  `json:"premiumMultiple"`
	// Base is the premium the multiple applies to; its zero value,
	// PremiumPaid, is the wording of the French guides. It is read only
	// with a PremiumMultiple.
	Base LiabilityBase `json:"base,omitzero"`
}

// LiabilityBase is the premium a maximum liability stated as a multiple
// of the premium is counted on. The wordings differ, so it is a term
// of the policy. Its zero value is PremiumPaid.
type LiabilityBase uint8

const (
	// PremiumPaid: the premiums paid for the insurance year, "20 à 40 fois
	// les primes payées pour une même année" (Ooreka, assurance-crédit
	// guide); Coface TradeLiner states "30 times the premium".
	PremiumPaid LiabilityBase = iota
	// PremiumEarned: the premium earned for the year once the turnover is
	// declared and the premium adjusted (after the minimum premium and the
	// adjustment), whatever was paid on account.
	PremiumEarned
	// CommercialRiskPremium: the premium for the commercial risks alone,
	// without the premium for political risks or the fees for limits and
	// monitoring, for wordings that count the maximum on that premium.
	CommercialRiskPremium
)

// PremiumTerms are the pricing of the policy.
type PremiumTerms struct {
	// Rates on insurable turnover excluding tax, by country group.
	Rates []GroupRate `json:"rates,omitempty"`
	// Minimum premium of the insurance year.
	Minimum Amount `json:"minimum"`
	// Fees: unit prices of limit requests, monitoring, and the like.
	Fees []Fee `json:"fees,omitempty"`
	// LimitFees: the fees derived from the limit histories
	// (premium.LimitFees): monitoring, new limits, top-ups.
	LimitFees LimitFees `json:"limitFees,omitzero"`
}

// GroupRate is a premium rate and a premium-tax rate for a country group.
type GroupRate struct {
	Group   string `json:"group"`
	Rate    Rate   `json:"rate"`
	TaxRate Rate   `json:"taxRate"`
}

// Fee is a unit price named in the policy ("limit request", "monitoring per
// buyer and month"); a unit price may be finer than the minor unit
// (Price), the fee billed is rounded.
type Fee struct {
	Name      string `json:"name"`
	UnitPrice Price  `json:"unitPrice"`
}

// LossPayee is who receives the indemnities from a date (factoring
// delegation: "délégation de police au profit du factor"). Its zero value is
// the insured itself.
type LossPayee struct {
	Name string        `json:"name"`
	From calendar.Date `json:"from"`
}
