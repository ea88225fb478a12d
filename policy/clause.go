package policy

import (
	"strconv"
	"strings"
)

// Clause identifies the text a rule implements: an ID in the policy's own
// numbering ("CG-12.3" for the general conditions, "CP-4" for the particular
// conditions) or a law ("CPC-641"), and a human source reference ("Code de
// procédure civile, art. 641 al. 1"). Its zero value is "no clause".
type Clause struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
}

// String returns "CP-4 (Conditions particulières, art. 4)" or the ID alone.
func (c Clause) String() string {
	if c.Source == "" {
		return c.ID
	}
	return c.ID + " (" + c.Source + ")"
}

// IsZero reports whether c is the zero Clause.
func (c Clause) IsZero() bool { return c == Clause{} }

// Step is one rule applied: the rule's name, its inputs and its result as
// text, and the clause it implements.
type Step struct {
	Rule   string `json:"rule"`
	Inputs string `json:"inputs,omitempty"`
	Result string `json:"result"`
	Clause Clause `json:"clause"`
}

// String returns "rule: inputs → result [clause]".
func (s Step) String() string {
	var b strings.Builder
	b.WriteString(s.Rule)
	b.WriteString(": ")
	if s.Inputs != "" {
		b.WriteString(s.Inputs)
		b.WriteString(" → ")
	}
	b.WriteString(s.Result)
	if !s.Clause.IsZero() {
		b.WriteString(" [")
		b.WriteString(s.Clause.String())
		b.WriteString("]")
	}
	return b.String()
}

// Trace is the ordered list of the rules a result applied: every result of
// the SDK can say why. Its zero value is the empty trace.
type Trace []Step

// Add returns the trace with one more step. It never modifies the receiver's
// backing array, so traces can be shared and extended safely.
func (t Trace) Add(rule, inputs, result string, c Clause) Trace {
	out := make(Trace, len(t), len(t)+1)
	copy(out, t)
	return append(out, Step{Rule: rule, Inputs: inputs, Result: result, Clause: c})
}

// Concat returns t followed by u, as a new trace.
func (t Trace) Concat(u Trace) Trace {
	out := make(Trace, 0, len(t)+len(u))
	return append(append(out, t...), u...)
}

// String prints one numbered step a line, for a credit manager or a
// student:
//
//  1. capped loss: min(loss EUR 40000.00, limit EUR 30000.00) → EUR 30000.00 [CP-6 (...)]
func (t Trace) String() string {
	var b strings.Builder
	for i, s := range t {
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(". ")
		b.WriteString(s.String())
		b.WriteByte('\n')
	}
	return b.String()
}
