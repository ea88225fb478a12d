package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

type invoiceView struct {
	ID, Gross, Allocated, OpenGross, OpenNet, Reason string
}

type lossView struct {
	Insured, Uninsured, Paid, Allocated, Unallocated, Later string
	Invoices                                                []invoiceView
}

func viewLoss(r claims.LossReport) lossView {
	v := lossView{
		Insured: r.Insured.String(), Uninsured: r.Uninsured.String(), Paid: r.Paid.String(),
		Allocated: r.Allocated.String(), Unallocated: r.Unallocated.String(), Later: r.Later.String(),
	}
	for _, x := range r.Invoices {
		v.Invoices = append(v.Invoices, invoiceView{x.ID, x.Gross.String(), x.Allocated.String(), x.OpenGross.String(), x.OpenNet.String(), x.Reason.String()})
	}
	return v
}

func TestLoss(t *testing.T) {
	// The ledger of FORMAT.md's first loss vector: three invoices, a payment
	// of 15 000 the buyer meant for the newest one, a payment after the
	// date of loss.
	f1 := inv("F1", "2025-01-06", "2025-01-08", "2025-03-09", "10000", "2000")
	f2 := inv("F2", "2025-02-03", "2025-02-05", "2025-04-06", "8000", "1600")
	f3 := inv("F3", "2025-03-03", "2025-03-05", "2025-05-04", "5000", "1000")
	g1 := inv("G1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	g2 := inv("G2", "2025-02-03", "2025-02-05", "2025-04-06", "500", "100")
	tests := []struct {
		name   string
		terms  func(*policy.Terms)
		ledger claims.Ledger
		date   string
		want   lossView
	}{
		{
			name: "payments go to the oldest invoice whatever the payer earmarked",
			ledger: claims.Ledger{Invoices: []claims.Invoice{f3, f1, f2},
				Payments: []claims.Payment{pay("2025-07-01", "5000"), pay("2025-04-15", "15000")}},
			date: "2025-06-30",
			want: lossView{"EUR 10500.00", "EUR 0.00", "EUR 15000.00", "EUR 15000.00", "EUR 0.00", "EUR 5000.00", []invoiceView{
				{"F3", "EUR 6000.00", "EUR 0.00", "EUR 6000.00", "EUR 5000.00", ""},
				{"F1", "EUR 12000.00", "EUR 12000.00", "EUR 0.00", "EUR 0.00", ""},
				{"F2", "EUR 9600.00", "EUR 3000.00", "EUR 6600.00", "EUR 5500.00", ""},
			}},
		},
		{
			name: "an advance payment dated before an invoice still clears it first",
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1, g2},
				Payments: []claims.Payment{pay("2024-12-15", "300")}},
			date: "2025-06-30",
			want: lossView{"EUR 1250.00", "EUR 0.00", "EUR 300.00", "EUR 300.00", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 1200.00", "EUR 300.00", "EUR 900.00", "EUR 750.00", ""},
				{"G2", "EUR 600.00", "EUR 0.00", "EUR 600.00", "EUR 500.00", ""},
			}},
		},
		{
			name: "a credit note on an invoice lowers its net and tax; the prorata follows",
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1},
				Payments:    []claims.Payment{pay("2025-04-01", "540")},
				CreditNotes: []claims.CreditNote{{ID: "A1", Date: d("2025-03-01"), Invoice: "G1", Net: eur("100"), Tax: eur("20")}}},
			date: "2025-06-30",
			want: lossView{"EUR 450.00", "EUR 0.00", "EUR 540.00", "EUR 540.00", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 1080.00", "EUR 540.00", "EUR 540.00", "EUR 450.00", ""},
			}},
		},
		{
			name: "a credit note on the account is imputed like a payment",
			ledger: claims.Ledger{Invoices: []claims.Invoice{g2, g1},
				CreditNotes: []claims.CreditNote{{ID: "A2", Date: d("2025-03-01"), Net: eur("300"), Tax: eur("60")}}},
			date: "2025-06-30",
			want: lossView{"EUR 1200.00", "EUR 0.00", "EUR 360.00", "EUR 360.00", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G2", "EUR 600.00", "EUR 0.00", "EUR 600.00", "EUR 500.00", ""},
				{"G1", "EUR 1200.00", "EUR 360.00", "EUR 840.00", "EUR 700.00", ""},
			}},
		},
		{
			name: "a credit note on a paid invoice moves the payment on to the next one",
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1, g2},
				Payments:    []claims.Payment{pay("2025-03-20", "1200")},
				CreditNotes: []claims.CreditNote{{ID: "A3", Date: d("2025-04-01"), Invoice: "G1", Net: eur("100"), Tax: eur("20")}}},
			date: "2025-06-30",
			want: lossView{"EUR 400.00", "EUR 0.00", "EUR 1200.00", "EUR 1200.00", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 1080.00", "EUR 1080.00", "EUR 0.00", "EUR 0.00", ""},
				{"G2", "EUR 600.00", "EUR 120.00", "EUR 480.00", "EUR 400.00", ""},
			}},
		},
		{
			name: "a credit note after the date of loss is left out with the later payments",
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1},
				CreditNotes: []claims.CreditNote{{ID: "A4", Date: d("2025-07-01"), Invoice: "G1", Net: eur("100"), Tax: eur("20")}}},
			date: "2025-06-30",
			want: lossView{"EUR 1000.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 120.00", []invoiceView{
				{"G1", "EUR 1200.00", "EUR 0.00", "EUR 1200.00", "EUR 1000.00", ""},
			}},
		},
		{
			name:  "with VAT covered the loss includes tax",
			terms: func(t *policy.Terms) { t.VATCovered = true },
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1, g2},
				Payments: []claims.Payment{pay("2025-03-20", "1500"), pay("2025-05-20", "500")}},
			date: "2025-06-30",
			want: lossView{"EUR 0.00", "EUR 0.00", "EUR 2000.00", "EUR 1800.00", "EUR 200.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 1200.00", "EUR 1200.00", "EUR 0.00", "EUR 0.00", ""},
				{"G2", "EUR 600.00", "EUR 600.00", "EUR 0.00", "EUR 0.00", ""},
			}},
		},
		{
			name:  "deliveries outside the policy period are not insured",
			terms: func(t *policy.Terms) { t.Effective, t.Expiry = d("2025-01-07"), d("2025-02-02") },
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1, g2,
				inv("G3", "2025-01-07", "2025-01-08", "2025-03-09", "100", "20")}},
			date: "2025-06-30",
			want: lossView{"EUR 100.00", "EUR 1500.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 1200.00", "EUR 0.00", "EUR 1200.00", "EUR 1000.00", "outside-period"},
				{"G2", "EUR 600.00", "EUR 0.00", "EUR 600.00", "EUR 500.00", "outside-period"},
				{"G3", "EUR 120.00", "EUR 0.00", "EUR 120.00", "EUR 100.00", ""},
			}},
		},
		{
			name:   "the open amount excluding tax is rounded with the policy's mode: half even",
			terms:  func(t *policy.Terms) { t.Rounding = policy.HalfEven },
			ledger: claims.Ledger{Invoices: []claims.Invoice{g1}, Payments: []claims.Payment{pay("2025-03-20", "333.33")}},
			date:   "2025-06-30",
			want: lossView{"EUR 722.22", "EUR 0.00", "EUR 333.33", "EUR 333.33", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 1200.00", "EUR 333.33", "EUR 866.67", "EUR 722.22", ""},
			}},
		},
		{
			name: "an invoice fully credited, a stop date and a disputed invoice",
			ledger: claims.Ledger{
				Invoices: []claims.Invoice{g1, {ID: "G4", DeliveryDate: d("2025-03-01"), InvoiceDate: d("2025-03-03"), DueDate: d("2025-05-02"), Net: eur("200"), Tax: eur("40")},
					{ID: "G5", DeliveryDate: d("2025-01-06"), InvoiceDate: d("2025-01-08"), DueDate: d("2025-03-09"), Net: eur("80"), Tax: eur("16"), Disputed: true}},
				CreditNotes: []claims.CreditNote{{ID: "A5", Date: d("2025-01-20"), Invoice: "G1", Net: eur("1000"), Tax: eur("200")}},
				StopDate:    d("2025-03-01"),
			},
			date: "2025-06-30",
			want: lossView{"EUR 0.00", "EUR 280.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", []invoiceView{
				{"G1", "EUR 0.00", "EUR 0.00", "EUR 0.00", "EUR 0.00", ""},
				{"G4", "EUR 240.00", "EUR 0.00", "EUR 240.00", "EUR 200.00", "after-stop"},
				{"G5", "EUR 96.00", "EUR 0.00", "EUR 96.00", "EUR 80.00", "disputed"},
			}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := seedTerms()
			terms.MaxCreditDays = limitDays(90)
			if tc.terms != nil {
				tc.terms(&terms)
			}
			got, err := claims.Loss(terms, tc.ledger, d(tc.date))
			if err != nil {
				t.Fatalf("Loss: %v", err)
			}
			if diff := cmp.Diff(tc.want, viewLoss(got)); diff != "" {
				t.Errorf("Loss mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLossErrors(t *testing.T) {
	g1 := inv("G1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	usd := g1
	usd.Tax = policy.MustAmount("USD 200")
	neg := g1
	neg.Net = eur("-1000")
	noDue := g1
	noDue.DueDate = d("")
	tests := []struct {
		name   string
		terms  func(*policy.Terms)
		ledger claims.Ledger
		date   string
		want   error
	}{
		{"no policy currency", func(t *policy.Terms) { t.Currency = policy.Currency{} }, claims.Ledger{}, "2025-06-30", policy.ErrMissing},
		{"no date of loss", nil, claims.Ledger{}, "", policy.ErrMissing},
		{"an invoice without a due date", nil, claims.Ledger{Invoices: []claims.Invoice{noDue}}, "2025-06-30", policy.ErrMissing},
		{"two invoices with one ID", nil, claims.Ledger{Invoices: []claims.Invoice{g1, g1}}, "2025-06-30", policy.ErrInconsistent},
		{"tax in dollars", nil, claims.Ledger{Invoices: []claims.Invoice{usd}}, "2025-06-30", policy.ErrCurrencyMismatch},
		{"a payment in dollars", nil, claims.Ledger{Invoices: []claims.Invoice{g1},
			Payments: []claims.Payment{{Date: d("2025-03-01"), Amount: policy.MustAmount("USD 10")}}}, "2025-06-30", policy.ErrCurrencyMismatch},
		{"a negative net amount", nil, claims.Ledger{Invoices: []claims.Invoice{neg}}, "2025-06-30", policy.ErrOutOfRange},
		{"a negative payment", nil, claims.Ledger{Invoices: []claims.Invoice{g1}, Payments: []claims.Payment{pay("2025-03-01", "-5")}}, "2025-06-30", policy.ErrOutOfRange},
		{"a credit note on an unknown invoice", nil, claims.Ledger{Invoices: []claims.Invoice{g1},
			CreditNotes: []claims.CreditNote{{Date: d("2025-03-01"), Invoice: "X", Net: eur("1"), Tax: eur("0")}}}, "2025-06-30", policy.ErrInconsistent},
		{"credit notes larger than their invoice", nil, claims.Ledger{Invoices: []claims.Invoice{g1},
			CreditNotes: []claims.CreditNote{
				{Date: d("2025-03-01"), Invoice: "G1", Net: eur("600"), Tax: eur("0")},
				{Date: d("2025-09-01"), Invoice: "G1", Net: eur("600"), Tax: eur("0")},
			}}, "2025-06-30", policy.ErrInconsistent},
		{"an unknown rounding mode", func(t *policy.Terms) { t.Rounding = 9 }, claims.Ledger{}, "2025-06-30", policy.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := seedTerms()
			if tc.terms != nil {
				tc.terms(&terms)
			}
			_, err := claims.Loss(terms, tc.ledger, d(tc.date))
			checkErr(t, "Loss", err)
			if !errors.Is(err, tc.want) {
				t.Errorf("Loss error = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestLossTrace(t *testing.T) {
	terms := seedTerms()
	terms.MaxCreditDays = limitDays(90)
	r, err := claims.Loss(terms, claims.Ledger{
		Invoices: []claims.Invoice{
			inv("G1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200"),
			inv("G2", "2025-01-06", "2025-02-08", "2025-03-09", "500", "100"),
		},
		Payments: []claims.Payment{pay("2025-03-20", "200")},
	}, d("2025-06-30"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Trace() {
		got = append(got, s.String())
	}
	want := []string{
		"imputation to the oldest invoice: payments and account credits to 2025-06-30 EUR 200.00 → allocated EUR 200.00, unallocated EUR 0.00, later EUR 0.00 left out [" + clauseString("CG-imputation", r.Trace()[0].Clause) + "]",
		"invoice G1: gross EUR 1200.00 − allocated EUR 200.00 = open EUR 1000.00 (net EUR 833.33) → insurable",
		"invoice G2: gross EUR 600.00 − allocated EUR 0.00 = open EUR 600.00 (net EUR 500.00) → excluded: late-invoice [" + clauseString("CP-invoicing-period", r.Trace()[2].Clause) + "]",
		"insured loss: open amounts excluding tax → EUR 833.33 (uninsured EUR 500.00) [" + clauseString("CP-vat", r.Trace()[3].Clause) + "]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Trace mismatch (-want +got):\n%s", diff)
	}
}

// clauseString checks a clause's ID and returns its text form.
func clauseString(id string, c policy.Clause) string {
	if c.ID != id {
		return "want clause " + id + ", got " + c.ID
	}
	return c.String()
}

func TestLossErrorNamesTheField(t *testing.T) {
	g1 := inv("G1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	bad := g1
	bad.ID, bad.DueDate = "G2", d("")
	_, err := claims.Loss(seedTerms(), claims.Ledger{Invoices: []claims.Invoice{g1, bad}}, d("2025-06-30"))
	var re *policy.RuleError
	if !errors.As(err, &re) {
		t.Fatalf("Loss error = %v, want a *policy.RuleError", err)
	}
	if diff := cmp.Diff([2]string{"invoices[1].dueDate", "CG-imputation"}, [2]string{re.Field, re.Clause.ID}); diff != "" {
		t.Errorf("field and clause mismatch (-want +got):\n%s", diff)
	}
}

// TestLossForfeitOnLateNotice: under the SME offer's terms the DMS is due 30
// days after the due date (F1: due 9 March 2025, DMS by 8 April; F2: due 6
// April, DMS by 6 May; F3: due 4 May, DMS by 3 June). With the option, an
// invoice still open whose DMS was late or never filed by the date of loss
// is out of the insured loss (clause CP-overdue-notice-forfeit); without it, FORMAT.md
// keeps it.
func TestLossForfeitOnLateNotice(t *testing.T) {
	f1 := inv("F1", "2025-01-06", "2025-01-08", "2025-03-09", "10000", "2000")
	f2 := inv("F2", "2025-02-03", "2025-02-05", "2025-04-06", "8000", "1600")
	f3 := inv("F3", "2025-03-03", "2025-03-05", "2025-05-04", "5000", "1000")
	ledger := func(notice string, pays ...claims.Payment) claims.Ledger {
		return claims.Ledger{Invoices: []claims.Invoice{f1, f2, f3}, Payments: pays, OverdueNotice: d(notice)}
	}
	type line struct{ Insured, Uninsured, F1, F2, F3 string }
	tests := []struct {
		name    string
		forfeit bool
		ledger  claims.Ledger
		date    string
		want    line
	}{
		{"a notice on F1's last day keeps every invoice", true, ledger("2025-04-08"), "2025-09-08",
			line{"EUR 23000.00", "EUR 0.00", "", "", ""}},
		{"a notice one day late loses F1 only", true, ledger("2025-04-09"), "2025-09-09",
			line{"EUR 13000.00", "EUR 10000.00", "late-notice", "", ""}},
		{"no notice by the date of loss loses every invoice whose DMS was due", true, ledger(""), "2025-05-20",
			line{"EUR 5000.00", "EUR 18000.00", "late-notice", "late-notice", ""}},
		{"a notice after the date of loss is late for the invoices due before it", true, ledger("2025-07-01"), "2025-06-30",
			line{"EUR 0.00", "EUR 23000.00", "late-notice", "late-notice", "late-notice"}},
		{"an invoice paid in full needs no notice", true, ledger("2025-04-09", pay("2025-04-01", "12000")), "2025-09-09",
			line{"EUR 13000.00", "EUR 0.00", "", "", ""}},
		{"without the option a late notice changes nothing (FORMAT.md)", false, ledger(""), "2025-06-30",
			line{"EUR 23000.00", "EUR 0.00", "", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := claims.Options{ForfeitOnLateNotice: tc.forfeit}.Loss(seedTerms(), tc.ledger, d(tc.date))
			if err != nil {
				t.Fatalf("Loss: %v", err)
			}
			got := line{r.Insured.String(), r.Uninsured.String(), r.Invoices[0].Reason.String(), r.Invoices[1].Reason.String(), r.Invoices[2].Reason.String()}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if got, want := r.Invoices[0].Clause.ID, map[bool]string{true: "CP-overdue-notice-forfeit", false: ""}[tc.want.F1 == "late-notice"]; got != want {
				t.Errorf("F1 clause %q, want %q", got, want)
			}
		})
	}
}

// TestLedgerNoticeMustMatchEvents: a notice given in both the ledger and
// the events must be the same day.
func TestLedgerNoticeMustMatchEvents(t *testing.T) {
	l := claims.Ledger{Invoices: []claims.Invoice{inv("F1", "2025-01-06", "2025-01-08", "2025-03-09", "10000", "2000")}, OverdueNotice: d("2025-04-01")}
	tests := []struct {
		name, events, want string
	}{
		{"the same day", "2025-04-01", "2025-04-01"},
		{"the ledger's when the events have none", "", "2025-04-01"},
		{"another day", "2025-04-02", "inconsistent"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := claims.BuyerClocks(seedTerms(), l, claims.Events{OverdueNotice: d(tc.events)})
			got := b.Filing.Act.String()
			if err != nil {
				checkErr(t, "BuyerClocks", err)
				if !errors.Is(err, policy.ErrInconsistent) {
					t.Fatalf("error %v, want ErrInconsistent", err)
				}
				got = "inconsistent"
			}
			if got != tc.want {
				t.Errorf("notice %s, want %s", got, tc.want)
			}
		})
	}
}
