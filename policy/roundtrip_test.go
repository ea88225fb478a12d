package policy

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// jsonRoundTrip fails t unless v marshals to JSON that unmarshals back to
// a value equal to v.
func jsonRoundTrip[T any](t *rapid.T, v T) {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(v, back); diff != "" {
		t.Fatalf("round trip of %s (-want +got):\n%s", b, diff)
	}
}

// enumOf draws one of the named values of an enum whose names are indexed
// by value ("" for a value without a name).
func enumOf[E ~uint8](t *rapid.T, label string, names []string) E {
	var named []E
	for i, n := range names {
		if n != "" {
			named = append(named, E(i))
		}
	}
	return rapid.SampledFrom(named).Draw(t, label)
}

// Property: a currency reads back equal from its text.
func propCurrencyTextRoundTrip(t *rapid.T) { jsonRoundTrip(t, genCurrency().Draw(t, "currency")) }

// Property: a rounding mode reads back equal from its text.
func propRoundingModeTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[RoundingMode](t, "mode", roundingNames[:]))
}

// Property: a notice anchor reads back equal from its text.
func propNoticeAnchorTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[NoticeAnchor](t, "anchor", noticeAnchorNames[:]))
}

// Property: a waiting-period anchor reads back equal from its text.
func propWaitingAnchorTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[WaitingAnchor](t, "anchor", waitingAnchorNames[:]))
}

// Property: a threshold mode reads back equal from its text.
func propThresholdModeTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[ThresholdMode](t, "mode", thresholdModeNames[:]))
}

// Property: a cover type reads back equal from its text.
func propCoverTypeTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[CoverType](t, "cover", coverTypeNames[:]))
}

// Property: a liability base reads back equal from its text.
func propLiabilityBaseTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[LiabilityBase](t, "base", liabilityBaseNames[:]))
}

// Property: a monitoring basis reads back equal from its text.
func propMonitoringBasisTextRoundTrip(t *rapid.T) {
	jsonRoundTrip(t, enumOf[MonitoringBasis](t, "basis", monitoringBasisNames[:]))
}

// Property: a trace (its steps and their clauses) reads back equal from
// its JSON.
func propTraceJSONRoundTrip(t *rapid.T) {
	text := rapid.StringMatching(`[a-z0-9 ,.()→-]{0,12}`)
	var tr Trace
	for range rapid.IntRange(0, 4).Draw(t, "steps") {
		tr = tr.Add(text.Draw(t, "rule"), text.Draw(t, "inputs"), text.Draw(t, "result"),
			Clause{ID: rapid.StringMatching(`[A-Z]{0,2}(-[a-z]{1,5})?`).Draw(t, "id"), Source: text.Draw(t, "source")})
	}
	jsonRoundTrip(t, tr)
}

func TestPropCurrencyTextRoundTrip(t *testing.T)     { rapid.Check(t, propCurrencyTextRoundTrip) }
func TestPropRoundingModeTextRoundTrip(t *testing.T) { rapid.Check(t, propRoundingModeTextRoundTrip) }
func TestPropNoticeAnchorTextRoundTrip(t *testing.T) { rapid.Check(t, propNoticeAnchorTextRoundTrip) }
func TestPropWaitingAnchorTextRoundTrip(t *testing.T) {
	rapid.Check(t, propWaitingAnchorTextRoundTrip)
}
func TestPropThresholdModeTextRoundTrip(t *testing.T) {
	rapid.Check(t, propThresholdModeTextRoundTrip)
}
func TestPropCoverTypeTextRoundTrip(t *testing.T) { rapid.Check(t, propCoverTypeTextRoundTrip) }
func TestPropLiabilityBaseTextRoundTrip(t *testing.T) {
	rapid.Check(t, propLiabilityBaseTextRoundTrip)
}
func TestPropMonitoringBasisTextRoundTrip(t *testing.T) {
	rapid.Check(t, propMonitoringBasisTextRoundTrip)
}
func TestPropTraceJSONRoundTrip(t *testing.T) { rapid.Check(t, propTraceJSONRoundTrip) }
