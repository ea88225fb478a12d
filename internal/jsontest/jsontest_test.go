package jsontest_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/creditins/creditins/internal/jsontest"
)

// recorder records the failure RoundTrip reports.
type recorder struct{ msg string }

func (r *recorder) Fatalf(format string, args ...any) {
	if r.msg == "" {
		r.msg = fmt.Sprintf(format, args...)
	}
}

// lossy drops its field from its JSON: it cannot read back equal.
type lossy struct{ N int }

func (l lossy) MarshalJSON() ([]byte, error) { return []byte(`{}`), nil }

// broken cannot be written.
type broken struct{}

func (broken) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("no") }

var _ json.Marshaler = lossy{}

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		run  func(*recorder)
		want string // the start of the failure, "" for none
	}{
		{"equal", func(r *recorder) { jsontest.RoundTrip(r, struct{ A, B string }{"x", "y"}) }, ""},
		{"lossy", func(r *recorder) { jsontest.RoundTrip(r, lossy{N: 3}) }, "round trip of {}"},
		{"broken", func(r *recorder) { jsontest.RoundTrip(r, broken{}) }, "Marshal("},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r recorder
			tc.run(&r)
			if got := r.msg; tc.want == "" && got != "" || tc.want != "" && !strings.HasPrefix(got, tc.want) {
				t.Errorf("failure %q, want one starting %q", got, tc.want)
			}
		})
	}
}
