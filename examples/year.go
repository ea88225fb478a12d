package examples

import (
	"io"
	"strconv"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// InsuranceYear runs one insurance year of a mid-size exporter through the
// SDK and writes the report to w: forty buyers, two extensions of a due
// date, a payment plan, three claims (one in insolvency with goods taken
// back under retention of title), a recovery, the limit fees and the
// renewal. The year is an account ([claims.Year]): [claims.Year.Portfolio]
// reads every buyer's book on 31 December and files the claims in the
// order of their dates of loss, so that the aggregate first loss goes to
// the earliest ("Premier sinistre de 50 K€, on comptabilise 45 K€ …",
// https://assurance-professionnelle.pagesjaunes.fr/astuce/voir/747079/assurance-credit-et-la-franchise).
//
// Tissages Morel SA, a textile maker near Lyon selling in France and the EU
// (invoices without VAT), holds the classic whole-turnover policy
// ([policy.WholeTurnover]) for 2025: named buyers at 90 %, a non-qualifying
// loss of EUR 500, 60 days of maximum extension period, the overdue notice
// 30 days after the due date, 5 months of waiting from it, the indemnity 30
// days after the date of loss. Its particular conditions add an aggregate
// first loss of EUR 5 000, a maximum liability of EUR 300 000, 30 days'
// notice of reductions, 90 days to file a claim after a failed extension
// ("l'assuré … à 90 jours pour remettre le dossier en sinistre",
// https://www.assurance-credit-entreprise.fr/glossary/prorogation-echeance/),
// in insolvency an advance of 70 % and the balance 30 days after the
// admission of the claim ("acompte équivalent à 70 %", "dans le mois
// suivant … l'admission", e-assurance-credit.com), collection fees of
// 1.5 % in insolvency and 4.5 % in protracted default, and limit fees of
// EUR 30 per limit per quarter and EUR 50 per new limit (Atradius glossary
// M, monitoring fees "billed quarterly").
//
// The figures, checked by hand:
//
//   - The 34 buyers who pay on time (Client 01 to 34, an agrément of
//     10 000 each) have one invoice of 2 000 + 100 k open each, delivered on
//     17 November: 34 × 2 000 + 100 × (1 + … + 34) = 68 000 + 59 500 =
//     127 500, all insured.
//   - Ateliers Roux: R1 (12 000, due 2 May) extended on 25 April to 20 June,
//     within the maximum extension period (2 May + 60 days = 1 July): free,
//     nothing asked ("the period during which you have the option, without
//     having to consult us, to grant one or more postponements", Atradius
//     glossary M); paid on 18 June. R2 (8 000) is open and insured.
//   - Confection Blanc: B1 (15 000, due 4 July, MEP to 2 September)
//     extended on 20 August to 15 October, beyond the period: the insurer
//     agreed on 22 August ("you do need to obtain a written agreement",
//     Atradius glossary P), and B1 was paid on 10 October, so cover never
//     stopped and B3 (10 000, delivered 1 December) is insured. Without the
//     agreement, B1 unpaid at the end of the period stops cover on 3
//     September: B3 is delivered after the stop and nothing is insured.
//   - Mode Garnier: a plan of 5 August for G1 (9 000, due 1 August, MEP to
//     30 September), three instalments of 3 000 on 15 and 29 August and 26
//     September, all within the period: free, and paid. G2 (4 000) is
//     insured.
//   - Textiles Petit: P1 12 000 (due 4 April) and P2 6 000; 2 000 paid on 30
//     April goes to P1. Overdue notice on 2 May (due by 4 May), a stop;
//     date of loss 2 May + 5 months = 2 October. Insured 10 000 + 6 000 =
//     16 000 (limit 20 000); 90 % = 14 400; the first loss is used up
//     already (below), so the indemnity is 14 400, due 1 November. The
//     4 000 received on 10 December comes after the date of loss: a
//     recovery, with a fee of 4.5 % = 180, net 3 820, shared as the loss:
//     the insurer 3 820 × 14 400 / 16 000 = 3 438.00, the insured 382.00.
//   - Habillement Leroy: insolvency opened on 21 July, the date of loss. L1
//     18 000 and L2 14 000; goods of L2 taken back on 12 August under
//     retention of title at their invoiced value, 5 000 (the default
//     [claims.InvoicedValue]), so L2 is 9 000: insured 27 000 (limit
//     50 000); 90 % = 24 300; the first of the year's losses uses the whole
//     aggregate first loss, 5 000: indemnity 19 300. The judgment was
//     published on 31 July: the claim to be declared by 30 September (2
//     months, Code de commerce R622-24), done on 25 August; the goods to be
//     claimed by 31 October (3 months, L624-9), done on 5 August. Advance
//     round(19 300 × 0.7) = 13 510 due 21 July + 30 days = 20 August;
//     balance 5 790 due 30 days after the admission of 14 November: 14
//     December, the book's indemnity due date.
//   - Sport Mercier: M1 7 000 and M2 5 000 delivered before the overdue
//     notice of 15 May, M3 3 000 on 26 May, after it: not insured. Date of
//     loss 15 October; insured 12 000; indemnity 10 800, due 14 November.
//   - The portfolio: open 127 500 + 8 000 + 10 000 + 4 000 + 16 000 +
//     27 000 + 15 000 = 207 500, insured the same less Mercier's 3 000 =
//     204 500.
//   - The year: indemnities 19 300 + 14 400 + 10 800 = 44 500; the maximum
//     liability leaves 300 000 − 44 500 = 255 500; recovered 3 438, net
//     paid 41 062, collection fees 180.
//   - Limit fees: the 37 buyers whose limit runs all year hold it four
//     quarters each (148); Petit (refused 10 May) and Mercier (20 May) two
//     each, Leroy (granted 10 February, refused 22 July) three: 155 ×
//     30 = 4 650; 40 new limits × 50 = 2 000 (Roux's increase of 1
//     September is free); 6 650.
//   - The renewal opens 2026 with the whole first loss and maximum liability
//     again ([claims.Year.Next]).
func InsuranceYear(w io.Writer) error {
	var r report
	terms := moreTerms()
	if err := terms.Validate(); err != nil {
		return err
	}
	books := moreBooks()
	histories := make([]limits.History, len(books))
	for i, b := range books {
		histories[i] = b.History
	}
	asOf := date(2025, time.December, 31)
	year, err := claims.NewYear(terms, claims.YearOptions{})
	if err != nil {
		return err
	}
	rep, closed, err := year.Portfolio(terms, books, asOf, claims.PortfolioOptions{})
	if err != nil {
		return err
	}
	byName := map[string]int{}
	for i, b := range books {
		byName[b.Buyer.ID] = i
	}

	r.title("A year of Tissages Morel")
	r.linef("Policy %s, %s to %s: named buyers at %s, per-claim threshold %s, aggregate first loss %s,",
		terms.PolicyID, terms.Effective, terms.Expiry, terms.Quotites.Named, terms.ClaimThreshold.Amount, terms.AggregateFirstLoss)
	r.linef("maximum liability %s; in insolvency %s of the indemnity in advance, the balance %s after the admission.",
		terms.MaxLiability.Amount, terms.Insolvency.AdvanceRate, terms.Insolvency.IndemnityAfterAdmission)

	r.section("The portfolio on " + asOf.String())
	rows := [][]string{{"buyer", "open", "insured", "stop", "date of loss", "indemnity"}}
	others, othersOpen, othersInsured := 0, policy.Zero(policy.EUR), policy.Zero(policy.EUR)
	totalOpen, totalInsured := policy.Zero(policy.EUR), policy.Zero(policy.EUR)
	for i, b := range rep.Buyers {
		bk, l := b.Book, books[i].Ledger
		if totalOpen, err = totalOpen.Add(bk.OpenNet); err != nil {
			return err
		}
		if totalInsured, err = totalInsured.Add(bk.Insured); err != nil {
			return err
		}
		if bk.Stop.Date.IsZero() && bk.Loss.Date.IsZero() && len(l.Extensions) == 0 && len(l.PaymentPlans) == 0 {
			others++
			othersOpen, _ = othersOpen.Add(bk.OpenNet)
			othersInsured, _ = othersInsured.Add(bk.Insured)
			continue
		}
		stop, loss, ind := "-", "-", "-"
		if !bk.Stop.Date.IsZero() {
			stop = bk.Stop.Date.String() + " " + bk.Stop.Cause.String()
		}
		if !bk.Loss.Date.IsZero() {
			loss, ind = bk.Loss.Date.String()+" "+bk.Loss.Cause.String(), bk.Indemnity.String()
		}
		rows = append(rows, []string{b.Buyer, bk.OpenNet.String(), bk.Insured.String(), stop, loss, ind})
	}
	rows = append(rows, []string{strconv.Itoa(others) + " other buyers", othersOpen.String(), othersInsured.String(), "-", "-", "-"},
		[]string{"all " + strconv.Itoa(len(rep.Buyers)) + " buyers", totalOpen.String(), totalInsured.String(), "", "", ""})
	r.table(rows)

	r.section("Extensions and the payment plan")
	for _, name := range []string{"Ateliers Roux", "Confection Blanc", "Mode Garnier"} {
		b := books[byName[name]]
		for _, e := range b.Ledger.Extensions {
			r.linef("%s: invoice %s extended on %s to %s, insurer %s.", name, e.Invoice, e.Granted, e.NewDueDate, e.Insurer)
		}
		for _, p := range b.Ledger.PaymentPlans {
			r.linef("%s: plan of %s for %v, %d instalments, the last on %s, insurer %s.", name, p.Date, p.Invoices, len(p.Instalments), p.Instalments[len(p.Instalments)-1].Date, p.Insurer)
		}
	}
	blanc := books[byName["Confection Blanc"]]
	blanc.Ledger.Extensions = append([]claims.Extension(nil), blanc.Ledger.Extensions...)
	blanc.Ledger.Extensions[0].Insurer, blanc.Ledger.Extensions[0].InsurerDate = claims.NotAsked, calendar.Date{}
	unasked, err := claims.EvaluateBook(terms, blanc, asOf)
	if err != nil {
		return err
	}
	r.linef("Had Confection Blanc's extension not been agreed, cover would have stopped on %s (%s): insured %s instead of %s.",
		unasked.Stop.Date, unasked.Stop.Cause, unasked.Insured, rep.Buyers[byName["Confection Blanc"]].Book.Insured)

	r.section("The claims of the year, in order of their dates of loss")
	rows = [][]string{{"buyer", "date of loss", "cause", "insured", "× quotité", "first loss used", "indemnity", "due"}}
	for _, name := range []string{"Habillement Leroy", "Textiles Petit", "Sport Mercier"} {
		bk := rep.Buyers[byName[name]].Book
		br := bk.Layers[0].Breakdown
		rows = append(rows, []string{name, bk.Loss.Date.String(), bk.Loss.Cause.String(), bk.Insured.String(),
			br.Gross.String(), br.FirstLossUsed.String(), bk.Indemnity.String(), bk.IndemnityDue.String()})
	}
	r.table(rows)
	leroy := rep.Buyers[byName["Habillement Leroy"]].Book
	s := leroy.Insolvency
	r.linef("Habillement Leroy: goods taken back under retention of title, %s, deducted from invoice L2.", books[byName["Habillement Leroy"]].Ledger.TakenBack[0].Invoiced)
	r.linef("  declaration of the claim by %s (%s), revendication by %s (%s);",
		s.Clocks.Declaration.Limit.Final, s.Clocks.Declaration.Status, s.Clocks.Revendication.Limit.Final, s.Clocks.Revendication.Status)
	r.linef("  advance %s due %s, balance %s due %s.", s.Advance, s.AdvanceDue, s.Balance, s.BalanceDue.Limit.Final)

	r.section("A recovery")
	petit := rep.Buyers[byName["Textiles Petit"]].Book
	collected := eur("4000")
	shares, closed, err := closed.Recover(terms, petit.Indemnity, petit.OpenNet, claims.ProtractedDefault, collected)
	if err != nil {
		return err
	}
	r.linef("Textiles Petit pays %s on 2025-12-10: collection fee %s, net %s, insurer %s, insured %s.",
		collected, closed.CollectionFees(), shares.Net, shares.Insurer, shares.Insured)

	r.section("The year's account")
	r.table([][]string{
		{"item", "value"},
		{"claims", strconv.Itoa(closed.Claims())},
		{"indemnities", closed.IndemnitiesPaid().String()},
		{"recovered by the insurer", closed.Recovered().String()},
		{"net paid", closed.NetPaid().String()},
		{"collection fees", closed.CollectionFees().String()},
		{"aggregate first loss left", closed.FirstLossRemaining().String()},
		{"maximum liability left", closed.LiabilityRemaining().String()},
	})
	fees, err := premium.LimitFees(terms, histories, calendar.Date{}, calendar.Date{})
	if err != nil {
		return err
	}
	r.linef("Limit fees: %d limit-quarters monitored, %s; %d requests, %s; total %s.",
		fees.MonitoringUnits, fees.Monitoring, fees.RequestUnits, fees.Requests, fees.Total)
	next, err := closed.Next(terms, claims.YearOptions{})
	if err != nil {
		return err
	}
	r.linef("Renewal: %s to %s, aggregate first loss %s, maximum liability %s.",
		next.Start(), next.End(), next.FirstLossRemaining(), next.LiabilityRemaining())
	return r.flush(w)
}

// moreTerms is the policy of Tissages Morel SA: the classic whole-turnover
// policy ([policy.WholeTurnover]) for 2025 with the figures its particular
// conditions set.
func moreTerms() policy.Terms {
	t := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: policy.EUR, NonQualifyingLoss: eur("500"),
		Signature: date(2024, time.December, 16), Effective: date(2025, time.January, 1), Expiry: date(2025, time.December, 31)})
	t.PolicyID = "GL-2025-0520"
	t.AggregateFirstLoss = eur("5000")
	t.MaxLiability = policy.MaxLiability{Amount: eur("300000")}
	t.ReductionNoticeDays = policy.MustTimeLimit(calendar.Days(30))
	t.ExtensionClaimDays = policy.MustTimeLimit(calendar.Days(90))
	t.Insolvency = policy.InsolvencyTerms{AdvanceRate: policy.MustRate("0.7"), IndemnityAfterAdmission: policy.MustTimeLimit(calendar.Days(30))}
	t.CollectionFees = policy.CollectionFees{Insolvency: policy.MustRate("0.015"), ProtractedDefault: policy.MustRate("0.045")}
	t.Premium.LimitFees = policy.LimitFees{Monitoring: policy.MustPrice("EUR 30"), Request: policy.MustPrice("EUR 50")}
	return t
}

