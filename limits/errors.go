package limits

import "errors"

// Errors of this package. Besides ErrUnknownCode, the functions of this
// package return the sentinels of package policy through a
// *policy.RuleError naming the clause, the field and the value:
// policy.ErrMissing (a required value is absent), policy.ErrOutOfRange (a
// negative amount or delay, a quotité above 1), policy.ErrInconsistent
// (values that cannot hold together, such as two decisions of one day with
// different amounts and no order between them) and
// policy.ErrCurrencyMismatch (an amount not in the policy's currency).

// ErrUnknownCode reports a name or a code that the vocabulary tables of this
// package do not know: a decision kind, an EDIFACT 4505/4507/4509 code, an
// insurer's product word, an enum's text form.
var ErrUnknownCode = errors.New("limits: unknown code")
