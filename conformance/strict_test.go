package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestRunFileKeysCaseSensitive: encoding/json matches object keys without
// regard to case, so "Cases", "ID" and "YEAR" were read as cases, id and
// year. A key that is not exactly a known field is an unknown field: of
// the file or of a case, the file fails; of an op's input, at any depth,
// the case fails even when it expects an error.
func TestRunFileKeysCaseSensitive(t *testing.T) {
	tests := []runFileRow{
		{"Cases for cases", `{"suite":"test","version":1,"Cases":[` + easter(nil) + `]}`,
			outcome{[]string{`FAIL f.json: decode: json: unknown field "Cases"`}, "conformance: 0 passed, 1 failed"}},
		{"Version for version", `{"suite":"test","Version":1,"cases":[]}`,
			outcome{[]string{`FAIL f.json: decode: json: unknown field "Version"`}, "conformance: 0 passed, 1 failed"}},
		{"ID for id", vectorFile(`{"ID":"e1","op":"calendar.easter","input":{"year":2024},"expect":{"date":"2024-03-31"}}`),
			outcome{[]string{`FAIL f.json: decode: json: unknown field "cases[0].ID"`}, "conformance: 0 passed, 1 failed"}},
		{"ExpectError for expectError", vectorFile(`{"id":"e1","op":"calendar.easter","input":{},"ExpectError":"invalid-input"}`),
			outcome{[]string{`FAIL f.json: decode: json: unknown field "cases[0].ExpectError"`}, "conformance: 0 passed, 1 failed"}},
		{"YEAR for year", vectorFile(easter(map[string]string{"input": `{"YEAR":2024}`})),
			outcome{[]string{`FAIL e1: unknown field in input: "YEAR"`}, "conformance: 0 passed, 1 failed"}},
		{"YEAR for year expecting an error", vectorFile(easter(map[string]string{"input": `{"YEAR":2024}`, "expect": "-", "expectError": `"invalid-input"`})),
			outcome{[]string{`FAIL e1: unknown field in input: "YEAR"`}, "conformance: 0 passed, 1 failed"}},
		{"a nested key in another case", vectorFile(`{"id":"d1","op":"calendar.deadline","input":{"anchor":"2025-01-15","period":{"Days":30},"rule":"fr-civil"},"expect":{"final":"2025-02-14"}}`),
			outcome{[]string{`FAIL d1: unknown field in input: "period.Days"`}, "conformance: 0 passed, 1 failed"}},
		{"a key of an object in an array", vectorFile(`{"id":"p1","op":"premium.annual","input":{"currency":"EUR","groups":[{"group":"domestic","Rate":"0.002","turnover":"EUR 1000000"}],"minimumPremium":"EUR 0","instalmentsPaid":"EUR 0","fees":[]},"expectError":"invalid-input"}`),
			outcome{[]string{`FAIL p1: unknown field in input: "groups[0].Rate"`}, "conformance: 0 passed, 1 failed"}},
		{"a key of a rule object", vectorFile(`{"id":"d1","op":"calendar.deadline","input":{"anchor":"2025-01-15","period":{"days":30},"rule":{"extend":"following","Calendar":"fr"}},"expect":{"final":"2025-02-14"}}`),
			outcome{[]string{`FAIL d1: unknown field in input: "Calendar"`}, "conformance: 0 passed, 1 failed"}},
		{"an escaped key that is exactly the field", vectorFile(easter(map[string]string{"input": `{"ye\u0061r":2024}`})),
			outcome{nil, "conformance: 1 passed, 0 failed"}},
	}
	runFileRows(t, tests)
}

