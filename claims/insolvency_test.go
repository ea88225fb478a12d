package claims_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// insolvencyTerms pays an advance of rate within IndemnityDays of the
// insolvency and the balance after days after the admission ("" and 0:
// not set).
func insolvencyTerms(rate string, days int) policy.Terms {
	t := policy.Terms{Currency: policy.EUR, IndemnityDays: limitDays(30), WaitingPeriod: policy.MustTimeLimit(calendar.Months(5))}
	if rate != "" {
		t.Insolvency.AdvanceRate = policy.MustRate(rate)
	}
	if days > 0 {
		t.Insolvency.IndemnityAfterAdmission = limitDays(days)
	}
	return t
}

// The declaration and revendication time limits (Code de commerce L622-24
// and R622-24: two months from the publication in the BODACC, doubled
// abroad; L624-9: three months), counted under the French civil rule.
func TestInsolvencyClocks(t *testing.T) {
	type out struct{ Declaration, DeclStatus, Revendication, RevStatus string }
	for _, c := range []struct {
		name                                  string
		published, declared, revendicated, as string
		abroad                                bool
		want                                  out
	}{
		// 2025-05-14 is a Wednesday; 2025-06-14 a Saturday, moved to Monday 16.
		{"in time", "2025-03-14", "2025-04-02", "2025-06-16", "2025-12-31", false, out{"2025-05-14", "met", "2025-06-16", "met"}},
		{"declared late, not revendicated", "2025-03-14", "2025-05-15", "", "2025-12-31", false, out{"2025-05-14", "missed", "2025-06-16", "missed"}},
		{"nothing yet, read before the limits", "2025-03-14", "", "", "2025-04-01", false, out{"2025-05-14", "pending", "2025-06-16", "pending"}},
		// Four months abroad: 2025-07-14 is Bastille Day, moved to the 15th.
		{"abroad", "2025-03-14", "2025-07-15", "", "", true, out{"2025-07-15", "met", "2025-06-16", "pending"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ev := claims.Events{Insolvency: d("2025-03-03"), AsOf: d(c.as),
				Proceedings: claims.Proceedings{Published: d(c.published), Declared: d(c.declared), Revendication: d(c.revendicated)}}
			got, err := claims.InsolvencyOptions{Abroad: c.abroad}.Clocks(ev)
			if err != nil {
				t.Fatal(err)
			}
			g := out{got.Declaration.Limit.Final.String(), got.Declaration.Status.String(), got.Revendication.Limit.Final.String(), got.Revendication.Status.String()}
			if diff := cmp.Diff(c.want, g); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// The settlement: an advance of 70 % ("l'assureur verse un acompte
// équivalent à 70 % de l'indemnisation", e-assurance-credit.com), the
// balance within a month of the admission ("dans le mois suivant le jour
// où l'assureur a eu connaissance de l'admission officielle de la
// créance", same page; 30 days here), and the prejudice of a late
// declaration under ReduceByPrejudice.
func TestSettle(t *testing.T) {
	type out struct{ Prejudice, Payable, Advance, AdvanceDue, Balance, BalanceDue, BalanceStatus string }
	for _, c := range []struct {
		name               string
		rate               string
		days               int
		declared, admitted string
		prejudice          string
		rule               claims.MissedActRule
		want               out
	}{
		{"70 % advance, balance after admission", "0.7", 30, "2025-04-02", "2025-11-20", "", claims.KeepIndemnity,
			out{"0", "9000", "6300", "2025-04-02", "2700", "2025-12-20", "pending"}},
		{"no advance, all after admission", "", 30, "2025-04-02", "2025-11-20", "", claims.KeepIndemnity,
			out{"0", "9000", "0", "", "9000", "2025-12-20", "pending"}},
		{"not admitted yet: no balance date", "0.7", 30, "2025-04-02", "", "", claims.KeepIndemnity,
			out{"0", "9000", "6300", "2025-04-02", "2700", "", "pending"}},
		{"no admission term: the ordinary date", "", 0, "2025-04-02", "", "", claims.KeepIndemnity,
			out{"0", "9000", "0", "", "9000", "2025-04-02", "missed"}},
		{"late declaration kept", "", 30, "2025-06-01", "2025-11-20", "", claims.KeepIndemnity,
			out{"0", "9000", "0", "", "9000", "2025-12-20", "pending"}},
		{"late declaration reduced by the prejudice", "0.7", 30, "2025-06-01", "2025-11-20", "1500", claims.ReduceByPrejudice,
			out{"1500", "7500", "5250", "2025-04-02", "2250", "2025-12-20", "pending"}},
		{"prejudice above the indemnity", "", 30, "", "2025-11-20", "12000", claims.ReduceByPrejudice,
			out{"12000", "0", "0", "", "0", "2025-12-20", "pending"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ev := claims.Events{Insolvency: d("2025-03-03"), AsOf: d("2025-12-01"), Proceedings: claims.Proceedings{
				Published: d("2025-03-14"), Declared: d(c.declared), Admitted: d(c.admitted), Prejudice: eur(c.prejudice)}}
			s, err := claims.InsolvencyOptions{MissedAct: c.rule}.Settle(insolvencyTerms(c.rate, c.days), ev, eur("9000"))
			if err != nil {
				t.Fatal(err)
			}
			ds := func(x calendar.Date) string {
				if x.IsZero() {
					return ""
				}
				return x.String()
			}
			num := func(a policy.Amount) string { return a.Decimal().String() }
			g := out{num(s.Prejudice), num(s.Payable), num(s.Advance), ds(s.AdvanceDue), num(s.Balance), ds(s.BalanceDue.Limit.Final), s.BalanceDue.Status.String()}
			if diff := cmp.Diff(c.want, g); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			if len(s.Trace()) == 0 {
				t.Error("empty trace")
			}
		})
	}
}

func TestSettleErrors(t *testing.T) {
	base := claims.Events{Insolvency: d("2025-03-03"), AsOf: d("2025-12-01"), Proceedings: claims.Proceedings{Published: d("2025-03-14"), Declared: d("2025-04-02")}}
	for _, c := range []struct {
		name  string
		terms policy.Terms
		opts  claims.InsolvencyOptions
		edit  func(*claims.Events)
		want  error
		field string
	}{
		{"advance without admission delay", insolvencyTerms("0.7", 0), claims.InsolvencyOptions{}, nil, policy.ErrInconsistent, "insolvency.advanceRate"},
		{"advance above 1", insolvencyTerms("1.2", 30), claims.InsolvencyOptions{}, nil, policy.ErrOutOfRange, "insolvency.advanceRate"},
		{"no publication", insolvencyTerms("", 30), claims.InsolvencyOptions{}, func(e *claims.Events) { e.Proceedings.Published = calendar.Date{} }, policy.ErrMissing, "events.proceedings.publishedDate"},
		{"published before the judgment", insolvencyTerms("", 30), claims.InsolvencyOptions{}, func(e *claims.Events) { e.Proceedings.Published = d("2025-03-01") }, policy.ErrInconsistent, "events.proceedings.publishedDate"},
		{"admitted after asOf", insolvencyTerms("", 30), claims.InsolvencyOptions{}, func(e *claims.Events) { e.Proceedings.Admitted = d("2026-01-05") }, policy.ErrInconsistent, "events.proceedings.admittedDate"},
		{"prejudice under keep", insolvencyTerms("", 30), claims.InsolvencyOptions{}, func(e *claims.Events) { e.Proceedings.Prejudice = eur("10") }, policy.ErrInconsistent, "events.proceedings.prejudice"},
		{"prejudice needed", insolvencyTerms("", 30), claims.InsolvencyOptions{MissedAct: claims.ReduceByPrejudice}, func(e *claims.Events) { e.Proceedings.Declared = calendar.Date{} }, policy.ErrMissing, "events.proceedings.prejudice"},
		{"unknown rule", insolvencyTerms("", 30), claims.InsolvencyOptions{MissedAct: 9}, nil, policy.ErrOutOfRange, "options.missedAct"},
		{"admitted amount without date", insolvencyTerms("", 30), claims.InsolvencyOptions{}, func(e *claims.Events) { e.Proceedings.AdmittedAmount = eur("100") }, policy.ErrInconsistent, "events.proceedings.admittedAmount"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ev := base
			if c.edit != nil {
				c.edit(&ev)
			}
			_, err := c.opts.Settle(c.terms, ev, eur("9000"))
			var re *policy.RuleError
			if !errors.Is(err, c.want) || !errors.As(err, &re) || re.Field != c.field {
				t.Fatalf("got %v, want %v on %s", err, c.want, c.field)
			}
		})
	}
}

// Goods taken back under retention of title (Code de commerce L624-16)
// are deducted from the loss at the value the option names.
func TestLossTakenBack(t *testing.T) {
	terms := policy.Terms{Currency: policy.EUR}
	ledger := func(goods ...claims.TakenBack) claims.Ledger {
		return claims.Ledger{Invoices: []claims.Invoice{
			{ID: "F1", DeliveryDate: d("2025-01-06"), InvoiceDate: d("2025-01-08"), DueDate: d("2025-03-09"), Net: eur("10000"), Tax: eur("2000")},
			{ID: "F2", DeliveryDate: d("2025-01-20"), InvoiceDate: d("2025-01-21"), DueDate: d("2025-03-21"), Net: eur("5000"), Tax: eur("1000")},
		}, TakenBack: goods}
	}
	goods := claims.TakenBack{Date: d("2025-05-02"), Invoices: []string{"F1"}, Invoiced: eur("3000"), Resale: eur("1800")}
	spread := claims.TakenBack{Date: d("2025-05-02"), Invoices: []string{"F2", "F1"}, Invoiced: eur("6000"), Resale: eur("4000")}
	for _, c := range []struct {
		name  string
		value claims.GoodsValuation
		goods []claims.TakenBack
		want  []string
	}{
		{"none", claims.InvoicedValue, nil, []string{"10000.00", "5000.00", "15000.00"}},
		{"at invoiced value", claims.InvoicedValue, []claims.TakenBack{goods}, []string{"7000.00", "5000.00", "12000.00"}},
		{"at resale value", claims.ResaleValue, []claims.TakenBack{goods}, []string{"8200.00", "5000.00", "13200.00"}},
		{"spread over two invoices", claims.InvoicedValue, []claims.TakenBack{spread}, []string{"9000.00", "0.00", "9000.00"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := claims.Options{GoodsValue: c.value}.Loss(terms, ledger(c.goods...), d("2025-04-15"))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{r.Invoices[0].OpenNet.Decimal().StringFixed(2), r.Invoices[1].OpenNet.Decimal().StringFixed(2), r.Insured.Decimal().StringFixed(2)}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	for _, c := range []struct {
		name  string
		value claims.GoodsValuation
		g     claims.TakenBack
		want  error
		field string
	}{
		{"above the invoice", claims.InvoicedValue, claims.TakenBack{Date: d("2025-05-02"), Invoices: []string{"F2"}, Invoiced: eur("5000.01")}, policy.ErrInconsistent, "takenBack[0].invoiced"},
		{"unknown invoice", claims.InvoicedValue, claims.TakenBack{Date: d("2025-05-02"), Invoices: []string{"F9"}, Invoiced: eur("1")}, policy.ErrInconsistent, "takenBack[0].invoices[0]"},
		{"resale value missing", claims.ResaleValue, goodsNoResale(), policy.ErrMissing, "takenBack[0].resale"},
		{"no invoice", claims.InvoicedValue, claims.TakenBack{Date: d("2025-05-02"), Invoiced: eur("1")}, policy.ErrMissing, "takenBack[0].invoices"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := claims.Options{GoodsValue: c.value}.Loss(terms, ledger(c.g), d("2025-04-15"))
			var re *policy.RuleError
			if !errors.Is(err, c.want) || !errors.As(err, &re) || re.Field != c.field {
				t.Fatalf("got %v, want %v on %s", err, c.want, c.field)
			}
		})
	}
}

func goodsNoResale() claims.TakenBack {
	return claims.TakenBack{Date: d("2025-05-02"), Invoices: []string{"F1"}, Invoiced: eur("3000")}
}

// genTakenBack draws a one-invoice ledger and goods taken back on it.
func genTakenBack(t *rapid.T) (claims.Ledger, claims.TakenBack, claims.GoodsValuation) {
	net := rapid.Int64Range(1, 10_000_000).Draw(t, "net")
	tax := rapid.Int64Range(0, net).Draw(t, "tax")
	paid := rapid.Int64Range(0, net+tax).Draw(t, "paid")
	value := rapid.Int64Range(0, net).Draw(t, "value")
	l := claims.Ledger{Invoices: []claims.Invoice{{ID: "F1", DeliveryDate: d("2025-01-06"), InvoiceDate: d("2025-01-08"), DueDate: d("2025-03-09"),
		Net: policy.FromUnits(policy.EUR, net), Tax: policy.FromUnits(policy.EUR, tax)}}}
	if paid > 0 {
		l.Payments = []claims.Payment{{Date: d("2025-02-01"), Amount: policy.FromUnits(policy.EUR, paid)}}
	}
	v := policy.FromUnits(policy.EUR, value)
	g := claims.TakenBack{Date: d("2025-05-02"), Invoices: []string{"F1"}, Invoiced: v, Resale: v}
	return l, g, claims.GoodsValuation(rapid.IntRange(0, 1).Draw(t, "value rule"))
}

// Property: goods taken back never raise the indemnity (the loss and the
// indemnity with them are at most those without).
func propTakenBackNeverRaises(t *rapid.T) {
	l, g, v := genTakenBack(t)
	terms := policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: policy.MustRate("0.9")}}
	o := claims.Options{GoodsValue: v}
	indemnity := func(l claims.Ledger) policy.Amount {
		r, err := o.Loss(terms, l, d("2025-04-15"))
		if err != nil {
			t.Fatalf("Loss: %v", err)
		}
		b, err := claims.Indemnity(terms, claims.Claim{Loss: r.Insured}, limits.Cover{Type: policy.Named, Amount: eur("50000")}, claims.IndemnityOptions{})
		if err != nil {
			t.Fatalf("Indemnity: %v", err)
		}
		return b.Indemnity
	}
	without := indemnity(l)
	l.TakenBack = []claims.TakenBack{g}
	with := indemnity(l)
	if c, _ := with.Cmp(without); c > 0 {
		t.Fatalf("with goods taken back %v > without %v", with, without)
	}
}

func TestPropTakenBackNeverRaises(t *testing.T) { rapid.Check(t, propTakenBackNeverRaises) }
func FuzzPropTakenBackNeverRaises(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propTakenBackNeverRaises))
}

// Property: the advance never exceeds the payable indemnity, and advance +
// balance = payable.
func propAdvanceBounded(t *rapid.T) {
	r := rapid.IntRange(0, 100).Draw(t, "percent")
	terms := insolvencyTerms(fmt.Sprintf("%d.%02d", r/100, r%100), 30)
	terms.Rounding = policy.RoundingMode(rapid.IntRange(0, int(policy.Up)).Draw(t, "rounding"))
	ind := policy.FromUnits(policy.EUR, rapid.Int64Range(0, 1_000_000_000).Draw(t, "indemnity"))
	ev := claims.Events{Insolvency: d("2025-03-03"), Proceedings: claims.Proceedings{Published: d("2025-03-14")}}
	s, err := claims.InsolvencyOptions{}.Settle(terms, ev, ind)
	if err != nil {
		t.Fatalf("Settle: %v", err)
	}
	if c, _ := s.Advance.Cmp(s.Payable); c > 0 {
		t.Fatalf("advance %v > payable %v", s.Advance, s.Payable)
	}
	if sum, _ := s.Advance.Add(s.Balance); !sum.Equal(s.Payable) {
		t.Fatalf("advance %v + balance %v != payable %v", s.Advance, s.Balance, s.Payable)
	}
}

func TestPropAdvanceBounded(t *testing.T) { rapid.Check(t, propAdvanceBounded) }
func FuzzPropAdvanceBounded(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propAdvanceBounded))
}

