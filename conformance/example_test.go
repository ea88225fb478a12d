package conformance_test

import (
	"fmt"
	"testing/fstest"

	"github.com/creditins/creditins/conformance"
)

// Two calendar cases given inline: the first passes, the second has a
// typo in its input, a failure rather than a skip.
func ExampleRunFS() {
	vectors := fstest.MapFS{
		"calendar.json": {Data: []byte(`{
  "suite": "calendar", "version": 1,
  "cases": [
    {"id": "easter-2024", "op": "calendar.easter",
     "input": {"year": 2024}, "expect": {"date": "2024-03-31"}},
    {"id": "easter-typo", "op": "calendar.easter",
     "input": {"yaer": 2025}, "expect": {"date": "2025-04-20"}}
  ]
}`)},
	}
	r := conformance.RunFS(vectors)
	for _, line := range r.Failures {
		fmt.Println(line)
	}
	fmt.Println(r.Summary())
	// Output:
	// FAIL easter-typo: unknown field in input: "yaer"
	// conformance: 1 passed, 1 failed
}

// A single case through RunCase: the result differs from the expected
// date.
func ExampleRunCase() {
	fmt.Println(conformance.RunCase(conformance.Case{
		ID:     "easter-2025",
		Op:     "calendar.easter",
		Input:  []byte(`{"year": 2025}`),
		Expect: []byte(`{"date": "2025-04-21"}`),
	}))
	// Output:
	// date want "2025-04-21" got "2025-04-20"
}
