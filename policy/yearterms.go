package policy

import "strconv"

// The terms of the particular conditions read by the rules of the
// insurance year: the deductible as wordings state it, the overdue
// reporting threshold, the collection fees, and the fees derived from the
// limits. Each is data; the rules live in package claims (deductible,
// reporting threshold, collection fees, the year account) and package
// premium (fees from a limit history).

// DeductibleRule is a per-claim deductible stated as the wordings state it
// rather than as a fixed amount (Terms.Deductible):
//
//   - a percentage with a floor and a cap: "franchise proportionnelle :
//     exprimée en pourcentage du montant du sinistre, avec un minimum et un
//     maximum. Exemple : franchise de 10 % avec un minimum de 300 euros et
//     un maximum de 1 500 euros. Pour un sinistre de 10 000 euros, la
//     franchise sera de 1 000 euros (10 %)"
//     (https://assurance-local-pro.pages.dev/guide/franchise-assurance-pro);
//   - a minimum retention: the insured keeps at least the larger of a
//     fixed amount and its uninsured share of the loss, "a Deductible that
//     is applicable on each & every claim" (Allianz Trade glossary,
//     https://www.allianz-trade.com/en_AE/customer-service/faq/trade-credit-insurance-terms-glossary.html)
//     stated as a minimum of the part not indemnified.
//
// Its zero value sets nothing. Rate, Floor and Cap make the percentage
// deductible (Rate zero: none; Floor and Cap the zero Amount: no floor, no
// cap); MinimumRetention the retention (the zero Amount: none). A policy
// sets either Terms.Deductible or the percentage, not both (Validate).
// Its amounts are written even when not set (""): omitzero would drop a
// set amount of zero ("EUR 0.00", a cap of nothing), as Amount.IsZero
// reports the number.
type DeductibleRule struct {
	// Rate is the percentage of the claim, a fraction in [0, 1].
	Rate Rate `json:"rate,omitzero"`
	// Floor is the least deductible ("au minimum 300 €").
	Floor Amount `json:"floor"`
	// Cap is the largest deductible ("au maximum 1 500 €").
	Cap Amount `json:"cap"`
	// MinimumRetention: the insured bears at least the larger of this
	// amount and its uninsured share of the capped loss.
	MinimumRetention Amount `json:"minimumRetention"`
}

// IsZero reports whether the rule sets nothing.
func (d DeductibleRule) IsZero() bool {
	return d.Rate.IsZero() && d.Floor.Currency().IsZero() && d.Cap.Currency().IsZero() && d.MinimumRetention.Currency().IsZero()
}

// CollectionFees are the insurer's collection fees as percentages of the
// amount collected, by cause of the loss: "les frais de recouvrement sont
// calculés à partir d'un pourcentage sur le montant recouvré"
// (https://www.assurance-credit-entreprise.fr/glossary/frais-de-recouvrement),
// e.g. 1.5 % in an insolvency and 4.5 % in protracted default. Zero rates:
// no fee for that cause. Political losses take the ProtractedDefault rate
// unless Political is set.
type CollectionFees struct {
	Insolvency        Rate `json:"insolvency,omitzero"`
	ProtractedDefault Rate `json:"protractedDefault,omitzero"`
	Political         Rate `json:"political,omitzero"`
}

// IsZero reports whether no fee is set.
func (f CollectionFees) IsZero() bool {
	return f.Insolvency.IsZero() && f.ProtractedDefault.IsZero() && f.Political.IsZero()
}

// MonitoringBasis is what a monitoring fee is counted on. Its zero value is
// PerLimitPerQuarter.
type MonitoringBasis uint8

const (
	// PerLimitPerQuarter: one fee for each limit held in a quarter, "fees
	// charged for monitoring a previously authorised credit limit/check.
	// These are billed quarterly" (Atradius glossary M,
	// https://support.atradius.be/en/glossary/glossary-m).
	PerLimitPerQuarter MonitoringBasis = iota
	// PerBuyerPerYear: one fee for each buyer on which a limit is held in
	// the insurance year ("Credit limit fees are applied on each buyer you
	// are requesting a credit limit on", Allianz Trade glossary).
	PerBuyerPerYear
)

var monitoringBasisNames = [...]string{PerLimitPerQuarter: "perLimitPerQuarter", PerBuyerPerYear: "perBuyerPerYear"}

// String returns "perLimitPerQuarter" or "perBuyerPerYear".
func (b MonitoringBasis) String() string {
	return enumName(monitoringBasisNames[:], "MonitoringBasis", uint8(b))
}

// ParseMonitoringBasis returns the basis named s, or an error wrapping
// ErrSyntax.
func ParseMonitoringBasis(s string) (MonitoringBasis, error) {
	v, err := enumParse(monitoringBasisNames[:], "monitoringBasis", s)
	return MonitoringBasis(v), err
}

// MarshalText implements encoding.TextMarshaler.
func (b MonitoringBasis) MarshalText() ([]byte, error) {
	return enumText(monitoringBasisNames[:], "MonitoringBasis", "monitoringBasis", uint8(b))
}

// UnmarshalText implements encoding.TextUnmarshaler with
// ParseMonitoringBasis.
func (b *MonitoringBasis) UnmarshalText(text []byte) error {
	v, err := ParseMonitoringBasis(string(text))
	if err == nil {
		*b = v
	}
	return err
}

