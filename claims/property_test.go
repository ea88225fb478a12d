package claims_test

import (
	"maps"
	"slices"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Properties of the package, one named law per function. Each law is a
// func(*rapid.T) run by a TestProp… function through rapid.Check and exposed
// as a coverage-guided fuzz target by a FuzzProp… function through
// rapid.MakeFuzz:
//
//	go test -run=^$ -fuzz=^FuzzPropIndemnityBounds$ -fuzztime=15s ./claims

// ---- generators (from primitives, so that failures print as numbers) ----

// cents draws an amount in euro cents in [0, hi], biased towards 0 and
// round sums.
func cents(t *rapid.T, label string, hi int64) int64 {
	return rapid.OneOf(rapid.Just(int64(0)), rapid.Int64Range(0, hi), rapid.Map(rapid.Int64Range(0, hi/100), func(x int64) int64 { return x * 100 })).Draw(t, label)
}

func eurCents(c int64) policy.Amount {
	a, err := policy.NewAmount(policy.EUR, decimal.New(c, -2))
	if err != nil {
		panic(err)
	}
	return a
}

// genQuotite draws a quotité in [0, 1] with up to four decimals.
func genQuotite(t *rapid.T, label string) policy.Rate {
	n := rapid.OneOf(rapid.Just(int64(9000)), rapid.Just(int64(10000)), rapid.Int64Range(0, 10000)).Draw(t, label)
	r, err := policy.NewRate(decimal.New(n, -4))
	if err != nil {
		panic(err)
	}
	return r
}

// claimInputs are the inputs of one Indemnity call, drawn together.
type claimInputs struct {
	terms policy.Terms
	claim claims.Claim
	cover limits.Cover
	opts  claims.IndemnityOptions
}

func (in claimInputs) run(t *rapid.T) claims.Breakdown {
	b, err := claims.Indemnity(in.terms, in.claim, in.cover, in.opts)
	if err != nil {
		t.Fatalf("Indemnity: %v", err)
	}
	return b
}

// optional returns the zero Amount ("not set") or an amount of c cents.
func optional(t *rapid.T, label string, c int64) policy.Amount {
	if rapid.Bool().Draw(t, label+"Set") {
		return eurCents(c)
	}
	return policy.Amount{}
}

func genClaim(t *rapid.T) claimInputs {
	const hi = 10_000_000_00
	return claimInputs{
		terms: policy.Terms{
			Currency: policy.EUR,
			ClaimThreshold: policy.Threshold{
				Amount: optional(t, "threshold", cents(t, "thresholdCents", hi/100)),
				Mode:   policy.ThresholdMode(rapid.IntRange(0, 1).Draw(t, "mode")),
			},
			Deductible: optional(t, "deductible", cents(t, "deductibleCents", hi/100)),
			Rounding:   policy.RoundingMode(rapid.IntRange(0, 3).Draw(t, "rounding")),
		},
		claim: claims.Claim{
			Loss:               eurCents(cents(t, "loss", hi)),
			FirstLossRemaining: optional(t, "firstLoss", cents(t, "firstLossCents", hi/10)),
			LiabilityRemaining: optional(t, "liability", cents(t, "liabilityCents", hi)),
		},
		cover: limits.Cover{Type: policy.Named, Amount: eurCents(cents(t, "limit", hi)), Quotite: genQuotite(t, "quotite")},
		opts: claims.IndemnityOptions{
			ThresholdOn:             claims.ThresholdBase(rapid.IntRange(0, 2).Draw(t, "thresholdOn")),
			DeductibleBeforeQuotite: rapid.Bool().Draw(t, "deductibleBefore"),
			FirstLossBeforeQuotite:  rapid.Bool().Draw(t, "firstLossBefore"),
		},
	}
}

func cmpAmounts(t *rapid.T, a, b policy.Amount) int {
	c, err := a.Cmp(b)
	if err != nil {
		t.Fatalf("Cmp(%v, %v): %v", a, b, err)
	}
	return c
}

// ---- indemnity ----

// Property: 0 ≤ indemnity ≤ min(loss, limit) × quotité, the product rounded
// as the gross indemnity is (half a cent may round up), whatever the
// options.
func propIndemnityBounds(t *rapid.T) {
	in := genClaim(t)
	b := in.run(t)
	capped := in.claim.Loss
	if cmpAmounts(t, in.cover.Amount, capped) < 0 {
		capped = in.cover.Amount
	}
	bound := capped.Mul(in.cover.Quotite).Round(in.terms.Rounding)
	if b.Indemnity.IsNegative() || cmpAmounts(t, b.Indemnity, bound) > 0 {
		t.Fatalf("indemnity %v outside [0, %v]", b.Indemnity, bound)
	}
}

func TestPropIndemnityBounds(t *testing.T) { rapid.Check(t, propIndemnityBounds) }
func FuzzPropIndemnityBounds(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propIndemnityBounds)) }

