package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// sentinels are the exported errors of the SDK: every error of Evaluate
// wraps one of them, or ErrUnknownOp for an unknown op, errUnknownField
// for an unknown input field, errDuplicateField for a repeated one.
var sentinels = []error{
	calendar.ErrInvalidDate, calendar.ErrInvalidArgument, calendar.ErrAmbiguousDate, calendar.ErrOutOfRange,
	policy.ErrSyntax, policy.ErrUnknownCurrency, policy.ErrCurrencyMismatch, policy.ErrOutOfRange,
	policy.ErrMissing, policy.ErrInconsistent,
	limits.ErrUnknownCode,
	premium.ErrNoBand, premium.ErrOverlappingBands,
	ErrUnknownOp, errUnknownField, errDuplicateField,
}

// opNames lists the operations in a fixed order.
func opNames() []string {
	names := make([]string, 0, len(ops()))
	for name := range ops() {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// vectorCases reads every case of testdata/vectors.
func vectorCases(tb testing.TB) []Case {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "vectors", "*.json"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no vectors in testdata/vectors: %v", err)
	}
	var cases []Case
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var f File
		if err := strictDecode(data, &f); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		cases = append(cases, f.Cases...)
	}
	return cases
}

// evaluation is the observable outcome of one Evaluate call: the JSON bytes
// of the result, or the error's code and message.
type evaluation struct {
	JSON  string
	Code  string
	Error string
}

// evaluate runs op on input and checks the contract of Evaluate: no panic,
// an error wraps a sentinel of the SDK and has a FORMAT.md code, a result
// encodes as a JSON object.
func evaluate(t *testing.T, op string, input []byte) evaluation {
	t.Helper()
	got, err := Evaluate(op, input)
	if err != nil {
		if got != nil {
			t.Fatalf("Evaluate(%s, %s) returned both %v and error %v", op, input, got, err)
		}
		wraps := false
		for _, s := range sentinels {
			wraps = wraps || errors.Is(err, s)
		}
		if !wraps {
			t.Fatalf("Evaluate(%s, %s): error %v wraps no sentinel of the SDK", op, input, err)
		}
		switch code := Code(err); code {
		case CodeInvalidInput, CodeCurrencyMismatch, CodeAmbiguousDate, CodeOutOfRange:
		default:
			t.Fatalf("Evaluate(%s, %s): code %q of %v is not a FORMAT.md code", op, input, code, err)
		}
		return evaluation{Code: Code(err), Error: err.Error()}
	}
	out, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("Evaluate(%s, %s): result %#v does not encode: %v", op, input, got, err)
	}
	var obj map[string]any
	if err := json.Unmarshal(out, &obj); err != nil {
		t.Fatalf("Evaluate(%s, %s): result %s is not a JSON object: %v", op, input, out, err)
	}
	return evaluation{JSON: string(out)}
}

// FuzzEvaluate runs every operation on arbitrary input (seeded with the
// inputs of the vectors): no panic, errors wrap a sentinel and carry a
// FORMAT.md code, results are JSON objects, and a second evaluation of the
// same bytes gives the same bytes.
func FuzzEvaluate(f *testing.F) {
	names := opNames()
	index := map[string]uint8{}
	for i, name := range names {
		index[name] = uint8(i)
	}
	for _, c := range vectorCases(f) {
		f.Add(index[c.Op], []byte(c.Input))
	}
	f.Add(uint8(0), []byte(`{}`))
	f.Add(uint8(0), []byte(`null`))
	f.Fuzz(func(t *testing.T, op uint8, input []byte) {
		name := names[int(op)%len(names)]
		first := evaluate(t, name, input)
		if again := evaluate(t, name, input); again != first {
			t.Fatalf("Evaluate(%s, %s) is not deterministic:\n%+v\n%+v", name, input, first, again)
		}
	})
}

func TestEvaluateUnknownOp(t *testing.T) {
	_, err := Evaluate("calendar.nope", json.RawMessage(`{}`))
	if !errors.Is(err, ErrUnknownOp) {
		t.Errorf("Evaluate of an unknown op: error %v, want one wrapping ErrUnknownOp", err)
	}
}

func TestEvaluateEveryOpHasAVector(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range vectorCases(t) {
		seen[c.Op] = true
	}
	for _, name := range opNames() {
		if !seen[name] {
			t.Errorf("op %s has no vector in testdata/vectors, so FuzzEvaluate has no seed for it", name)
		}
	}
}

// decodeNumbers decodes JSON keeping numbers as json.Number, so that a
// re-encoding keeps their text.
func decodeNumbers(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}
