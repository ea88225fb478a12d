package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// File is one vector file: a suite, a version and its cases.
type File struct {
	Suite   string `json:"suite"`
	Version int    `json:"version"`
	Cases   []Case `json:"cases"`
}

// Case is one conformance case (FORMAT.md "A case").
type Case struct {
	ID          string          `json:"id"`
	Op          string          `json:"op"`
	Description string          `json:"description"`
	Source      string          `json:"source"`
	Input       json.RawMessage `json:"input"`
	Expect      json.RawMessage `json:"expect"`
	ExpectError string          `json:"expectError"`
}

// Error codes of FORMAT.md.
const (
	CodeInvalidInput     = "invalid-input"
	CodeCurrencyMismatch = "currency-mismatch"
	CodeAmbiguousDate    = "ambiguous-date"
	CodeOutOfRange       = "out-of-range"
)

// Code maps an error of the SDK to its FORMAT.md error code.
func Code(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, policy.ErrCurrencyMismatch):
		return CodeCurrencyMismatch
	case errors.Is(err, calendar.ErrAmbiguousDate):
		return CodeAmbiguousDate
	case errors.Is(err, calendar.ErrOutOfRange):
		return CodeOutOfRange
	default:
		return CodeInvalidInput
	}
}

// Report is the outcome of a run: counts and one line per failing case.
type Report struct {
	Passed   int
	Failed   int
	Failures []string // "FAIL id: field want X got Y"
}

// Summary is the closing line "conformance: N passed, M failed".
func (r Report) Summary() string {
	return fmt.Sprintf("conformance: %d passed, %d failed", r.Passed, r.Failed)
}

// Add merges another report into r.
func (r *Report) Add(o Report) {
	r.Passed += o.Passed
	r.Failed += o.Failed
	r.Failures = append(r.Failures, o.Failures...)
}

// RunFS runs every *.json file under fsys (recursively, in lexical order).
// A file that cannot be read or decoded counts as one failure.
func RunFS(fsys fs.FS) Report {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && path.Ext(p) == ".json" {
			files = append(files, p)
		}
		return nil
	})
	var r Report
	if err != nil {
		r.fail("", fmt.Sprintf("walk: %v", err))
		return r
	}
	sort.Strings(files)
	for _, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			r.fail(p, err.Error())
			continue
		}
		r.Add(RunFile(p, data))
	}
	return r
}

// RunFile decodes one vector file and runs its cases.
func RunFile(name string, data []byte) Report {
	var f File
	var r Report
	if err := strictDecode(data, &f); err != nil {
		r.fail(name, "decode: "+err.Error())
		return r
	}
	ids := map[string]bool{}
	for _, c := range f.Cases {
		if ids[c.ID] && c.ID != "" {
			r.fail(c.ID, "duplicate id in "+name)
			continue
		}
		ids[c.ID] = true
		if msg := RunCase(c); msg != "" {
			r.fail(c.ID, msg)
		} else {
			r.Passed++
		}
	}
	return r
}

func (r *Report) fail(id, msg string) {
	r.Failed++
	r.Failures = append(r.Failures, "FAIL "+id+": "+msg)
}

