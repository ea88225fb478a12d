package conformance

import (
	"errors"
)

// Operations whose packages are not written yet: they fail, never skip.
// Each rule package's work replaces its stubs with a file of its own.

var errNotImplemented = errors.New("operation not implemented yet")
