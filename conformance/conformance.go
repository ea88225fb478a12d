package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
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

// Version is the version of the vector format this runner knows; a file
// of another version is not run (FORMAT.md "Files").
const Version = 1

// RunFS runs every *.json file under fsys (recursively, in lexical order).
// A file that cannot be read or decoded, or whose version is not
// [Version], counts as one failure. A case whose id an earlier file
// already used is a failure naming both files, and is not run.
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
	seen := map[string]string{} // case id → the file that used it first
	for _, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			r.fail(p, err.Error())
			continue
		}
		r.Add(runFile(p, data, seen))
	}
	return r
}

// RunFile decodes one vector file and runs its cases. A file that does not
// decode, or whose version is not [Version], is one failure naming the
// file; a case whose id an earlier case of the file used is a failure.
func RunFile(name string, data []byte) Report {
	return runFile(name, data, map[string]string{})
}

// runFile is RunFile with the ids seen in earlier files and the file that
// used each; it adds the ids of this file.
func runFile(name string, data []byte, seen map[string]string) Report {
	var f File
	var r Report
	if err := strictDecode(data, &f); err != nil {
		r.fail(name, "decode: "+err.Error())
		return r
	}
	if f.Version != Version {
		r.fail(name, fmt.Sprintf("version %d unknown: this runner knows version %d", f.Version, Version))
		return r
	}
	for _, c := range f.Cases {
		if first, ok := seen[c.ID]; ok && c.ID != "" {
			if first == name {
				r.fail(c.ID, "duplicate id in "+name)
			} else {
				r.fail(c.ID, "duplicate id in "+name+", already in "+first)
			}
			continue
		}
		seen[c.ID] = name
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
	if errors.Is(err, ErrUnknownOp) || errors.Is(err, errUnknownField) || errors.Is(err, errDuplicateField) {
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
	if err := strictDecode(c.Expect, &want); err != nil {
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

// ErrUnknownOp, errUnknownField and errDuplicateField mark defects of a
// vector rather than errors of the operation: an op the runner does not
// know, an input key that is not exactly a field the op takes, and an input
// key repeated in its object (FORMAT.md "A case": all are failures). A
// service answers ErrUnknownOp as an unknown resource.
var (
	ErrUnknownOp      = errors.New("unknown op")
	errUnknownField   = errors.New("unknown field in input")
	errDuplicateField = errors.New("duplicate field in input")
)

// Evaluate runs one operation on its JSON input through the public API and
// returns its result as a JSON-encodable value. An unknown op, an unknown
// input field and a repeated one are errors that RunCase reports as
// failures whatever the case expects; errors.Is(err, ErrUnknownOp) tells
// the first.
func Evaluate(op string, input json.RawMessage) (any, error) {
	f, ok := ops()[op]
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownOp, op)
	}
	return f.eval(input)
}

type opFunc func(json.RawMessage) (any, error)

// op is one operation: its evaluation, and the zero value of the type its
// input decodes into (decodeInput), which Operations describes.
type op struct {
	eval  opFunc
	input any
}

// ops is the table of operations; each suite's file provides its own.
func ops() map[string]op {
	return map[string]op{
		"calendar.easter":          {calendarEaster, calendarEasterInput{}},
		"calendar.isBusinessDay":   {calendarIsBusinessDay, calendarIsBusinessDayInput{}},
		"calendar.addMonths":       {calendarAddMonths, calendarAddMonthsInput{}},
		"calendar.adjust":          {calendarAdjust, calendarAdjustInput{}},
		"calendar.addBusinessDays": {calendarAddBusinessDays, calendarAddBusinessDaysInput{}},
		"calendar.deadline":        {calendarDeadline, calendarDeadlineInput{}},
		"calendar.dueDate":         {calendarDueDate, calendarDueDateInput{}},
		"limits.coverAt":           {limitsCoverAt, limitsCoverAtInput{}},
		"limits.headroom":          {limitsHeadroom, limitsHeadroomInput{}},
		"claims.deadlines":         {claimsDeadlines, claimsDeadlinesInput{}},
		"claims.loss":              {claimsLoss, claimsLossInput{}},
		"claims.indemnity":         {claimsIndemnity, claimsIndemnityInput{}},
		"claims.book":              {claimsBook, claimsBookInput{}},
		"claims.bookFx":            {claimsBookFx, claimsBookFxInput{}},
		"claims.recovery":          {claimsRecovery, claimsRecoveryInput{}},
		"claims.insolvency":        {claimsInsolvency, claimsInsolvencyInput{}},
		"claims.year":              {claimsYear, claimsYearInput{}},
		"claims.yearBooks":         {claimsYearBooks, claimsYearBooksInput{}},
		"premium.annual":           {premiumAnnual, premiumAnnualInput{}},
		"premium.limitFees":        {premiumLimitFees, premiumLimitFeesInput{}},
		"policy.convert":           {policyConvert, policyConvertInput{}},
		"premium.turnover":         {premiumTurnover, premiumTurnoverInput{}},
		"limits.wholeTurnover":     {limitsWholeTurnover, limitsWholeTurnoverInput{}},
	}
}

// Operation is one operation of FORMAT.md as Evaluate runs it: its name and
// the Go type its JSON input decodes into, a struct whose fields' json tags
// are the input's keys (nested objects are structs, lists are slices, a
// json.RawMessage is a value FORMAT.md lets take more than one form). Every
// field is optional to the decoder, which refuses any other key; which ones
// an operation requires, and their formats, are FORMAT.md's.
type Operation struct {
	Name  string
	Input reflect.Type
}

// Operations lists the operations Evaluate knows, by name.
func Operations() []Operation {
	var list []Operation
	for name, o := range ops() {
		list = append(list, Operation{Name: name, Input: reflect.TypeOf(o.input)})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// invalid wraps a decoding problem as an invalid-input error.
func invalid(field, value string) error {
	return policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, field, value)
}

// decodeInput decodes an op's input with strictDecode; a decoding error is
// invalid-input, except a key refused (not exactly a field's name, or
// repeated in its object), which is a vector defect (FORMAT.md "A case")
// reported as "unknown field in input: "path"" or "duplicate field in
// input: "path"".
func decodeInput(raw json.RawMessage, v any) error {
	err := strictDecode(raw, v)
	var ke *keyError
	var ute *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ke) && ke.Duplicate:
		return fmt.Errorf("%w: %q", errDuplicateField, ke.Path)
	case errors.As(err, &ke):
		return fmt.Errorf("%w: %q", errUnknownField, ke.Path)
	case errors.As(err, &ute):
		return invalid(ute.Field, ute.Value)
	default:
		return errors.Join(policy.ErrSyntax, err)
	}
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
