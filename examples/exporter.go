package examples

import (
	"io"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// Exporter tells the story of an exporter that sells in dollars and pounds
// under a policy in euros, and writes the report to w.
//
// Lambert Optique SA, Lyon, sells optical instruments to Harbor Instruments
// Inc. (United States, invoices in USD), Kestrel Optics Ltd (United Kingdom,
// in GBP) and Óptica del Plata SA (Argentina, in USD). Its policy of 2025
// is in euros: limits are measured, and the loss, the indemnity and the
// premium stated, in EUR; an amount in another currency is converted at the
// ECB's euro reference rate of its own date, rolled back to a TARGET day
// (policy.AtInvoiceDate, clause CP-currency-conversion: the rate at which
// the exporter's own ledger records the invoice, IAS 21.21; the sources of
// the other rules are in policy.ConversionRule's doc). The named
// quotité is 90 %; political risk is covered in
// Argentina at 95 %, the loss constituted 6 months after the event (Coface
// and Atradius wordings: political risk on the buyers of the countries the
// schedule names, after a waiting period of its own; Terms.Countries,
// Quotites.Political).
//
// The moratorium is invented for the story: on Monday 7 April 2025
// Argentina suspends transfers abroad, so Óptica del Plata, which pays
// locally, cannot pay its dollar invoices. The insurer withdraws cover for
// new deliveries to Argentina from 8 April (CountryCover.WithdrawnFrom,
// Atradius glossary, "stop supply"): the shipment invoiced on 15 April is at
// the exporter's own risk. The political loss is constituted on 7 October
// 2025 (7 April + 6 months), before the commercial waiting period (the
// threat-of-loss declaration of 10 June + 5 months = 10 November) ends.
//
// The rates are the ECB's euro foreign exchange reference rates of the
// days used (EUR 1 = x units; published daily in eurofxref-daily.xml,
// https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html,
// the 2025 files kept in https://github.com/vane/ecb-fx, data/2025/):
//
//	date        USD     GBP
//	2025-01-31  1.0393  0.83608
//	2025-02-03  1.0274  0.83136
//	2025-02-28  1.0411
//	2025-03-03          0.82530
//	2025-03-31  1.0815
//	2025-04-15  1.1324
//	2025-06-30  1.1720  0.85550
//	2025-08-29  1.1658  0.86680
//	2025-09-30  1.1741  0.87340
//	2025-10-07  1.1666
//	2025-10-15  1.1622
//	2025-12-31  1.1750  0.87260
//
// Every figure checked by hand (a ÷ r rounded to the cent, half away from
// zero; the zero tax of each export invoice converts to EUR 0.00 and the
// report leaves those lines out):
//
//	Harbor   limit USD 60000.00 ÷ 1.0274 = 58399.8442… → EUR 58399.84 (2025-02-03)
//	         H1    USD 24000.00 ÷ 1.1658 = 20586.7215… → EUR 20586.72 (2025-08-29)
//	         H2    USD 18500.00 ÷ 1.1741 = 15756.7498… → EUR 15756.75 (2025-09-30)
//	         insured 20586.72 + 15756.75 = EUR 36343.47; headroom 58399.84 − 36343.47 = EUR 22056.37
//	Kestrel  limit GBP 30000.00 ÷ 0.82530 = 36350.4180… → EUR 36350.42 (2025-03-03)
//	         K1    GBP 16000.00 ÷ 0.86680 = 18458.6986… → EUR 18458.70 (2025-08-29)
//	         K2    GBP 12500.00 ÷ 0.87340 = 14311.8846… → EUR 14311.88 (2025-09-30)
//	         insured 18458.70 + 14311.88 = EUR 32770.58; headroom 36350.42 − 32770.58 = EUR 3579.84
//	Óptica   limit EUR 45000.00 (in the policy currency: no rate needed)
//	         P1    USD 20000.00 ÷ 1.0411 = 19210.4505… → EUR 19210.45 (2025-02-28)
//	         P2    USD 15000.00 ÷ 1.0815 = 13869.6255… → EUR 13869.63 (2025-03-31)
//	         P3    USD  8000.00 ÷ 1.1324 =  7064.6414… → EUR  7064.64 (2025-04-15), delivered after the withdrawal: excluded
//	         open 19210.45 + 13869.63 + 7064.64 = EUR 40144.72; insured loss 19210.45 + 13869.63 = EUR 33080.08;
//	         indemnity 33080.08 × 0.95 = 31426.076 → EUR 31426.08, due 30 days after the date of loss: 2025-11-06
//
// The same claim under the other rules of the policy package:
//
//	coverStartMonthEnd (2025-01-31, 1.0393): 20000 ÷ 1.0393 = 19243.7217… → 19243.72; 15000 ÷ 1.0393 = 14432.7913… → 14432.79;
//	                                          insured 33676.51, × 0.95 = 31992.6845 → EUR 31992.68
//	lossDate (2025-10-07, 1.1666):            20000 ÷ 1.1666 = 17143.8368… → 17143.84; 15000 ÷ 1.1666 = 12857.8776… → 12857.88;
//	                                          insured 30001.72, × 0.95 = 28501.634 → EUR 28501.63
//
// The dollar lost 10.8 % of its value in euros between the end of
// February and 7 October 2025 (1 − 1.0411 ÷ 1.1666 = 0.1076): under the date-of-loss clause the exporter bears that loss, under
// the invoice-date rule the insurer does.
//
// The premium: the turnover is declared by half-year in the currency of
// the sales and converted at the rate of the last day of the half-year
// (premium.AnnualIn); 0.25 % on the United States and the United Kingdom,
// 0.80 % on Argentina, minimum premium EUR 3 000, exports free of tax:
//
//	US H1 USD 310000.00 ÷ 1.1720  = 264505.1194… → EUR 264505.12
//	US H2 USD 295000.00 ÷ 1.1750  = 251063.8297… → EUR 251063.83   US 515568.95 × 0.0025 = 1288.922375 → EUR 1288.92
//	GB H1 GBP 140000.00 ÷ 0.85550 = 163646.9901… → EUR 163646.99
//	GB H2 GBP 150000.00 ÷ 0.87260 = 171900.0687… → EUR 171900.07   GB 335547.06 × 0.0025 =  838.86765  → EUR  838.87
//	AR H1 USD  43000.00 ÷ 1.1720  =  36689.4198… → EUR  36689.42   AR  36689.42 × 0.008  =  293.51536  → EUR  293.52
//	premium on turnover 1288.92 + 838.87 + 293.52 = EUR 2421.31 < minimum EUR 3000.00: the premium is EUR 3000.00
func Exporter(w io.Writer) error {
	var r report
	terms := lambertTerms()
	if err := terms.Validate(); err != nil {
		return err
	}
	rates, err := lambertRates()
	if err != nil {
		return err
	}
	asOf := date(2025, time.October, 15)
	books, err := lambertBooks()
	if err != nil {
		return err
	}

	r.title("An exporter's books in three currencies under a euro policy")
	r.linef("Lambert Optique SA, policy %s in %s, %s to %s.", terms.PolicyID, terms.Currency, terms.Effective, terms.Expiry)
	r.linef("Amounts in other currencies converted at the ECB reference rate of their date (rule %s, %s days).",
		terms.Conversion.Rule, terms.Conversion.Calendar.Name())
	ar, _ := terms.Country("AR")
	r.linef("Quotités: named %s, political %s. Argentina: political waiting period %s; cover withdrawn from %s.",
		terms.Quotites.Named.Percent(), terms.Quotites.Political.Percent(), ar.PoliticalWaitingPeriod, ar.WithdrawnFrom)

	r.section("ECB reference rates used (EUR 1 = x)")
	rows := [][]string{{"date", "USD", "GBP"}}
	byDate := map[calendar.Date][2]string{}
	var order []calendar.Date
	for _, q := range rates.Rates() {
		v, seen := byDate[q.Date]
		if !seen {
			order = append(order, q.Date)
			v = [2]string{"-", "-"}
		}
		if q.To == policy.USD {
			v[0] = q.Rate.String()
		} else {
			v[1] = q.Rate.String()
		}
		byDate[q.Date] = v
	}
	for _, d := range order {
		rows = append(rows, []string{d.String(), byDate[d][0], byDate[d][1]})
	}
	r.table(rows)

	r.section("The books read on " + asOf.String() + ", in EUR")
	rows = [][]string{{"buyer", "country", "invoice", "in EUR", "cover at delivery", "insured"}}
	type read struct {
		name  string
		book  claims.Book
		convs []policy.Conversion
	}
	var reads []read
	for _, b := range books {
		bk, convs, err := claims.EvaluateBookIn(terms, b.book, asOf, rates)
		if err != nil {
			return err
		}
		reads = append(reads, read{b.name, bk, convs})
		for _, x := range bk.Invoices {
			insured := x.Insured.String()
			if x.Reason != claims.Insurable {
				insured = "excluded: " + x.Reason.String()
			}
			rows = append(rows, []string{b.name, b.book.Buyer.Country, x.ID, x.Gross.String(),
				coverName(x.Cover.Type) + " " + money(terms.Currency, x.Cover.Amount), insured})
		}
	}
	r.table(rows)
	rows = [][]string{{"buyer", "open", "insured", "new delivery", "headroom", "stop", "date of loss"}}
	for _, x := range reads {
		stop, loss := "-", "-"
		if !x.book.Stop.Date.IsZero() {
			stop = x.book.Stop.Date.String() + " (" + x.book.Stop.Cause.String() + ")"
		}
		if !x.book.Loss.Date.IsZero() {
			loss = x.book.Loss.Date.String() + " (" + x.book.Loss.Cause.String() + ")"
		}
		rows = append(rows, []string{x.name, x.book.OpenNet.String(), x.book.Insured.String(),
			coverName(x.book.NewDelivery.Type) + " " + money(terms.Currency, x.book.NewDelivery.Amount), x.book.Headroom.String(), stop, loss})
	}
	r.table(rows)
	for _, x := range reads {
		r.line()
		r.line(x.name + ": each amount converted (the zero tax of the export invoices left out)")
		r.trace(claims.ConversionTrace(nonZero(x.convs)))
	}

	claim := reads[len(reads)-1]
	r.section("The political loss of " + claim.name)
	r.linef("Transfer moratorium on %s; loss constituted on %s; insured loss %s; indemnity %s due on %s.",
		books[len(books)-1].book.Events.Political, claim.book.Loss.Date, claim.book.Insured, claim.book.Indemnity, claim.book.IndemnityDue)
	r.trace(claim.book.Trace())

	r.section("The same claim under each conversion rule")
	rows = [][]string{{"rule", "rate of", "insured loss", "indemnity"}}
	for _, rule := range []policy.ConversionRule{policy.AtInvoiceDate, policy.AtCoverStartMonthEnd, policy.AtLossDate} {
		t := terms
		t.Conversion.Rule = rule
		bk, convs, err := claims.EvaluateBookIn(t, books[len(books)-1].book, asOf, rates)
		if err != nil {
			return err
		}
		rows = append(rows, []string{rule.String(), rateDates(convs), bk.Insured.String(), bk.Indemnity.String()})
	}
	r.table(rows)
	r.line("The dollar fell against the euro in 2025: under the date-of-loss rule the exporter bears the fall,")
	r.line("under the invoice-date rule the insurer does.")

	r.section("The premium of 2025")
	res, convs, err := premium.AnnualIn(terms, lambertDeclarations(), premium.Options{}, rates)
	if err != nil {
		return err
	}
	r.trace(claims.ConversionTrace(convs))
	rows = [][]string{{"group", "turnover", "rate", "premium"}}
	for _, g := range res.Groups {
		rows = append(rows, []string{g.Group, g.Turnover.String(), g.Rate.Percent(), g.Premium.String()})
	}
	r.table(rows)
	r.linef("Premium on turnover %s, minimum %s: the premium is %s (export, no tax: total %s).",
		res.PremiumOnTurnover, res.Minimum, res.FinalPremium, res.TotalWithTax)
	return r.flush(w)
}

// nonZero returns the conversions of an amount other than zero.
func nonZero(convs []policy.Conversion) []policy.Conversion {
	var out []policy.Conversion
	for _, c := range convs {
		if !c.From.IsZero() {
			out = append(out, c)
		}
	}
	return out
}

// rateDates writes the dates of the rates a claim was converted at,
// "2025-02-28, 2025-03-31".
func rateDates(convs []policy.Conversion) string {
	var ds []string
	seen := map[calendar.Date]bool{}
	for _, c := range convs {
		if !seen[c.Date] {
			seen[c.Date] = true
			ds = append(ds, c.Date.String())
		}
	}
	return joinGroups(ds)
}

// lambertTerms returns the export policy of Lambert Optique SA for 2025,
// in euros, converting at the invoice date's ECB rate on TARGET days, with
// Argentina's political cover and its withdrawal.
func lambertTerms() policy.Terms {
	days := func(n int) policy.TimeLimit { return policy.MustTimeLimit(calendar.Days(n)) }
	months := func(n int) policy.TimeLimit { return policy.MustTimeLimit(calendar.Months(n)) }
	return policy.Terms{
		PolicyID: "EXP-2025-0077", Currency: policy.EUR,
		Signature: date(2024, time.December, 16), Effective: date(2025, time.January, 1), Expiry: date(2025, time.December, 31),
		Quotites:     policy.Quotites{Named: policy.MustRate("0.9"), Political: policy.MustRate("0.95")},
		DeadlineRule: calendar.FRCivil, MaxInvoicingDays: days(30), MaxCreditDays: days(120), MaxExtensionDays: days(60),
		OverdueNotice: policy.Notice{Days: days(30), Anchor: policy.DueDate}, WaitingPeriod: months(5), IndemnityDays: days(30),
		Countries:  []policy.CountryCover{{Country: "AR", PoliticalWaitingPeriod: months(6), WithdrawnFrom: date(2025, time.April, 8)}},
		Conversion: policy.CurrencyConversion{Rule: policy.AtInvoiceDate, Calendar: calendar.TARGET},
		Premium: policy.PremiumTerms{Minimum: eur("3000"), Rates: []policy.GroupRate{
			{Group: "US", Rate: policy.MustRate("0.0025")}, {Group: "GB", Rate: policy.MustRate("0.0025")}, {Group: "AR", Rate: policy.MustRate("0.008")}}},
	}
}

// lambertRates returns the ECB reference rates of the story (see
// Exporter), quoted as the ECB quotes them: EUR 1 = x USD or GBP.
func lambertRates() (policy.RateTable, error) {
	var qs []policy.ExchangeRate
	for _, q := range []struct {
		day      string
		usd, gbp string
	}{
		{"2025-01-31", "1.0393", "0.83608"}, {"2025-02-03", "1.0274", "0.83136"}, {"2025-02-28", "1.0411", ""},
		{"2025-03-03", "", "0.82530"}, {"2025-03-31", "1.0815", ""}, {"2025-04-15", "1.1324", ""},
		{"2025-06-30", "1.1720", "0.85550"}, {"2025-08-29", "1.1658", "0.86680"}, {"2025-09-30", "1.1741", "0.87340"},
		{"2025-10-07", "1.1666", ""}, {"2025-10-15", "1.1622", ""}, {"2025-12-31", "1.1750", "0.87260"},
	} {
		d, err := calendar.ParseDate(q.day)
		if err != nil {
			return policy.RateTable{}, err
		}
		for _, x := range []struct {
			to   policy.Currency
			rate string
		}{{policy.USD, q.usd}, {policy.GBP, q.gbp}} {
			if x.rate == "" {
				continue
			}
			rt, err := policy.ParseRate(x.rate)
			if err != nil {
				return policy.RateTable{}, err
			}
			qs = append(qs, policy.ExchangeRate{From: policy.EUR, To: x.to, Date: d, Rate: rt})
		}
	}
	return policy.NewRateTable(qs...)
}

// namedBook is a buyer's book with the name the report prints.
type namedBook struct {
	name string
	book claims.BuyerBook
}

// lambertBooks returns the three buyers' books: each an agrément (two in
// the buyer's currency, one in euros) and invoices in the buyer's
// currency, delivered on the invoice date at 60 or 90 days; Óptica del
// Plata's transfer moratorium and threat-of-loss declaration.
func lambertBooks() ([]namedBook, error) {
	inv := func(id string, day calendar.Date, terms int, amount string) claims.Invoice {
		net := policy.MustAmount(amount)
		return claims.Invoice{ID: id, DeliveryDate: day, InvoiceDate: day, DueDate: day.AddDays(terms), Net: net, Tax: policy.Zero(net.Currency())}
	}
	var out []namedBook
	for _, b := range []struct {
		name, country string
		decision      limits.Decision
		invoices      []claims.Invoice
		events        claims.Events
	}{
		{"Harbor Instruments", "US", limits.Decision{ID: "AG-7310", Kind: limits.Agrement, Amount: policy.MustAmount("USD 60000"), Date: date(2025, time.February, 3)},
			[]claims.Invoice{inv("H1", date(2025, time.August, 29), 60, "USD 24000.00"), inv("H2", date(2025, time.September, 30), 60, "USD 18500.00")}, claims.Events{}},
		{"Kestrel Optics", "GB", limits.Decision{ID: "AG-7388", Kind: limits.Agrement, Amount: policy.MustAmount("GBP 30000"), Date: date(2025, time.March, 3)},
			[]claims.Invoice{inv("K1", date(2025, time.August, 29), 60, "GBP 16000.00"), inv("K2", date(2025, time.September, 30), 60, "GBP 12500.00")}, claims.Events{}},
		{"Óptica del Plata", "AR", limits.Decision{ID: "AG-7104", Kind: limits.Agrement, Amount: eur("45000"), Date: date(2025, time.January, 15)},
			[]claims.Invoice{inv("P1", date(2025, time.February, 28), 90, "USD 20000.00"), inv("P2", date(2025, time.March, 31), 90, "USD 15000.00"),
				inv("P3", date(2025, time.April, 15), 90, "USD 8000.00")},
			claims.Events{Political: date(2025, time.April, 7), OverdueNotice: date(2025, time.June, 10)}},
	} {
		h, err := limits.NewHistory(b.decision)
		if err != nil {
			return nil, err
		}
		out = append(out, namedBook{b.name, claims.BuyerBook{Buyer: limits.Buyer{ID: b.name, Country: b.country}, History: h,
			Ledger: claims.Ledger{Invoices: b.invoices}, Events: b.events}})
	}
	return out, nil
}

// lambertDeclarations returns the turnover of 2025 declared by half-year
// in the currency of the sales; Argentina's second half is nil, its cover
// having been withdrawn.
func lambertDeclarations() premium.Declarations {
	half := func(group string, h int, amount string) premium.Declaration {
		from, to := date(2025, time.January, 1), date(2025, time.June, 30)
		if h == 2 {
			from, to = date(2025, time.July, 1), date(2025, time.December, 31)
		}
		return premium.Declaration{Group: group, From: from, To: to, Amount: policy.MustAmount(amount)}
	}
	return premium.Declarations{Turnover: []premium.Declaration{
		half("US", 1, "USD 310000.00"), half("US", 2, "USD 295000.00"),
		half("GB", 1, "GBP 140000.00"), half("GB", 2, "GBP 150000.00"),
		half("AR", 1, "USD 43000.00"),
	}}
}
