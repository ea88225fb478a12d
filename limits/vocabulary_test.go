package limits_test

import (
	"strconv"
	"testing"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// TestEDIFACTCodes checks every code of the three EDIFACT lists: it maps to
// a value whose code is the same, and the values beyond EDIFACT have no
// code.
func TestEDIFACTCodes(t *testing.T) {
	for c := 1; c <= 8; c++ {
		r, err := limits.RequestFromEDIFACT4505(strconv.Itoa(c))
		if err != nil {
			t.Fatalf("4505 %d: %v", c, err)
		}
		if got, ok := r.EDIFACT4505(); !ok || got != strconv.Itoa(c) {
			t.Errorf("4505 %d: %v maps back to %q, %v", c, r, got, ok)
		}
	}
	for c := 1; c <= 11; c++ {
		r, err := limits.ResponseFromEDIFACT4507(strconv.Itoa(c))
		if err != nil {
			t.Fatalf("4507 %d: %v", c, err)
		}
		if got, ok := r.EDIFACT4507(); !ok || got != strconv.Itoa(c) {
			t.Errorf("4507 %d: %v maps back to %q, %v", c, r, got, ok)
		}
	}
	for c := 1; c <= 15; c++ {
		r, err := limits.ReasonFromEDIFACT4509(strconv.Itoa(c))
		if err != nil {
			t.Fatalf("4509 %d: %v", c, err)
		}
		if got, ok := r.EDIFACT4509(); !ok || got != strconv.Itoa(c) {
			t.Errorf("4509 %d: %v maps back to %q, %v", c, r, got, ok)
		}
	}
	// A few codes pinned to their EDIFACT meaning.
	pinned := []struct{ got, want string }{
		{must(limits.RequestFromEDIFACT4505("7")).String(), "reduction"},
		{must(limits.ResponseFromEDIFACT4507("5")).String(), "partlyApproved"},
		{must(limits.ReasonFromEDIFACT4509("12")).String(), "adverseInformation"},
	}
	for _, p := range pinned {
		if p.got != p.want {
			t.Errorf("got %s, want %s", p.got, p.want)
		}
	}
	for _, bad := range []string{"", "0", "9", "01", "x"} {
		if _, err := limits.RequestFromEDIFACT4505(bad); !wrapsSentinel(err) {
			t.Errorf("4505 %q: error %v", bad, err)
		}
	}
	if _, err := limits.ResponseFromEDIFACT4507("12"); !wrapsSentinel(err) {
		t.Errorf("4507 12: error %v", err)
	}
	if _, err := limits.ReasonFromEDIFACT4509("16"); !wrapsSentinel(err) {
		t.Errorf("4509 16: error %v", err)
	}
	beyond := []bool{
		second(limits.RequestTemporary.EDIFACT4505()), second(limits.RequestTopUp.EDIFACT4505()),
		second(limits.RequestReview.EDIFACT4505()), second(limits.ResponseExpress.EDIFACT4507()),
		second(limits.ResponseNoNegativeInformation.EDIFACT4507()), second(limits.ReasonOverdue.EDIFACT4509()),
		second(limits.ReasonInsuredRequest.EDIFACT4509()), second(limits.Request(0).EDIFACT4505()),
	}
	for i, ok := range beyond {
		if ok {
			t.Errorf("value %d beyond EDIFACT has a code", i)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func second(_ string, ok bool) bool { return ok }

func TestDecisionKind(t *testing.T) {
	type out struct {
		Kind limits.Kind
		OK   bool
	}
	tests := []struct {
		req  limits.Request
		resp limits.Response
		want out
	}{
		{limits.RequestNewLimit, limits.ResponseApproved, out{limits.Agrement, true}},
		{limits.RequestIncrease, limits.ResponsePartlyApproved, out{limits.Agrement, true}},
		{limits.RequestNewLimit, limits.ResponseExpress, out{limits.AccordExpress, true}},
		{limits.RequestNewLimit, limits.ResponseNotApproved, out{limits.Refusal, true}},
		{limits.RequestCancellation, limits.ResponseCancelled, out{limits.Refusal, true}},
		{limits.RequestReduction, limits.ResponseReduced, out{limits.Agrement, true}},
		{limits.RequestTemporary, limits.ResponseApproved, out{limits.Temporary, true}},
		{limits.RequestTemporary, limits.ResponseNotApproved, out{0, false}},
		{limits.RequestTopUp, limits.ResponseConditional, out{limits.TopUp, true}},
		{limits.RequestTopUp, limits.ResponseCancelled, out{limits.TopUp, true}},
		{limits.RequestTopUp, limits.ResponseNotApproved, out{0, false}},
		{limits.RequestNewLimit, limits.ResponseStillInvestigating, out{0, false}},
		{limits.RequestPreliminary, limits.ResponsePreliminary, out{0, false}},
		{limits.RequestNewLimit, limits.ResponseNoNegativeInformation, out{0, false}},
	}
	for _, tt := range tests {
		k, ok := limits.DecisionKind(tt.req, tt.resp)
		if diff := cmp.Diff(tt.want, out{k, ok}); diff != "" {
			t.Errorf("%v/%v (-want +got):\n%s", tt.req, tt.resp, diff)
		}
	}
}

func TestLookupWord(t *testing.T) {
	type out struct {
		Kind  limits.Kind
		Cover policy.CoverType
	}
	tests := []struct {
		insurer, word string
		want          out
	}{
		{"Coface", "permanent", out{limits.Agrement, policy.Named}},
		{"coface", "CAP PLUS", out{limits.TopUp, policy.TopUp}},
		{"Coface", "non-named", out{0, policy.Discretionary}},
		{"Allianz Trade", "CAP+", out{limits.TopUp, policy.TopUp}},
		{"Allianz Trade", "DCL", out{0, policy.Discretionary}},
		{"Atradius", "start cover", out{limits.StartCover, policy.Named}},
		{"Atradius", "agrément", out{limits.Agrement, policy.Named}},
		{"anyone", "accord express", out{limits.AccordExpress, policy.AccordExpress}},
	}
	for _, tt := range tests {
		w, err := limits.LookupWord(tt.insurer, tt.word)
		if err != nil {
			t.Errorf("%s %s: %v", tt.insurer, tt.word, err)
			continue
		}
		if diff := cmp.Diff(tt.want, out{w.Kind, w.Cover}); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", tt.insurer, tt.word, diff)
		}
	}
	if _, err := limits.LookupWord("Coface", "start cover"); !wrapsSentinel(err) {
		t.Errorf("an Atradius word under Coface: error %v", err)
	}
	words := limits.InsurerWords()
	words[0].Word = "changed"
	if limits.InsurerWords()[0].Word == "changed" {
		t.Error("InsurerWords shares its table")
	}
}

// TestTextForms round-trips every named value of the enums through
// MarshalText and UnmarshalText, and refuses unknown names.
func TestTextForms(t *testing.T) {
	type codec interface {
		MarshalText() ([]byte, error)
	}
	check := func(name string, v codec, parse func([]byte) (codec, error)) {
		b, err := v.MarshalText()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		back, err := parse(b)
		if err != nil || back != v {
			t.Errorf("%s: %q parses back to %v, %v", name, b, back, err)
		}
	}
	for k := limits.Agrement; k <= limits.StartCover; k++ {
		check(k.String(), k, func(b []byte) (codec, error) { var x limits.Kind; err := x.UnmarshalText(b); return x, err })
	}
	for r := limits.RequestMultiCurrency; r <= limits.RequestReview; r++ {
		check(r.String(), r, func(b []byte) (codec, error) { var x limits.Request; err := x.UnmarshalText(b); return x, err })
	}
	for r := limits.ResponsePreliminary; r <= limits.ResponseNoNegativeInformation; r++ {
		check(r.String(), r, func(b []byte) (codec, error) { var x limits.Response; err := x.UnmarshalText(b); return x, err })
	}
	for r := limits.ReasonInformationNotProvided; r <= limits.ReasonInsuredRequest; r++ {
		check(r.String(), r, func(b []byte) (codec, error) { var x limits.DecisionReason; err := x.UnmarshalText(b); return x, err })
	}
	for s := limits.Ok; s <= limits.Over; s++ {
		check(s.String(), s, func(b []byte) (codec, error) { var x limits.HeadroomStatus; err := x.UnmarshalText(b); return x, err })
	}
	for g := limits.Covered; g <= limits.DiscretionaryVoided; g++ {
		check(g.String(), g, func(b []byte) (codec, error) { var x limits.Gap; err := x.UnmarshalText(b); return x, err })
	}
	for s := limits.StopNotice; s <= limits.StopCountry; s++ {
		check(s.String(), s, func(b []byte) (codec, error) { var x limits.StopCause; err := x.UnmarshalText(b); return x, err })
	}
	for k := limits.Approaching; k <= limits.StopReached; k++ {
		check(k.String(), k, func(b []byte) (codec, error) { var x limits.AlertKind; err := x.UnmarshalText(b); return x, err })
	}
	for k := limits.Order; k <= limits.CreditNote; k++ {
		check(k.String(), k, func(b []byte) (codec, error) { var x limits.DocumentKind; err := x.UnmarshalText(b); return x, err })
	}
	for r := limits.LatestEffective; r <= limits.LatestDecision; r++ {
		check(r.String(), r, func(b []byte) (codec, error) { var x limits.InForceRule; err := x.UnmarshalText(b); return x, err })
	}
	var k limits.Kind
	if err := k.UnmarshalText([]byte("Agrement")); !wrapsSentinel(err) {
		t.Errorf("a wrong case: error %v", err)
	}
	if _, err := limits.HeadroomStatus(9).MarshalText(); !wrapsSentinel(err) {
		t.Errorf("Status(9): error %v", err)
	}
}
