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
// "à tous les actes juridiques et judiciaires" (calendar-rules.md §1.3), so
// a limit ending on a Saturday, a Sunday or a public holiday runs to the
// next business day; whether a given policy excludes art. 642 is its own
// setting (calendar-rules.md §9 point 1), and every computed limit keeps
// both the nominal and the extended date.

// StandardAccordExpress returns EUR 10 000.00, the standard amount of an
// accord express (a named limit granted at once, without review) quoted in
// the seeds' simplified SME offer (seed 003): "une réponse immédiate pour
// des montants standards (souvent 10 000 €)". It is an example figure: the amount of an
// actual accord express is on its decision.
func StandardAccordExpress() Amount { return MustAmount("EUR 10000.00") }

// SimplifiedSME returns the terms of the seeds' simplified SME offer
// ("assurance-crédit 3-en-1", seed 003), a flat-rate product:
//
//   - MaxInvoicingDays 30: "un délai de facturation de 30 jours" (P7);
//   - OverdueNotice 30 days after DueDate: "un délai de déclaration de
//     menace de sinistre (DMS) de 30 jours maximum après la fin de la durée
//     de crédit" (C3, research Q4);
//   - Quotites.Named and AccordExpress 0.9, VATCovered false: "la quotité
//     garantie est de 90 % du montant de la créance. Cette garantie
//     s'applique sur le montant hors taxes des factures impayées" (P3, P9);
//     accord express amounts: StandardAccordExpress;
//   - RetroactivityDays 30: "les garanties délivrées dans les 30 jours
//     suivant la signature du contrat rétroagissent à la date de prise
//     d'effet" (P12; research Q1 found no market source beyond the seed);
//   - IndemnityDays 30: "le versement de l'indemnité intervient sous 30 jours
//     après le délai d'ordonnancement" (C7);
//   - DeadlineRule calendar.FRCivil (see above); Rounding HalfAwayFromZero.
//
// Left at zero because the offer does not state them: MaxCreditDays and
// MaxExtensionDays (no limit), WaitingPeriodMonths (the length of the
// "délai d'ordonnancement" is not given: set it from your conditions),
// discretionary cover, thresholds and deductibles, MaxLiability (no
// maximum), ReductionNoticeDays (at once, research Q2), and Premium: the
// price is a flat annual amount from a grid by sector, turnover and number
// of buyers ("une tarification forfaitaire", research PR4 and Q14), which
// the premium package computes, not a rate on turnover.
func SimplifiedSME(currency Currency, signature, effective, expiry calendar.Date) Terms {
	return Terms{
		Currency:          currency,
		Signature:         signature,
		Effective:         effective,
		Expiry:            expiry,
		RetroactivityDays: 30,
		DeadlineRule:      calendar.FRCivil,
		MaxInvoicingDays:  30,
		OverdueNotice:     Notice{Days: 30, Anchor: DueDate},
		IndemnityDays:     30,
		Quotites:          Quotites{Named: MustRate("0.9"), AccordExpress: MustRate("0.9")},
		VATCovered:        false,
		Rounding:          HalfAwayFromZero,
	}
}

// WholeTurnover returns whole-turnover terms in the style of the large
// insurers' classic policies (Allianz Trade, Coface, Atradius), with a
// per-claim threshold nql (non-qualifying loss, all or nothing) whose
// currency is the policy's:
//
//   - MaxInvoicingDays 30: Allianz Trade DE general conditions A.4 (P7);
//   - MaxCreditDays 120, and 180 for the group "export": Coface TradeLiner,
//     France up to 120 days, export up to 180 (P6, P4);
//   - MaxExtensionDays 60: the maximum extension period ends "2 months
//     after the original due date" (Atradius), "60 days at most in
//     general" (French guides) (P8);
//   - OverdueNotice 30 days after DueDate: Allianz Trade CH counts the
//     reporting period from the due date (C3; Atradius counts 30 days from
//     the end of the MEP instead: Anchor MEPEnd, research Q4);
//   - WaitingPeriodMonths 5: Coface Globalliance, 5 months from the claim
//     (C5, research Q8: 2 to 6 months in the market);
//   - IndemnityDays 30: TradeLiner pays 30 days after the claim, Atradius
//     notifies the claim amount within 30 days (C7);
//   - Quotites.Named 0.9: named buyers 70–90 % (Euler Hermes France), 90 %
//     in the Ooreka worked example (P9);
//   - ClaimThreshold nql, AllOrNothing: "a loss at or below the threshold is
//     not paid at all" (Ooreka; EasyFinance quotes an NQL of EUR 500) (P10,
//     research Q5);
//   - MaxLiability 30 × the premium of the year: "30 times the premium as
//     standard" (Coface TradeLiner; the market range is 20 to 40) (P11,
//     research Q7);
//   - DeadlineRule calendar.FRCivil (see above); Rounding HalfAwayFromZero;
//     VATCovered false (cover is excluding tax, P3).
//
// Left at zero: RetroactivityDays (no retroactivity, research Q1),
// discretionary cover (its maximum and quotité are per policy: 60–75 %,
// L3), the deductible and the aggregate first loss (P10), ReductionNoticeDays
// (at once; Atradius gives 30 days' notice, research Q2), and Premium (the
// rates by country group, the minimum premium and the fees are the
// policy's own, PR1–PR3).
func WholeTurnover(nql Amount, signature, effective, expiry calendar.Date) Terms {
	return Terms{
		Currency:             nql.Currency(),
		Signature:            signature,
		Effective:            effective,
		Expiry:               expiry,
		DeadlineRule:         calendar.FRCivil,
		MaxInvoicingDays:     30,
		MaxCreditDays:        120,
		MaxCreditDaysByGroup: []GroupValue{{Group: "export", Value: 180}},
		MaxExtensionDays:     60,
		OverdueNotice:        Notice{Days: 30, Anchor: DueDate},
		WaitingPeriodMonths:  5,
		IndemnityDays:        30,
		Quotites:             Quotites{Named: MustRate("0.9")},
		ClaimThreshold:       Threshold{Amount: nql, Mode: AllOrNothing},
		MaxLiability:         MaxLiability{PremiumMultiple: 30},
		VATCovered:           false,
		Rounding:             HalfAwayFromZero,
	}
}
