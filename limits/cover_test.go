package limits_test

import (
	"strings"
	"testing"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// coverView is the part of a Cover the table compares (the trace is
// checked separately).
type coverView struct {
	Type     policy.CoverType
	Amount   policy.Amount
	Quotite  policy.Rate
	Decision string
	Layers   []limits.Layer
	Gap      limits.Gap
}

func view(c limits.Cover) coverView {
	return coverView{c.Type, c.Amount, c.Quotite, c.Decision.ID, c.Layers, c.Gap}
}

func layer(t policy.CoverType, id, amount, q string) limits.Layer {
	return limits.Layer{Type: t, DecisionID: id, Amount: eur(amount), Quotite: policy.MustRate(q)}
}

func TestCoverAt(t *testing.T) {
	none := func(g limits.Gap, id string) coverView {
		return coverView{Type: policy.NoCover, Amount: eur("0"), Decision: id, Gap: g}
	}
	eligible := limits.Buyer{DiscretionaryEligible: true}
	tests := []struct {
		name      string
		terms     func(*policy.Terms)
		decisions []limits.Decision
		buyer     limits.Buyer
		opts      limits.CoverOptions
		delivery  string
		want      coverView
	}{
		{
			name:      "a top-up adds above the agrément at its own quotité",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""), dec("C1", limits.TopUp, "50000", "2025-03-01", "")},
			delivery:  "2025-03-01",
			want: coverView{Type: policy.Named, Amount: eur("100000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9"), layer(policy.TopUp, "C1", "50000", "0.5")}},
		},
		{
			name:      "a top-up on a refused buyer is the only cover (CAP+)",
			decisions: []limits.Decision{dec("R1", limits.Refusal, "0", "2025-02-01", ""), dec("C1", limits.TopUp, "30000", "2025-02-10", "")},
			buyer:     eligible,
			delivery:  "2025-02-10",
			want: coverView{Type: policy.TopUp, Amount: eur("30000"), Quotite: policy.MustRate("0.5"), Decision: "R1",
				Layers: []limits.Layer{layer(policy.TopUp, "C1", "30000", "0.5")}},
		},
		{
			name: "a top-up ends after its expiry",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
				dec("C1", limits.TopUp, "50000", "2025-03-01", "2025-05-31")},
			delivery: "2025-06-01",
			want: coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9")}},
		},
		{
			name:  "a top-up of 0 withdraws the top-up, after the notice",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
				dec("C1", limits.TopUp, "50000", "2025-03-01", ""), dec("C2", limits.TopUp, "0", "2025-06-01", "")},
			delivery: "2025-07-01",
			want: coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9")}},
		},
		{
			name: "a decision's own quotité overrides the policy's",
			decisions: []limits.Decision{func() limits.Decision {
				d := dec("S1", limits.StartCover, "20000", "2025-02-01", "")
				d.Quotite = policy.MustRate("0.7")
				return d
			}()},
			delivery: "2025-02-01",
			want: coverView{Type: policy.Named, Amount: eur("20000"), Quotite: policy.MustRate("0.7"), Decision: "S1",
				Layers: []limits.Layer{layer(policy.Named, "S1", "20000", "0.7")}},
		},
		{
			name:      "a delivery on the stop date has no cover",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", "")},
			buyer:     limits.Buyer{StopDate: day("2025-05-10"), StopCause: limits.StopMEP},
			delivery:  "2025-05-10",
			want:      none(limits.AfterStop, ""),
		},
		{
			name:      "a delivery the day before the stop date keeps its cover",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", "")},
			buyer:     limits.Buyer{StopDate: day("2025-05-10"), StopCause: limits.StopInsolvency},
			delivery:  "2025-05-09",
			want: coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9")}},
		},
		{
			name:     "a buyer without decision and not eligible has no cover",
			delivery: "2025-05-09",
			want:     none(limits.NoLimit, ""),
		},
		{
			name:     "an eligible buyer has no discretionary cover when the policy grants none",
			terms:    func(t *policy.Terms) { t.DiscretionaryMax = policy.Amount{} },
			buyer:    eligible,
			delivery: "2025-05-09",
			want:     none(limits.NoLimit, ""),
		},
		{
			name:      "a temporary limit dated before the delivery voids discretionary cover once expired",
			decisions: []limits.Decision{dec("T1", limits.Temporary, "5000", "2025-02-01", "2025-02-28")},
			buyer:     eligible,
			delivery:  "2025-03-01",
			want:      none(limits.DiscretionaryVoided, ""),
		},
		{
			name:      "an agrément dated after the delivery, outside the retroactivity window, leaves discretionary cover",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-04-01", "")},
			buyer:     eligible,
			delivery:  "2025-03-01",
			want: coverView{Type: policy.Discretionary, Amount: eur("10000"), Quotite: policy.MustRate("0.6"),
				Layers: []limits.Layer{{Type: policy.Discretionary, Amount: eur("10000"), Quotite: policy.MustRate("0.6")}}},
		},
		{
			// Found by the life-cycle model: rule 5 looks at the date of the
			// decisions, not at their retroactive start.
			name:      "a refusal dated after the delivery, in force by retroactivity, leaves discretionary cover",
			decisions: []limits.Decision{dec("R1", limits.Refusal, "0", "2025-01-02", "")},
			buyer:     eligible,
			delivery:  "2025-01-01",
			want: coverView{Type: policy.Discretionary, Amount: eur("10000"), Quotite: policy.MustRate("0.6"), Decision: "R1",
				Layers: []limits.Layer{{Type: policy.Discretionary, Amount: eur("10000"), Quotite: policy.MustRate("0.6")}}},
		},
		{
			name:  "a refusal during its notice leaves the previous limit",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-01-15", ""),
				dec("R1", limits.Refusal, "", "2025-06-01", "")},
			delivery: "2025-06-30",
			want: coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9")}},
		},
		{
			name:  "a refusal in force: no cover, the refusal is the decision",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-01-15", ""),
				dec("R1", limits.Refusal, "", "2025-06-01", "")},
			buyer:    eligible,
			delivery: "2025-07-01",
			want:     none(limits.Refused, "R1"),
		},
		{
			// FORMAT.md rule 3 as written: the decision in force is the one
			// with the latest effective day, so a reduction notified before
			// an increase still takes effect on its day.
			name:  "a pending reduction takes effect after a later increase",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
				dec("D2", limits.Agrement, "20000", "2025-03-01", ""), dec("D3", limits.Agrement, "30000", "2025-03-10", "")},
			delivery: "2025-04-05",
			want: coverView{Type: policy.Named, Amount: eur("20000"), Quotite: policy.MustRate("0.9"), Decision: "D2",
				Layers: []limits.Layer{layer(policy.Named, "D2", "20000", "0.9")}},
		},
		{
			// LatestDecision: D3 is lower than the 50 000 in force on its
			// date, so it waits for its notice too, then replaces D2.
			name:  "LatestDecision: the later decision replaces the pending reduction",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
				dec("D2", limits.Agrement, "20000", "2025-03-01", ""), dec("D3", limits.Agrement, "30000", "2025-03-10", "")},
			opts:     limits.CoverOptions{InForce: limits.LatestDecision},
			delivery: "2025-04-09",
			want: coverView{Type: policy.Named, Amount: eur("30000"), Quotite: policy.MustRate("0.9"), Decision: "D3",
				Layers: []limits.Layer{layer(policy.Named, "D3", "30000", "0.9")}},
		},
		{
			name:  "LatestEffective: the reduction that took effect last stands",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
				dec("D2", limits.Agrement, "20000", "2025-03-01", ""), dec("D3", limits.Agrement, "30000", "2025-03-10", "")},
			delivery: "2025-04-09",
			want: coverView{Type: policy.Named, Amount: eur("20000"), Quotite: policy.MustRate("0.9"), Decision: "D2",
				Layers: []limits.Layer{layer(policy.Named, "D2", "20000", "0.9")}},
		},
		{
			name:  "LatestDecision: during the notice of D3 the 50 000 of D1 stands until D2 takes effect",
			terms: func(t *policy.Terms) { t.ReductionNoticeDays = limitDays(30) },
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
				dec("D2", limits.Agrement, "20000", "2025-03-01", ""), dec("D3", limits.Agrement, "30000", "2025-03-10", "")},
			opts:     limits.CoverOptions{InForce: limits.LatestDecision},
			delivery: "2025-03-30",
			want: coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9")}},
		},
		{
			// Found by rapid: under LatestDecision an expired decision gives
			// 0 and does not displace the one in force, whatever its amount.
			name: "LatestDecision: an expired top-up does not displace the one in force",
			terms: func(t *policy.Terms) {
				t.RetroactivityDays, t.ReductionNoticeDays = limitDays(0), limitDays(1)
			},
			decisions: []limits.Decision{dec("D4", limits.Agrement, "1000", "2024-12-01", ""),
				dec("D2", limits.TopUp, "2000", "2024-12-01", "2024-12-01"), dec("D1", limits.TopUp, "1000", "2025-01-01", "")},
			opts:     limits.CoverOptions{InForce: limits.LatestDecision},
			delivery: "2025-01-01",
			want: coverView{Type: policy.Named, Amount: eur("2000"), Quotite: policy.MustRate("0.9"), Decision: "D4",
				Layers: []limits.Layer{layer(policy.Named, "D4", "1000", "0.9"), layer(policy.TopUp, "D1", "1000", "0.5")}},
		},
		{
			name: "two decisions of one day: the later Seq stands",
			decisions: []limits.Decision{
				{ID: "B", Kind: limits.Agrement, Amount: eur("40000"), Date: day("2025-03-01"), Seq: 2},
				{ID: "A", Kind: limits.Agrement, Amount: eur("30000"), Date: day("2025-03-01"), Seq: 1}},
			delivery: "2025-03-01",
			want: coverView{Type: policy.Named, Amount: eur("40000"), Quotite: policy.MustRate("0.9"), Decision: "B",
				Layers: []limits.Layer{layer(policy.Named, "B", "40000", "0.9")}},
		},
		{
			name:      "an accord express uses the accord-express quotité when the policy has one",
			terms:     func(t *policy.Terms) { t.Quotites.AccordExpress = policy.MustRate("0.8") },
			decisions: []limits.Decision{dec("A1", limits.AccordExpress, "10000", "2025-02-01", "")},
			delivery:  "2025-02-01",
			want: coverView{Type: policy.AccordExpress, Amount: eur("10000"), Quotite: policy.MustRate("0.8"), Decision: "A1",
				Layers: []limits.Layer{layer(policy.AccordExpress, "A1", "10000", "0.8")}},
		},
		{
			name:      "a delivery on the expiry date is covered",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-01-15", "")},
			delivery:  "2025-12-31",
			want: coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
				Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9")}},
		},
		{
			name:      "a delivery the day after the expiry date is not",
			decisions: []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-01-15", "")},
			delivery:  "2026-01-01",
			want:      none(limits.OutsidePeriod, ""),
		},
	}
	for _, tt := range tests {
		terms := vectorTerms()
		if tt.terms != nil {
			tt.terms(&terms)
		}
		h, err := limits.NewHistory(tt.decisions...)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got, err := limits.CoverAt(terms, h, tt.buyer, day(tt.delivery), tt.opts)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, view(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s\ntrace:\n%s", tt.name, diff, got.Trace)
		}
		if len(got.Trace) == 0 || got.Trace[len(got.Trace)-1].Clause.ID != "CP-quotite" && got.Gap == limits.Covered {
			t.Errorf("%s: the trace does not end with the cover:\n%s", tt.name, got.Trace)
		}
	}
}

