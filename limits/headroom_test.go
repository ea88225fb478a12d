package limits_test

import (
	"strconv"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// positionView is the part of a Position the tables compare.
type positionView struct {
	Exposure, Insured, Uninsured, Headroom policy.Amount
	Status                                 limits.HeadroomStatus
}

func TestHeadroom(t *testing.T) {
	buckets := func(open, overdue, draft, orders, credits string) limits.Exposure {
		return limits.Exposure{Open: eur(open), Overdue: eur(overdue), Draft: eur(draft), Orders: eur(orders), Credits: eur(credits)}
	}
	pos := func(exposure, insured, uninsured, headroom string, s limits.HeadroomStatus) positionView {
		return positionView{eur(exposure), eur(insured), eur(uninsured), eur(headroom), s}
	}
	eighty := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	tests := []struct {
		name     string
		limit    string
		exposure limits.Exposure
		pending  policy.Amount
		opts     limits.HeadroomOptions
		want     positionView
	}{
		{"credit notes lower the exposure", "10000", buckets("9000", "0", "0", "0", "2000"), eur("500"), eighty,
			pos("7500", "7500", "0", "2500", limits.Ok)},
		{"omitted orders are not counted", "10000", buckets("6000", "0", "0", "5000", "0"), eur("500"),
			limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio(), OmitOrders: true},
			pos("6500", "6500", "0", "3500", limits.Ok)},
		{"orders counted take it over", "10000", buckets("6000", "0", "0", "5000", "0"), eur("500"), eighty,
			pos("11500", "10000", "1500", "0", limits.Over)},
		{"omitted overdue and drafts", "10000", buckets("1000", "4000", "4000", "0", "0"), eur("1"),
			limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio(), OmitOverdue: true, OmitDrafts: true},
			pos("1001", "1001", "0", "8999", limits.Ok)},
		{"the zero Amount is an empty bucket", "10000", limits.Exposure{Open: eur("100")}, policy.Amount{}, eighty,
			pos("100", "100", "0", "9900", limits.Ok)},
		{"the zero ratio warns at any positive exposure", "10000", limits.Exposure{Open: eur("0.01")}, policy.Amount{},
			limits.HeadroomOptions{}, pos("0.01", "0.01", "0", "9999.99", limits.Warn)},
		{"the zero ratio does not warn on no exposure", "10000", limits.Exposure{}, policy.Amount{},
			limits.HeadroomOptions{}, pos("0", "0", "0", "10000", limits.Ok)},
		{"a ratio of 1 warns at the limit", "10000", limits.Exposure{Open: eur("9999.99")}, eur("0.01"),
			limits.HeadroomOptions{WarnRatio: policy.MustRate("1")}, pos("10000", "10000", "0", "0", limits.Warn)},
		{"just below the warning ratio", "10000", limits.Exposure{Open: eur("7999.99")}, policy.Amount{}, eighty,
			pos("7999.99", "7999.99", "0", "2000.01", limits.Ok)},
		{"a zero limit: any invoice is over", "0", limits.Exposure{}, eur("1"), eighty,
			pos("1", "0", "1", "0", limits.Over)},
	}
	for _, tt := range tests {
		got, err := limits.Headroom(eur(tt.limit), tt.exposure, tt.pending, tt.opts)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		gv := positionView{got.Exposure, got.Insured, got.Uninsured, got.Headroom, got.Status}
		if diff := cmp.Diff(tt.want, gv); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if len(got.Trace) != 2 {
			t.Errorf("%s: trace %v", tt.name, got.Trace)
		}
	}
}

