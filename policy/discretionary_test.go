package policy

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDiscretionaryConditionsBounds checks every count of a rule at its
// edges (the largest accepted value, one above, -1) and the window that
// purchases and late payments need.
func TestDiscretionaryConditionsBounds(t *testing.T) {
	tests := []struct {
		name  string
		rule  DiscretionaryRule
		field string // "" when valid
		want  error
	}{
		{"largest purchase count", DiscretionaryRule{MinPurchases: maxPurchases, WindowMonths: 12}, "", nil},
		{"purchase count one above", DiscretionaryRule{MinPurchases: maxPurchases + 1, WindowMonths: 12}, "anyOf[0].minPurchases", ErrOutOfRange},
		{"negative purchase count", DiscretionaryRule{MinPurchases: -1, WindowMonths: 12}, "anyOf[0].minPurchases", ErrOutOfRange},
		{"largest window", DiscretionaryRule{WindowMonths: maxDelayMonths}, "", nil},
		{"window one above", DiscretionaryRule{WindowMonths: maxDelayMonths + 1}, "anyOf[0].windowMonths", ErrOutOfRange},
		{"largest report age", DiscretionaryRule{ReportMaxAgeMonths: maxDelayMonths}, "", nil},
		{"report age one above", DiscretionaryRule{ReportMaxAgeMonths: maxDelayMonths + 1}, "anyOf[0].reportMaxAgeMonths", ErrOutOfRange},
		{"negative report age", DiscretionaryRule{ReportMaxAgeMonths: -1}, "anyOf[0].reportMaxAgeMonths", ErrOutOfRange},
		{"largest loss look-back", DiscretionaryRule{NoLossMonths: maxDelayMonths}, "", nil},
		{"loss look-back one above", DiscretionaryRule{NoLossMonths: maxDelayMonths + 1}, "anyOf[0].noLossMonths", ErrOutOfRange},
		{"purchases without a window", DiscretionaryRule{MinPurchases: 2}, "anyOf[0].windowMonths", ErrMissing},
		{"late payments without a window", DiscretionaryRule{NoLatePayment: true}, "anyOf[0].windowMonths", ErrMissing},
	}
	for _, tc := range tests {
		err := DiscretionaryConditions{AnyOf: []DiscretionaryRule{tc.rule}}.Validate()
		var re *RuleError
		switch {
		case tc.want == nil && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != nil && (!errors.Is(err, tc.want) || !errors.As(err, &re) || re.Field != tc.field):
			t.Errorf("%s: error %v, want %v on %s", tc.name, err, tc.want, tc.field)
		}
	}
}

// TestTermsValidateDiscretionaryConditions: Terms.Validate reports every
// faulty rule, each named in full.
func TestTermsValidateDiscretionaryConditions(t *testing.T) {
	tm := validTerms(t)
	tm.DiscretionaryConditions = DiscretionaryConditions{AnyOf: []DiscretionaryRule{
		{Name: "ok", ReportMaxAgeMonths: 12},
		{Name: "no window", MinPurchases: 2},
		{Name: "too old", NoLossMonths: 1000},
	}}
	var got []string
	for _, e := range leaves(tm.Validate()) {
		var re *RuleError
		if errors.As(e, &re) {
			got = append(got, re.Field+"="+re.Value)
		}
	}
	want := []string{"discretionaryConditions.anyOf[1].windowMonths=0", "discretionaryConditions.anyOf[2].noLossMonths=" + strconv.Itoa(1000)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}