// TestCoverAtTrace checks that the trace names the rules and clauses that
// decided: retroactivity and the reduction notice.
func TestCoverAtTrace(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(30)
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-01-15", ""),
		dec("D2", limits.Agrement, "20000", "2025-06-01", ""))
	for _, tt := range []struct{ delivery, clause, text string }{
		{"2025-01-05", "CP-retroactivity", "retroactive from 2025-01-01"},
		{"2025-07-01", "CP-reduction-notice", "reduction from EUR 50000.00 effective 2025-07-01"},
	} {
		c, err := limits.CoverAt(terms, h, limits.Buyer{}, day(tt.delivery), limits.CoverOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range c.Trace {
			if s.Clause.ID == tt.clause && strings.Contains(s.Inputs, tt.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("delivery %s: no step with clause %s and %q in\n%s", tt.delivery, tt.clause, tt.text, c.Trace)
		}
	}
}

func TestCoverAtErrors(t *testing.T) {
	ok := []limits.Decision{dec("D1", limits.Agrement, "50000", "2025-01-15", "")}
	tests := []struct {
		name      string
		terms     func(*policy.Terms)
		decisions []limits.Decision
		buyer     limits.Buyer
		delivery  string
		want      error
	}{
		{"a decision in another currency", nil,
			[]limits.Decision{{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("USD 100"), Date: day("2025-01-15")}},
			limits.Buyer{}, "2025-02-01", policy.ErrCurrencyMismatch},
		{"no currency", func(t *policy.Terms) { t.Currency = policy.Currency{} }, ok, limits.Buyer{}, "2025-02-01", policy.ErrMissing},
		{"no effective date", func(t *policy.Terms) { t.Effective = day("") }, ok, limits.Buyer{}, "2025-02-01", policy.ErrMissing},
		{"an expiry before the effective date", func(t *policy.Terms) { t.Expiry = day("2024-12-31") }, ok, limits.Buyer{}, "2025-02-01", policy.ErrInconsistent},
		{"retroactivity without a signature", func(t *policy.Terms) { t.Signature = day("") }, ok, limits.Buyer{}, "2025-02-01", policy.ErrMissing},
		{"a quotité above 1", func(t *policy.Terms) { t.Quotites.Named = policy.MustRate("1.1") }, ok, limits.Buyer{}, "2025-02-01", policy.ErrOutOfRange},
		{"a named decision under a policy without named quotité", func(t *policy.Terms) { t.Quotites.Named = policy.Rate{} }, ok, limits.Buyer{}, "2025-02-01", policy.ErrMissing},
		{"a discretionary maximum in another currency", func(t *policy.Terms) { t.DiscretionaryMax = policy.MustAmount("USD 1") }, ok, limits.Buyer{}, "2025-02-01", policy.ErrCurrencyMismatch},
		{"a stop date without a cause", nil, ok, limits.Buyer{StopDate: day("2025-03-01")}, "2025-02-01", policy.ErrMissing},
		{"an unknown stop cause", nil, ok, limits.Buyer{StopDate: day("2025-03-01"), StopCause: 99}, "2025-02-01", limits.ErrUnknownCode},
		{"no delivery date", nil, ok, limits.Buyer{}, "", policy.ErrMissing},
	}
	if _, err := limits.CoverAt(vectorTerms(), limits.History{}, limits.Buyer{}, day("2025-02-01"),
		limits.CoverOptions{InForce: 7}); !wrapsSentinel(err) {
		t.Errorf("an unknown in-force rule: error %v", err)
	}
	for _, tt := range tests {
		terms := vectorTerms()
		if tt.terms != nil {
			tt.terms(&terms)
		}
		h, err := limits.NewHistory(tt.decisions...)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		_, err = limits.CoverAt(terms, h, tt.buyer, day(tt.delivery), limits.CoverOptions{})
		wantErr(t, tt.name, err, tt.want)
	}
}

func TestNewHistoryErrors(t *testing.T) {
	startCover := dec("S1", limits.StartCover, "1000", "2025-01-01", "")
	withQuotite := func(d limits.Decision, q string) limits.Decision { d.Quotite = policy.MustRate(q); return d }
	tests := []struct {
		name      string
		decisions []limits.Decision
		want      error
	}{
		{"no ID", []limits.Decision{dec("", limits.Agrement, "1", "2025-01-01", "")}, policy.ErrMissing},
		{"no kind", []limits.Decision{dec("D", 0, "1", "2025-01-01", "")}, policy.ErrMissing},
		{"an unknown kind", []limits.Decision{dec("D", limits.Kind(99), "1", "2025-01-01", "")}, limits.ErrUnknownCode},
		{"no date", []limits.Decision{dec("D", limits.Agrement, "1", "", "")}, policy.ErrMissing},
		{"no amount", []limits.Decision{dec("D", limits.Agrement, "", "2025-01-01", "")}, policy.ErrMissing},
		{"a negative amount", []limits.Decision{dec("D", limits.Agrement, "-1", "2025-01-01", "")}, policy.ErrOutOfRange},
		{"an agrément of 0", []limits.Decision{dec("D", limits.Agrement, "0", "2025-01-01", "")}, policy.ErrInconsistent},
		{"a refusal with an amount", []limits.Decision{dec("R", limits.Refusal, "10", "2025-01-01", "")}, policy.ErrInconsistent},
		{"a temporary limit without expiry", []limits.Decision{dec("T", limits.Temporary, "10", "2025-01-01", "")}, policy.ErrMissing},
		{"an expiry before the date", []limits.Decision{dec("T", limits.Temporary, "10", "2025-01-02", "2025-01-01")}, policy.ErrInconsistent},
		{"an agrément with an expiry", []limits.Decision{dec("D", limits.Agrement, "10", "2025-01-01", "2025-02-01")}, policy.ErrInconsistent},
		{"a quotité above 1", []limits.Decision{withQuotite(dec("D", limits.Agrement, "10", "2025-01-01", ""), "1.5")}, policy.ErrOutOfRange},
		{"a start cover without quotité", []limits.Decision{startCover}, policy.ErrMissing},
		{"a refusal with a quotité", []limits.Decision{withQuotite(dec("R", limits.Refusal, "0", "2025-01-01", ""), "0.5")}, policy.ErrInconsistent},
		{"a top-up's price of 2 %", []limits.Decision{withPrice(dec("C", limits.TopUp, "10", "2025-01-01", ""), "0.02")}, nil},
		{"a top-up's price above 1", []limits.Decision{withPrice(dec("C", limits.TopUp, "10", "2025-01-01", ""), "1.01")}, policy.ErrOutOfRange},
		{"a price on an agrément", []limits.Decision{withPrice(dec("D", limits.Agrement, "10", "2025-01-01", ""), "0.02")}, policy.ErrInconsistent},
		{"two currencies", []limits.Decision{dec("D", limits.Agrement, "10", "2025-01-01", ""),
			{ID: "E", Kind: limits.Agrement, Amount: policy.MustAmount("USD 10"), Date: day("2025-01-02")}}, policy.ErrCurrencyMismatch},
		{"a duplicate ID", []limits.Decision{dec("D", limits.Agrement, "10", "2025-01-01", ""),
			dec("D", limits.Agrement, "10", "2025-01-02", "")}, policy.ErrInconsistent},
		{"two amounts on one day, no order", []limits.Decision{dec("D", limits.Agrement, "10", "2025-01-01", ""),
			dec("E", limits.Agrement, "20", "2025-01-01", "")}, policy.ErrInconsistent},
		{"two top-ups on one day, no order", []limits.Decision{dec("C", limits.TopUp, "10", "2025-01-01", ""),
			dec("E", limits.TopUp, "20", "2025-01-01", "")}, policy.ErrInconsistent},
		{"the same amount twice on one day", []limits.Decision{dec("D", limits.Agrement, "10", "2025-01-01", ""),
			dec("E", limits.Agrement, "10.00", "2025-01-01", "")}, nil},
		{"two temporary limits on one day", []limits.Decision{dec("T", limits.Temporary, "10", "2025-01-01", "2025-01-31"),
			dec("U", limits.Temporary, "20", "2025-01-01", "2025-01-31")}, nil},
		{"an agrément and a top-up on one day", []limits.Decision{dec("D", limits.Agrement, "10", "2025-01-01", ""),
			dec("C", limits.TopUp, "20", "2025-01-01", "")}, nil},
	}
	for _, tt := range tests {
		_, err := limits.NewHistory(tt.decisions...)
		wantErr(t, tt.name, err, tt.want)
	}
}

// TestHistoryOrder checks the order of a history: by date, then Seq, then
// the order given, whatever the input order; and that With leaves the
// receiver unchanged.
func TestHistoryOrder(t *testing.T) {
	h := limits.MustHistory(
		limits.Decision{ID: "c", Kind: limits.Agrement, Amount: eur("3"), Date: day("2025-03-01"), Seq: 1},
		limits.Decision{ID: "a", Kind: limits.Agrement, Amount: eur("1"), Date: day("2025-01-01")},
		limits.Decision{ID: "b", Kind: limits.Agrement, Amount: eur("2"), Date: day("2025-03-01")},
		limits.Decision{ID: "t", Kind: limits.Temporary, Amount: eur("2"), Date: day("2025-03-01"), Expiry: day("2025-03-02")},
	)
	h2, err := h.With(dec("z", limits.Refusal, "", "2025-02-01", ""))
	if err != nil {
		t.Fatal(err)
	}
	ids := func(h limits.History) []string {
		var out []string
		for _, d := range h.Decisions() {
			out = append(out, d.ID)
		}
		return out
	}
	if diff := cmp.Diff([]string{"a", "b", "t", "c"}, ids(h)); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "z", "b", "t", "c"}, ids(h2)); diff != "" {
		t.Errorf("order after With (-want +got):\n%s", diff)
	}
	if h.Len() != 4 || h2.Len() != 5 {
		t.Errorf("Len: %d and %d, want 4 and 5", h.Len(), h2.Len())
	}
}

