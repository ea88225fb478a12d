package conformance

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// The extensions of due dates and payment plans of claims.book (FORMAT.md),
// and its policy's extensionClaimDays.

// extensionIn is an extension of a due date as the vectors write it.
type extensionIn struct {
	Invoice     *string `json:"invoice"`
	NewDueDate  *string `json:"newDueDate"`
	GrantedDate *string `json:"grantedDate"`
	Insurer     *string `json:"insurer"`
	InsurerDate *string `json:"insurerDate"`
}

// paymentPlanIn is a payment plan as the vectors write it.
type paymentPlanIn struct {
	Invoices    *[]string `json:"invoices"`
	Date        *string   `json:"date"`
	Instalments *[]struct {
		Date   *string `json:"date"`
		Amount *string `json:"amount"`
	} `json:"instalments"`
	Insurer     *string `json:"insurer"`
	InsurerDate *string `json:"insurerDate"`
}

// reliefIn are claims.book's extensions and payment plans.
type reliefIn struct {
	Extensions   *[]extensionIn   `json:"extensions"`
	PaymentPlans *[]paymentPlanIn `json:"paymentPlans"`
}

// reliefPolicyIn is claims.book's policy field of extensions.
type reliefPolicyIn struct {
	ExtensionClaimDays *int `json:"extensionClaimDays"`
}

// read sets the extensions and plans on l and the claim's time limit on t.
func (in reliefIn) read(l *claims.Ledger, t *policy.Terms, p reliefPolicyIn) error {
	if err := relief(l, in.Extensions, in.PaymentPlans); err != nil {
		return err
	}
	return extensionClaimDays(t, p.ExtensionClaimDays)
}

// defaultExtensionClaimDays is FORMAT.md's default of
// policy.extensionClaimDays: "En cas de refus de l'assureur, l'assuré à
// l'obligation de ne plus livrer et à 90 jours pour remettre le dossier en
// sinistre" (assurance-credit-entreprise.fr, prorogation d'échéance).
const defaultExtensionClaimDays = 90

// extensionClaimDays sets t.ExtensionClaimDays from the vector's value, or
// FORMAT.md's default when it is absent.
func extensionClaimDays(t *policy.Terms, n *int) (err error) {
	days := defaultExtensionClaimDays
	if n != nil {
		days = *n
	}
	t.ExtensionClaimDays, err = limit("policy.extensionClaimDays", &days, calendar.Days)
	return err
}

// answer reads an insurer's answer and its date; the answer defaults to
// notAsked.
func answer(field string, s, on *string) (claims.Agreement, calendar.Date, error) {
	var a claims.Agreement
	if s != nil {
		if err := a.UnmarshalText([]byte(*s)); err != nil {
			return a, calendar.Date{}, invalid(field+"insurer", *s)
		}
	}
	d, err := optDate(on)
	return a, d, err
}

// relief reads the extensions and payment plans onto the ledger; the SDK
// checks them (claims.Extension, claims.PaymentPlan).
func relief(l *claims.Ledger, exts *[]extensionIn, plans *[]paymentPlanIn) error {
	var err error
	if exts != nil {
		for i, x := range *exts {
			f := "extensions[" + strconv.Itoa(i) + "]."
			var e claims.Extension
			if x.Invoice == nil {
				return missing(f + "invoice")
			}
			e.Invoice = *x.Invoice
			if e.NewDueDate, err = date(f+"newDueDate", x.NewDueDate); err != nil {
				return err
			}
			if e.Granted, err = date(f+"grantedDate", x.GrantedDate); err != nil {
				return err
			}
			if e.Insurer, e.InsurerDate, err = answer(f, x.Insurer, x.InsurerDate); err != nil {
				return err
			}
			l.Extensions = append(l.Extensions, e)
		}
	}
	if plans != nil {
		for i, x := range *plans {
			f := "paymentPlans[" + strconv.Itoa(i) + "]."
			var p claims.PaymentPlan
			if x.Invoices == nil {
				return missing(f + "invoices")
			}
			p.Invoices = *x.Invoices
			if p.Date, err = date(f+"date", x.Date); err != nil {
				return err
			}
			if x.Instalments == nil {
				return missing(f + "instalments")
			}
			for k, in := range *x.Instalments {
				g := f + "instalments[" + strconv.Itoa(k) + "]."
				var y claims.Instalment
				if y.Date, err = date(g+"date", in.Date); err != nil {
					return err
				}
				if y.Amount, err = nonNegative(g+"amount", in.Amount); err != nil {
					return err
				}
				p.Instalments = append(p.Instalments, y)
			}
			if p.Insurer, p.InsurerDate, err = answer(f, x.Insurer, x.InsurerDate); err != nil {
				return err
			}
			l.PaymentPlans = append(l.PaymentPlans, p)
		}
	}
	return nil
}