// agrement is a named limit decision.
func agrement(id, amount string, on calendar.Date) limits.Decision {
	return limits.Decision{ID: id, Kind: limits.Agrement, Amount: eur(amount), Date: on}
}

// refusal withdraws a buyer's limit.
func refusal(id string, on calendar.Date, why limits.DecisionReason) limits.Decision {
	return limits.Decision{ID: id, Kind: limits.Refusal, Date: on, Reason: why}
}

// sale is an invoice issued on its delivery day, excluding tax (the
// firm's sales are intra-EU deliveries and exports, invoiced without VAT).
func sale(id string, delivered, due calendar.Date, net string) claims.Invoice {
	return claims.Invoice{ID: id, DeliveryDate: delivered, InvoiceDate: delivered, DueDate: due, Net: eur(net), Tax: eur("0")}
}

// paid is a payment received.
func paid(on calendar.Date, amount string) claims.Payment {
	return claims.Payment{Date: on, Amount: eur(amount)}
}

// moreBooks are the books of Tissages Morel's 40 buyers: 34 that pay on
// time, each with one invoice open at the year's end, and six whose year
// tells something.
func moreBooks() []claims.BuyerBook {
	d := func(m time.Month, day int) calendar.Date { return date(2025, m, day) }
	book := func(id string, ds []limits.Decision, l claims.Ledger, ev claims.Events) claims.BuyerBook {
		return claims.BuyerBook{Buyer: limits.Buyer{ID: id}, History: limits.MustHistory(ds...), Ledger: l, Events: ev}
	}
	books := []claims.BuyerBook{
		// An extension within the maximum extension period: free.
		book("Ateliers Roux", []limits.Decision{agrement("AG-R", "40000", d(1, 15)), agrement("AG-R2", "60000", d(9, 1))},
			claims.Ledger{
				Invoices:   []claims.Invoice{sale("R1", d(3, 3), d(5, 2), "12000"), sale("R2", d(11, 3), date(2026, time.January, 2), "8000")},
				Payments:   []claims.Payment{paid(d(6, 18), "12000")},
				Extensions: []claims.Extension{{Invoice: "R1", NewDueDate: d(6, 20), Granted: d(4, 25)}},
			}, claims.Events{}),
		// An extension beyond it, agreed by the insurer.
		book("Confection Blanc", []limits.Decision{agrement("AG-B", "30000", d(1, 15))},
			claims.Ledger{
				Invoices: []claims.Invoice{sale("B1", d(5, 5), d(7, 4), "15000"), sale("B2", d(10, 20), d(12, 19), "6000"),
					sale("B3", d(12, 1), date(2026, time.January, 30), "10000")},
				Payments:   []claims.Payment{paid(d(10, 10), "15000"), paid(d(12, 15), "6000")},
				Extensions: []claims.Extension{{Invoice: "B1", NewDueDate: d(10, 15), Granted: d(8, 20), Insurer: claims.Agreed, InsurerDate: d(8, 22)}},
			}, claims.Events{}),
		// A payment plan whose instalments all fall within the period.
		book("Mode Garnier", []limits.Decision{agrement("AG-G", "25000", d(1, 15))},
			claims.Ledger{
				Invoices: []claims.Invoice{sale("G1", d(6, 2), d(8, 1), "9000"), sale("G2", d(12, 8), date(2026, time.February, 6), "4000")},
				Payments: []claims.Payment{paid(d(8, 15), "3000"), paid(d(8, 29), "3000"), paid(d(9, 26), "3000")},
				PaymentPlans: []claims.PaymentPlan{{Invoices: []string{"G1"}, Date: d(8, 5),
					Instalments: []claims.Instalment{{Date: d(8, 15), Amount: eur("3000")}, {Date: d(8, 29), Amount: eur("3000")}, {Date: d(9, 26), Amount: eur("3000")}}}},
			}, claims.Events{}),
		// Protracted default, then a recovery.
		book("Textiles Petit", []limits.Decision{agrement("AG-P", "20000", d(1, 20)), refusal("RF-P", d(5, 10), limits.ReasonOverdue)},
			claims.Ledger{
				Invoices: []claims.Invoice{sale("P1", d(2, 3), d(4, 4), "12000"), sale("P2", d(3, 3), d(5, 2), "6000")},
				Payments: []claims.Payment{paid(d(4, 30), "2000"), paid(d(12, 10), "4000")},
			}, claims.Events{OverdueNotice: d(5, 2)}),
		// Insolvency, goods taken back under retention of title.
		book("Habillement Leroy", []limits.Decision{agrement("AG-L", "50000", d(2, 10)), refusal("RF-L", d(7, 22), limits.ReasonInsolvency)},
			claims.Ledger{
				Invoices:  []claims.Invoice{sale("L1", d(5, 12), d(7, 11), "18000"), sale("L2", d(6, 9), d(8, 8), "14000")},
				TakenBack: []claims.TakenBack{{Date: d(8, 12), Invoices: []string{"L2"}, Invoiced: eur("5000"), Resale: eur("3500")}},
			}, claims.Events{Insolvency: d(7, 21), Proceedings: claims.Proceedings{Published: d(7, 31), Revendication: d(8, 5),
				Declared: d(8, 25), Admitted: d(11, 14)}}),
		// Protracted default, a delivery after the notice uninsured.
		book("Sport Mercier", []limits.Decision{agrement("AG-M", "15000", d(1, 15)), refusal("RF-M", d(5, 20), limits.ReasonOverdue)},
			claims.Ledger{
				Invoices: []claims.Invoice{sale("M1", d(2, 17), d(4, 18), "7000"), sale("M2", d(4, 7), d(6, 6), "5000"), sale("M3", d(5, 26), d(7, 25), "3000")},
			}, claims.Events{OverdueNotice: d(5, 15)}),
	}
	for k := 1; k <= 34; k++ {
		id := "Client " + strconv.Itoa(100 + k)[1:]
		books = append(books, book(id, []limits.Decision{agrement("AG-"+strconv.Itoa(k), "10000", d(1, 15))},
			claims.Ledger{Invoices: []claims.Invoice{sale(id+"-1", d(11, 17), date(2026, time.January, 16), strconv.Itoa(2000+100*k))}}, claims.Events{}))
	}
	return books
}