// RunCase evaluates one case and returns "" when it passes, else what
// differs ("field want X got Y").
func RunCase(c Case) string {
	switch {
	case c.ID == "" || c.Op == "" || !present(c.Input):
		return "a case needs id, op and input"
	case present(c.Expect) == (c.ExpectError != ""):
		return "a case needs exactly one of expect and expectError"
	}
	got, err := Evaluate(c.Op, c.Input)
	if errors.Is(err, errUnknownOp) || errors.Is(err, errUnknownField) {
		// A defect of the vector, not the operation's error: a failure
		// even when the case expects an error (FORMAT.md "A case").
		return err.Error()
	}
	if c.ExpectError != "" {
		if err == nil {
			return fmt.Sprintf("error want %s got none", c.ExpectError)
		}
		if code := Code(err); code != c.ExpectError {
			return fmt.Sprintf("error want %s got %s (%v)", c.ExpectError, code, err)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("unexpected error %s: %v", Code(err), err)
	}
	var want map[string]any
	if err := json.Unmarshal(c.Expect, &want); err != nil {
		return "expect: " + err.Error()
	}
	gotJSON, err := json.Marshal(got)
	if err != nil {
		return "result: " + err.Error()
	}
	var gotMap map[string]any
	if err := json.Unmarshal(gotJSON, &gotMap); err != nil {
		return "result: " + err.Error()
	}
	var diffs []string
	compare("", want, gotMap, &diffs)
	return strings.Join(diffs, "; ")
}

// present reports whether a case's field is given: absent and JSON null
// are both missing (FORMAT.md "A case").
func present(raw json.RawMessage) bool {
	return len(raw) > 0 && !bytes.Equal(bytes.TrimSpace(raw), []byte("null"))
}

// errUnknownOp and errUnknownField mark defects of a vector rather than
// errors of the operation: an op the runner does not know, and an input
// field the op does not take (FORMAT.md "A case": both are failures).
var (
	errUnknownOp    = errors.New("unknown op")
	errUnknownField = errors.New("unknown field in input")
)

// Evaluate runs one operation on its JSON input through the public API and
// returns its result as a JSON-encodable value. An unknown op and an
// unknown input field are errors that RunCase reports as failures whatever
// the case expects.
func Evaluate(op string, input json.RawMessage) (any, error) {
	f, ok := ops()[op]
	if !ok {
		return nil, fmt.Errorf("%w %q", errUnknownOp, op)
	}
	return f(input)
}

type opFunc func(json.RawMessage) (any, error)

// ops is the table of operations; each suite's file provides its own.
func ops() map[string]opFunc {
	return map[string]opFunc{
		"calendar.easter":          calendarEaster,
		"calendar.isBusinessDay":   calendarIsBusinessDay,
		"calendar.addMonths":       calendarAddMonths,
		"calendar.adjust":          calendarAdjust,
		"calendar.addBusinessDays": calendarAddBusinessDays,
		"calendar.deadline":        calendarDeadline,
		"calendar.dueDate":         calendarDueDate,
		"limits.coverAt":           limitsCoverAt,
		"limits.headroom":          limitsHeadroom,
		"claims.deadlines":         claimsDeadlines,
		"claims.loss":              claimsLoss,
		"claims.indemnity":         claimsIndemnity,
		"claims.book":              claimsBook,
		"premium.annual":           premiumAnnual,
	}
}

// strictDecode decodes JSON refusing unknown fields: a typo in a vector must
// not pass unnoticed.
func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

// invalid wraps a decoding problem as an invalid-input error.
func invalid(field, value string) error {
	return policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, field, value)
}

// decodeInput decodes an op's input strictly; a decoding error is
// invalid-input, except an unknown field, which is a vector defect
// (FORMAT.md "A case") and reported as "unknown field in input: "name"".
func decodeInput(raw json.RawMessage, v any) error {
	if err := strictDecode(raw, v); err != nil {
		if msg := err.Error(); strings.Contains(msg, "unknown field") {
			return fmt.Errorf("%w: %s", errUnknownField, strings.TrimPrefix(msg, "json: unknown field "))
		}
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return invalid(ute.Field, ute.Value)
		}
		return errors.Join(policy.ErrSyntax, err)
	}
	return nil
}

// compare checks every field of want in got: money by currency and value,
// rates and numbers by value, everything else exactly.
func compare(field string, want, got any, diffs *[]string) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			*diffs = append(*diffs, fmt.Sprintf("%s want %v got %v", field, render(want), render(got)))
			return
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			gv, ok := g[k]
			if !ok {
				*diffs = append(*diffs, fmt.Sprintf("%s want %v got nothing", join(field, k), render(w[k])))
				continue
			}
			compare(join(field, k), w[k], gv, diffs)
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			*diffs = append(*diffs, fmt.Sprintf("%s want %v got %v", field, render(want), render(got)))
			return
		}
		for i := range w {
			compare(fmt.Sprintf("%s[%d]", field, i), w[i], g[i], diffs)
		}
	case string:
		g, ok := got.(string)
		if !ok || !sameText(w, g) {
			*diffs = append(*diffs, fmt.Sprintf("%s want %v got %v", field, render(want), render(got)))
		}
	default:
		if render(want) != render(got) {
			*diffs = append(*diffs, fmt.Sprintf("%s want %v got %v", field, render(want), render(got)))
		}
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

func render(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// sameText compares two result strings: money by currency and value, plain
// decimals by value, anything else exactly.
func sameText(want, got string) bool {
	if want == got {
		return true
	}
	if wa, err := policy.ParseAmount(want); err == nil {
		ga, err := policy.ParseAmount(got)
		return err == nil && wa.Equal(ga)
	}
	if wr, err := parseSigned(want); err == nil {
		gr, err := parseSigned(got)
		return err == nil && wr.Equal(gr)
	}
	return false
}
