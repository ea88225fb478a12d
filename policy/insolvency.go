package policy

// InsolvencyTerms are the numbers of the particular conditions on the
// indemnity of a loss in insolvency proceedings, where the claim is
// verified and admitted by the court long after the judgment opens them.
// Wordings differ: older French wordings pay "dans le mois suivant le jour
// où l'assureur a eu connaissance de l'admission officielle de la
// créance au passif du débiteur", some with "un acompte équivalent à 70 %
// de l'indemnisation"
// (http://www.e-assurance-credit.com/assurance-credit/assurance-credit-indemnisation.php);
// others pay on the date of loss with no admission needed (Atradius UK,
// "we'll be able to ... notify you of the claim amount to be paid within 30
// days"). Its zero value is the latter: the indemnity is due
// Terms.IndemnityDays after the date of loss and no advance is paid.
type InsolvencyTerms struct {
	// AdvanceRate is the part of the indemnity paid as an advance
	// (acompte) on the ordinary due date, before the admission; zero: no
	// advance. It needs IndemnityAfterAdmission set (the balance is paid
	// after the admission).
	AdvanceRate Rate `json:"advanceRate,omitzero"`
	// IndemnityAfterAdmission: the indemnity (or its balance after the
	// advance) is due this long after the admission of the claim in the
	// proceedings; not set: the admission plays no part.
	IndemnityAfterAdmission TimeLimit `json:"indemnityDaysAfterAdmission,omitzero"`
}

// IsZero reports whether the terms set nothing.
func (t InsolvencyTerms) IsZero() bool {
	return t.AdvanceRate.IsZero() && !t.IndemnityAfterAdmission.IsSet()
}

// clauseInsolvency is the clause of InsolvencyTerms.
var clauseInsolvency = Clause{ID: "CP-indemnity-after-admission", Source: "Conditions particulières: the indemnity of a loss in insolvency paid after the admission of the claim, with an advance before"}

// check reports the problems of the insolvency terms into c: an advance
// rate above 1, or an advance without a delay after the admission (the
// balance would have no date).
func (t InsolvencyTerms) check(c *checker) {
	c.fraction(clauseInsolvency, "insolvency.advanceRate", t.AdvanceRate)
	if !t.AdvanceRate.IsZero() && !t.IndemnityAfterAdmission.IsSet() {
		c.add(ErrInconsistent, clauseInsolvency, "insolvency.advanceRate", t.AdvanceRate.String()+" without indemnityDaysAfterAdmission")
	}
}