// Property: indemnity + retained = loss: the loss is split, nothing
// created or lost.
func propIndemnityConservation(t *rapid.T) {
	in := genClaim(t)
	b := in.run(t)
	sum, err := b.Indemnity.Add(b.Retained)
	if err != nil || !sum.Equal(in.claim.Loss) {
		t.Fatalf("indemnity %v + retained %v = %v, want the loss %v (%v)", b.Indemnity, b.Retained, sum, in.claim.Loss, err)
	}
}

func TestPropIndemnityConservation(t *testing.T) { rapid.Check(t, propIndemnityConservation) }
func FuzzPropIndemnityConservation(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propIndemnityConservation))
}

// Property: a higher limit never lowers the indemnity.
func propIndemnityMonotoneLimit(t *rapid.T) {
	in := genClaim(t)
	low := in.run(t)
	more := eurCents(cents(t, "moreLimit", 1_000_000_00))
	in.cover.Amount, _ = in.cover.Amount.Add(more)
	high := in.run(t)
	if cmpAmounts(t, high.Indemnity, low.Indemnity) < 0 {
		t.Fatalf("limit raised by %v: indemnity fell from %v to %v", more, low.Indemnity, high.Indemnity)
	}
}

func TestPropIndemnityMonotoneLimit(t *testing.T) { rapid.Check(t, propIndemnityMonotoneLimit) }
func FuzzPropIndemnityMonotoneLimit(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propIndemnityMonotoneLimit))
}

// Property: a higher quotité never lowers the indemnity.
func propIndemnityMonotoneQuotite(t *rapid.T) {
	in := genClaim(t)
	q2 := genQuotite(t, "quotite2")
	if in.cover.Quotite.Cmp(q2) > 0 {
		in.cover.Quotite, q2 = q2, in.cover.Quotite
	}
	low := in.run(t)
	in.cover.Quotite = q2
	high := in.run(t)
	if cmpAmounts(t, high.Indemnity, low.Indemnity) < 0 {
		t.Fatalf("quotité raised to %v: indemnity fell from %v to %v", q2, low.Indemnity, high.Indemnity)
	}
}

func TestPropIndemnityMonotoneQuotite(t *testing.T) { rapid.Check(t, propIndemnityMonotoneQuotite) }
func FuzzPropIndemnityMonotoneQuotite(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propIndemnityMonotoneQuotite))
}

// Property: scaling every amount by 10 scales the indemnity by 10 (every
// step is positively homogeneous) once the amounts are scaled so that the
// product by the quotité (of at most 4 decimals) is exact in cents.
func propIndemnityScaling(t *rapid.T) {
	in := genClaim(t)
	scale := func(n int64) {
		by := func(a policy.Amount) policy.Amount {
			if a.Currency().IsZero() {
				return a
			}
			return a.MulInt(n)
		}
		in.claim.Loss, in.cover.Amount = by(in.claim.Loss), by(in.cover.Amount)
		in.terms.ClaimThreshold.Amount, in.terms.Deductible = by(in.terms.ClaimThreshold.Amount), by(in.terms.Deductible)
		in.claim.FirstLossRemaining, in.claim.LiabilityRemaining = by(in.claim.FirstLossRemaining), by(in.claim.LiabilityRemaining)
	}
	scale(10_000)
	base := in.run(t)
	scale(10)
	scaled := in.run(t)
	if want := base.Indemnity.MulInt(10); !scaled.Indemnity.Equal(want) {
		t.Fatalf("scaled indemnity %v, want 10 × %v = %v", scaled.Indemnity, base.Indemnity, want)
	}
}

