package claims

import (
	"strconv"
	"testing"

	"pgregory.net/rapid"
)

// Property: the invoice index answers as a reference map would, on short
// ledgers (a scan) and long ones (a map): add refuses exactly the IDs
// already added, and once every invoice is added find returns the invoice
// of an ID, or nothing.
func propInvoiceIndexIsAMap(t *rapid.T) {
	n := rapid.IntRange(0, 3*shortLedger).Draw(t, "n")
	invs := make([]Invoice, n)
	for i := range invs {
		invs[i].ID = "F" + strconv.Itoa(rapid.IntRange(0, 2*n).Draw(t, "id"))
	}
	x := newInvoiceIndex(invs)
	ref := map[string]int{}
	added := 0
	for i, inv := range invs {
		_, dup := ref[inv.ID]
		if got := x.add(i); got == dup {
			t.Fatalf("add(%d) of %s = %v with the ID seen before: %v", i, inv.ID, got, dup)
		}
		if dup {
			return // checkLedger stops at the first duplicate, finding nothing
		}
		ref[inv.ID] = i
		added++
	}
	for k := range 2*n + 1 {
		id := "F" + strconv.Itoa(k)
		want, wantOK := ref[id]
		if got, ok := x.find(id); ok != wantOK || ok && got != want {
			t.Fatalf("find(%s) = %d, %v; want %d, %v (%d added)", id, got, ok, want, wantOK, added)
		}
	}
}

func TestPropInvoiceIndexIsAMap(t *testing.T) { rapid.Check(t, propInvoiceIndexIsAMap) }
func FuzzPropInvoiceIndexIsAMap(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propInvoiceIndexIsAMap))
}
