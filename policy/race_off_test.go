//go:build !race

package policy

// raceEnabled: the race detector may add allocations, so allocation
// counts are not checked under it.
const raceEnabled = false