// TestZeroValues documents the zero values: an empty history, a buyer
// without eligibility or stop, a Kind that is not one.
func TestZeroValues(t *testing.T) {
	c, err := limits.CoverAt(vectorTerms(), limits.History{}, limits.Buyer{}, day("2025-06-01"), limits.CoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(coverView{Type: policy.NoCover, Amount: eur("0"), Gap: limits.NoLimit}, view(c)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := limits.Kind(0).String(); got != "Kind(0)" {
		t.Errorf("Kind(0).String() = %q", got)
	}
	if _, err := limits.Kind(0).MarshalText(); !wrapsSentinel(err) {
		t.Errorf("Kind(0).MarshalText: %v", err)
	}
	if got := limits.Covered.String(); got != "covered" {
		t.Errorf("Gap(0).String() = %q", got)
	}
}

func TestTimeline(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(30)
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-01-15", ""),
		dec("T1", limits.Temporary, "5000", "2025-01-18", "2025-02-28"),
		dec("D2", limits.Agrement, "20000", "2025-06-01", ""),
		dec("D3", limits.AccordExpress, "25000", "2025-07-01", ""))
	got, err := limits.Timeline(terms, h, limits.CoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	q := policy.MustRate("0.9")
	want := []limits.Entry{
		{Decision: h.Decisions()[0], Start: day("2025-01-01"), Retroactive: true, Effective: day("2025-01-01"), Quotite: q},
		{Decision: h.Decisions()[1], Start: day("2025-01-01"), Retroactive: true, Effective: day("2025-01-01"), Quotite: q},
		{Decision: h.Decisions()[2], Start: day("2025-06-01"), Effective: day("2025-07-01"), Reduction: true, Previous: eur("50000"), Quotite: q},
		{Decision: h.Decisions()[3], Start: day("2025-07-01"), Effective: day("2025-07-01"), Previous: eur("20000"), Quotite: q},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// withPrice returns d with its own price (a top-up's yearly rate).
func withPrice(d limits.Decision, r string) limits.Decision {
	d.Price = policy.MustRate(r)
	return d
}
