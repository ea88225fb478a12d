// Package claims takes an unpaid invoice to the money: the clocks of the
// claim, the insured loss on a buyer's ledger, the indemnity with every
// step, and the sharing of what is recovered afterwards. It reads the
// particular conditions from [policy.Terms] and counts time limits with
// package calendar. The indemnity takes the cover in force as the
// [limits.Cover] that [limits.CoverAt] found.
//
// # Representation
//
// An [Invoice] carries its delivery, invoice and due dates, its amounts
// excluding tax and of tax, whether it is disputed, and its country group.
// A [Ledger] is a buyer's invoices, [Payment] values and [CreditNote]
// values, with the stop date of its cover. [Events] are the dates things
// happened (the DMS filed, insolvency, payment in full, the indemnity
// paid) and the day the clocks are read, passed by the caller: the package
// never reads the clock.
//
// [Clocks] returns the [Deadlines] of one invoice, each a [Clock]: a
// [calendar.Limit] (nominal and final day, anchor, period, rule), the act
// it limits, a [ClockStatus] (pending, met, missed) and the clause; plus the
// [DateOfLoss]. [BuyerClocks] does the same for a whole ledger and adds
// the buyer's DMS deadline and [Stop] date. [Loss] returns a [LossReport]
// with one [InvoiceLoss] per invoice and its [Exclusion] when excluded.
// [Indemnity] returns a [Breakdown] of the steps from the loss to the
// indemnity; [ShareRecovery] returns the [Shares] of a recovery. Every
// result has a Trace method that builds a [policy.Trace] on demand, each
// step naming its clause.
//
// [EvaluateBook] reads a buyer's whole book on a day (a [BuyerBook]: the
// buyer, its limit history, its ledger and its events) and returns a
// [Book]: each invoice's cover at its delivery and the last days of its
// clocks ([BookInvoice], [ClockDays]; the whole clocks on demand,
// [BookOptions.InvoiceDeadlines]), the stop of
// cover that spares earlier deliveries, the open and insured amounts under
// the ceiling of the amount in force at each delivery ([CeilingRule]), the
// claim by quotité [Layer] once the date of loss has come, the cover and
// headroom of a new delivery, and the notice to file; [Book.Order] answers
// an order screen. The readings wordings differ on ([Readings]: orders
// taken before a reduction, payments shared [ProRata], the uninsured kept
// at a stop, the day the claim is measured on) are options whose zero
// value is FORMAT.md's. It is the one operation that an ERP's nightly job, an
// order screen and a claims desk call. [EvaluatePortfolio] is the nightly
// batch: for every buyer its book, its exposure, its alerts and the
// [Action] values due, in input order ([BuyerReport]). It starts no
// goroutine: a caller who wants every core passes a [PortfolioOptions]
// Parallel hook (see its Example).
//
// # Rules
//
// Each rule cites the clause it implements and the public wording behind
// it (insurers' glossaries and guides, the law), and follows FORMAT.md, the
// conformance contract:
//
//   - clocks: invoicing deadline after delivery, end of the maximum
//     credit term from the invoice date, end of the maximum extension
//     period from the original due date, the DMS deadline from its anchor
//     (due date, end of the credit term or end of the MEP), the waiting
//     period from its anchor (the notice, the due date or the hand-over for
//     collection: policy.Terms.WaitingPeriodAnchor), the date
//     of loss (insolvency, else the end of the waiting period), the
//     indemnity due date;
//   - stop of cover: the day after the end of the MEP of the oldest
//     invoice still unpaid then, the DMS filed, insolvency;
//   - extensions of the due date and payment plans ([Extension],
//     [PaymentPlan]): free within the MEP; beyond it the insurer's
//     agreement moves the stop to the agreed end, a refusal stops cover,
//     and a failed one sets the claim deadline ([Book].ExtensionClaim);
//     the original due date stays the reference of every clock;
//   - loss: payments and account credits to the oldest open
//     invoice whatever the payer earmarked; open amounts excluding tax pro
//     rata; exclusions in the order late invoice, term over the maximum,
//     disputed, delivered on or after the stop date, outside the policy
//     period, and, where the policy forfeits the cover on a late
//     threat-of-loss declaration, a DMS filed late; tax included only
//     when the policy covers it;
//   - indemnity: cap at the limit, claim threshold
//     (all-or-nothing or excess), quotité of the cover type, per-claim
//     deductible, aggregate first loss, maximum liability remaining; the
//     loss payee of a factoring delegation;
//   - recoveries: shared pro rata of the indemnity and of the rest of
//     the loss, net of the collection costs the policy deducts;
//   - insolvency proceedings ([Proceedings], [InsolvencyOptions.Settle]):
//     the claim declared within two months of the publication of the
//     opening judgment (Code de commerce L622-24, R622-24), goods claimed
//     within three months (L624-9), goods taken back under retention of
//     title deducted from the loss ([TakenBack], [GoodsValuation]) until
//     the indemnity is paid (after it, a recovery: [ShareRecovery]), an
//     advance and the balance of the indemnity after the admission of the
//     claim (policy.InsolvencyTerms), a late declaration reducing the
//     indemnity by the insurer's prejudice only under [ReduceByPrejudice].
//
// Where the sources disagree, the choice is a named option whose zero
// value is FORMAT.md: [Options] (whether the ends of the credit term, of
// the MEP, of the waiting period and the indemnity due date are adjusted
// to a business day, by default they are not; whether a late DMS forfeits
// the cover of the invoices it should have declared: by default it is
// only reported) and [IndemnityOptions] (what
// the threshold tests: the capped loss by default; whether the
// deductible and the aggregate first loss come before the quotité: after
// it by default, after Coface's and Ooreka's examples).
//
// # Rounding
//
// Money is rounded where FORMAT.md says "rounded", to the currency's minor
// unit with Terms.Rounding (half away from zero by default), and nowhere
// else: the open amount excluding tax of each invoice (OpenGross × Net /
// Gross, multiplied first and divided once with an explicit precision:
// 866.67 × 1000 / 1200 = 722.225 → 722.23) and the product by the quotité
// (1000.05 × 0.5 = 500.025 → 500.03). Sums and differences of amounts are
// exact. [ShareRecovery] rounds the insurer's share of a recovery (net ×
// indemnity / loss, at most the indemnity) and gives the insured the rest,
// so the two add up to the net recovery exactly. [EvaluateBook] rounds
// each quotité layer's indemnity as [Indemnity] does; its insured amounts
// are sums and differences of the open amounts, so they need no rounding.
// Every amount the package returns is thus a whole number of minor units,
// and its text reads back ([policy.Amount]); there is no unrounded variant
// of a result: the exact product by the quotité of a what-if is
// Amount.Mul, outside the rules.
//
// # Errors
//
// No input makes the package panic. Every error is a *[policy.RuleError]
// naming the clause, the field and the value, wrapping [policy.ErrMissing],
// [policy.ErrOutOfRange], [policy.ErrInconsistent] or
// [policy.ErrCurrencyMismatch], or a *[calendar.Error] from a time limit
// (an impossible deadline, a holiday calendar outside its years, a strict
// month-end that would clamp); test them with errors.Is.
//
// # Examples
//
// The package example follows one unpaid invoice under the simplified
// SME offer from its DMS to the dividend shared after the
// indemnity; the function examples show the Ooreka figures (an outstanding
// of 40 000 on a 30 000 limit at 90 %), a payment earmarked for the newest
// invoice, the DMS limit extended over Easter Monday, and the stop date of
// a buyer's cover.
package claims
