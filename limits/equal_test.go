package limits_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// fullDecision is a valid decision with every field of Decision and of
// Conditions set: a top-up with an expiry, its own quotité, conditions and a
// reason.
func fullDecision() limits.Decision {
	return limits.Decision{
		ID:      "D7",
		Kind:    limits.TopUp,
		Amount:  eur("10"),
		Date:    day("2025-03-01"),
		Seq:     2,
		Expiry:  day("2025-09-30"),
		Quotite: policy.MustRate("0.5"),
		Price:   policy.MustRate("0.02"),
		Conditions: limits.Conditions{
			MaxCreditDays:    limitDays(60),
			MaxExtensionDays: limitDays(30),
			InsolvencyOnly:   true,
		},
		Reason: limits.ReasonNoComment,
	}
}

// TestDecisionEqual changes one field of a full decision per row: every
// field of Decision and of Conditions makes two decisions different, while
// an amount or a quotité written with another exponent does not.
func TestDecisionEqual(t *testing.T) {
	tests := []struct {
		name   string
		field  string // the field the row changes ("" when none)
		change func(*limits.Decision)
		want   bool
	}{
		{"the same decision built twice", "", func(*limits.Decision) {}, true},
		{"EUR 10 and EUR 10.00", "", func(d *limits.Decision) { d.Amount = eur("10.00") }, true},
		{"quotité 0.5 and 0.50", "", func(d *limits.Decision) { d.Quotite = policy.MustRate("0.50") }, true},
		{"another ID", "ID", func(d *limits.Decision) { d.ID = "D8" }, false},
		{"another kind", "Kind", func(d *limits.Decision) { d.Kind = limits.Temporary }, false},
		{"another amount", "Amount", func(d *limits.Decision) { d.Amount = eur("10.01") }, false},
		{"another currency", "Amount", func(d *limits.Decision) { d.Amount = policy.MustAmount("USD 10") }, false},
		{"the zero amount", "Amount", func(d *limits.Decision) { d.Amount = policy.Amount{} }, false},
		{"another date", "Date", func(d *limits.Decision) { d.Date = day("2025-03-02") }, false},
		{"another seq", "Seq", func(d *limits.Decision) { d.Seq = 3 }, false},
		{"another expiry", "Expiry", func(d *limits.Decision) { d.Expiry = day("2025-10-01") }, false},
		{"no expiry", "Expiry", func(d *limits.Decision) { d.Expiry = day("") }, false},
		{"another quotité", "Quotite", func(d *limits.Decision) { d.Quotite = policy.MustRate("0.6") }, false},
		{"the policy's quotité", "Quotite", func(d *limits.Decision) { d.Quotite = policy.Rate{} }, false},
		{"another price", "Price", func(d *limits.Decision) { d.Price = policy.MustRate("0.025") }, false},
		{"price 0.02 and 0.020", "", func(d *limits.Decision) { d.Price = policy.MustRate("0.020") }, true},
		{"another maximum credit term", "MaxCreditDays",
			func(d *limits.Decision) { d.Conditions.MaxCreditDays = limitDays(90) }, false},
		{"another maximum extension", "MaxExtensionDays",
			func(d *limits.Decision) { d.Conditions.MaxExtensionDays = policy.TimeLimit{} }, false},
		{"protracted default covered too", "InsolvencyOnly",
			func(d *limits.Decision) { d.Conditions.InsolvencyOnly = false }, false},
		{"no conditions", "Conditions", func(d *limits.Decision) { d.Conditions = limits.Conditions{} }, false},
		{"another reason", "Reason", func(d *limits.Decision) { d.Reason = limits.ReasonOutOfBusiness }, false},
		{"no reason", "Reason", func(d *limits.Decision) { d.Reason = 0 }, false},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.field] = true
		a, b := fullDecision(), fullDecision()
		tt.change(&b)
		got := [3]bool{a.Equal(b), b.Equal(a), cmp.Equal(a, b)}
		if diff := cmp.Diff([3]bool{tt.want, tt.want, tt.want}, got); diff != "" {
			t.Errorf("%s: a.Equal(b), b.Equal(a), cmp.Equal(a, b) (-want +got):\n%s", tt.name, diff)
		}
	}
	// A field added to Decision or Conditions needs its row here and its
	// comparison in Decision.Equal.
	for _, typ := range []reflect.Type{reflect.TypeFor[limits.Decision](), reflect.TypeFor[limits.Conditions]()} {
		for f := range typ.Fields() {
			if f.IsExported() && !covered[f.Name] {
				t.Errorf("no row changes %s.%s", typ.Name(), f.Name)
			}
		}
	}
}

