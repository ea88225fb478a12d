//go:build !linux

package bench

import "time"

// threadCPU is only available on Linux; elsewhere the benchmarks report
// wall-clock ns/op alone.
func threadCPU() (time.Duration, bool) { return 0, false }

// processCPU is only available on Linux.
func processCPU() (time.Duration, bool) { return 0, false }
