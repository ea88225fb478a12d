package limits

import (
	"strings"

	"github.com/creditins/creditins/policy"
)

// The request, response and reason vocabulary of credit-limit decisions: a
// superset of the UN/EDIFACT RECECO code lists 4505 (credit cover request
// type), 4507 (credit cover response type) and 4509 (credit cover response
// reason), with the words the insurers use for their products
// (Allianz Trade, Coface and Atradius product descriptions). The EDIFACT
// codes are
// those of the UN/EDIFACT directories D.96B to D.20B (unchanged since);
// values beyond them have no EDIFACT code.

// Request is what the insured asks the insurer for. Its zero value is "no
// request".
type Request uint8

const (
	// RequestMultiCurrency: cover for invoices in other currencies (4505 code 1).
	RequestMultiCurrency Request = iota + 1
	// RequestNewLimit: a new limit (4505 code 2).
	RequestNewLimit
	// RequestIncrease: an increase of an existing limit (4505 code 3).
	RequestIncrease
	// RequestPreliminary: a preliminary assessment for a prospect (4505 code 4).
	RequestPreliminary
	// RequestAccountOnly: open an account on the buyer only (4505 code 5).
	RequestAccountOnly
	// RequestCancellation: cancel an existing limit (4505 code 6).
	RequestCancellation
	// RequestReduction: reduce an existing limit (4505 code 7).
	RequestReduction
	// RequestProlongation: prolong an existing limit (4505 code 8).
	RequestProlongation
	// RequestTemporary: a temporary limit between two dates (beyond
	// EDIFACT; Coface "temporary"; EDC, establishing credit limits).
	RequestTemporary
	// RequestTopUp: a top-up above the insurer's limit (beyond EDIFACT;
	// Allianz Trade CAP / CAP+).
	RequestTopUp
	// RequestReview: a review of a decision with new information (beyond
	// EDIFACT; "insistance", assurance-credit-entreprise.fr glossary, limite de
	// crédit).
	RequestReview
)

var requestNames = []string{
	RequestMultiCurrency: "multiCurrency", RequestNewLimit: "newLimit", RequestIncrease: "increase",
	RequestPreliminary: "preliminaryAssessment", RequestAccountOnly: "newAccountOnly",
	RequestCancellation: "cancellation", RequestReduction: "reduction", RequestProlongation: "prolongation",
	RequestTemporary: "temporary", RequestTopUp: "topUp", RequestReview: "review",
}

var request4505 = []string{
	RequestMultiCurrency: "1", RequestNewLimit: "2", RequestIncrease: "3", RequestPreliminary: "4",
	RequestAccountOnly: "5", RequestCancellation: "6", RequestReduction: "7", RequestProlongation: "8",
}

// String returns the request's name ("newLimit", "increase", ...).
func (r Request) String() string { return enumString(requestNames, int(r), "Request") }