func TestPropIndemnityScaling(t *testing.T) { rapid.Check(t, propIndemnityScaling) }
func FuzzPropIndemnityScaling(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propIndemnityScaling)) }

// ---- clocks ----

var day0 = calendar.MustDate(2025, 1, 1)

func dateAt(t *rapid.T, label string, lo, hi int) calendar.Date {
	return day0.AddDays(rapid.IntRange(lo, hi).Draw(t, label))
}

// genTerms draws the clock terms of a policy with the French civil rule or
// plain calendar days.
func genTerms(t *rapid.T) policy.Terms {
	r := rapid.SampledFrom([]calendar.Rule{calendar.FRCivil, calendar.StrictRule}).Draw(t, "rule")
	return policy.Terms{
		Currency:         policy.EUR,
		DeadlineRule:     r,
		MaxInvoicingDays: limitDays(rapid.IntRange(0, 60).Draw(t, "maxInvoicingDays")),
		MaxCreditDays:    limitDays(rapid.IntRange(1, 180).Draw(t, "maxCreditDays")),
		MaxExtensionDays: limitDays(rapid.IntRange(0, 90).Draw(t, "maxExtensionDays")),
		OverdueNotice:    policy.Notice{Days: limitDays(rapid.IntRange(0, 60).Draw(t, "noticeDays")), Anchor: policy.NoticeAnchor(rapid.IntRange(0, 2).Draw(t, "anchor"))},
		WaitingPeriod:    limitMonths(rapid.IntRange(0, 9).Draw(t, "waitingMonths")),
		IndemnityDays:    limitDays(rapid.IntRange(0, 60).Draw(t, "indemnityDays")),
	}
}

// Property: a later notice never gains cover: if a notice on day n2 is on
// time, so is one on any earlier day n1.
func propLaterNoticeNeverGainsCover(t *rapid.T) {
	terms := genTerms(t)
	delivery := dateAt(t, "delivery", 0, 300)
	issued := delivery.AddDays(rapid.IntRange(0, 40).Draw(t, "invoiceAfter"))
	invoice := claims.Invoice{ID: "F", DeliveryDate: delivery, InvoiceDate: issued, DueDate: issued.AddDays(rapid.IntRange(0, 200).Draw(t, "term"))}
	n1 := delivery.AddDays(rapid.IntRange(0, 400).Draw(t, "notice1")) // a notice follows the delivery
	n2 := n1.AddDays(rapid.IntRange(0, 100).Draw(t, "later"))
	a, err := claims.Clocks(terms, invoice, claims.Events{OverdueNotice: n1})
	if err != nil {
		t.Fatalf("Clocks: %v", err)
	}
	b, err := claims.Clocks(terms, invoice, claims.Events{OverdueNotice: n2})
	if err != nil {
		t.Fatalf("Clocks: %v", err)
	}
	if b.OverdueNotice.Status == claims.Met && a.OverdueNotice.Status != claims.Met {
		t.Fatalf("notice on %v is %v, later notice on %v is met", n1, a.OverdueNotice.Status, n2)
	}
}

func TestPropLaterNoticeNeverGainsCover(t *testing.T) { rapid.Check(t, propLaterNoticeNeverGainsCover) }
func FuzzPropLaterNoticeNeverGainsCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLaterNoticeNeverGainsCover))
}

// ---- loss ----

