package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"pgregory.net/rapid"
)

// edgeLeaves are values that the mutations put in place of an input's
// leaves, besides the leaves of the other vectors of the same op.
var edgeLeaves = []any{
	nil, true, false, "", "x",
	json.Number("0"), json.Number("-1"), json.Number("1"), json.Number("2147483648"),
	json.Number("9223372036854775807"), json.Number("1e3"), json.Number("0.5"),
	"EUR 0", "EUR -1", "EUR 0.005", "JPY 1", "USD 1e3", "XXX 1", "EUR 99999999999999999999.99",
	"0", "1", "1.5", "-0.1", "0.333333333333333333333",
	"1583-01-01", "1582-12-31", "9999-12-31", "2024-02-29", "2025-02-29", "2025-02-30", "1999-12-31", "2200-01-01",
	"fr", "fr-ouvrables", "fr-alsace-moselle", "mon-fri", "none", "strict", "fr-civil", "fr-prescription",
	"following", "modifiedFollowing", "preceding", "modifiedPreceding", "unadjusted",
	[]any{}, map[string]any{},
}

// leaves collects the leaf values (everything but objects and arrays) of v.
func leaves(v any, into *[]any) {
	switch w := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(w) {
			leaves(w[k], into)
		}
	case []any:
		for _, e := range w {
			leaves(e, into)
		}
	default:
		*into = append(*into, v)
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// mutate returns a copy of v with one change drawn by t at a drawn depth:
// a value replaced by one of pool, a key removed from an object, or an
// element removed from or repeated in an array.
func mutate(t *rapid.T, v any, pool []any) any {
	switch w := v.(type) {
	case map[string]any:
		keys := sortedKeys(w)
		if len(keys) == 0 || rapid.IntRange(0, 9).Draw(t, "replace object") == 0 {
			return rapid.SampledFrom(pool).Draw(t, "leaf")
		}
		k := rapid.SampledFrom(keys).Draw(t, "key")
		out := make(map[string]any, len(w))
		for kk, vv := range w {
			out[kk] = vv
		}
		if rapid.IntRange(0, 5).Draw(t, "delete key") == 0 {
			delete(out, k)
		} else {
			out[k] = mutate(t, w[k], pool)
		}
		return out
	case []any:
		if len(w) == 0 || rapid.IntRange(0, 9).Draw(t, "replace array") == 0 {
			return rapid.SampledFrom(pool).Draw(t, "leaf")
		}
		i := rapid.IntRange(0, len(w)-1).Draw(t, "element")
		out := append([]any(nil), w...)
		switch rapid.IntRange(0, 3).Draw(t, "array change") {
		case 0:
			out = append(out[:i], out[i+1:]...)
		case 1:
			out = append(out, out[i])
		default:
			out[i] = mutate(t, w[i], pool)
		}
		return out
	default:
		return rapid.SampledFrom(pool).Draw(t, "leaf")
	}
}

// encodeShuffled writes v as JSON with the keys of each object in an order
// drawn by t and drawn spacing: the same value, other bytes.
func encodeShuffled(t *rapid.T, v any, buf *bytes.Buffer) {
	switch w := v.(type) {
	case map[string]any:
		keys := rapid.Permutation(sortedKeys(w)).Draw(t, "key order")
		buf.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				buf.WriteString(",\n ")
			}
			kb, _ := json.Marshal(k)
			buf.Write(kb)
			buf.WriteString(" : ")
			encodeShuffled(t, w[k], buf)
		}
		buf.WriteByte('}')
	case []any:
		buf.WriteString("[ ")
		for i, e := range w {
			if i > 0 {
				buf.WriteString(" ,")
			}
			encodeShuffled(t, e, buf)
		}
		buf.WriteString(" ]")
	default:
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatalf("encode %#v: %v", w, err)
		}
		buf.Write(b)
	}
}

// determinismInputs holds, per op, the decoded inputs of the vectors and
// the pool of leaves the mutations draw from.
type determinismInputs struct {
	ops    []string
	inputs map[string][]any
	pools  map[string][]any
}

func loadDeterminismInputs(tb testing.TB) determinismInputs {
	d := determinismInputs{inputs: map[string][]any{}, pools: map[string][]any{}}
	for _, c := range vectorCases(tb) {
		v, err := decodeNumbers(c.Input)
		if err != nil {
			tb.Fatalf("%s: input: %v", c.ID, err)
		}
		if _, ok := d.inputs[c.Op]; !ok {
			d.ops = append(d.ops, c.Op)
			d.pools[c.Op] = append([]any(nil), edgeLeaves...)
		}
		d.inputs[c.Op] = append(d.inputs[c.Op], v)
		pool := d.pools[c.Op]
		leaves(v, &pool)
		d.pools[c.Op] = pool
	}
	sort.Strings(d.ops)
	return d
}

// Property: for every op, an input drawn from the vectors (mutated or not)
// evaluates to byte-identical JSON (or the same error) on a second
// evaluation, and to the same JSON (or an error of the same code) when the
// input is re-encoded with other key order and spacing.
func propEvaluateDeterministic(in determinismInputs) func(*rapid.T) {
	return func(t *rapid.T) {
		op := rapid.SampledFrom(in.ops).Draw(t, "op")
		v := rapid.SampledFrom(in.inputs[op]).Draw(t, "vector input")
		for n := rapid.IntRange(0, 3).Draw(t, "mutations"); n > 0; n-- {
			v = mutate(t, v, in.pools[op])
		}
		canonical, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("encode input: %v", err)
		}
		var shuffled bytes.Buffer
		encodeShuffled(t, v, &shuffled)

		first, err1 := evaluateOnce(op, canonical)
		second, err2 := evaluateOnce(op, canonical)
		if first != second || fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Fatalf("%s on %s: two evaluations differ:\n%s (%v)\n%s (%v)", op, canonical, first, err1, second, err2)
		}
		third, err3 := evaluateOnce(op, shuffled.Bytes())
		if first != third || Code(err1) != Code(err3) {
			t.Fatalf("%s: re-encoded input gives another outcome:\n%s\n-> %s (%v)\n%s\n-> %s (%v)",
				op, canonical, first, err1, shuffled.Bytes(), third, err3)
		}
	}
}

// evaluateOnce returns the JSON bytes of Evaluate's result, or its error.
func evaluateOnce(op string, input []byte) (string, error) {
	got, err := Evaluate(op, input)
	if err != nil {
		return "", err
	}
	out, err := json.Marshal(got)
	if err != nil {
		return "", fmt.Errorf("encode result: %w", err)
	}
	return string(out), nil
}

func TestPropEvaluateDeterministic(t *testing.T) {
	rapid.Check(t, propEvaluateDeterministic(loadDeterminismInputs(t)))
}

func FuzzPropEvaluateDeterministic(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propEvaluateDeterministic(loadDeterminismInputs(f))))
}
