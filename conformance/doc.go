// Package conformance evaluates the JSON conformance vectors of
// conformance/FORMAT.md (the file beside this package, shipped with the
// module) through the SDK's public API: the contract with integrators. Each case names an operation, its input and the
// expected result or error code.
//
// # Running the vectors
//
// [RunFS] runs every *.json file of a directory tree, at any depth and in
// lexical order of path, other files ignored; [RunFile] decodes the bytes
// of one vector [File] and runs its cases; [RunCase] runs one [Case] and
// [Evaluate] one operation on its JSON input. Each returns a [Report]
// whose [Report.Summary] is the closing line "conformance: N passed, M
// failed", with one line "FAIL id: field want X got Y" per failing case.
//
// The package's test TestVectors runs testdata/vectors (the copy kept with
// the package), a sibling checkout's conformance/vectors two directories
// up when it exists, and every *.json under $CREDITINS_VECTORS, recursively; it prints the
// closing line and fails on any failure or when no case passed.
//
// # Rules
//
// FORMAT.md "Files" and "A case": a failure, never a skip, is
//
//   - an unknown operation ("unknown op ..."), an unknown input field and
//     an input field given twice in one object, at any depth of the input
//     ("unknown field in input: "period.days"", "duplicate field in input:
//     ..."), a defect of the vector, even in a case that expects an error;
//     keys are case-sensitive: a key that is not exactly a field's name
//     ("Year" for "year") is an unknown field;
//   - a case without id, op or input ("a case needs id, op and input"), or
//     without exactly one of expect and expectError (a JSON null counts as
//     absent);
//   - a case whose id repeats an earlier one, of the same file ("duplicate
//     id in f.json") or, under [RunFS], of an earlier file in lexical order
//     of path ("duplicate id in b.json, already in a.json"); the repeat is
//     not run;
//   - an expect object with a key given twice;
//   - a result that differs in any field listed in expect, or that lacks
//     it: money compared by currency and value, rates and numbers by value,
//     dates and other strings exactly; fields not listed are not compared;
//   - an error where a result is expected, no error or another code where
//     expectError names one;
//   - a file that cannot be read or decoded (a key of the file or of a case
//     that is not exactly one of their fields, a key given twice in one
//     object, anything but whitespace after the file's object), or whose
//     version is not [Version] ("version 2 unknown: this runner knows
//     version 1"): one failure naming the file, and none of its cases run.
//
// # Errors
//
// [Code] maps an error of the SDK to its FORMAT.md code:
// policy.ErrCurrencyMismatch is [CodeCurrencyMismatch],
// calendar.ErrAmbiguousDate is [CodeAmbiguousDate], calendar.ErrOutOfRange
// is [CodeOutOfRange], and every other error, a missing required input
// field included, is [CodeInvalidInput]. An error of [Evaluate] wraps a
// sentinel of the SDK, except an unknown op or input field, which is a
// defect of the vector and reported as a failure by [RunCase]. No input
// makes the package panic: the runners report, they do not return errors.
//
// # Examples
//
// See the Example functions: two calendar cases run from an in-memory file
// system, one of them with a typo in its input, and a single case whose
// result differs from its expectation.
package conformance
