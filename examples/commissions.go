package examples

import (
	"io"
	"time"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// Commissions tells how credit insurance secures the sales commissions of a
// sales team, and writes the report to w. A French article on credit
// insurance for sales teams: firms often pay a commission
// only once the invoice is paid ("subordonnent le versement de la commission
// à l'encaissement effectif du paiement"), so a bad payer cuts the
// salesperson's pay; with credit insurance "les commerciaux ont la certitude
// de percevoir 100% de leurs commissions" on what the insurer covers.
//
// Ferrand SAS pays its three salespeople 4 % of their invoiced sales
// excluding tax. At the end of the second quarter of 2025 none of the
// quarter's invoices is paid yet; each buyer's invoiced sales are checked against the cover of the buyer at the end of the quarter
// ([limits.CoverAt]: agrément, accord express, discretionary cover or none)
// and its limit ([limits.Headroom]: the part above the limit is uninsured,
// clause CG-beyond-limit). The part the insurer would pay is the insured part
// times the quotité (clause CP-quotite). Without cover, the whole commission waits for
// the buyers to pay; with it, only the commission on what the insurer would
// not pay is still at risk, and the firm can pay the rest at once.
func Commissions(w io.Writer) error {
	var r report
	terms := ferrandTerms()
	if err := terms.Validate(); err != nil {
		return err
	}
	rate := policy.MustRate("0.04")
	quarterEnd := date(2025, time.June, 30)
	type account struct {
		buyer    string
		seller   string
		history  limits.History
		eligible bool
		sales    policy.Amount
	}
	accounts := []account{
		{"Dupont Industrie", "Claire", dupontHistory(), false, eur("64000")},
		{"Boulangeries Martin", "Claire", martinHistory(), false, eur("14500")},
		{"Café Lemoine", "Karim", limits.History{}, true, eur("4200")},
		{"Hôtel des Voyageurs", "Karim", limits.History{}, true, eur("9000")},
		{"Imprimerie Caron", "Karim", limits.MustHistory(limits.Decision{ID: "AG-2950", Kind: limits.Agrement, Amount: eur("25000"), Date: date(2025, time.April, 7)}), false, eur("21000")},
		{"Société Nouvelle", "Sophie", nouvelleHistory(), false, eur("12000")},
		{"Transports Michel", "Sophie", limits.MustHistory(limits.Decision{ID: "AG-1804", Kind: limits.Agrement, Amount: eur("50000"), Date: date(2025, time.January, 27)}), false, eur("38000")},
	}
	sellers := []string{"Claire", "Karim", "Sophie"}

	r.title("Sales commissions secured by credit insurance")
	r.linef("Commission %s of invoiced sales excluding tax, second quarter of 2025, all still unpaid on %s,", rate.Percent(), quarterEnd)
	r.line("checked against each buyer's cover on that day.")
	r.section("Sales by buyer")
	rows := [][]string{{"salesperson", "buyer", "sales", "cover", "insured part", "insurer would pay", "commission", "at risk with cover"}}
	type totals struct{ sales, insured, paid, commission, withCover []policy.Amount }
	bySeller := map[string]*totals{}
	for _, s := range sellers {
		bySeller[s] = &totals{}
	}
	for _, a := range accounts {
		c, err := limits.CoverAt(terms, a.history, limits.Buyer{ID: a.buyer, DiscretionaryEligible: a.eligible}, quarterEnd, limits.CoverOptions{})
		if err != nil {
			return err
		}
		pos, err := limits.Headroom(c.Amount, limits.Exposure{Open: a.sales}, policy.Zero(policy.EUR), limits.HeadroomOptions{})
		if err != nil {
			return err
		}
		wouldPay := pos.Insured.Mul(c.Quotite).Round(terms.Rounding)
		notPaid, err := a.sales.Sub(wouldPay)
		if err != nil {
			return err
		}
		commission := a.sales.Mul(rate).Round(terms.Rounding)
		atRisk := notPaid.Mul(rate).Round(terms.Rounding)
		coverText := coverName(c.Type) + " " + c.Amount.String() + " at " + c.Quotite.Percent()
		if c.Gap != limits.Covered {
			coverText = "none (" + c.Gap.String() + ")"
		}
		rows = append(rows, []string{a.seller, a.buyer, a.sales.String(), coverText, pos.Insured.String(), wouldPay.String(),
			commission.String(), atRisk.String()})
		t := bySeller[a.seller]
		t.sales = append(t.sales, a.sales)
		t.insured = append(t.insured, pos.Insured)
		t.paid = append(t.paid, wouldPay)
		t.commission = append(t.commission, commission)
		t.withCover = append(t.withCover, atRisk)
	}
	r.table(rows)

	r.section("By salesperson")
	rows = [][]string{{"salesperson", "sales", "insured part", "share insured", "insurer would pay", "commission at risk without cover", "with cover"}}
	for _, s := range sellers {
		t := bySeller[s]
		var sums [5]policy.Amount
		for i, list := range [][]policy.Amount{t.sales, t.insured, t.paid, t.commission, t.withCover} {
			sum, err := policy.Sum(policy.EUR, list...)
			if err != nil {
				return err
			}
			sums[i] = sum
		}
		share, err := percentOf(sums[1], sums[0])
		if err != nil {
			return err
		}
		rows = append(rows, []string{s, sums[0].String(), sums[1].String(), share, sums[2].String(), sums[3].String(), sums[4].String()})
	}
	r.table(rows)
	r.line("Without cover the whole commission waits for the buyers' payments; with cover only the commission on")
	r.line("what the insurer would not pay (the part above a limit, the retention, uncovered buyers) is at risk.")
	return r.flush(w)
}

// percentOf writes part / whole as a percentage rounded to one decimal,
// "82.5 %" (multiplying before dividing, with explicit places).
func percentOf(part, whole policy.Amount) (string, error) {
	if whole.IsZero() {
		return "-", nil
	}
	if _, err := part.Cmp(whole); err != nil {
		return "", err
	}
	q := part.Decimal().Mul(decimal.NewFromInt(100)).DivRound(whole.Decimal(), 1)
	return q.StringFixed(1) + " %", nil
}