// genLedger draws a buyer's ledger: up to 12 invoices, up to 8 payments,
// up to 3 credit notes (on an invoice or on the account), with dates in
// 2025–2026.
func genLedger(t *rapid.T) claims.Ledger {
	var l claims.Ledger
	n := rapid.IntRange(0, 12).Draw(t, "invoices")
	for i := range n {
		delivery := dateAt(t, "delivery", 0, 360)
		issued := delivery.AddDays(rapid.IntRange(0, 45).Draw(t, "invoiceAfter"))
		l.Invoices = append(l.Invoices, claims.Invoice{
			ID: "I" + strconv.Itoa(i), DeliveryDate: delivery, InvoiceDate: issued,
			DueDate: issued.AddDays(rapid.IntRange(0, 120).Draw(t, "term")),
			Net:     eurCents(cents(t, "net", 5_000_000)), Tax: eurCents(cents(t, "tax", 1_000_000)),
			Disputed: rapid.IntRange(0, 9).Draw(t, "disputed") == 0,
		})
	}
	for range rapid.IntRange(0, 8).Draw(t, "payments") {
		l.Payments = append(l.Payments, claims.Payment{Date: dateAt(t, "paid", 0, 500), Amount: eurCents(cents(t, "amount", 3_000_000))})
	}
	for range rapid.IntRange(0, 3).Draw(t, "creditNotes") {
		c := claims.CreditNote{Date: dateAt(t, "credited", 0, 500)}
		if n > 0 && rapid.Bool().Draw(t, "onInvoice") {
			// A tenth of the invoice at most, so that three never exceed it.
			x := l.Invoices[rapid.IntRange(0, n-1).Draw(t, "invoice")]
			c.Invoice = x.ID
			c.Net, c.Tax = tenth(x.Net), tenth(x.Tax)
		} else {
			c.Net, c.Tax = eurCents(cents(t, "creditNet", 500_000)), eurCents(0)
		}
		l.CreditNotes = append(l.CreditNotes, c)
	}
	if rapid.Bool().Draw(t, "stop") {
		l.StopDate = dateAt(t, "stopDate", 0, 400)
	}
	if rapid.Bool().Draw(t, "notice") {
		l.OverdueNotice = dateAt(t, "noticeDate", 0, 500)
	}
	return l
}

func tenth(a policy.Amount) policy.Amount {
	q, _ := a.Decimal().QuoRem(decimal.New(10, 0), 2)
	return eurCents(q.Shift(2).IntPart())
}

func genLoss(t *rapid.T) (policy.Terms, claims.Ledger, calendar.Date) {
	terms := genTerms(t)
	terms.VATCovered = rapid.Bool().Draw(t, "vatCovered")
	terms.Rounding = policy.RoundingMode(rapid.IntRange(0, 3).Draw(t, "rounding"))
	return terms, genLedger(t), dateAt(t, "lossDate", 0, 500)
}

func runLoss(t *rapid.T, terms policy.Terms, l claims.Ledger, date calendar.Date) claims.LossReport {
	r, err := claims.Loss(terms, l, date)
	if err != nil {
		t.Fatalf("Loss: %v", err)
	}
	return r
}

func sum(t *rapid.T, as ...policy.Amount) policy.Amount {
	s, err := policy.Sum(policy.EUR, as...)
	if err != nil {
		t.Fatalf("Sum: %v", err)
	}
	return s
}

// Property: payments conserve money: allocated + unallocated = paid, the
// payments and account credits dated on or before the date of loss, and
// the invoices received exactly what was allocated, none more than its
// gross amount.
func propPaymentsConserved(t *rapid.T) {
	terms, l, date := genLoss(t)
	r := runLoss(t, terms, l, date)
	var received, toInvoices []policy.Amount
	for _, p := range l.Payments {
		if !p.Date.After(date) {
			received = append(received, p.Amount)
		}
	}
	for _, c := range l.CreditNotes {
		if c.Invoice == "" && !c.Date.After(date) {
			received = append(received, c.Net, c.Tax)
		}
	}
	for _, x := range r.Invoices {
		toInvoices = append(toInvoices, x.Allocated)
		if cmpAmounts(t, x.Allocated, x.Gross) > 0 || x.OpenGross.IsNegative() {
			t.Fatalf("invoice %s: allocated %v of %v", x.ID, x.Allocated, x.Gross)
		}
	}
	if paid := sum(t, received...); !r.Paid.Equal(paid) {
		t.Fatalf("paid %v, want %v", r.Paid, paid)
	}
	if s := sum(t, r.Allocated, r.Unallocated); !s.Equal(r.Paid) {
		t.Fatalf("allocated %v + unallocated %v = %v, want paid %v", r.Allocated, r.Unallocated, s, r.Paid)
	}
	if s := sum(t, toInvoices...); !s.Equal(r.Allocated) {
		t.Fatalf("invoices received %v, want allocated %v", s, r.Allocated)
	}
}

func TestPropPaymentsConserved(t *testing.T) { rapid.Check(t, propPaymentsConserved) }
func FuzzPropPaymentsConserved(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propPaymentsConserved)) }

