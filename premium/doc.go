// Package premium computes what a trade credit insurance policy costs: the
// premium of an insurance year on declared turnover, the minimum premium,
// the provisional instalments and the year-end adjustment, fees, the
// premium tax split by country group, flat-rate SME offers read from a
// price grid, bonus-malus, profit share, and the maximum liability of the
// year as a multiple of its premium. It imports [policy], [calendar] and,
// for the fees derived from the limit histories ([LimitFees]), [limits].
//
// # Representation
//
// Money is [policy.Amount] and rates are [policy.Rate] fractions (0.0025 for
// 0.25 %). [Annual] reads the pricing from [policy.Terms] (Premium.Rates,
// Premium.Minimum, Premium.Fees, Rounding) and the year from [Declarations]
// (turnover by group and period, fee counts, charges, instalments paid); it
// fills an [Input], the explicit form [Calculate] works on, which is also
// the shape of the conformance operation premium.annual. Every result
// carries a [policy.Trace] whose steps cite the clause they apply.
// Price grids ([Grid]) and bonus-malus scales ([BonusMalusStep]) are data
// made of bands ([Range]) whose bounds say whether they are included.
//
// # Rules
//
//   - Premium by group: rate × insurable turnover excluding tax, rounded per
//     group (FORMAT.md premium.annual); the group names [Domestic] and
//     [Export] follow the French "France / Export" pricing.
//   - Final premium = max(minimum, Σ group premiums); adjustment = final −
//     instalments paid, negative for a refund, which never takes the premium
//     below the minimum.
//   - Fees: unit price × count, each rounded; top-up premiums on the limit
//     with [TopUpPremium] (Allianz Trade CH, CAP / CAP+).
//   - Tax: art. 991 CGI taxes the premium, art. 995 8° CGI exempts export
//     credit insurance; each group's tax rate is a parameter
//     ([policy.GroupRate].TaxRate), never a constant here, since no source
//     gives the domestic rate. See [Options] for the two
//     open choices.
//   - Declarations by period and their deadlines ([DeclarationPeriods],
//     [DeclarationDeadline]: "by the 20th of the next month", "within 30
//     days"), computed with package calendar.
//   - The insurable turnover from the sales ledger ([Turnover]): the
//     exclusions of the terms (policy.TurnoverExclusions) with their
//     reasons, each line converted into the policy currency, the turnover
//     of each country group (policy.CountryGroup) and period, and the
//     premium of each period at the groups' rates.
//   - Provisional premium: [Instalments] spreads the deposit over quarterly
//     or half-yearly instalments that add up to it exactly.
//   - Flat-rate offers: [FlatRate] finds the one band of a [Grid] that prices
//     a [Profile] (sector, turnover, buyers) and [Offer.Cap] applies the
//     per-buyer and per-year caps (the simplified SME offer; Allianz Trade
//     Simplicity; no public price grid exists).
//   - Experience: [LossRatio], [BonusMalus], [ProfitShare] (ICISA glossary;
//     Coface lexicon).
//   - [MaxLiability]: a fixed amount or a multiple of the year's premium
//     (the wordings differ; here the base is the final premium of the
//     year).
//
// # Rounding
//
// Each group premium, fee line, tax line, bonus or malus, management charge
// and profit share is rounded to the currency's minor unit with the terms'
// [policy.RoundingMode] (the zero value rounds half away from zero), then
// summed; sums and differences of rounded amounts need no rounding.
//
//	EUR 1005 × 0.001 = 1.005 → EUR 1.01; two such groups → EUR 2.02
//	JPY 1234567 × 0.0035 = 4320.9845 → JPY 4321
//	EUR 75.50 × 2 = EUR 151.00
//
// Instalments and tax bases are split with [policy.Allocate], which conserves
// the total: EUR 100.01 in four instalments is 25.01 + 25.00 + 25.00 +
// 25.00. A loss ratio has [LossRatioPlaces] decimals.
//
// # Errors
//
// Errors are *[policy.RuleError] values naming the clause, the field and the
// value, and unwrap to a sentinel: those of package policy
// ([policy.ErrMissing], [policy.ErrOutOfRange], [policy.ErrCurrencyMismatch],
// [policy.ErrInconsistent], [policy.ErrSyntax]), or this package's
// [ErrNoBand] and [ErrOverlappingBands]. Grid and scale validation report
// every defect at once with errors.Join. No input makes the package panic.
//
// # Examples
//
// See the Example functions: the premium of a year priced France / export
// with a minimum premium, instalments and fees; the same firm on a flat-rate
// offer; declaration deadlines; a profit share.
package premium