// TestHistoryEqual checks that histories are equal when they hold the same
// decisions in the same order, and only then.
func TestHistoryEqual(t *testing.T) {
	a := dec("A", limits.Agrement, "50000", "2025-02-01", "")
	b := dec("B", limits.Agrement, "50000", "2025-02-01", "") // same date, Seq and amount as A
	c := dec("C", limits.Agrement, "20000", "2025-05-01", "")
	c2 := dec("C", limits.Agrement, "20000.00", "2025-05-01", "")
	c3 := dec("C", limits.Agrement, "20001", "2025-05-01", "")
	tests := []struct {
		name string
		h, g []limits.Decision
		want bool
	}{
		{"both empty", nil, nil, true},
		{"the same decisions", []limits.Decision{a, c}, []limits.Decision{a, c}, true},
		{"given in another order, sorted by date", []limits.Decision{c, a}, []limits.Decision{a, c}, true},
		{"an amount with another exponent", []limits.Decision{a, c}, []limits.Decision{a, c2}, true},
		{"empty and one decision", nil, []limits.Decision{a}, false},
		{"a decision more", []limits.Decision{a, c}, []limits.Decision{a, b, c}, false},
		{"a decision less", []limits.Decision{a, b, c}, []limits.Decision{a, c}, false},
		{"one amount differs", []limits.Decision{a, c}, []limits.Decision{a, c3}, false},
		{"same date and Seq in another order", []limits.Decision{a, b}, []limits.Decision{b, a}, false},
	}
	for _, tt := range tests {
		h, g := limits.MustHistory(tt.h...), limits.MustHistory(tt.g...)
		got := [3]bool{h.Equal(g), g.Equal(h), cmp.Equal(h, g)}
		if diff := cmp.Diff([3]bool{tt.want, tt.want, tt.want}, got); diff != "" {
			t.Errorf("%s: h.Equal(g), g.Equal(h), cmp.Equal(h, g) (-want +got):\n%s", tt.name, diff)
		}
	}
	if !(limits.History{}).Equal(limits.MustHistory()) {
		t.Error("the zero History differs from NewHistory()")
	}
}

// TestCmpWithoutOptions checks that cmp.Diff compares a History and a Cover
// (which holds a Decision) without options: no difference for the same
// values, a difference when one decision differs.
func TestCmpWithoutOptions(t *testing.T) {
	named := fullDecision()
	named.Kind, named.Expiry, named.Amount, named.Quotite, named.Price = limits.Agrement, day(""), eur("50000"), policy.Rate{}, policy.Rate{}
	other := named
	other.Conditions.InsolvencyOnly = !named.Conditions.InsolvencyOnly
	top := dec("T", limits.TopUp, "5000", "2025-04-01", "")
	top.Quotite = policy.MustRate("0.5")

	h := limits.MustHistory(named, top)
	same := limits.MustHistory(named, top)
	diff := limits.MustHistory(other, top)
	if d := cmp.Diff(h, same); d != "" {
		t.Errorf("the same history differs:\n%s", d)
	}
	if cmp.Diff(h, diff) == "" {
		t.Error("cmp.Diff reports no difference between histories whose conditions differ")
	}

	cover := func(h limits.History) limits.Cover {
		t.Helper()
		c, err := limits.CoverAt(vectorTerms(), h, limits.Buyer{}, day("2025-06-01"), limits.CoverOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	got := cover(h)
	if d := cmp.Diff(named, got.Decision); d != "" {
		t.Errorf("Cover.Decision (-want +got):\n%s", d)
	}
	if d := cmp.Diff(got, cover(same)); d != "" {
		t.Errorf("the covers of the same history differ:\n%s", d)
	}
	if cmp.Diff(got, cover(diff)) == "" {
		t.Error("cmp.Diff reports no difference between covers whose decisions' conditions differ")
	}
}
