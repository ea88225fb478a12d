package conformance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// vectorFile wraps cases (JSON objects) in a vector file.
func vectorFile(cases ...string) string {
	return `{"suite":"test","version":1,"cases":[` + strings.Join(cases, ",") + `]}`
}

// easter is the case cal-easter-001 of the vectors with fields replaced
// or dropped: a value of "-" drops the field.
func easter(fields map[string]string) string {
	base := []struct{ key, value string }{
		{"id", `"e1"`},
		{"op", `"calendar.easter"`},
		{"input", `{"year":2024}`},
		{"expect", `{"date":"2024-03-31"}`},
		{"expectError", ""},
	}
	var parts []string
	for _, f := range base {
		v := f.value
		if w, ok := fields[f.key]; ok {
			v = w
		}
		if v == "" || v == "-" {
			continue
		}
		parts = append(parts, fmt.Sprintf("%q:%s", f.key, v))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// stable drops from a failure line the text of an error of the SDK, which
// belongs to the package that returns it: "(message)" after an error code,
// and the message after "unexpected error <code>".
func stable(line string) string {
	if i := strings.Index(line, " ("); i >= 0 {
		line = line[:i]
	}
	const unexpected = "unexpected error "
	if i := strings.Index(line, unexpected); i >= 0 {
		code, _, _ := strings.Cut(line[i+len(unexpected):], ":")
		line = line[:i] + unexpected + code
	}
	return line
}

// outcome is what a run shows: its failure lines (made stable) and its
// summary line.
type outcome struct {
	Failures []string
	Summary  string
}

func outcomeOf(r Report) outcome {
	o := outcome{Summary: r.Summary()}
	for _, line := range r.Failures {
		o.Failures = append(o.Failures, stable(line))
	}
	return o
}

// runFileRow is a vector file and the outcome RunFile must give it.
type runFileRow struct {
	name string
	file string
	want outcome
}

// runFileRows runs each row's file as "f.json" and compares the outcome.
func runFileRows(t *testing.T, rows []runFileRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			got := outcomeOf(RunFile("f.json", []byte(tt.file)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("RunFile(%s) (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

// TestRunFileFailureRules pins FORMAT.md "A case": an unknown op, an
// unknown input field, a case without id, op, input and exactly one of
// expect / expectError, a differing field or error code are failures,
// never skips, each with its own message, and the summary counts them.
func TestRunFileFailureRules(t *testing.T) {
	tests := []runFileRow{
		{"passing case", vectorFile(easter(nil)),
			outcome{nil, "conformance: 1 passed, 0 failed"}},
		{"passing expected error", vectorFile(easter(map[string]string{"input": `{}`, "expect": "-", "expectError": `"invalid-input"`})),
			outcome{nil, "conformance: 1 passed, 0 failed"}},
		{"unknown op", vectorFile(easter(map[string]string{"op": `"calendar.eastr"`})),
			outcome{[]string{`FAIL e1: unknown op "calendar.eastr"`}, "conformance: 0 passed, 1 failed"}},
		{"unknown op expecting an error", vectorFile(easter(map[string]string{"op": `"calendar.eastr"`, "expect": "-", "expectError": `"invalid-input"`})),
			outcome{[]string{`FAIL e1: unknown op "calendar.eastr"`}, "conformance: 0 passed, 1 failed"}},
		{"unknown input field", vectorFile(easter(map[string]string{"input": `{"year":2024,"yaer":2024}`})),
			outcome{[]string{`FAIL e1: unknown field in input: "yaer"`}, "conformance: 0 passed, 1 failed"}},
		{"unknown input field expecting an error", vectorFile(easter(map[string]string{"input": `{"yaer":2024}`, "expect": "-", "expectError": `"invalid-input"`})),
			outcome{[]string{`FAIL e1: unknown field in input: "yaer"`}, "conformance: 0 passed, 1 failed"}},
		{"unknown field in a nested input object", vectorFile(`{"id":"d1","op":"calendar.deadline","input":{"anchor":"2025-01-15","period":{"years":0,"months":0,"days":30},"rule":{"extend":"following","calendar":"fr","backwards":true}},"expect":{"final":"2025-02-14"}}`),
			outcome{[]string{`FAIL d1: unknown field in input: "backwards"`}, "conformance: 0 passed, 1 failed"}},
		{"missing id", vectorFile(easter(map[string]string{"id": "-"})),
			outcome{[]string{"FAIL : a case needs id, op and input"}, "conformance: 0 passed, 1 failed"}},
		{"empty id", vectorFile(easter(map[string]string{"id": `""`})),
			outcome{[]string{"FAIL : a case needs id, op and input"}, "conformance: 0 passed, 1 failed"}},
		{"missing op", vectorFile(easter(map[string]string{"op": "-"})),
			outcome{[]string{"FAIL e1: a case needs id, op and input"}, "conformance: 0 passed, 1 failed"}},
		{"missing input", vectorFile(easter(map[string]string{"input": "-"})),
			outcome{[]string{"FAIL e1: a case needs id, op and input"}, "conformance: 0 passed, 1 failed"}},
		{"null input", vectorFile(easter(map[string]string{"input": "null"})),
			outcome{[]string{"FAIL e1: a case needs id, op and input"}, "conformance: 0 passed, 1 failed"}},
		{"missing expect", vectorFile(easter(map[string]string{"expect": "-"})),
			outcome{[]string{"FAIL e1: a case needs exactly one of expect and expectError"}, "conformance: 0 passed, 1 failed"}},
		{"null expect", vectorFile(easter(map[string]string{"expect": "null"})),
			outcome{[]string{"FAIL e1: a case needs exactly one of expect and expectError"}, "conformance: 0 passed, 1 failed"}},
		{"both expect and expectError", vectorFile(easter(map[string]string{"expectError": `"invalid-input"`})),
			outcome{[]string{"FAIL e1: a case needs exactly one of expect and expectError"}, "conformance: 0 passed, 1 failed"}},
		{"wrong expected value", vectorFile(easter(map[string]string{"expect": `{"date":"2024-04-01"}`})),
			outcome{[]string{`FAIL e1: date want "2024-04-01" got "2024-03-31"`}, "conformance: 0 passed, 1 failed"}},
		{"expected field not in the result", vectorFile(easter(map[string]string{"expect": `{"day":"2024-03-31"}`})),
			outcome{[]string{`FAIL e1: day want "2024-03-31" got nothing`}, "conformance: 0 passed, 1 failed"}},
		{"wrong error code", vectorFile(easter(map[string]string{"input": `{}`, "expect": "-", "expectError": `"out-of-range"`})),
			outcome{[]string{"FAIL e1: error want out-of-range got invalid-input"}, "conformance: 0 passed, 1 failed"}},
		{"error expected, none returned", vectorFile(easter(map[string]string{"expect": "-", "expectError": `"invalid-input"`})),
			outcome{[]string{"FAIL e1: error want invalid-input got none"}, "conformance: 0 passed, 1 failed"}},
		{"result expected, error returned", vectorFile(easter(map[string]string{"input": `{}`})),
			outcome{[]string{"FAIL e1: unexpected error invalid-input"}, "conformance: 0 passed, 1 failed"}},
		{"duplicate id", vectorFile(easter(nil), easter(nil)),
			outcome{[]string{"FAIL e1: duplicate id in f.json"}, "conformance: 1 passed, 1 failed"}},
		{"passes and failures counted", vectorFile(
			easter(nil),
			easter(map[string]string{"id": `"e2"`, "op": `"calendar.eastr"`}),
			easter(map[string]string{"id": `"e3"`, "input": `{"year":2025}`, "expect": `{"date":"2025-04-20"}`}),
			easter(map[string]string{"id": `"e4"`, "input": `{"year":2025,"month":4}`}),
			easter(map[string]string{"id": `"e5"`, "expect": "-"}),
		), outcome{[]string{
			`FAIL e2: unknown op "calendar.eastr"`,
			`FAIL e4: unknown field in input: "month"`,
			"FAIL e5: a case needs exactly one of expect and expectError",
		}, "conformance: 2 passed, 3 failed"}},
		{"unknown case field", vectorFile(`{"id":"e1","op":"calendar.easter","input":{"year":2024},"expected":{"date":"2024-03-31"}}`),
			outcome{[]string{`FAIL f.json: decode: json: unknown field "cases[0].expected"`}, "conformance: 0 passed, 1 failed"}},
		{"not JSON", `suite: test`,
			outcome{[]string{"FAIL f.json: decode: invalid character 's' looking for beginning of value"}, "conformance: 0 passed, 1 failed"}},
		{"trailing data", vectorFile(easter(nil)) + `{}`,
			outcome{[]string{"FAIL f.json: decode: trailing data"}, "conformance: 0 passed, 1 failed"}},
		{"no case", vectorFile(),
			outcome{nil, "conformance: 0 passed, 0 failed"}},
	}
	runFileRows(t, tests)
}

// TestRunFS pins the walk: every *.json file at any depth, in lexical
// order of path, other files ignored.
func TestRunFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.json":        {Data: []byte(vectorFile(easter(map[string]string{"id": `"b1"`, "op": `"x"`})))},
		"a/z.json":      {Data: []byte(vectorFile(easter(map[string]string{"id": `"a1"`, "op": `"y"`})))},
		"a/ok.json":     {Data: []byte(vectorFile(easter(nil)))},
		"README.md":     {Data: []byte("not a vector")},
		"c.json.orig":   {Data: []byte("not a vector")},
		"d/broken.json": {Data: []byte("{")},
	}
	want := outcome{[]string{
		`FAIL a1: unknown op "y"`,
		`FAIL b1: unknown op "x"`,
		"FAIL d/broken.json: decode: unexpected EOF",
	}, "conformance: 1 passed, 3 failed"}
	if diff := cmp.Diff(want, outcomeOf(RunFS(fsys))); diff != "" {
		t.Errorf("RunFS (-want +got):\n%s", diff)
	}
}

// FuzzRunFile feeds arbitrary bytes to RunFile as a vector file: no
// panic; a file that does not decode is one failure naming the file; a
// file that decodes has only keys that are exactly the JSON names of the
// fields of File and Case (checked on a decoding that knows no struct); a
// file of another version than Version is one failure naming the file;
// otherwise every case is counted once, passed or failed; one line per
// failure; the summary states the counts; and a second run of the same
// bytes gives the same report.
//
// It is seeded with the bytes of the files of testdata/vectors under
// seedFileSize, and with every case of every file as a file of its own: a
// large seed makes the fuzzer spend its time minimizing it.
func FuzzRunFile(f *testing.F) {
	const seedFileSize = 10_000
	paths, err := filepath.Glob(filepath.Join("testdata", "vectors", "*.json"))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no vectors in testdata/vectors: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) < seedFileSize {
			f.Add(data)
		}
		var file struct{ Cases []json.RawMessage }
		if err := json.Unmarshal(data, &file); err != nil {
			f.Fatalf("%s: %v", p, err)
		}
		for _, c := range file.Cases {
			f.Add([]byte(vectorFile(string(c))))
		}
	}
	f.Add([]byte(vectorFile(easter(nil), easter(map[string]string{"input": `{"yaer":1}`}))))
	f.Add([]byte(`{"cases":[{}]}`))
	f.Add([]byte(`{"suite":"test","version":1,"Cases":[]}`))
	f.Add([]byte(`{"suite":"test","version":2,"cases":[` + easter(nil) + `]}`))
	f.Add([]byte(`{"suite":"test","suite":"test","version":1,"cases":[]}`))
	f.Add([]byte(vectorFile(easter(map[string]string{"input": `{"YEAR":2024}`}))))
	f.Add([]byte(vectorFile(easter(map[string]string{"input": `{"year":2024,"year":2025}`}))))
	f.Add([]byte(`null`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := RunFile("f.json", data)
		if len(r.Failures) != r.Failed {
			t.Fatalf("RunFile(%q): %d failures counted, %d lines", data, r.Failed, len(r.Failures))
		}
		for _, line := range r.Failures {
			if !strings.HasPrefix(line, "FAIL ") {
				t.Fatalf("RunFile(%q): failure line %q does not start with FAIL", data, line)
			}
		}
		if want := fmt.Sprintf("conformance: %d passed, %d failed", r.Passed, r.Failed); r.Summary() != want {
			t.Fatalf("RunFile(%q): summary %q, want %q", data, r.Summary(), want)
		}
		var file File
		if err := strictDecode(data, &file); err != nil {
			want := Report{Failed: 1, Failures: []string{"FAIL f.json: decode: " + err.Error()}}
			if diff := cmp.Diff(want, r); diff != "" {
				t.Fatalf("RunFile(%q) of an undecodable file (-want +got):\n%s", data, diff)
			}
		} else {
			checkExactKeys(t, data)
			if file.Version != Version {
				want := Report{Failed: 1, Failures: []string{fmt.Sprintf("FAIL f.json: version %d unknown: this runner knows version %d", file.Version, Version)}}
				if diff := cmp.Diff(want, r); diff != "" {
					t.Fatalf("RunFile(%q) of a file of version %d (-want +got):\n%s", data, file.Version, diff)
				}
			} else if r.Passed+r.Failed != len(file.Cases) {
				t.Fatalf("RunFile(%q): %d passed + %d failed, want %d cases", data, r.Passed, r.Failed, len(file.Cases))
			}
		}
		if diff := cmp.Diff(r, RunFile("f.json", data)); diff != "" {
			t.Fatalf("RunFile(%q) is not deterministic (-first +second):\n%s", data, diff)
		}
	})
}

// checkExactKeys fails t unless every key of data, a vector file that
// decoded, is exactly the JSON name of a field of File or of Case: read
// with encoding/json into maps, which know no struct and match nothing
// without regard to case.
func checkExactKeys(t *testing.T, data []byte) {
	t.Helper()
	fileKeys := map[string]bool{"suite": true, "version": true, "cases": true}
	caseKeys := map[string]bool{"id": true, "op": true, "description": true, "source": true, "input": true, "expect": true, "expectError": true}
	var file map[string]any
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatalf("RunFile(%q) decoded a file that encoding/json does not: %v", data, err)
	}
	cases, _ := file["cases"].([]any)
	for k := range file {
		if !fileKeys[k] {
			t.Fatalf("RunFile(%q) decoded a file with the key %q", data, k)
		}
	}
	for _, c := range cases {
		obj, _ := c.(map[string]any)
		for k := range obj {
			if !caseKeys[k] {
				t.Fatalf("RunFile(%q) decoded a case with the key %q", data, k)
			}
		}
	}
}