// TestRunFileTrailingClosers: a "}" or "]" after the file's object was
// not trailing data to dec.More, and the file ran.
func TestRunFileTrailingClosers(t *testing.T) {
	for _, tail := range []string{"}", "]", " }", "\n]0", "{}"} {
		got := outcomeOf(RunFile("f.json", []byte(vectorFile(easter(nil))+tail)))
		want := outcome{[]string{"FAIL f.json: decode: trailing data"}, "conformance: 0 passed, 1 failed"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("RunFile of a file followed by %q (-want +got):\n%s", tail, diff)
		}
	}
	got := outcomeOf(RunFile("f.json", []byte(vectorFile(easter(nil))+" \t\r\n")))
	if diff := cmp.Diff(outcome{nil, "conformance: 1 passed, 0 failed"}, got); diff != "" {
		t.Errorf("RunFile of a file followed by whitespace (-want +got):\n%s", diff)
	}
}

// TestRunFileUnknownVersion: a file of "version": 2 was run as version 1.
// A file whose version the runner does not know (it knows 1) is one
// failure naming the file, and none of its cases runs.
func TestRunFileUnknownVersion(t *testing.T) {
	tests := []runFileRow{
		{"version 1", vectorFile(easter(nil)), outcome{nil, "conformance: 1 passed, 0 failed"}},
		{"version 2", `{"suite":"test","version":2,"cases":[` + easter(nil) + `]}`,
			outcome{[]string{"FAIL f.json: version 2 unknown: this runner knows version 1"}, "conformance: 0 passed, 1 failed"}},
		{"version 0", `{"suite":"test","version":0,"cases":[` + easter(nil) + `]}`,
			outcome{[]string{"FAIL f.json: version 0 unknown: this runner knows version 1"}, "conformance: 0 passed, 1 failed"}},
		{"no version", `{"suite":"test","cases":[` + easter(nil) + `]}`,
			outcome{[]string{"FAIL f.json: version 0 unknown: this runner knows version 1"}, "conformance: 0 passed, 1 failed"}},
		{"a fractional version", `{"suite":"test","version":1.5,"cases":[` + easter(nil) + `]}`,
			outcome{[]string{"FAIL f.json: decode: json: cannot unmarshal number 1.5 into Go struct field File.version of type int"}, "conformance: 0 passed, 1 failed"}},
	}
	runFileRows(t, tests)
}

// TestRunFSDuplicateIDAcrossFiles: the same case id in two files was run
// twice without a word. RunFS reports a case whose id an earlier file (in
// lexical order of path) already used as a failure naming both files, and
// does not run it.
func TestRunFSDuplicateIDAcrossFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.json":     {Data: []byte(vectorFile(easter(nil)))},
		"b/c.json":   {Data: []byte(vectorFile(easter(map[string]string{"id": `"e2"`}), easter(nil)))},
		"b/d.json":   {Data: []byte(vectorFile(easter(map[string]string{"id": `"e2"`})))},
		"b/e.json":   {Data: []byte(vectorFile(easter(map[string]string{"id": `"e3"`}), easter(map[string]string{"id": `"e3"`})))},
		"z/bad.json": {Data: []byte(`{"suite":"test","version":2,"cases":[` + easter(map[string]string{"id": `"e4"`}) + `]}`)},
		"z/ok.json":  {Data: []byte(vectorFile(easter(map[string]string{"id": `"e4"`})))},
	}
	want := outcome{[]string{
		"FAIL e1: duplicate id in b/c.json, already in a.json",
		"FAIL e2: duplicate id in b/d.json, already in b/c.json",
		"FAIL e3: duplicate id in b/e.json",
		"FAIL z/bad.json: version 2 unknown: this runner knows version 1",
	}, "conformance: 4 passed, 4 failed"}
	if diff := cmp.Diff(want, outcomeOf(RunFS(fsys))); diff != "" {
		t.Errorf("RunFS (-want +got):\n%s", diff)
	}
}