// FuzzSettle feeds arbitrary terms and events to Settle: no panic, and
// every error is typed.
func FuzzSettle(f *testing.F) {
	for _, s := range seedBytes {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &bytesReader{b: data}
		terms, ev := r.terms(), r.events()
		rate, _ := policy.NewRate(decimal.New(int64(r.u8()), -2))
		terms.Insolvency = policy.InsolvencyTerms{AdvanceRate: rate, IndemnityAfterAdmission: limitDays(r.u8())}
		ev.Proceedings = claims.Proceedings{Published: r.date(), Declared: r.date(), Revendication: r.date(), Admitted: r.date(), Prejudice: r.amount()}
		s, err := claims.InsolvencyOptions{Abroad: r.u8()%2 == 1, MissedAct: claims.MissedActRule(r.u8() % 3)}.Settle(terms, ev, r.amount())
		checkErr(t, "Settle", err)
		if err == nil {
			_ = s.Trace()
		}
	})
}

// A supplier's claim in a liquidation: declared in time, admitted in
// November, paid 70 % on the ordinary date and the balance a month after
// the admission.
func ExampleInsolvencyOptions_Settle() {
	terms := policy.Terms{Currency: policy.EUR, IndemnityDays: policy.MustTimeLimit(calendar.Days(30)),
		Insolvency: policy.InsolvencyTerms{AdvanceRate: policy.MustRate("0.7"), IndemnityAfterAdmission: policy.MustTimeLimit(calendar.Days(30))}}
	ev := claims.Events{Insolvency: calendar.MustDate(2025, 3, 3), AsOf: calendar.MustDate(2025, 12, 1),
		Proceedings: claims.Proceedings{Published: calendar.MustDate(2025, 3, 14), Declared: calendar.MustDate(2025, 4, 2), Admitted: calendar.MustDate(2025, 11, 20)}}
	s, err := claims.InsolvencyOptions{}.Settle(terms, ev, policy.MustAmount("EUR 9000"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("declare by", s.Clocks.Declaration.Limit.Final, s.Clocks.Declaration.Status)
	fmt.Println("revendicate by", s.Clocks.Revendication.Limit.Final)
	fmt.Println("advance", s.Advance, "due", s.AdvanceDue)
	fmt.Println("balance", s.Balance, "due", s.BalanceDue.Limit.Final)
	// Output:
	// declare by 2025-05-14 met
	// revendicate by 2025-06-16
	// advance EUR 6300.00 due 2025-04-02
	// balance EUR 2700.00 due 2025-12-20
}

// The book reads the proceedings and the goods taken back: a buyer in
// liquidation with goods of 2 000 taken back at their invoiced value, its
// claim admitted in November; 70 % is paid on the ordinary date, the
// balance a month after the admission, which becomes the book's due date.
func TestBookInsolvency(t *testing.T) {
	terms := bookTerms()
	terms.Insolvency = policy.InsolvencyTerms{AdvanceRate: rate("0.7"), IndemnityAfterAdmission: limitDays(30)}
	hist, err := limits.NewHistory(limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: eur("50000"), Date: d("2025-01-15")})
	if err != nil {
		t.Fatal(err)
	}
	b := claims.BuyerBook{History: hist,
		Ledger: claims.Ledger{
			Invoices:  []claims.Invoice{{ID: "F1", DeliveryDate: d("2025-02-03"), InvoiceDate: d("2025-02-04"), DueDate: d("2025-04-04"), Net: eur("20000"), Tax: eur("4000")}},
			TakenBack: []claims.TakenBack{{Date: d("2025-06-10"), Invoices: []string{"F1"}, Invoiced: eur("2000"), Resale: eur("1200")}},
		},
		Events: claims.Events{Insolvency: d("2025-05-05"), Proceedings: claims.Proceedings{
			Published: d("2025-05-16"), Declared: d("2025-06-02"), Revendication: d("2025-06-05"), Admitted: d("2025-11-20")}},
	}
	type out struct{ Insured, Indemnity, Advance, AdvanceDue, Balance, Due, Declaration, Revendication string }
	for _, c := range []struct {
		name string
		opts claims.BookOptions
		want out
	}{
		// 20 000 − 2 000 = 18 000 insured, × 90 % = 16 200; 70 % = 11 340.
		{"invoiced value", claims.BookOptions{}, out{"18000.00", "16200.00", "11340.00", "2025-06-04", "4860.00", "2025-12-20", "met", "met"}},
		// 20 000 − 1 200 = 18 800 insured, × 90 % = 16 920.
		{"resale value", claims.BookOptions{Clocks: claims.Options{GoodsValue: claims.ResaleValue}}, out{"18800.00", "16920.00", "11844.00", "2025-06-04", "5076.00", "2025-12-20", "met", "met"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			bk, err := c.opts.EvaluateBook(terms, b, d("2025-12-01"))
			if err != nil {
				t.Fatal(err)
			}
			s := bk.Insolvency
			f := func(a policy.Amount) string { return a.Decimal().StringFixed(2) }
			got := out{f(bk.Insured), f(bk.Indemnity), f(s.Advance), s.AdvanceDue.String(), f(s.Balance), bk.IndemnityDue.String(),
				s.Clocks.Declaration.Status.String(), s.Clocks.Revendication.Status.String()}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	late := b
	late.Ledger.TakenBack = []claims.TakenBack{{Date: d("2025-12-05"), Invoices: []string{"F1"}, Invoiced: eur("2000")}}
	if _, err := claims.EvaluateBook(terms, late, d("2025-12-01")); !errors.Is(err, policy.ErrInconsistent) {
		t.Errorf("goods taken back after asOf: got %v, want ErrInconsistent", err)
	}
	orphan := b
	orphan.Events.Insolvency = calendar.Date{}
	if _, err := claims.EvaluateBook(terms, orphan, d("2025-12-01")); !errors.Is(err, policy.ErrInconsistent) {
		t.Errorf("proceedings without insolvency: got %v, want ErrInconsistent", err)
	}
}
