package claims

import (
	"strings"

	"github.com/creditins/creditins/calendar"
	"github.com/shopspring/decimal"
)

// DecimalOnly returns o with every sum of the book on the decimal path, the
// reference of the int64 fast path (for the differential property).
func DecimalOnly(o BookOptions) BookOptions {
	o.decimalOnly = true
	return o
}

// ImputationDiff imputes l at cutoff on the fast path and on the decimal
// path and returns where they differ ("" when they agree).
func ImputationDiff(l Ledger, cutoff calendar.Date) string {
	fast, slow := impute(l, cutoff, true), impute(l, cutoff, false)
	var diffs []string
	same := func(what string, a, b decimal.Decimal) {
		if !a.Equal(b) {
			diffs = append(diffs, what+": fast "+a.String()+", decimal "+b.String())
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
			diffs = append(diffs, id+" paidOn: fast "+f.paidOn.String()+", decimal "+s.paidOn.String())
		}
	}
	return strings.Join(diffs, "; ")
}