// TestRunFileDuplicateKeys: with two "net" fields in one object the
// second silently won. A key repeated in one object is a failure: of the
// file or of a case, the file fails; of an op's input or of expect, the
// case fails, even when it expects an error.
func TestRunFileDuplicateKeys(t *testing.T) {
	tests := []runFileRow{
		{"two suites", `{"suite":"a","suite":"b","version":1,"cases":[]}`,
			outcome{[]string{`FAIL f.json: decode: json: duplicate field "suite"`}, "conformance: 0 passed, 1 failed"}},
		{"two ids in a case", vectorFile(`{"id":"e1","op":"calendar.easter","id":"e2","input":{"year":2024},"expect":{"date":"2024-03-31"}}`),
			outcome{[]string{`FAIL f.json: decode: json: duplicate field "cases[0].id"`}, "conformance: 0 passed, 1 failed"}},
		{"two years in an input", vectorFile(easter(map[string]string{"input": `{"year":2025,"year":2024}`})),
			outcome{[]string{`FAIL e1: duplicate field in input: "year"`}, "conformance: 0 passed, 1 failed"}},
		{"two years expecting an error", vectorFile(easter(map[string]string{"input": `{"year":"x","year":2024}`, "expect": "-", "expectError": `"invalid-input"`})),
			outcome{[]string{`FAIL e1: duplicate field in input: "year"`}, "conformance: 0 passed, 1 failed"}},
		{"two days in a nested object", vectorFile(`{"id":"d1","op":"calendar.deadline","input":{"anchor":"2025-01-15","period":{"days":30,"days":30},"rule":"fr-civil"},"expect":{"final":"2025-02-14"}}`),
			outcome{[]string{`FAIL d1: duplicate field in input: "period.days"`}, "conformance: 0 passed, 1 failed"}},
		{"two dates in expect", vectorFile(easter(map[string]string{"expect": `{"date":"2024-04-01","date":"2024-03-31"}`})),
			outcome{[]string{`FAIL e1: expect: json: duplicate field "date"`}, "conformance: 0 passed, 1 failed"}},
		{"the same key in two objects", vectorFile(`{"id":"d1","op":"calendar.deadline","input":{"anchor":"2025-01-15","period":{"days":30},"rule":{"extend":"following","calendar":"fr","counting":"excludeStart"}},"expect":{"final":"2025-02-14"}}`),
			outcome{nil, "conformance: 1 passed, 0 failed"}},
	}
	runFileRows(t, tests)
}

// TestEveryOpDecodesStrictly runs every op on the input of each of its
// vectors with its first key capitalised, then with its first key given
// twice: each op must decode its input through the strict decoder, so that
// the first is an unknown field and the second a repeated one.
func TestEveryOpDecodesStrictly(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range vectorCases(t) {
		in, err := decodeNumbers(c.Input)
		obj, ok := in.(map[string]any)
		if err != nil || !ok || len(obj) == 0 || seen[c.Op] {
			continue
		}
		seen[c.Op] = true
		key := sortedKeys(obj)[0]
		upper := strings.ToUpper(key[:1]) + key[1:]
		moved := map[string]any{}
		for k, v := range obj {
			moved[k] = v
		}
		delete(moved, key)
		moved[upper] = obj[key]
		raw, _ := json.Marshal(moved)
		if _, err := Evaluate(c.Op, raw); !errors.Is(err, errUnknownField) {
			t.Errorf("%s (%s) with %q for %q: error %v, want an unknown field", c.Op, c.ID, upper, key, err)
		}
		first, _ := json.Marshal(map[string]any{key: obj[key]})
		twice := append(first[:len(first)-1:len(first)-1], ',')
		twice = append(twice, bytes.TrimSpace(c.Input)[1:]...)
		if _, err := Evaluate(c.Op, twice); !errors.Is(err, errDuplicateField) {
			t.Errorf("%s (%s) with %q twice: error %v, want a duplicate field", c.Op, c.ID, key, err)
		}
	}
	for _, name := range opNames() {
		if !seen[name] {
			t.Errorf("op %s has no vector with an input object to check", name)
		}
	}
}
