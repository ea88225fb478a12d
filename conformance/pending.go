package conformance

import (
	"encoding/json"
	"errors"
)

// Operations whose packages are not written yet: they fail, never skip.
// Each rule package's work replaces its stubs with a file of its own.

var errNotImplemented = errors.New("operation not implemented yet")

func claimsDeadlines(json.RawMessage) (any, error) { return nil, errNotImplemented }
func claimsLoss(json.RawMessage) (any, error)      { return nil, errNotImplemented }
func claimsIndemnity(json.RawMessage) (any, error) { return nil, errNotImplemented }
