package premium

import "errors"

// The package reports most failures with the sentinels of package policy
// (policy.ErrMissing, policy.ErrOutOfRange, policy.ErrCurrencyMismatch,
// policy.ErrInconsistent, policy.ErrSyntax), wrapped in a *policy.RuleError
// that names the clause, the field and the value. The sentinels below are
// the premium rules' own.

// ErrNoBand reports a profile (or a loss ratio) that no band of a
// flat-rate grid or of a bonus-malus scale covers: the offer does not
// price it, and the library never picks the nearest band.
var ErrNoBand = errors.New("premium: no band covers the value")

// ErrOverlappingBands reports two bands of a grid or a scale that both
// cover some value: the lookup would not be unique, so the grid is refused
// rather than read by first match.
var ErrOverlappingBands = errors.New("premium: overlapping bands")
