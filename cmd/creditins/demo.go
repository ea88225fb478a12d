package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// demoAsOf is the day the demonstration book is read.
var demoAsOf = mustDate("2025-11-28")

// demoTerms are whole-turnover terms for 2025 (policy.WholeTurnover, a
// non-qualifying loss of EUR 500) with a 30-day notice of reduction, an
// accord express at the named quotité, and the threat-of-loss declaration
// due 30 days after the end of the maximum extension period (Atradius).
func demoTerms() policy.Terms {
	t := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: policy.EUR, NonQualifyingLoss: policy.MustAmount("EUR 500"),
		Signature: mustDate("2024-12-20"), Effective: mustDate("2025-01-01"), Expiry: mustDate("2025-12-31")})
	t.ReductionNoticeDays = policy.MustTimeLimit(calendar.Days(30))
	t.Quotites.AccordExpress = policy.MustRate("0.9")
	t.OverdueNotice = policy.Notice{Days: policy.MustTimeLimit(calendar.Days(30)), Anchor: policy.MEPEnd}
	return t
}

// demoOptions: the vectors' warning ratio, and the maximum liability left in
// the year (the policy's is a multiple of the premium, which the book does
// not know).
func demoOptions() claims.PortfolioOptions {
	return claims.PortfolioOptions{
		Book:   claims.BookOptions{LiabilityRemaining: policy.MustAmount("EUR 1000000")},
		Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}},
	}
}

// demoBooks are six buyers: an agrément, an accord express near its limit, a
// reduction with notice, a refusal, a late payer whose maximum extension
// period stops cover, and an insolvency.
func demoBooks() []claims.BuyerBook {
	dec := func(id string, k limits.Kind, amount, date string) limits.Decision {
		d := limits.Decision{ID: id, Kind: k, Date: mustDate(date)}
		if amount != "" {
			d.Amount = policy.MustAmount("EUR " + amount)
		}
		return d
	}
	inv := func(id, delivered, due, net string) claims.Invoice {
		return claims.Invoice{ID: id, DeliveryDate: mustDate(delivered), InvoiceDate: mustDate(delivered), DueDate: mustDate(due),
			Net: policy.MustAmount("EUR " + net), Tax: policy.MustAmount("EUR 0")}
	}
	pay := func(date, amount string) claims.Payment {
		return claims.Payment{Date: mustDate(date), Amount: policy.MustAmount("EUR " + amount)}
	}
	return []claims.BuyerBook{
		{
			Buyer:   limits.Buyer{ID: "Martin SA (agrément)"},
			History: limits.MustHistory(dec("AG-M", limits.Agrement, "50000", "2025-01-10")),
			Ledger: claims.Ledger{
				Invoices: []claims.Invoice{inv("M1", "2025-09-01", "2025-10-31", "15000"), inv("M2", "2025-10-15", "2025-12-14", "20000")},
				Payments: []claims.Payment{pay("2025-10-30", "15000")},
			},
		},
		{
			Buyer:   limits.Buyer{ID: "Lemoine SARL (accord express)"},
			History: limits.MustHistory(dec("AE-L", limits.AccordExpress, "15000", "2025-03-01")),
			Ledger:  claims.Ledger{Invoices: []claims.Invoice{inv("L1", "2025-10-15", "2025-12-14", "14000")}},
		},
		{
			Buyer: limits.Buyer{ID: "Bernard SAS (reduction)"},
			History: limits.MustHistory(
				dec("AG-B1", limits.Agrement, "40000", "2025-01-10"),
				dec("AG-B2", limits.Agrement, "10000", "2025-10-01")),
			Ledger: claims.Ledger{Invoices: []claims.Invoice{inv("B1", "2025-10-20", "2025-12-19", "25000"), inv("B2", "2025-11-10", "2026-01-09", "5000")}},
		},
		{
			Buyer:   limits.Buyer{ID: "Dupont (refusal)"},
			History: limits.MustHistory(dec("R-D", limits.Refusal, "", "2025-05-01")),
			Ledger:  claims.Ledger{Invoices: []claims.Invoice{inv("D1", "2025-10-20", "2025-12-19", "3000")}},
		},
		{
			Buyer:   limits.Buyer{ID: "Garnier (late payer)"},
			History: limits.MustHistory(dec("AG-G", limits.Agrement, "30000", "2025-02-01")),
			Ledger: claims.Ledger{
				Invoices: []claims.Invoice{inv("G1", "2025-07-01", "2025-08-31", "18000"), inv("G2", "2025-11-03", "2026-01-02", "4000")},
				Payments: []claims.Payment{pay("2025-10-15", "6000")},
			},
		},
		{
			Buyer:   limits.Buyer{ID: "Faure Industrie (insolvency)"},
			History: limits.MustHistory(dec("AG-F", limits.Agrement, "60000", "2025-01-10")),
			Ledger:  claims.Ledger{Invoices: []claims.Invoice{inv("F1", "2025-05-15", "2025-07-15", "30000"), inv("F2", "2025-06-02", "2025-08-01", "10000")}},
			Events:  claims.Events{OverdueNotice: mustDate("2025-08-10"), Insolvency: mustDate("2025-08-14")},
		},
	}
}

