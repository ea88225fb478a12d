package claims_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// errView is what the JSON tests compare of an error: its field (the path
// in the JSON value) and its value.
type errView struct{ Field, Value string }

func viewErr(err error) errView {
	var re *policy.RuleError
	if !errors.As(err, &re) {
		return errView{}
	}
	return errView{re.Field, re.Value}
}

const ledgerJSON = `{"invoices":[{"id":"F1","deliveryDate":"2025-01-02","invoiceDate":"2025-01-03","dueDate":"2025-03-03","net":"EUR 1000.00","tax":"EUR 200.00","disputed":false}],"payments":[{"date":"2025-02-01","amount":"EUR 100.00"}],"stopDate":""}`

// TestLedgerJSONRefusesUnknownField: "netAmount" in a ledger left Net at
// zero in silence; every input of the package now refuses a key that is
// not exactly a field's JSON name, naming it by its path, whatever its
// case ("NET" is not "net").
func TestLedgerJSONRefusesUnknownField(t *testing.T) {
	tests := []struct {
		name, in string
		want     errView
		wantErr  error
	}{
		{"netAmount in an invoice", `{"invoices":[{"id":"F1","netAmount":"EUR 1000.00"}],"payments":[]}`,
			errView{"invoices[0].netAmount", "netAmount"}, policy.ErrSyntax},
		{"NET in an invoice", `{"invoices":[{"id":"F1","NET":"EUR 1000.00"}],"payments":[]}`,
			errView{"invoices[0].NET", "NET"}, policy.ErrSyntax},
		{"Invoices at the top", `{"Invoices":[],"payments":[]}`, errView{"Invoices", "Invoices"}, policy.ErrSyntax},
		{"a payment's unknown field", `{"invoices":[],"payments":[{"date":"2025-01-01","amount":"EUR 1.00","ref":"x"}]}`,
			errView{"payments[0].ref", "ref"}, policy.ErrSyntax},
		{"a bad date names its path", `{"invoices":[],"payments":[{"date":"2025-02-30","amount":"EUR 1.00"}]}`,
			errView{"payments[0].date", "2025-02-30"}, calendar.ErrInvalidDate},
		{"an amount below the cent", `{"invoices":[],"payments":[{"date":"2025-02-01","amount":"EUR 1.005"}]}`,
			errView{"payments[0].amount", "EUR 1.005 (finer than the minor unit of EUR)"}, policy.ErrOutOfRange},
		{"a negative payment", `{"invoices":[],"payments":[{"date":"2025-02-01","amount":"EUR -1.00"}]}`,
			errView{"payments[0].amount", "EUR -1.00"}, policy.ErrOutOfRange},
		{"a number for an amount", `{"invoices":[],"payments":[{"date":"2025-02-01","amount":1}]}`,
			errView{"payments[0].amount", "1"}, policy.ErrSyntax},
		{"the ledger's checks: a missing due date", `{"invoices":[{"id":"F1","deliveryDate":"2025-01-02","invoiceDate":"2025-01-03","net":"EUR 1.00","tax":"EUR 0.00"}],"payments":[]}`,
			errView{"invoices[0].dueDate", ""}, policy.ErrMissing},
		{"trailing data", ledgerJSON + `{}`, errView{"", "data after the JSON value"}, policy.ErrSyntax},
		{"a valid ledger", ledgerJSON, errView{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l claims.Ledger
			err := l.UnmarshalJSON([]byte(tt.in))
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" && !errors.Is(err, tt.wantErr) {
				t.Fatalf("error (-want +got):\n%s", diff)
			}
			checkErr(t, "Ledger.UnmarshalJSON", err)
			if diff := cmp.Diff(tt.want, viewErr(err)); diff != "" {
				t.Errorf("error field and value (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClaimsInputsRefuseUnknownFields: each input type of the package
// refuses an unknown key and a key in the wrong case.
func TestClaimsInputsRefuseUnknownFields(t *testing.T) {
	inputs := map[string]json.Unmarshaler{
		"Invoice": new(claims.Invoice), "Payment": new(claims.Payment), "CreditNote": new(claims.CreditNote),
		"Events": new(claims.Events), "Claim": new(claims.Claim), "Recovery": new(claims.Recovery), "Ledger": new(claims.Ledger),
	}
	for name, v := range inputs {
		for _, in := range []string{`{"extra":1}`, `{"ID":"x","Date":"2025-01-01","Amount":"EUR 1.00","Loss":"EUR 1.00","AsOf":"2025-01-01","Invoices":[]}`} {
			err := v.UnmarshalJSON([]byte(in))
			if !errors.Is(err, policy.ErrSyntax) {
				t.Errorf("%s.UnmarshalJSON(%s) = %v, want an error wrapping ErrSyntax", name, in, err)
			}
			checkErr(t, name, err)
		}
	}
}

// TestEnumsReadBack: ClockStatus, Cause and Exclusion had MarshalText and
// no UnmarshalText: a Deadlines or a LossReport did not read back.
func TestEnumsReadBack(t *testing.T) {
	for _, s := range []claims.ClockStatus{claims.Pending, claims.Met, claims.Missed} {
		var back claims.ClockStatus
		b, _ := s.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("ClockStatus %v: read back %v, %v", s, back, err)
		}
	}
	for _, c := range []claims.Cause{claims.NoLoss, claims.Insolvency, claims.ProtractedDefault} {
		var back claims.Cause
		b, _ := c.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("Cause %v: read back %v, %v", c, back, err)
		}
	}
	for _, r := range []claims.Exclusion{claims.Insurable, claims.LateInvoice, claims.TermTooLong, claims.Disputed, claims.AfterStop, claims.OutsidePeriod, claims.LateNotice} {
		var back claims.Exclusion
		b, _ := r.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("Exclusion %v: read back %v, %v", r, back, err)
		}
	}
	var s claims.ClockStatus
	err := s.UnmarshalText([]byte("Met"))
	if !errors.Is(err, policy.ErrSyntax) {
		t.Errorf(`UnmarshalText("Met") = %v, want ErrSyntax`, err)
	}
	checkErr(t, "ClockStatus.UnmarshalText", err)
}
