package conformance

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOperationsAreEvaluate: Operations lists exactly the ops Evaluate
// knows, by name, and an op it does not list is ErrUnknownOp.
func TestOperationsAreEvaluate(t *testing.T) {
	var got, want []string
	for _, o := range Operations() {
		got = append(got, o.Name)
		if o.Input == nil || o.Input.Kind() != reflect.Struct {
			t.Errorf("%s: input type %v, want a struct", o.Name, o.Input)
		}
		if _, err := Evaluate(o.Name, json.RawMessage(`{}`)); errors.Is(err, ErrUnknownOp) {
			t.Errorf("%s: Evaluate does not know it", o.Name)
		}
	}
	for name := range ops() {
		want = append(want, name)
	}
	sort.Strings(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Operations (-want +got)\n%s", diff)
	}
	if _, err := Evaluate("no.such", json.RawMessage(`{}`)); !errors.Is(err, ErrUnknownOp) {
		t.Errorf("Evaluate of an unknown op: %v, want ErrUnknownOp", err)
	}
}

// TestOperationInputsDecodeTheVectors: every public vector's input
// decodes, by the strict decoder, into its op's registered input type: the
// type Operations describes is the one the op reads.
func TestOperationInputsDecodeTheVectors(t *testing.T) {
	types := map[string]reflect.Type{}
	for _, o := range Operations() {
		types[o.Name] = o.Input
	}
	entries, err := os.ReadDir("testdata/vectors")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		data, err := os.ReadFile("testdata/vectors/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var f File
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for _, c := range f.Cases {
			typ, ok := types[c.Op]
			if !ok {
				t.Errorf("%s: op %q not in Operations", c.ID, c.Op)
				continue
			}
			var ke *keyError
			if err := strictDecode(c.Input, reflect.New(typ).Interface()); errors.As(err, &ke) {
				t.Errorf("%s: input does not fit %v: %v", c.ID, typ, err)
			}
			n++
		}
	}
	if n == 0 {
		t.Error("no public vectors")
	}
}