// Property: permuting the ledger's invoices, payments and credit notes
// does not change the loss, nor any invoice's line.
func propLossPermutation(t *rapid.T) {
	terms, l, date := genLoss(t)
	a := runLoss(t, terms, l, date)
	p := claims.Ledger{
		Invoices:      rapid.Permutation(l.Invoices).Draw(t, "invoiceOrder"),
		Payments:      rapid.Permutation(l.Payments).Draw(t, "paymentOrder"),
		CreditNotes:   rapid.Permutation(l.CreditNotes).Draw(t, "creditOrder"),
		StopDate:      l.StopDate,
		OverdueNotice: l.OverdueNotice,
	}
	b := runLoss(t, terms, p, date)
	if !a.Insured.Equal(b.Insured) || !a.Uninsured.Equal(b.Uninsured) || !a.Allocated.Equal(b.Allocated) {
		t.Fatalf("insured %v/%v, uninsured %v/%v, allocated %v/%v", a.Insured, b.Insured, a.Uninsured, b.Uninsured, a.Allocated, b.Allocated)
	}
	byID := func(r claims.LossReport) map[string]string {
		m := map[string]string{}
		for _, x := range r.Invoices {
			m[x.ID] = x.Allocated.String() + " " + x.OpenNet.String() + " " + x.Reason.String()
		}
		return m
	}
	if ma, mb := byID(a), byID(b); !maps.Equal(ma, mb) {
		keys := slices.Sorted(maps.Keys(ma))
		t.Fatalf("lines differ: %v\n%v\nkeys %v", ma, mb, keys)
	}
}

func TestPropLossPermutation(t *testing.T) { rapid.Check(t, propLossPermutation) }
func FuzzPropLossPermutation(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propLossPermutation)) }

// ---- recoveries ----

func genRecovery(t *rapid.T) (policy.Amount, policy.Amount, claims.Recovery) {
	loss := cents(t, "loss", 1_000_000_00) + 1
	indemnity := rapid.Int64Range(0, loss).Draw(t, "indemnity")
	net := rapid.Int64Range(0, loss).Draw(t, "net")
	costs := rapid.Int64Range(0, 10_000_00).Draw(t, "costs")
	return eurCents(indemnity), eurCents(loss), claims.Recovery{Amount: eurCents(net + costs), Costs: eurCents(costs)}
}

// Property: the shares sum to the net recovery, neither is negative.
func propRecoverySharesSum(t *rapid.T) {
	indemnity, loss, r := genRecovery(t)
	s, err := claims.ShareRecovery(indemnity, loss, r)
	if err != nil {
		t.Fatalf("ShareRecovery: %v", err)
	}
	if total := sum(t, s.Insurer, s.Insured); !total.Equal(s.Net) || s.Insurer.IsNegative() || s.Insured.IsNegative() {
		t.Fatalf("insurer %v + insured %v = %v, want net %v", s.Insurer, s.Insured, total, s.Net)
	}
}

func TestPropRecoverySharesSum(t *testing.T) { rapid.Check(t, propRecoverySharesSum) }
func FuzzPropRecoverySharesSum(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propRecoverySharesSum)) }

// Property: the insurer never recovers more than it paid (subrogation is
// up to the indemnity, Code des assurances L121-12).
func propRecoveryWithinIndemnity(t *rapid.T) {
	indemnity, loss, r := genRecovery(t)
	s, err := claims.ShareRecovery(indemnity, loss, r)
	if err != nil {
		t.Fatalf("ShareRecovery: %v", err)
	}
	if cmpAmounts(t, s.Insurer, indemnity) > 0 {
		t.Fatalf("insurer recovers %v, paid %v", s.Insurer, indemnity)
	}
}

func TestPropRecoveryWithinIndemnity(t *testing.T) { rapid.Check(t, propRecoveryWithinIndemnity) }
func FuzzPropRecoveryWithinIndemnity(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propRecoveryWithinIndemnity))
}

// forfeitLoss is the loss of genLoss with and without
// Options.ForfeitOnLateNotice.
func forfeitLoss(t *rapid.T, terms policy.Terms, l claims.Ledger, date calendar.Date) claims.LossReport {
	r, err := claims.Options{ForfeitOnLateNotice: true}.Loss(terms, l, date)
	if err != nil {
		t.Fatalf("Loss with ForfeitOnLateNotice: %v", err)
	}
	return r
}

