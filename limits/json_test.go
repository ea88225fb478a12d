package limits_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// errView is what the JSON tests compare of an error: the field (its path
// in the JSON value) and the value.
type errView struct{ Field, Value string }

func viewErr(err error) errView {
	var re *policy.RuleError
	if !errors.As(err, &re) {
		return errView{}
	}
	return errView{re.Field, re.Value}
}

// TestDecisionJSONRefusesUnknownField: a decision's unknown field was
// dropped in silence, "AMOUNT" read as "amount"; a bad expiry was reported
// as a bad ParseDate date, without its field. Errors now name the path.
func TestDecisionJSONRefusesUnknownField(t *testing.T) {
	const ok = `"id":"D1","kind":"agrement","amount":"EUR 10000.00","date":"2025-01-10"`
	tests := []struct {
		name, in string
		want     errView
		wantErr  error
	}{
		{"an unknown field", `{` + ok + `,"limit":"EUR 5000.00"}`, errView{"limit", "limit"}, policy.ErrSyntax},
		{"a key in another case", `{"id":"D1","kind":"agrement","AMOUNT":"EUR 10000.00","date":"2025-01-10"}`, errView{"AMOUNT", "AMOUNT"}, policy.ErrSyntax},
		{"an unknown condition", `{` + ok + `,"conditions":{"maxcreditdays":30}}`, errView{"conditions.maxcreditdays", "maxcreditdays"}, policy.ErrSyntax},
		{"a bad expiry", `{"id":"D1","kind":"temporary","amount":"EUR 1.00","date":"2025-01-10","expiry":"2025-02-30"}`,
			errView{"expiry", "2025-02-30"}, calendar.ErrInvalidDate},
		{"NewHistory's checks: an expiry on a named decision", `{` + ok + `,"expiry":"2025-12-31"}`, errView{"expiry", "2025-12-31"}, policy.ErrInconsistent},
		{"negative conditions", `{` + ok + `,"conditions":{"maxCreditDays":-1}}`, errView{"conditions.maxCreditDays", "-1"}, policy.ErrOutOfRange},
		{"an amount below the cent", `{"id":"D1","kind":"agrement","amount":"EUR 1.001","date":"2025-01-10"}`,
			errView{"amount", "EUR 1.001 (finer than the minor unit of EUR)"}, policy.ErrOutOfRange},
		{"a valid decision", `{` + ok + `}`, errView{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d limits.Decision
			err := json.Unmarshal([]byte(tt.in), &d)
			wantErr(t, tt.name, err, tt.wantErr)
			if err != nil && !wrapsSentinel(err) && !errors.Is(err, calendar.ErrInvalidDate) {
				t.Errorf("error %v wraps no sentinel", err)
			}
			if diff := cmp.Diff(tt.want, viewErr(err)); diff != "" {
				t.Errorf("error field and value (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHistoryJSONKeepsDecisions: json.Marshal of a History was {} (its
// fields are unexported), so a book lost its decisions. It is now the array
// of its decisions, read back through NewHistory's checks, errors naming
// the decision by its index.
func TestHistoryJSONKeepsDecisions(t *testing.T) {
	h := limits.MustHistory(dec("D1", limits.Agrement, "10000", "2025-01-10", ""), dec("D2", limits.Temporary, "5000", "2025-02-01", "2025-03-31"))
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var back limits.History
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(h, back); diff != "" {
		t.Errorf("history round trip (-want +got):\n%s", diff)
	}
	if b, _ := json.Marshal(limits.History{}); string(b) != "[]" {
		t.Errorf("the empty history marshals to %s, want []", b)
	}
	tests := []struct {
		name, in string
		want     errView
		wantErr  error
	}{
		{"a bad expiry names its decision", `[{"id":"D1","kind":"agrement","amount":"EUR 1.00","date":"2025-01-10"},{"id":"D2","kind":"temporary","amount":"EUR 1.00","date":"2025-01-10","expiry":"2025-13-01"}]`,
			errView{"[1].expiry", "2025-13-01"}, calendar.ErrInvalidDate},
		{"a duplicate ID", `[{"id":"D1","kind":"agrement","amount":"EUR 1.00","date":"2025-01-10"},{"id":"D1","kind":"agrement","amount":"EUR 1.00","date":"2025-01-11"}]`,
			errView{"[1].id", "D1"}, policy.ErrInconsistent},
		{"an object", `{}`, errView{"", "{}"}, policy.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h limits.History
			err := json.Unmarshal([]byte(tt.in), &h)
			wantErr(t, tt.name, err, tt.wantErr)
			if diff := cmp.Diff(tt.want, viewErr(err)); diff != "" {
				t.Errorf("error field and value (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLimitsInputsRefuseUnknownFields: each input type of the package
// refuses an unknown key and a key in the wrong case.
func TestLimitsInputsRefuseUnknownFields(t *testing.T) {
	inputs := map[string]json.Unmarshaler{
		"Decision": new(limits.Decision), "Conditions": new(limits.Conditions), "Buyer": new(limits.Buyer),
		"Document": new(limits.Document), "Exposure": new(limits.Exposure), "BuyerFacts": new(limits.BuyerFacts),
	}
	for name, v := range inputs {
		for _, in := range []string{`{"extra":1}`, `{"ID":"x"}`} {
			err := v.UnmarshalJSON([]byte(in))
			if !errors.Is(err, policy.ErrSyntax) {
				t.Errorf("%s.UnmarshalJSON(%s) = %v, want an error wrapping ErrSyntax", name, in, err)
			}
		}
	}
}
