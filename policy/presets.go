package policy

import (
	"github.com/creditins/creditins/calendar"
)

// The presets are documented examples of particular conditions to start
// from, never defaults: nothing in the SDK falls back on them. Each takes
// the caller's currency and dates, states the source of every number it
// sets, and leaves at zero (with a line saying so) what its source does not
// give. Both count their time limits with calendar.FRCivil: French law
// governs these policies and the Cour de cassation applies CPC art. 641–642
// "à tous les actes juridiques et judiciaires", so
// a limit ending on a Saturday, a Sunday or a public holiday runs to the
// next business day; whether a given policy excludes art. 642 is its own
// setting, and every computed limit keeps
// both the nominal and the extended date.

// StandardAccordExpress returns EUR 10 000.00, the standard amount of an
// accord express (a named limit granted at once, without review) quoted in
// the simplified SME offer: "une réponse immédiate pour
// des montants standards (souvent 10 000 €)". It is an example figure: the amount of an
// actual accord express is on its decision.
func StandardAccordExpress() Amount { return MustAmount("EUR 10000.00") }

// SMEOffer is what the simplified SME offer leaves to the contract: the
// policy currency and the three dates of the insurance period. Its
// zero value gives terms that Validate refuses (ErrMissing on each).
type SMEOffer struct {
	Currency  Currency
	Signature calendar.Date
	Effective calendar.Date
	Expiry    calendar.Date
}

// SimplifiedSME returns the terms of the simplified SME offer
// ("assurance-crédit 3-en-1"), a flat-rate product, for the offer's
// currency and dates:
//
//   - MaxInvoicingDays 30 days: "un délai de facturation de 30 jours";
//   - OverdueNotice 30 days after DueDate: "un délai de déclaration de
//     menace de sinistre (DMS) de 30 jours maximum après la fin de la durée
//     de crédit"; Coface EasyLiner likewise: notify "at the latest
//     within 30 days after the invoice due date" (cofacebelgium.onlinecreditpolicy.com, FAQ);
//   - MaxExtensionDays 60 days: "le fournisseur peut accorder à son client
//     de manière automatique jusqu'à 60 jours d'ajournement pour le
//     règlement" (assurance-credit-entreprise.fr, glossary "Prorogation
//     d'échéance");
//   - WaitingPeriod 5 months from the notice (FromNotice): Coface's "5
//     months" from the declaration (TradeLiner), within the market's range
//     of 1 to 6 months ("le temps pour être indemnisé varie entre 1 à 6
//     mois", assurance-credit-entreprise.fr, glossary "Délai
//     d'indemnisation"; "usually 6 months", receivablesinsurancecanada.com);
//   - Quotites.Named and AccordExpress 0.9, VATCovered false: "la quotité
//     garantie est de 90 % du montant de la créance. Cette garantie
//     s'applique sur le montant hors taxes des factures impayées";
//     accord express amounts: StandardAccordExpress;
//   - RetroactivityDays 30 days: "les garanties délivrées dans les 30 jours
//     suivant la signature du contrat rétroagissent à la date de prise
//     d'effet";
//   - IndemnityDays 30 days: "le versement de l'indemnité intervient sous
//     30 jours après le délai d'ordonnancement";
//   - DeadlineRule calendar.FRCivil (see above); Rounding HalfAwayFromZero.
//
// Not set because the offer does not state them: MaxCreditDays (no
// maximum credit term), discretionary cover, thresholds and deductibles,
// MaxLiability (no maximum), ReductionNoticeDays (a reduction takes effect
// on its date), and Premium: the price is a flat annual amount from a grid
// by sector, turnover and number of buyers ("une tarification
// forfaitaire"), which the premium package computes, not a rate on
// turnover.
func SimplifiedSME(o SMEOffer) Terms {
	return Terms{
		Currency:          o.Currency,
		Signature:         o.Signature,
		Effective:         o.Effective,
		Expiry:            o.Expiry,
		RetroactivityDays: days(30),
		DeadlineRule:      calendar.FRCivil,
		MaxInvoicingDays:  days(30),
		MaxExtensionDays:  days(60),
		OverdueNotice:     Notice{Days: days(30), Anchor: DueDate},
		WaitingPeriod:     MustTimeLimit(calendar.Months(5)),
		IndemnityDays:     days(30),
		Quotites:          Quotites{Named: MustRate("0.9"), AccordExpress: MustRate("0.9")},
		VATCovered:        false,
		Rounding:          HalfAwayFromZero,
	}
}

