package claims

import (
	"strings"

	"github.com/creditins/creditins/calendar"
)

// DecimalOnly returns o with the book's imputations on their reference
// path, not on their int64 fast path (for the differential property).
func DecimalOnly(o BookOptions) BookOptions {
	o.decimalOnly = true
	return o
}

// ImputationDiff imputes l at cutoff on the fast path and on the decimal
// path and returns where they differ ("" when they agree).
func ImputationDiff(l Ledger, cutoff calendar.Date) string {
	return imputationDiff(l, impute(l, cutoff, true), impute(l, cutoff, false), "fast", "decimal")
}

// WholeLedgerDiff compares the imputation of l on day d with that of the
// whole ledger when no payment or credit note of l is after d (eventAfter),
// and reports whether it did.
func WholeLedgerDiff(l Ledger, d calendar.Date) (string, bool) {
	if l.eventAfter(d) {
		return "", false
	}
	return imputationDiff(l, impute(l, d, true), impute(l, calendar.Date{}, true), "on the day", "whole"), true
}

// imputationDiff lists what differs between two imputations of l, named a
// and b.
func imputationDiff(l Ledger, fast, slow imputation, a, b string) string {
	var diffs []string
	same := func(what string, x, y money) {
		if x.Cmp(y) != 0 {
			diffs = append(diffs, what+": "+a+" "+x.String()+", "+b+" "+y.String())
		}
	}
	same("paid", fast.paid, slow.paid)
	same("allocated", fast.allocated, slow.allocated)
	same("later", fast.later, slow.later)
	for i := range fast.inv {
		f, s := fast.inv[i], slow.inv[i]
		id := l.Invoices[i].ID
		same(id+" net", f.net, s.net)
		same(id+" tax", f.tax, s.tax)
		same(id+" gross", f.gross, s.gross)
		same(id+" credited", f.credited, s.credited)
		same(id+" allocated", f.allocated, s.allocated)
		if f.paidOn != s.paidOn {
			diffs = append(diffs, id+" paidOn: "+a+" "+f.paidOn.String()+", "+b+" "+s.paidOn.String())
		}
	}
	return strings.Join(diffs, "; ")
}
