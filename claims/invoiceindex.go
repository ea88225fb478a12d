package claims

// shortLedger is the number of invoices up to which a ledger's invoices
// are found by a linear scan rather than a map: a buyer's book holds a few
// invoices, for which building a map costs more than comparing IDs.
const shortLedger = 16

// invoiceIndex finds the invoices of a ledger by ID (checkLedger's
// uniqueness and the credit notes' invoice), the same answers whether it
// scans or maps.
type invoiceIndex struct {
	invs []Invoice
	m    map[string]int // nil for a short ledger
}

func newInvoiceIndex(invs []Invoice) invoiceIndex {
	x := invoiceIndex{invs: invs}
	if len(invs) > shortLedger {
		x.m = make(map[string]int, len(invs))
	}
	return x
}

// add records invoice i and reports false when an earlier invoice
// (invs[:i], added in order) has its ID.
func (x *invoiceIndex) add(i int) bool {
	id := x.invs[i].ID
	if x.m == nil {
		for _, inv := range x.invs[:i] {
			if inv.ID == id {
				return false
			}
		}
		return true
	}
	if _, dup := x.m[id]; dup {
		return false
	}
	x.m[id] = i
	return true
}

// find returns the index of the invoice with the ID, among those added.
func (x *invoiceIndex) find(id string) (int, bool) {
	if x.m == nil {
		for i, inv := range x.invs {
			if inv.ID == id {
				return i, true
			}
		}
		return 0, false
	}
	i, ok := x.m[id]
	return i, ok
}