// LimitFees are the fees the insurer derives from the limits it decides
// (premium.LimitFees counts them from the limit histories). Its zero value
// bills nothing. Its prices and ceiling are written even when not set
// (""), so that a set zero ("EUR 0.00", a ceiling refusing every top-up)
// reads back as set.
type LimitFees struct {
	// Monitoring is the unit price of monitoring, counted on
	// MonitoringBasis.
	Monitoring      Price           `json:"monitoring"`
	MonitoringBasis MonitoringBasis `json:"monitoringBasis,omitzero"`
	// Request is the price of a new limit. An increase of a limit in force
	// is free ("such an increase request is completely free of charge",
	// Atradius practical guide 5.1,
	// https://support.atradius.be/en/practical-guide/monitoring-risks)
	// unless BillIncreases.
	Request       Price `json:"request"`
	BillIncreases bool  `json:"billIncreases,omitempty"`
	// TopUpMinMonths: a top-up is billed for at least this many months
	// ("Minimum premium: three months, thereafter monthly billing",
	// Allianz Trade CH CAP/CAP+,
	// https://allianz-trade-support.ch/en/trade-credit-insurance/additional-coverage-through-cap-cap/).
	TopUpMinMonths int `json:"topUpMinMonths,omitempty"`
	// TopUpCapToPrimary: a top-up may not exceed the primary limit in force
	// on its date ("CAP top-up cover can double the cover limit", same
	// page).
	TopUpCapToPrimary bool `json:"topUpCapToPrimary,omitempty"`
	// TopUpCeiling: a top-up may not exceed this amount ("up to a maximum
	// of CHF 3 million (EUR 2.5 million or USD 3 million)", same page); the
	// zero Amount: no ceiling.
	TopUpCeiling Amount `json:"topUpCeiling"`
	// TopUpLapseAtRenewal: a top-up ends with the insurance year it was
	// granted in and is not billed in the next one.
	TopUpLapseAtRenewal bool `json:"topUpLapseAtRenewal,omitempty"`
	// NamedLimitValidity: a named limit lapses this long after its date and
	// must be requested again ("Bij bepaalde verzekeraars moet bij de start
	// van elk nieuw polisjaar gevraagd worden om de limieten te
	// hernieuwen", Crion,
	// https://www.crion.be/nl/producten/kredietverzekering/kredietverzekering-veelgestelde-vragen/hoe-lang-blijft-een-kredietlimiet-geldig/).
	// Not set: a named limit stays until a later decision.
	NamedLimitValidity TimeLimit `json:"namedLimitValidity,omitzero"`
}

// IsZero reports whether nothing is billed.
func (f LimitFees) IsZero() bool {
	return f.Monitoring.Currency().IsZero() && f.MonitoringBasis == PerLimitPerQuarter && f.Request.Currency().IsZero() &&
		!f.BillIncreases && f.TopUpMinMonths == 0 && !f.TopUpCapToPrimary && f.TopUpCeiling.Currency().IsZero() &&
		!f.TopUpLapseAtRenewal && !f.NamedLimitValidity.IsSet()
}

// check reports the problems of the year terms into c.
func (t Terms) checkYearTerms(c *checker) {
	d := t.DeductibleRule
	c.fraction(clauseDeductibles, "deductibleRule.rate", d.Rate)
	c.amount(clauseDeductibles, "deductibleRule.floor", d.Floor)
	c.amount(clauseDeductibles, "deductibleRule.cap", d.Cap)
	c.amount(clauseDeductibles, "deductibleRule.minimumRetention", d.MinimumRetention)
	if !d.Floor.Currency().IsZero() && !d.Cap.Currency().IsZero() && d.Floor.Currency() == d.Cap.Currency() &&
		d.Cap.Decimal().Cmp(d.Floor.Decimal()) < 0 {
		c.add(ErrInconsistent, clauseDeductibles, "deductibleRule.cap", d.Cap.String()+" below the floor "+d.Floor.String())
	}
	if (!d.Rate.IsZero() || !d.Floor.Currency().IsZero() || !d.Cap.Currency().IsZero()) && !t.Deductible.Currency().IsZero() && !t.Deductible.IsZero() {
		c.add(ErrInconsistent, clauseDeductibles, "deductibleRule", "a percentage deductible with the fixed deductible "+t.Deductible.String())
	}
	c.amount(clauseNotice, "overdueReportingThreshold", t.OverdueReportingThreshold)
	f := t.CollectionFees
	c.fraction(clauseCollection, "collectionFees.insolvency", f.Insolvency)
	c.fraction(clauseCollection, "collectionFees.protractedDefault", f.ProtractedDefault)
	c.fraction(clauseCollection, "collectionFees.political", f.Political)
	l := t.Premium.LimitFees
	c.price(clausePremium, "premium.limitFees.monitoring", l.Monitoring)
	c.price(clausePremium, "premium.limitFees.request", l.Request)
	c.amount(clausePremium, "premium.limitFees.topUpCeiling", l.TopUpCeiling)
	if int(l.MonitoringBasis) >= len(monitoringBasisNames) {
		c.add(ErrOutOfRange, clausePremium, "premium.limitFees.monitoringBasis", l.MonitoringBasis.String())
	}
	if l.TopUpMinMonths < 0 || l.TopUpMinMonths > 120 {
		c.add(ErrOutOfRange, clausePremium, "premium.limitFees.topUpMinMonths", strconv.Itoa(l.TopUpMinMonths))
	}
}
