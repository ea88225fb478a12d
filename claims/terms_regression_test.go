package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The regression tests of "terms that mean what they say": each is named
// after the defect it pins.

func smeTerms() policy.Terms {
	return policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: d("2024-12-20"), Effective: d("2025-01-01"), Expiry: d("2025-12-31")})
}

// fieldOf returns the sentinel-checked field of a *policy.RuleError.
func fieldOf(t *testing.T, err error, sentinel error) string {
	t.Helper()
	var re *policy.RuleError
	if !errors.Is(err, sentinel) || !errors.As(err, &re) {
		t.Fatalf("error %v, want a *policy.RuleError wrapping %v", err, sentinel)
	}
	return re.Field
}

// One invoice paid two days late stopped the buyer's cover for every later
// delivery under terms documenting "no maximum extension period". Not set,
// the MEP stops nothing; at 0 days it ends on the due date; the SME offer's
// 60 days forgive two days.
func TestNoMaxExtensionPeriodStopsNoCover(t *testing.T) {
	ledger := claims.Ledger{
		Invoices: []claims.Invoice{inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "1000", "200")},
		Payments: []claims.Payment{{Date: d("2025-03-22"), Amount: eur("1200")}},
	}
	got := map[string]string{}
	for name, mep := range map[string]policy.TimeLimit{
		"not set": {}, "0 days": limitDays(0), "the SME offer's 60 days": smeTerms().MaxExtensionDays,
	} {
		terms := smeTerms()
		terms.MaxExtensionDays = mep
		b, err := claims.BuyerClocks(terms, ledger, claims.Events{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got[name] = b.Stop.Date.String() + " " + b.Stop.Cause.String()
	}
	want := map[string]string{
		"not set":                 calendar.Date{}.String() + " " + limits.NoStop.String(),
		"0 days":                  "2025-03-21 " + limits.StopMEP.String(),
		"the SME offer's 60 days": calendar.Date{}.String() + " " + limits.NoStop.String(),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stop of cover (-want +got):\n%s", diff)
	}
}

// The SME offer's waiting period of 0 validated and made the day of the
// declaration the date of loss. Its waiting period is now 5 months from
// the notice, and terms without one are refused.
func TestSMEWaitingPeriodIsNotTheDeclarationDay(t *testing.T) {
	dl, err := claims.Clocks(smeTerms(), inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "1000", "200"),
		claims.Events{OverdueNotice: d("2025-04-10")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("2025-09-10 protractedDefault", dl.Loss.Date.String()+" "+dl.Loss.Cause.String()); diff != "" {
		t.Errorf("date of loss (-want +got):\n%s", diff)
	}
	terms := smeTerms()
	terms.WaitingPeriod = policy.TimeLimit{}
	if diff := cmp.Diff("waitingPeriodMonths", fieldOf(t, terms.Validate(), policy.ErrMissing)); diff != "" {
		t.Errorf("Validate field (-want +got):\n%s", diff)
	}
}

// Clocks(policy.Terms{}, …) answered with no error. It names the missing
// field: the waiting period first, then the indemnity delay.
func TestClocksOfZeroTermsIsAnError(t *testing.T) {
	_, err := claims.Clocks(policy.Terms{}, claims.Invoice{}, claims.Events{})
	got := []string{fieldOf(t, err, policy.ErrMissing)}
	_, err = claims.Clocks(policy.Terms{WaitingPeriod: limitMonths(5)}, claims.Invoice{}, claims.Events{})
	got = append(got, fieldOf(t, err, policy.ErrMissing))
	if diff := cmp.Diff([]string{"waitingPeriodMonths", "indemnityDays"}, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
}

// Indemnity(policy.Terms{}, …) answered with no error. It names the
// policy's missing currency.
func TestIndemnityOfZeroTermsIsAnError(t *testing.T) {
	_, err := claims.Indemnity(policy.Terms{}, claims.Claim{Loss: eur("1000")},
		limits.Cover{Type: policy.Named, Amount: eur("5000"), Quotite: policy.MustRate("0.9")}, claims.IndemnityOptions{})
	if diff := cmp.Diff("currency", fieldOf(t, err, policy.ErrMissing)); diff != "" {
		t.Errorf("field (-want +got):\n%s", diff)
	}
}

// A declaration or an insolvency dated before the delivery gave a date of
// loss before the invoice existed: an error naming the event. An invoice
// dated before its delivery is advance invoicing and stays accepted.
func TestEventsBeforeTheDeliveryAreInconsistent(t *testing.T) {
	invoice := inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "1000", "200")
	tests := []struct {
		name string
		inv  claims.Invoice
		ev   claims.Events
		want string // the field at fault, or the date of loss
	}{
		{"a notice the day before the delivery", invoice, claims.Events{OverdueNotice: d("2025-01-09")}, "events.overdueNoticeDate"},
		{"an insolvency the day before the delivery", invoice, claims.Events{Insolvency: d("2025-01-09")}, "events.insolvencyDate"},
		{"an insolvency on the day of the delivery", invoice, claims.Events{Insolvency: d("2025-01-10")}, "2025-01-10 insolvency"},
		{"an invoice dated before its delivery (advance invoicing)", inv("F2", "2025-01-10", "2025-01-05", "2025-03-05", "1000", "200"),
			claims.Events{Insolvency: d("2025-02-01")}, "2025-02-01 insolvency"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dl, err := claims.Clocks(seedTerms(), tc.inv, tc.ev)
			got := ""
			if err != nil {
				got = fieldOf(t, err, policy.ErrInconsistent)
			} else {
				got = dl.Loss.Date.String() + " " + dl.Loss.Cause.String()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Zero meant "no limit" for some fields and "the same day" for others. A
// limit not set runs no clock; a limit of 0 days ends on its anchor.
func TestZeroDaysIsNotNoLimit(t *testing.T) {
	invoice := inv("F1", "2025-01-10", "2025-01-11", "2025-03-20", "1000", "200")
	got := map[string]clockView{}
	for name, l := range map[string]policy.TimeLimit{"not set": {}, "0 days": limitDays(0)} {
		terms := seedTerms()
		terms.MaxInvoicingDays = l
		dl, err := claims.Clocks(terms, invoice, claims.Events{})
		if err != nil {
			t.Fatal(err)
		}
		got[name] = viewClock(dl.Invoicing)
	}
	want := map[string]clockView{"not set": {"", "met"}, "0 days": {"2025-01-10", "missed"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("invoicing clock (-want +got):\n%s", diff)
	}
}