// days is the time limit of n days for the presets' literals.
func days(n int) TimeLimit { return MustTimeLimit(calendar.Days(n)) }

// WholeTurnoverOffer is what the whole-turnover preset leaves to the
// contract: the policy currency, the per-claim threshold (non-qualifying
// loss, in that currency) and the three dates of the insurance period. Its
// zero value gives terms that Validate refuses.
type WholeTurnoverOffer struct {
	Currency          Currency
	NonQualifyingLoss Amount
	Signature         calendar.Date
	Effective         calendar.Date
	Expiry            calendar.Date
}

// WholeTurnover returns whole-turnover terms in the style of the large
// insurers' classic policies (Allianz Trade, Coface, Atradius), with the
// offer's currency, dates and per-claim threshold (non-qualifying loss, all
// or nothing):
//
//   - MaxInvoicingDays 30 days: Allianz Trade DE general conditions A.4;
//   - MaxCreditDays 120 days, and 180 for the group "export": Coface
//     TradeLiner, France up to 120 days, export up to 180;
//   - MaxExtensionDays 60 days: the maximum extension period ends "2 months
//     after the original due date" (Atradius), "60 days at most in
//     general" (French guides);
//   - OverdueNotice 30 days after DueDate: Allianz Trade CH counts the
//     reporting period from the due date (Atradius counts 30 days from
//     the end of the MEP instead: Anchor MEPEnd);
//   - WaitingPeriod 5 months from the notice: Coface Globalliance, 5 months
//     from the claim (2 to 6 months in the market);
//   - IndemnityDays 30 days: TradeLiner pays 30 days after the claim,
//     Atradius notifies the claim amount within 30 days;
//   - Quotites.Named 0.9: named buyers 70–90 % (Euler Hermes France), 90 %
//     in the Ooreka worked example;
//   - ClaimThreshold NonQualifyingLoss, AllOrNothing: "a loss at or below
//     the threshold is not paid at all" (Ooreka; EasyFinance quotes an NQL
//     of EUR 500);
//   - MaxLiability 30 × the premium paid for the year: "30 times the
//     premium as standard" (Coface TradeLiner; "20 à 40 fois les primes
//     payées", Ooreka);
//   - DeadlineRule calendar.FRCivil (see above); Rounding HalfAwayFromZero;
//     VATCovered false (cover is excluding tax).
//
// Not set: RetroactivityDays (no retroactivity), discretionary cover (its
// maximum and quotité are per policy: 60–75 %), the deductible and the
// aggregate first loss, ReductionNoticeDays (at once; Atradius gives
// 30 days' notice), and Premium (the rates by country group, the minimum
// premium and the fees are the policy's own).
func WholeTurnover(o WholeTurnoverOffer) Terms {
	return Terms{
		Currency:             o.Currency,
		Signature:            o.Signature,
		Effective:            o.Effective,
		Expiry:               o.Expiry,
		DeadlineRule:         calendar.FRCivil,
		MaxInvoicingDays:     days(30),
		MaxCreditDays:        days(120),
		MaxCreditDaysByGroup: []GroupLimit{{Group: "export", Limit: days(180)}},
		MaxExtensionDays:     days(60),
		OverdueNotice:        Notice{Days: days(30), Anchor: DueDate},
		WaitingPeriod:        MustTimeLimit(calendar.Months(5)),
		IndemnityDays:        days(30),
		Quotites:             Quotites{Named: MustRate("0.9")},
		ClaimThreshold:       Threshold{Amount: o.NonQualifyingLoss, Mode: AllOrNothing},
		MaxLiability:         MaxLiability{PremiumMultiple: 30, Base: PremiumPaid},
		VATCovered:           false,
		Rounding:             HalfAwayFromZero,
	}
}