// demo evaluates the demonstration book and writes its report.
func demo(w io.Writer) error {
	terms := demoTerms()
	rep, err := claims.EvaluatePortfolio(terms, demoBooks(), demoAsOf, demoOptions())
	if err != nil {
		return err
	}
	return writeReport(w, terms, rep)
}

// writeReport writes a portfolio report as text: per buyer its exposure,
// insured and uninsured amounts, headroom, invoices, alerts, the actions
// due with their dates, and the claim when the loss has come.
func writeReport(w io.Writer, terms policy.Terms, rep claims.PortfolioReport) error {
	var b strings.Builder
	title := "Portfolio read on " + rep.AsOf.String()
	fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	fmt.Fprintf(&b, "Policy %s to %s, currency %s, named quotité %s\n",
		terms.Effective, terms.Expiry, terms.Currency, terms.Quotites.Named.Percent())
	for _, r := range rep.Buyers {
		fmt.Fprintf(&b, "\n%s\n%s\n", r.Buyer, strings.Repeat("-", len([]rune(r.Buyer))))
		if r.Err != nil {
			fmt.Fprintf(&b, "  cannot be evaluated: %v\n", r.Err)
			continue
		}
		bk := r.Book
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  exposure\topen %s, overdue %s\n", r.Exposure.Open, r.Exposure.Overdue)
		fmt.Fprintf(tw, "  insured\t%s\n", bk.Insured)
		fmt.Fprintf(tw, "  uninsured\t%s (over the limit %s)\n", bk.Uninsured, bk.OverLimit)
		fmt.Fprintf(tw, "  new delivery\t%s\n", coverText(bk.NewDelivery))
		fmt.Fprintf(tw, "  headroom\t%s\n", bk.Headroom)
		if !bk.Stop.Date.IsZero() {
			fmt.Fprintf(tw, "  cover stopped\tsince %s (%s)\n", bk.Stop.Date, bk.Stop.Cause)
		}
		tw.Flush()
		b.WriteString("  invoices:\n")
		tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, x := range bk.Invoices {
			why := "insurable"
			if x.Reason != claims.Insurable {
				why = "excluded: " + x.Reason.String()
			}
			fmt.Fprintf(tw, "    %s\topen %s\tcover %s\tinsured %s\t%s\n", x.ID, x.OpenNet, coverText(x.Cover), x.Insured, why)
		}
		tw.Flush()
		for _, a := range r.Alerts {
			fmt.Fprintf(&b, "  alert %s %s: %s\n", a.Kind, a.Date, a.Message)
		}
		for _, a := range r.Actions {
			fmt.Fprintf(&b, "  action %s by %s: %s\n", a.Kind, a.Date, a.Message)
		}
		if !bk.Loss.Date.IsZero() {
			fmt.Fprintf(&b, "  claim: loss on %s (%s), indemnity %s due %s\n", bk.Loss.Date, bk.Loss.Cause, bk.Indemnity, bk.IndemnityDue)
			for _, l := range bk.Layers {
				fmt.Fprintf(&b, "    at %s: insured %s, indemnity %s\n", l.Quotite.Percent(), l.Insured, l.Indemnity)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// coverText is a cover as "agrement EUR 50000 at 90%", or "none".
func coverText(c limits.Cover) string {
	if c.Type == policy.NoCover {
		return "none"
	}
	return fmt.Sprintf("%s %s at %s", c.Type, c.Amount, c.Quotite.Percent())
}

// mustDate parses a date of the embedded demonstration; they are constants.
func mustDate(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