// Property: forfeiting on a late notice only moves invoices from the
// insured to the uninsured loss: the open total is conserved, and an
// invoice's reason changes only from insurable to late-notice, and only
// for an invoice still open.
func propForfeitMovesInsuredToUninsured(t *rapid.T) {
	terms, l, date := genLoss(t)
	a, b := runLoss(t, terms, l, date), forfeitLoss(t, terms, l, date)
	if s, u := sum(t, a.Insured, a.Uninsured), sum(t, b.Insured, b.Uninsured); !s.Equal(u) {
		t.Fatalf("open total %v without forfeiture, %v with", s, u)
	}
	if cmpAmounts(t, b.Insured, a.Insured) > 0 {
		t.Fatalf("insured %v with forfeiture, more than %v without", b.Insured, a.Insured)
	}
	for i, x := range b.Invoices {
		if y := a.Invoices[i]; x.Reason != y.Reason &&
			(y.Reason != claims.Insurable || x.Reason != claims.LateNotice || !x.OpenGross.IsPositive()) {
			t.Fatalf("invoice %s: %q without forfeiture, %q with, open %v", x.ID, y.Reason, x.Reason, x.OpenGross)
		}
	}
}

func TestPropForfeitMovesInsuredToUninsured(t *testing.T) {
	rapid.Check(t, propForfeitMovesInsuredToUninsured)
}
func FuzzPropForfeitMovesInsuredToUninsured(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propForfeitMovesInsuredToUninsured))
}

// Property: under ForfeitOnLateNotice, an earlier notice never loses
// cover: filing the DMS on an earlier day never lowers the insured loss
// (clause CP-overdue-notice-forfeit).
func propEarlierNoticeNeverLosesCover(t *rapid.T) {
	terms, l, date := genLoss(t)
	late := l
	late.OverdueNotice = dateAt(t, "notice", 0, 500)
	early := l
	early.OverdueNotice = late.OverdueNotice.AddDays(-rapid.IntRange(0, 200).Draw(t, "earlier"))
	a, b := forfeitLoss(t, terms, early, date), forfeitLoss(t, terms, late, date)
	if cmpAmounts(t, a.Insured, b.Insured) < 0 {
		t.Fatalf("notice on %v insures %v, a later one on %v insures %v", early.OverdueNotice, a.Insured, late.OverdueNotice, b.Insured)
	}
}

func TestPropEarlierNoticeNeverLosesCover(t *testing.T) {
	rapid.Check(t, propEarlierNoticeNeverLosesCover)
}
func FuzzPropEarlierNoticeNeverLosesCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propEarlierNoticeNeverLosesCover))
}

// Property: the imputation in int64 minor units gives, invoice by invoice
// and in total, what the decimal imputation gives.
func propImputationFastPathIsTheDecimalPath(t *rapid.T) {
	l := genLedger(t)
	if diff := claims.ImputationDiff(l, dateAt(t, "cutoff", 0, 600)); diff != "" {
		t.Fatalf("imputation: %s", diff)
	}
}

// Property: when no payment or credit note is dated after a day, the
// imputation on that day is the whole ledger's (the book reads its view
// from the whole ledger's imputation then).
func propImputationWithNothingLaterIsTheWholeLedger(t *rapid.T) {
	l := genLedger(t)
	diff, read := claims.WholeLedgerDiff(l, dateAt(t, "day", 0, 600))
	if !read {
		t.Skip("an event after the day")
	}
	if diff != "" {
		t.Fatalf("imputation: %s", diff)
	}
}

func TestPropImputationWithNothingLaterIsTheWholeLedger(t *testing.T) {
	rapid.Check(t, propImputationWithNothingLaterIsTheWholeLedger)
}
func FuzzPropImputationWithNothingLaterIsTheWholeLedger(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propImputationWithNothingLaterIsTheWholeLedger))
}

func TestPropImputationFastPathIsTheDecimalPath(t *testing.T) {
	rapid.Check(t, propImputationFastPathIsTheDecimalPath)
}
func FuzzPropImputationFastPathIsTheDecimalPath(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propImputationFastPathIsTheDecimalPath))
}
