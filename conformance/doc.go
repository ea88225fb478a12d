// Package conformance evaluates the JSON conformance vectors of
// shared/conformance/FORMAT.md through the SDK's public API: the contract
// with integrators. Each case names an operation, its input and the
// expected result or error code; [RunFS] runs every *.json file of a
// directory tree and returns a [Report] whose [Report.Summary] is the line
// "conformance: N passed, M failed".
//
// An unknown operation, an unknown input field, a case without id, op,
// input and one of expect / expectError, or any differing field is a
// failure, never a skip.
package conformance