// MarshalText implements encoding.TextMarshaler.
func (r Request) MarshalText() ([]byte, error) {
	return enumText(requestNames, int(r), "Request", "request")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (r *Request) UnmarshalText(b []byte) error {
	i, err := enumParse(requestNames, string(b), "request")
	if err == nil {
		*r = Request(i)
	}
	return err
}

// EDIFACT4505 returns the request's EDIFACT 4505 code, and false for a
// request beyond EDIFACT.
func (r Request) EDIFACT4505() (string, bool) { return code(request4505, int(r)) }

// RequestFromEDIFACT4505 returns the request of an EDIFACT 4505 code ("1"
// to "8"); another code is an error wrapping ErrUnknownCode.
func RequestFromEDIFACT4505(c string) (Request, error) {
	i, err := enumParse(request4505, c, "4505")
	return Request(i), err
}

// Response is the insurer's answer to a request. Its zero value is "no
// response".
type Response uint8

const (
	// ResponsePreliminary: a preliminary assessment, no commitment (4507 code 1).
	ResponsePreliminary Response = iota + 1
	// ResponseApproved: the request is approved (4507 code 2).
	ResponseApproved
	// ResponseNotApproved: the request is refused (4507 code 3).
	ResponseNotApproved
	// ResponseConditional: approved subject to conditions (4507 code 4).
	ResponseConditional
	// ResponsePartlyApproved: approved for a lower amount (4507 code 5).
	ResponsePartlyApproved
	// ResponseStillInvestigating: no decision yet (4507 code 6).
	ResponseStillInvestigating
	// ResponseAccountOnly: account opened without a limit (4507 code 7).
	ResponseAccountOnly
	// ResponseCancelled: the existing limit is cancelled (4507 code 8).
	ResponseCancelled
	// ResponseReduced: the limit is reduced (4507 code 9).
	ResponseReduced
	// ResponseNameChange: the buyer's name or address changed (4507 code 10).
	ResponseNameChange
	// ResponseAccountClosed: the buyer's account is closed (4507 code 11).
	ResponseAccountClosed
	// ResponseExpress: granted at once for the standard amount (beyond
	// EDIFACT; accord express / accord automatique, Hogesco glossary).
	ResponseExpress
	// ResponseNoNegativeInformation: no limit, but no negative information
	// either, so non-named cover applies (beyond EDIFACT; the third answer
	// of the accord express, Hogesco glossary).
	ResponseNoNegativeInformation
)

var responseNames = []string{
	ResponsePreliminary: "preliminaryAssessment", ResponseApproved: "approved", ResponseNotApproved: "notApproved",
	ResponseConditional: "conditionalApproval", ResponsePartlyApproved: "partlyApproved",
	ResponseStillInvestigating: "stillInvestigating", ResponseAccountOnly: "newAccountOnly",
	ResponseCancelled: "cancelled", ResponseReduced: "reduced", ResponseNameChange: "nameChange",
	ResponseAccountClosed: "accountClosed", ResponseExpress: "express",
	ResponseNoNegativeInformation: "noNegativeInformation",
}

var response4507 = []string{
	ResponsePreliminary: "1", ResponseApproved: "2", ResponseNotApproved: "3", ResponseConditional: "4",
	ResponsePartlyApproved: "5", ResponseStillInvestigating: "6", ResponseAccountOnly: "7",
	ResponseCancelled: "8", ResponseReduced: "9", ResponseNameChange: "10", ResponseAccountClosed: "11",
}

// String returns the response's name ("approved", "notApproved", ...).
func (r Response) String() string { return enumString(responseNames, int(r), "Response") }

// MarshalText implements encoding.TextMarshaler.
func (r Response) MarshalText() ([]byte, error) {
	return enumText(responseNames, int(r), "Response", "response")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (r *Response) UnmarshalText(b []byte) error {
	i, err := enumParse(responseNames, string(b), "response")
	if err == nil {
		*r = Response(i)
	}
	return err
}

// EDIFACT4507 returns the response's EDIFACT 4507 code, and false for a
// response beyond EDIFACT.
func (r Response) EDIFACT4507() (string, bool) { return code(response4507, int(r)) }

// ResponseFromEDIFACT4507 returns the response of an EDIFACT 4507 code ("1"
// to "11"); another code is an error wrapping ErrUnknownCode.
func ResponseFromEDIFACT4507(c string) (Response, error) {
	i, err := enumParse(response4507, c, "4507")
	return Response(i), err
}

// DecisionKind returns the kind of decision that a response to a request
// records in a buyer's history, and false when it records none (an
// assessment, a pending answer, an account change; a refused temporary or
// top-up request, which leaves the limits as they were):
//
//	response                                   request temporary  request top-up  other request
//	approved, conditional, partly approved     Temporary          TopUp           Agrement
//	reduced                                    Temporary          TopUp           Agrement
//	express                                    Temporary          TopUp           AccordExpress
//	cancelled                                  -                  TopUp (of 0)    Refusal
//	not approved                               -                  -               Refusal
//
// A reduction is an agrément of a lower amount; the amount tells CoverAt
// that it is one (see Reduces).
func DecisionKind(req Request, resp Response) (Kind, bool) {
	grant := false
	switch resp {
	case ResponseApproved, ResponseConditional, ResponsePartlyApproved, ResponseReduced, ResponseExpress:
		grant = true
	case ResponseCancelled:
		if req == RequestTopUp {
			return TopUp, true
		}
	case ResponseNotApproved:
	default:
		return 0, false
	}
	switch {
	case req == RequestTemporary && grant:
		return Temporary, true
	case req == RequestTopUp && grant:
		return TopUp, true
	case req == RequestTemporary || req == RequestTopUp:
		return 0, false
	case !grant:
		return Refusal, true
	case resp == ResponseExpress:
		return AccordExpress, true
	}
	return Agrement, true
}

// DecisionReason is the reason given with a decision. Its zero value is "no reason
// given".
type DecisionReason uint8

const (
	// ReasonInformationNotProvided: requested financial information was
	// not provided (4509 code 1).
	ReasonInformationNotProvided DecisionReason = iota + 1
	// ReasonNoInformation: no financial information is available (4509 code 2).
	ReasonNoInformation
	// ReasonOutOfBusiness: the buyer ceased trading (4509 code 3).
	ReasonOutOfBusiness
	// ReasonNewCompany: the buyer is newly incorporated (4509 code 4).
	ReasonNewCompany
	// ReasonNotRegistered: the buyer is not a registered legal entity (4509 code 5).
	ReasonNotRegistered
	// ReasonNonTrading: the buyer does not trade, e.g. a holding (4509 code 6).
	ReasonNonTrading
	// ReasonNoComment: no information can be disclosed (4509 code 7).
	ReasonNoComment
	// ReasonInsolvencyOnly: only the insolvency risk is covered (4509 code 8).
	ReasonInsolvencyOnly
	// ReasonBillOfExchange: subject to the buyer's acceptance of a bill of
	// exchange (4509 code 9).
	ReasonBillOfExchange
	// ReasonDocumentsAgainstAcceptance: on documents-against-acceptance
	// terms (4509 code 10).
	ReasonDocumentsAgainstAcceptance
	// ReasonDocumentsAgainstPayment: on documents-against-payment terms
	// (4509 code 11).
	ReasonDocumentsAgainstPayment
	// ReasonAdverseInformation: adverse information is public (4509 code 12).
	ReasonAdverseInformation
	// ReasonLimitFull: no approval or increase possible (4509 code 13).
	ReasonLimitFull
	// ReasonLackOfTurnover: reduced or cancelled for lack of activity (4509 code 14).
	ReasonLackOfTurnover
	// ReasonOther: another reason (4509 code 15).
	ReasonOther
	// ReasonOverdue: an overdue payment was reported (beyond EDIFACT;
	// Allianz Trade CH, overdue notice: the insurer answers an overdue report by
	// confirming or cancelling the limit).
	ReasonOverdue
	// ReasonInsolvency: the buyer is insolvent (beyond EDIFACT; stop
	// supply, Atradius glossary S).
	ReasonInsolvency
	// ReasonClaim: a claim was filed on the buyer (beyond EDIFACT; stop
	// supply, Atradius glossary S).
	ReasonClaim
	// ReasonCountry: cover on the buyer's country was withdrawn (beyond
	// EDIFACT; clause CP-countries).
	ReasonCountry
	// ReasonInsuredRequest: the insured asked for the reduction or the
	// cancellation (beyond EDIFACT; 4505 codes 6 and 7).
	ReasonInsuredRequest
	// ReasonLapsed: the named limit lapsed at the end of its validity and
	// was not requested again (beyond EDIFACT; see Lapse). CoverAt sets
	// it on the decision of a cover whose Gap is Lapsed; the insurer
	// does not send it.
	ReasonLapsed
)

var reasonNames = []string{
	ReasonInformationNotProvided: "informationNotProvided", ReasonNoInformation: "noInformation",
	ReasonOutOfBusiness: "outOfBusiness", ReasonNewCompany: "newCompany", ReasonNotRegistered: "notRegistered",
	ReasonNonTrading: "nonTrading", ReasonNoComment: "noComment", ReasonInsolvencyOnly: "insolvencyOnly",
	ReasonBillOfExchange: "billOfExchange", ReasonDocumentsAgainstAcceptance: "documentsAgainstAcceptance",
	ReasonDocumentsAgainstPayment: "documentsAgainstPayment", ReasonAdverseInformation: "adverseInformation",
	ReasonLimitFull: "limitFull", ReasonLackOfTurnover: "lackOfTurnover", ReasonOther: "other",
	ReasonOverdue: "overdue", ReasonInsolvency: "insolvency", ReasonClaim: "claim", ReasonCountry: "country",
	ReasonInsuredRequest: "insuredRequest", ReasonLapsed: "lapsed",
}

var reason4509 = []string{
	ReasonInformationNotProvided: "1", ReasonNoInformation: "2", ReasonOutOfBusiness: "3",
	ReasonNewCompany: "4", ReasonNotRegistered: "5", ReasonNonTrading: "6", ReasonNoComment: "7",
	ReasonInsolvencyOnly: "8", ReasonBillOfExchange: "9", ReasonDocumentsAgainstAcceptance: "10",
	ReasonDocumentsAgainstPayment: "11", ReasonAdverseInformation: "12", ReasonLimitFull: "13",
	ReasonLackOfTurnover: "14", ReasonOther: "15",
}

// String returns the reason's name ("adverseInformation", ...).
func (r DecisionReason) String() string { return enumString(reasonNames, int(r), "DecisionReason") }

// MarshalText implements encoding.TextMarshaler.
func (r DecisionReason) MarshalText() ([]byte, error) {
	return enumText(reasonNames, int(r), "Reason", "reason")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (r *DecisionReason) UnmarshalText(b []byte) error {
	i, err := enumParse(reasonNames, string(b), "reason")
	if err == nil {
		*r = DecisionReason(i)
	}
	return err
}

// EDIFACT4509 returns the reason's EDIFACT 4509 code, and false for a
// reason beyond EDIFACT.
func (r DecisionReason) EDIFACT4509() (string, bool) { return code(reason4509, int(r)) }

// ReasonFromEDIFACT4509 returns the reason of an EDIFACT 4509 code ("1" to
// "15"); another code is an error wrapping ErrUnknownCode.
func ReasonFromEDIFACT4509(c string) (DecisionReason, error) {
	i, err := enumParse(reason4509, c, "4509")
	return DecisionReason(i), err
}

func code(table []string, i int) (string, bool) {
	if i <= 0 || i >= len(table) || table[i] == "" {
		return "", false
	}
	return table[i], true
}

// InsurerWord is what an insurer's word for a limit or a cover means in
// this package's terms: the kind of decision it records (0 for covers that
// are not decisions, such as non-named cover) and the type of cover it
// gives.
type InsurerWord struct {
	// Insurer is the insurer's name as used by LookupWord.
	Insurer string
	// Word is the insurer's word.
	Word string
	// Kind is the decision it records; 0 when it is not an insurer's
	// decision (discretionary cover).
	Kind Kind
	// Cover is the type of cover it gives.
	Cover policy.CoverType
	// Source says where the word is documented.
	Source string
}

// insurerWords is the mapping table of insurers' words
// (the insurers' portals, APIs and glossaries named in each Source). Words
// marked [I] are this package's reading of product descriptions.
func insurerWords() []InsurerWord {
	const (
		coface   = "Coface, CofaServe API decision notifications"
		allianz  = "Allianz Trade API (requestTypeCode, policy extensions); Allianz Trade CH, CAP / CAP+"
		atradius = "Atradius Atrium limit types; Atradius glossary D"
		french   = "Hogesco glossary; Coface lexicon"
	)
	return []InsurerWord{
		{"Coface", "permanent", Agrement, policy.Named, coface},
		{"Coface", "temporary", Temporary, policy.Temporary, coface},
		{"Coface", "CAP", TopUp, policy.TopUp, coface},
		{"Coface", "CAP Plus", TopUp, policy.TopUp, coface},
		{"Coface", "non-named", 0, policy.Discretionary, coface},
		{"Allianz Trade", "Primary", Agrement, policy.Named, allianz},
		{"Allianz Trade", "DCL", 0, policy.Discretionary, allianz},
		{"Allianz Trade", "CAP", TopUp, policy.TopUp, allianz},
		{"Allianz Trade", "CAP+", TopUp, policy.TopUp, allianz},
		{"Atradius", "credit limit", Agrement, policy.Named, atradius},
		{"Atradius", "credit check", AccordExpress, policy.AccordExpress, atradius + " [I]: an instant decision for a fixed amount"},
		{"Atradius", "start cover", StartCover, policy.Named, atradius},
		{"Atradius", "DCL", 0, policy.Discretionary, atradius},
		{"", "agrément", Agrement, policy.Named, french},
		{"", "accord express", AccordExpress, policy.AccordExpress, french},
		{"", "refus", Refusal, policy.NoCover, french},
		{"", "non-dénommé", 0, policy.Discretionary, french},
	}
}

// InsurerWords returns the mapping table of insurers' words (a new slice
// each call). Insurer "" holds the French market words common to all.
func InsurerWords() []InsurerWord { return insurerWords() }

// LookupWord returns what insurer's word means; the insurer and the word
// are matched without regard to case, and the French market words (insurer
// "") match for every insurer. An unknown word is an error wrapping
// ErrUnknownCode.
func LookupWord(insurer, word string) (InsurerWord, error) {
	for _, w := range insurerWords() {
		if (w.Insurer == "" || strings.EqualFold(w.Insurer, insurer)) && strings.EqualFold(w.Word, word) {
			return w, nil
		}
	}
	return InsurerWord{}, policy.NewRuleError(ErrUnknownCode, policy.Clause{}, "word", insurer+": "+word)
}
