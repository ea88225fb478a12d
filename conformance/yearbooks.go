package conformance

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// claimsYearBooksInput is the input of claimsYearBooks (FORMAT.md
// claims.yearBooks): claims.book's policy, options and asOf shared by the
// books, the year, and the books (claims.book inputs without the shared
// fields).
type claimsYearBooksInput struct {
	Policy  *bookPolicyIn      `json:"policy"`
	Options *bookOptionsIn     `json:"options"`
	AsOf    *string            `json:"asOf"`
	Year    *yearIn            `json:"year"`
	Books   *[]claimsBookInput `json:"books"`
}

// yearIn is claims.yearBooks' year.
type yearIn struct {
	Start              *string `json:"start"`
	End                *string `json:"end"`
	AggregateFirstLoss *string `json:"aggregateFirstLoss"`
	MaxLiability       *string `json:"maxLiability"`
	Attribution        *string `json:"attribution"`
}

// yearBooksRaw is claimsYearBooksInput as it is first decoded: the shared
// fields and the books kept as JSON, each book then decoded with them as
// one claims.book input.
type yearBooksRaw struct {
	Policy  json.RawMessage               `json:"policy"`
	Options json.RawMessage               `json:"options"`
	AsOf    *string                       `json:"asOf"`
	Year    *yearIn                       `json:"year"`
	Books   *[]map[string]json.RawMessage `json:"books"`
}

// claimsYearBooks is FORMAT.md claims.yearBooks: the books read as
// claims.book reads one, filed in one insurance year by claims.Year's
// Portfolio.
func claimsYearBooks(raw json.RawMessage) (any, error) {
	var in yearBooksRaw
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	if in.Books == nil {
		return nil, missing("books")
	}
	asOf, err := date("asOf", in.AsOf)
	if err != nil {
		return nil, err
	}
	asOfRaw, _ := json.Marshal(*in.AsOf) // a string
	var terms policy.Terms
	var opts claims.BookOptions
	books := make([]claims.BuyerBook, len(*in.Books))
	for i, obj := range *in.Books {
		f := "books[" + strconv.Itoa(i) + "]"
		for _, shared := range []struct {
			key string
			v   json.RawMessage
		}{{"policy", in.Policy}, {"options", in.Options}, {"asOf", asOfRaw}} {
			if _, own := obj[shared.key]; own {
				return nil, invalid(f+"."+shared.key, "given once for every book")
			}
			if shared.v != nil {
				obj[shared.key] = shared.v
			}
		}
		merged, err := json.Marshal(obj)
		if err != nil {
			return nil, err
		}
		var bi claimsBookInput
		if err := decodeInput(merged, &bi); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		t, b, _, err := bi.book()
		if err != nil {
			return nil, inBook(f, err)
		}
		if i == 0 {
			terms = t
			if opts, err = bi.Options.bookOptions(); err != nil {
				return nil, err
			}
		}
		books[i] = b
	}
	if len(books) == 0 {
		return nil, missing("books[0]")
	}
	var yo claims.YearOptions
	if y := in.Year; y != nil {
		if yo.Start, err = optDate(y.Start); err != nil {
			return nil, err
		}
		if yo.End, err = optDate(y.End); err != nil {
			return nil, err
		}
		if terms.AggregateFirstLoss, err = optAmount("year.aggregateFirstLoss", y.AggregateFirstLoss); err != nil {
			return nil, err
		}
		if terms.MaxLiability.Amount, err = optAmount("year.maxLiability", y.MaxLiability); err != nil {
			return nil, err
		}
		if y.Attribution != nil {
			if yo.Attribution, err = claims.ParseYearAttribution(*y.Attribution); err != nil {
				return nil, policy.PrefixField("year", err)
			}
		}
	}
	year, err := claims.NewYear(terms, yo)
	if err != nil {
		return nil, err
	}
	rep, next, err := year.Portfolio(terms, books, asOf, claims.PortfolioOptions{Book: opts})
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(rep.Buyers))
	for i, r := range rep.Buyers {
		o := bookOut(r.Book)
		used := policy.Zero(terms.Currency)
		for _, l := range r.Book.Layers {
			used, _ = used.Add(l.Breakdown.FirstLossUsed)
		}
		o["filed"], o["aggregateFirstLossUsed"] = year.Places(books[i].Ledger, r.Book), used.String()
		out[i] = o
	}
	res := map[string]any{"books": out, "indemnitiesPaid": next.IndemnitiesPaid().String(), "claims": next.Claims()}
	if a := next.FirstLossRemaining(); !a.Currency().IsZero() {
		res["aggregateFirstLossRemaining"] = a.String()
	}
	if a := next.LiabilityRemaining(); !a.Currency().IsZero() {
		res["maxLiabilityRemaining"] = a.String()
	}
	return res, nil
}

// inBook names an error of a book from books[i], except one of the shared
// policy, options or asOf, named from the input's root.
func inBook(book string, err error) error {
	var re *policy.RuleError
	if !errors.As(err, &re) {
		return fmt.Errorf("%s: %w", book, err)
	}
	for _, shared := range []string{"policy", "options", "asOf"} {
		if re.Field == shared || strings.HasPrefix(re.Field, shared+".") || strings.HasPrefix(re.Field, shared+"[") {
			return err
		}
	}
	return policy.PrefixField(book, err)
}
