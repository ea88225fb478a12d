package bookfile_test

import (
	"testing"

	"github.com/creditins/creditins/beam/bookfile"
	"github.com/google/go-cmp/cmp"
)

func TestSummaryMerge(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b bookfile.Summary
		want bookfile.Summary
	}{
		{"empty", bookfile.Summary{}, bookfile.Summary{}, bookfile.Summary{}},
		{"sums", bookfile.Summary{Buyers: 1, OpenNet: "EUR 10.50", Actions: bookfile.ActionCounts{FileNotice: 1}},
			bookfile.Summary{Buyers: 2, InError: 1, OpenNet: "EUR 0.50", Insured: "EUR 3.00", Claims: 1, Actions: bookfile.ActionCounts{FileClaim: 1}},
			bookfile.Summary{Buyers: 3, InError: 1, OpenNet: "EUR 11.00", Insured: "EUR 3.00", Claims: 1, Actions: bookfile.ActionCounts{FileNotice: 1, FileClaim: 1}}},
		{"two currencies", bookfile.Summary{OpenNet: "EUR 1.00"}, bookfile.Summary{OpenNet: "USD 1.00"},
			bookfile.Summary{OpenNet: "EUR 1.00", Error: `policy: currency mismatch: add="EUR and USD"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.a.Merge(tc.b)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
