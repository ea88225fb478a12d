package conformance

import (
	"encoding/json"

	"github.com/creditins/creditins/claims"
)

// claimsRecoveryInput is the JSON input of claims.recovery (FORMAT.md).
type claimsRecoveryInput struct {
	Indemnity *string `json:"indemnity"`
	Loss      *string `json:"loss"`
	Recovery  *string `json:"recovery"`
	Costs     *string `json:"costs"`
}

// claimsRecovery is FORMAT.md claims.recovery through claims.ShareRecovery:
// indemnity, loss and recovery required, costs optional (absent or null is
// no costs).
func claimsRecovery(raw json.RawMessage) (any, error) {
	var in claimsRecoveryInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	indemnity, err := amount("indemnity", in.Indemnity)
	if err != nil {
		return nil, err
	}
	loss, err := amount("loss", in.Loss)
	if err != nil {
		return nil, err
	}
	var r claims.Recovery
	if r.Amount, err = amount("recovery", in.Recovery); err != nil {
		return nil, err
	}
	if r.Costs, err = optAmount("costs", in.Costs); err != nil {
		return nil, err
	}
	s, err := claims.ShareRecovery(indemnity, loss, r)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"net":     s.Net.String(),
		"insurer": s.Insurer.String(),
		"insured": s.Insured.String(),
	}, nil
}
