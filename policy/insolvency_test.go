package policy_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// Validate refuses insolvency terms that cannot be applied: an advance
// above the whole indemnity, or an advance whose balance has no date.
func TestValidateInsolvencyTerms(t *testing.T) {
	for _, c := range []struct {
		name string
		ins  policy.InsolvencyTerms
		want []string
	}{
		{"none", policy.InsolvencyTerms{}, nil},
		{"70 % then a month after admission", policy.InsolvencyTerms{AdvanceRate: policy.MustRate("0.7"), IndemnityAfterAdmission: policy.MustTimeLimit(calendar.Days(30))}, nil},
		{"advance without balance date", policy.InsolvencyTerms{AdvanceRate: policy.MustRate("0.7")}, []string{"insolvency.advanceRate"}},
		{"advance above 1", policy.InsolvencyTerms{AdvanceRate: policy.MustRate("1.5"), IndemnityAfterAdmission: policy.MustTimeLimit(calendar.Days(30))}, []string{"insolvency.advanceRate"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			terms := policy.Terms{Insolvency: c.ins}
			var got []string
			joined, _ := terms.Validate().(interface{ Unwrap() []error })
			if joined == nil {
				t.Fatal("the zero terms validate")
			}
			for _, err := range joined.Unwrap() {
				var re *policy.RuleError
				if errors.As(err, &re) && re.Clause.ID == "CP-indemnity-after-admission" {
					got = append(got, re.Field)
				}
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