func TestHeadroomErrors(t *testing.T) {
	tests := []struct {
		name     string
		limit    policy.Amount
		exposure limits.Exposure
		pending  policy.Amount
		opts     limits.HeadroomOptions
		want     error
	}{
		{"no limit", policy.Amount{}, limits.Exposure{}, eur("1"), limits.HeadroomOptions{}, policy.ErrMissing},
		{"a negative limit", eur("-1"), limits.Exposure{}, eur("1"), limits.HeadroomOptions{}, policy.ErrOutOfRange},
		{"a negative bucket", eur("1"), limits.Exposure{Draft: eur("-1")}, eur("1"), limits.HeadroomOptions{}, policy.ErrOutOfRange},
		{"a negative credit bucket", eur("1"), limits.Exposure{Credits: eur("-1")}, eur("1"), limits.HeadroomOptions{}, policy.ErrOutOfRange},
		{"a bucket in another currency", eur("1"), limits.Exposure{Orders: policy.MustAmount("USD 1")}, eur("1"), limits.HeadroomOptions{}, policy.ErrCurrencyMismatch},
		{"an omitted bucket in another currency", eur("1"), limits.Exposure{Orders: policy.MustAmount("USD 1")}, eur("1"),
			limits.HeadroomOptions{OmitOrders: true}, policy.ErrCurrencyMismatch},
		{"a pending document in another currency", eur("1"), limits.Exposure{}, policy.MustAmount("CHF 1"), limits.HeadroomOptions{}, policy.ErrCurrencyMismatch},
		{"a ratio above 1", eur("1"), limits.Exposure{}, eur("1"), limits.HeadroomOptions{WarnRatio: policy.MustRate("1.01")}, policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		_, err := limits.Headroom(tt.limit, tt.exposure, tt.pending, tt.opts)
		wantErr(t, tt.name, err, tt.want)
	}
}

func TestExposureOf(t *testing.T) {
	terms := vectorTerms()
	vat := vectorTerms()
	vat.VATCovered = true
	inv := func(id, net, tax, due string) limits.Document {
		return limits.Document{ID: id, Kind: limits.Invoice, Net: eur(net), Tax: eur(tax), DueDate: day(due)}
	}
	docs := []limits.Document{
		inv("F1", "1000", "200", "2025-03-31"),
		inv("F2", "2000", "400", "2025-03-20"),
		inv("F3", "500", "100", "2025-03-10"),
		{ID: "O1", Kind: limits.Order, Net: eur("3000"), Tax: eur("600")},
		{ID: "B1", Kind: limits.DraftInvoice, Net: eur("1200"), Tax: eur("240"), Order: "O1"},
		{ID: "O2", Kind: limits.Order, Net: eur("100")},
		{ID: "B2", Kind: limits.DraftInvoice, Net: eur("150"), Order: "O2"},
		{ID: "A1", Kind: limits.CreditNote, Net: eur("300"), Tax: eur("60")},
	}
	view := func(e limits.Exposure) [5]policy.Amount {
		return [5]policy.Amount{e.Open, e.Overdue, e.Draft, e.Orders, e.Credits}
	}
	ex := func(open, overdue, draft, orders, credits string) [5]policy.Amount {
		return [5]policy.Amount{eur(open), eur(overdue), eur(draft), eur(orders), eur(credits)}
	}
	tests := []struct {
		name  string
		terms policy.Terms
		today string
		grace int
		want  [5]policy.Amount
	}{
		// On the 21st F2 (due the 20th) and F3 (due the 10th) are overdue;
		// the draft B1 comes off O1 (3000 − 1200), B2 empties O2.
		{"excluding tax, no grace", terms, "2025-03-21", 0, ex("1000", "2500", "1350", "1800", "300")},
		{"due date itself is not overdue", terms, "2025-03-20", 0, ex("3000", "500", "1350", "1800", "300")},
		{"grace days keep an invoice open", terms, "2025-03-25", 15, ex("3500", "0", "1350", "1800", "300")},
		{"one day after the grace", terms, "2025-03-26", 15, ex("3000", "500", "1350", "1800", "300")},
		{"VAT covered", vat, "2025-03-21", 0, ex("1200", "3000", "1590", "2160", "360")},
	}
	for _, tt := range tests {
		got, err := limits.ExposureOf(tt.terms, docs, day(tt.today), limits.ExposureOptions{GraceDays: tt.grace})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, view(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if len(got.Trace) != len(docs) {
			t.Errorf("%s: %d trace steps for %d documents", tt.name, len(got.Trace), len(docs))
		}
		lean, err := limits.ExposureOf(tt.terms, docs, day(tt.today), limits.ExposureOptions{GraceDays: tt.grace, OmitTrace: true})
		if err != nil {
			t.Errorf("%s, without trace: %v", tt.name, err)
			continue
		}
		got.Trace = nil
		if diff := cmp.Diff(got, lean); diff != "" {
			t.Errorf("%s: without trace (-with +without):\n%s", tt.name, diff)
		}
	}
}

func TestExposureOfErrors(t *testing.T) {
	good := limits.Document{ID: "F", Kind: limits.Invoice, Net: eur("1"), DueDate: day("2025-01-01")}
	with := func(f func(*limits.Document)) []limits.Document { d := good; f(&d); return []limits.Document{d} }
	long := make([]limits.Document, 20) // beyond a short list: the IDs in a map
	for i := range long {
		long[i] = good
		long[i].ID = "F" + strconv.Itoa(i)
	}
	long[19].ID = "F3"
	tests := []struct {
		name  string
		terms func(*policy.Terms)
		docs  []limits.Document
		today calendar.Date
		grace int
		want  error
	}{
		{"no currency", func(t *policy.Terms) { t.Currency = policy.Currency{} }, nil, day("2025-01-01"), 0, policy.ErrMissing},
		{"no today", nil, nil, day(""), 0, policy.ErrMissing},
		{"negative grace", nil, nil, day("2025-01-01"), -1, policy.ErrOutOfRange},
		{"no ID", nil, with(func(d *limits.Document) { d.ID = "" }), day("2025-01-01"), 0, policy.ErrMissing},
		{"a duplicate ID", nil, []limits.Document{good, good}, day("2025-01-01"), 0, policy.ErrInconsistent},
		{"a duplicate ID in a long list", nil, long, day("2025-01-01"), 0, policy.ErrInconsistent},
		{"no kind", nil, with(func(d *limits.Document) { d.Kind = 0 }), day("2025-01-01"), 0, policy.ErrMissing},
		{"an unknown kind", nil, with(func(d *limits.Document) { d.Kind = 9 }), day("2025-01-01"), 0, limits.ErrUnknownCode},
		{"an invoice without due date", nil, with(func(d *limits.Document) { d.DueDate = day("") }), day("2025-01-01"), 0, policy.ErrMissing},
		{"no amount", nil, with(func(d *limits.Document) { d.Net = policy.Amount{} }), day("2025-01-01"), 0, policy.ErrMissing},
		{"a negative amount", nil, with(func(d *limits.Document) { d.Net = eur("-1") }), day("2025-01-01"), 0, policy.ErrOutOfRange},
		{"a negative tax", nil, with(func(d *limits.Document) { d.Tax = eur("-1") }), day("2025-01-01"), 0, policy.ErrOutOfRange},
		{"another currency", nil, with(func(d *limits.Document) { d.Net = policy.MustAmount("USD 1") }), day("2025-01-01"), 0, policy.ErrCurrencyMismatch},
		{"a tax in another currency", nil, with(func(d *limits.Document) { d.Tax = policy.MustAmount("USD 1") }), day("2025-01-01"), 0, policy.ErrCurrencyMismatch},
		{"an order link on an invoice", nil, with(func(d *limits.Document) { d.Order = "O" }), day("2025-01-01"), 0, policy.ErrInconsistent},
		{"a draft of an unknown order", nil, with(func(d *limits.Document) { d.Kind = limits.DraftInvoice; d.Order = "O" }), day("2025-01-01"), 0, policy.ErrInconsistent},
	}
	for _, tt := range tests {
		terms := vectorTerms()
		if tt.terms != nil {
			tt.terms(&terms)
		}
		_, err := limits.ExposureOf(terms, tt.docs, tt.today, limits.ExposureOptions{GraceDays: tt.grace})
		wantErr(t, tt.name, err, tt.want)
	}
}

func TestApproaches(t *testing.T) {
	tests := []struct {
		exposure, limit, ratio string
		want                   bool
	}{
		{"EUR 8000", "EUR 10000", "0.8", true},
		{"EUR 7999.99", "EUR 10000", "0.8", false},
		{"EUR 0", "EUR 10000", "0", false},
		{"EUR 0.01", "EUR 10000", "0", true},
		{"USD 9000", "EUR 10000", "0.8", false},
	}
	for _, tc := range tests {
		if got := limits.Approaches(policy.MustAmount(tc.exposure), policy.MustAmount(tc.limit), policy.MustRate(tc.ratio)); got != tc.want {
			t.Errorf("Approaches(%s, %s, %s) = %v, want %v", tc.exposure, tc.limit, tc.ratio, got, tc.want)
		}
	}
}
