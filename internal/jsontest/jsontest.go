// Package jsontest is the JSON round-trip check the SDK's packages share in
// their tests (imported by _test files only): what reads in reads back out
// equal.
package jsontest

import (
	"encoding/json"

	"github.com/google/go-cmp/cmp"
)

// Fataler is what RoundTrip reports a failure to: a *testing.T, a
// *rapid.T.
type Fataler interface {
	Fatalf(format string, args ...any)
}

// RoundTrip fails t unless v marshals to JSON that unmarshals back to a
// value equal to v (cmp.Diff, which compares decimals by their Equal
// method).
func RoundTrip[T any](t Fataler, v T) {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
		return
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
		return
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Fatalf("round trip of %s (-want +got):\n%s", b, diff)
	}
}
