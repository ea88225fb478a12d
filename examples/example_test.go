package examples_test

import (
	"fmt"
	"os"

	"github.com/creditins/creditins/examples"
)

// An SME signs a simplified policy: retroactive covers, accord express, agrément, discretionary cover, headroom and alerts.
func ExampleSMEPolicy() {
	if err := examples.SMEPolicy(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// An SME signs a simplified policy
	// ================================
	// Ferrand SAS, policy SME-2025-0142: signed 2025-01-20, effective 2025-01-01 to 2025-12-31.
	// Covers given within 30d of the signature (by 2025-02-19) apply from the effective date.
	// Quotité (insured percentage, excluding tax): 90 % for named buyers, 60 % for discretionary cover up to EUR 5000.00.
	//
	// The insurer's decisions
	// -----------------------
	//   buyer                decision          amount        dated       covers from  retroactive
	//   -----                --------          ------        -----       -----------  -----------
	//   Boulangeries Martin  accord express    EUR 10000.00  2025-02-10  2025-01-01   yes
	//   Dupont Industrie     agrément          EUR 80000.00  2025-03-04  2025-03-04   no
	//   Café Lemoine         none (not named)  -             -           -            -
	// Café Lemoine qualifies for discretionary cover by the rule "Allianz Trade self-check: payment experience": yes.
	//
	// Which cover applies to each delivery
	// ------------------------------------
	//   buyer                delivered   cover           insured up to  quotité  why
	//   -----                ---------   -----           -------------  -------  ---
	//   Boulangeries Martin  2025-01-15  accord express  EUR 10000.00   90 %     decision AE-5531 of 2025-02-10, retroactive
	//   Dupont Industrie     2025-02-20  none            EUR 0.00       -        no limit yet; not eligible for discretionary cover
	//   Dupont Industrie     2025-03-04  agrément        EUR 80000.00   90 %     decision AG-2207
	//   Café Lemoine         2025-03-12  discretionary   EUR 5000.00    60 %     the insured's own assessment
	//
	// Dupont Industrie on 2025-06-16: headroom before each delivery
	// -------------------------------------------------------------
	// Insured amount EUR 80000.00 (agrément); exposure excluding tax EUR 52000.00:
	//   open invoices EUR 42000.00, draft invoices EUR 4000.00, orders not yet invoiced EUR 6000.00
	//   (order ORD-7 counts only for the part its draft invoice DRAFT-7 does not bill).
	//   document          amount        exposure after  insured       uninsured    headroom      status  decision
	//   --------          ------        --------------  -------       ---------    --------      ------  --------
	//   order ORD-8       EUR 8000.00   EUR 60000.00    EUR 60000.00  EUR 0.00     EUR 20000.00  ok      deliver
	//   credit note AV-3  EUR -3000.00  EUR 57000.00    EUR 57000.00  EUR 0.00     EUR 23000.00  ok      issue
	//   order ORD-9       EUR 9000.00   EUR 66000.00    EUR 66000.00  EUR 0.00     EUR 14000.00  warn    deliver
	//   order ORD-10      EUR 20000.00  EUR 86000.00    EUR 80000.00  EUR 6000.00  EUR 0.00      over    hold: ask for a higher limit
	// Warning at 80 % of the insured amount; a credit note lowers the exposure and is never held.
	//
	// Alerts on Dupont Industrie, 2025-06-16
	// --------------------------------------
	//   [approaching] exposure EUR 66000.00 approaches the insured amount EUR 80000.00, headroom EUR 14000.00 (CG-beyond-limit)
}

// A buyer stops paying: the clocks of the invoice, with nominal and final days, in three endings.
func ExampleUnpaidInvoice() {
	if err := examples.UnpaidInvoice(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// A buyer stops paying: the clocks of an unpaid invoice
	// =====================================================
	// Invoice F-2025-031 to Garage Roux: delivered 2025-02-28 Fri, invoiced 2025-03-10 Mon at 60 days net, due 2025-05-09 Fri.
	// Policy: invoicing within 30d, maximum credit term 90d, DMS 30d after the due date,
	// waiting period (délai de carence) 5m, indemnity 30d after the date of loss; limits counted fr-civil.
	//
	// 1. The DMS is filed on its final day (read on 2025-12-15)
	// ---------------------------------------------------------
	//   clock                          from        period  nominal         final           act                  status
	//   -----                          ----        ------  -------         -----           ---                  ------
	//   invoicing (facturation)        2025-02-28  30d     2025-03-30 Sun  2025-03-31 Mon  invoiced 2025-03-10  met, last day moved (CPC 642)
	//   credit term (durée de crédit)  2025-03-10  90d     2025-06-08 Sun  2025-06-08 Sun  due 2025-05-09       met
	//   DMS (menace de sinistre)       2025-05-09  30d     2025-06-08 Sun  2025-06-10 Tue  filed 2025-06-10     met, last day moved (CPC 642)
	//   waiting (carence)              2025-06-10  5m      2025-11-10 Mon  2025-11-10 Mon  -                    unpaid at its end: loss
	//   indemnity (ordonnancement)     2025-11-10  30d     2025-12-10 Wed  2025-12-10 Wed  paid 2025-12-05      met
	// Date of loss 2025-11-10 (protractedDefault): still unpaid at the end of the waiting period; indemnity due by 2025-12-10.
	//
	//                   Mar   Apr   May   Jun   Jul   Aug    Sep   Oct   Nov   Dec
	// invoicing         [=*===]
	// credit term         [===========]
	// DMS                             [=====*
	// waiting period                        [==============================]
	// indemnity                                                            [====*]
	//                   [ start  = running  ] last day  * act  X insolvency  (one column = 5 days)
	//
	// 2. The DMS is filed one day late (read on 2025-06-20)
	// -----------------------------------------------------
	//   clock                          from        period  nominal         final           act                  status
	//   -----                          ----        ------  -------         -----           ---                  ------
	//   invoicing (facturation)        2025-02-28  30d     2025-03-30 Sun  2025-03-31 Mon  invoiced 2025-03-10  met, last day moved (CPC 642)
	//   credit term (durée de crédit)  2025-03-10  90d     2025-06-08 Sun  2025-06-08 Sun  due 2025-05-09       met
	//   DMS (menace de sinistre)       2025-05-09  30d     2025-06-08 Sun  2025-06-10 Tue  filed 2025-06-11     missed, last day moved (CPC 642)
	// The DMS was due by 2025-06-10 and filed on 2025-06-11: the deadline is missed.
	// Where the policy's wording forfeits the cover (claims.Options.ForfeitOnLateNotice), the
	// invoice is out of the loss (late-notice, CP-overdue-notice-forfeit): insured loss EUR 0.00,
	// no indemnity. By default the SDK only reports the late DMS: the sanction is the policy's
	// own wording (Code des assurances L111-1 takes credit insurance out of L113-2).
	//
	//                   Mar   Apr   May   Jun
	// invoicing         [=*===]
	// credit term         [===========]
	// DMS                             [=====*
	//                   [ start  = running  ] last day  * act  X insolvency  (one column = 5 days)
	//
	// 3. Insolvency during the waiting period (read on 2025-08-29)
	// ------------------------------------------------------------
	//   clock                          from        period  nominal         final           act                  status
	//   -----                          ----        ------  -------         -----           ---                  ------
	//   invoicing (facturation)        2025-02-28  30d     2025-03-30 Sun  2025-03-31 Mon  invoiced 2025-03-10  met, last day moved (CPC 642)
	//   credit term (durée de crédit)  2025-03-10  90d     2025-06-08 Sun  2025-06-08 Sun  due 2025-05-09       met
	//   DMS (menace de sinistre)       2025-05-09  30d     2025-06-08 Sun  2025-06-10 Tue  filed 2025-06-02     met, last day moved (CPC 642)
	//   waiting (carence)              2025-06-02  5m      2025-11-02 Sun  2025-11-02 Sun  -                    cut short by insolvency 2025-07-21
	//   indemnity (ordonnancement)     2025-07-21  30d     2025-08-20 Wed  2025-08-20 Wed  paid 2025-08-14      met
	// Date of loss 2025-07-21 (insolvency): insolvency proceedings opened before the waiting period ended
	// (2025-11-02), so the indemnity is due by 2025-08-20 instead of waiting.
	//
	//                   Mar   Apr   May   Jun   Jul   Aug    Sep   Oct   Nov
	// invoicing         [=*===]
	// credit term         [===========]
	// DMS                             [===*=]
	// waiting period                      [=========X====================]
	// indemnity                                     [====*]
	//                   [ start  = running  ] last day  * act  X insolvency  (one column = 5 days)
}

// The insured loss from a buyer's ledger and the indemnity at 90 % of the amount excluding tax, with the traces.
func ExampleLossAndIndemnity() {
	if err := examples.LossAndIndemnity(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// The insured loss and the indemnity
	// ==================================
	// Menuiserie Valette: agrément EUR 60000.00; 20 % VAT; payment at 60 days net.
	//
	// The ledger
	// ----------
	//   invoice  delivered   invoiced    due         excl. tax     VAT          incl. tax     note
	//   -------  ---------   --------    ---         ---------     ---          ---------     ----
	//   F-101    2025-06-02  2025-06-05  2025-08-04  EUR 18000.00  EUR 3600.00  EUR 21600.00
	//   F-102    2025-06-20  2025-06-25  2025-08-24  EUR 25000.00  EUR 5000.00  EUR 30000.00
	//   F-103    2025-07-10  2025-07-15  2025-09-13  EUR 15000.00  EUR 3000.00  EUR 18000.00
	//   F-104    2025-07-28  2025-07-31  2025-09-29  EUR 8000.00   EUR 1600.00  EUR 9600.00   disputed: quality complaint
	//   F-105    2025-08-18  2025-09-26  2025-11-25  EUR 5000.00   EUR 1000.00  EUR 6000.00   invoiced 39 days after delivery
	//
	//   payment     amount        note
	//   -------     ------        ----
	//   2025-08-29  EUR 12000.00  buyer's remittance says "F-103"
	//   2025-09-19  EUR 15010.00
	//   2025-12-15  EUR 2000.00   first dividend from the liquidator
	//
	// The date of loss
	// ----------------
	// DMS filed 2025-08-28 (due by 2025-09-03: met); liquidation opened 2025-10-06.
	// Date of loss 2025-10-06 (insolvency); indemnity due by 2025-11-05.
	//
	// The loss statement on 2025-10-06
	// --------------------------------
	//   invoice  incl. tax     payments      open incl. tax  open excl. tax  insured
	//   -------  ---------     --------      --------------  --------------  -------
	//   F-101    EUR 21600.00  EUR 21600.00  EUR 0.00        EUR 0.00        yes
	//   F-102    EUR 30000.00  EUR 5410.00   EUR 24590.00    EUR 20491.67    yes
	//   F-103    EUR 18000.00  EUR 0.00      EUR 18000.00    EUR 15000.00    yes
	//   F-104    EUR 9600.00   EUR 0.00      EUR 9600.00     EUR 8000.00     no: disputed
	//   F-105    EUR 6000.00   EUR 0.00      EUR 6000.00     EUR 5000.00     no: late-invoice
	// Paid before the date of loss EUR 27010.00, left out (after it) EUR 2000.00.
	// Insured loss (excluding tax) EUR 35491.67; open but not insured EUR 13000.00.
	//
	// Trace:
	//   1. imputation to the oldest invoice: payments and account credits to 2025-10-06 EUR 27010.00 → allocated EUR 27010.00, unallocated EUR 0.00, later EUR 2000.00 left out [CG-imputation]
	//   2. invoice F-101: gross EUR 21600.00 − allocated EUR 21600.00 = open EUR 0.00 (net EUR 0.00) → insurable
	//   3. invoice F-102: gross EUR 30000.00 − allocated EUR 5410.00 = open EUR 24590.00 (net EUR 20491.67) → insurable
	//   4. invoice F-103: gross EUR 18000.00 − allocated EUR 0.00 = open EUR 18000.00 (net EUR 15000.00) → insurable
	//   5. invoice F-104: gross EUR 9600.00 − allocated EUR 0.00 = open EUR 9600.00 (net EUR 8000.00) → excluded: disputed [CG-disputed]
	//   6. invoice F-105: gross EUR 6000.00 − allocated EUR 0.00 = open EUR 6000.00 (net EUR 5000.00) → excluded: late-invoice [CP-invoicing-period]
	//   7. insured loss: open amounts excluding tax → EUR 35491.67 (uninsured EUR 13000.00) [CP-vat]
	//
	// The indemnity
	// -------------
	//   step                                                               amount
	//   ----                                                               ------
	//   insured loss, excluding tax, within the agrément at each delivery  EUR 35491.67
	//   × quotité 90 %                                                     EUR 31942.50
	//   indemnity, due by 2025-11-05                                       EUR 31942.50
	//   borne by the insured (its retention)                               EUR 3549.17
	//
	// Trace:
	//   1. capped loss: min(loss EUR 35491.67, limit EUR 35491.67) → EUR 35491.67 [CP-credit-limit]
	//   2. claim threshold: no threshold → EUR 35491.67 [CP-claim-threshold]
	//   3. quotité: EUR 35491.67 × 90 % (named), rounded halfAwayFromZero → EUR 31942.50 [CP-quotite]
	//   4. deductible: max(0, EUR 31942.50 − none) → EUR 31942.50 [CP-deductible]
	//   5. aggregate first loss: max(0, EUR 31942.50 − remaining none) → EUR 31942.50 (counts EUR 0.00) [CP-aggregate-first-loss]
	//   6. maximum liability: min(EUR 31942.50, remaining none) → EUR 31942.50 [CP-maximum-liability]
	//   7. retained by the insured: loss EUR 35491.67 − indemnity EUR 31942.50 → EUR 3549.17
	//   8. loss payee: the insured [CP-loss-payee]
	//
	// After the indemnity: the liquidator's dividend
	// ----------------------------------------------
	// EUR 2000.00 received on 2025-12-15 is shared pro rata of what each bore of the whole loss EUR 48491.67:
	//   insurer EUR 1317.44 (it paid EUR 31942.50), insured EUR 682.56.
}

// The year's premium France / export with a minimum premium, the adjustment and fees, and a flat-rate offer.
func ExampleYearPremium() {
	if err := examples.YearPremium(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// The year's premium
	// ==================
	// Ferrand SAS, policy GL-2025-0088, insurance year 2025-01-01 to 2025-12-31.
	//   country group  premium rate  insurance tax
	//   -------------  ------------  -------------
	//   domestic       0.28 %        9 %
	//   export         0.45 %        0 %
	// Minimum premium EUR 6000.00; fees: limit request (frais d'étude) EUR 120.00 each, buyer monitoring (frais de surveillance) EUR 45.00 each.
	//
	// Provisional premium: the minimum, invoiced in advance
	// -----------------------------------------------------
	//   invoiced on  amount
	//   -----------  ------
	//   2025-01-01   EUR 1500.00
	//   2025-04-01   EUR 1500.00
	//   2025-07-01   EUR 1500.00
	//   2025-10-01   EUR 1500.00
	//
	// Turnover declared, excluding tax
	// --------------------------------
	//   quarter                   declare by  domestic       export
	//   -------                   ----------  --------       ------
	//   2025-01-01 to 2025-03-31  2025-04-30  EUR 380000.00  EUR 90000.00
	//   2025-04-01 to 2025-06-30  2025-07-30  EUR 425000.00  EUR 120000.00
	//   2025-07-01 to 2025-09-30  2025-10-30  EUR 360000.00  EUR 95000.00
	//   2025-10-01 to 2025-12-31  2026-01-30  EUR 485000.00  EUR 115000.00
	//
	// The premium of the year
	// -----------------------
	//   line                                           base            rate    amount
	//   ----                                           ----            ----    ------
	//   premium domestic                               EUR 1650000.00  0.28 %  EUR 4620.00
	//   premium export                                 EUR 420000.00   0.45 %  EUR 1890.00
	//   premium on turnover                                                    EUR 6510.00
	//   minimum premium (not reached)                                          EUR 6000.00
	//   final premium                                                          EUR 6510.00
	//   instalments already paid                                               EUR 6000.00
	//   adjustment (régularisation)                                            EUR 510.00
	//   fee: limit request (frais d'étude)             EUR 120.00 × 6          EUR 720.00
	//   fee: buyer monitoring (frais de surveillance)  EUR 45.00 × 18          EUR 810.00
	//   total excluding tax                                                    EUR 8040.00
	//   insurance tax on domestic                      EUR 4620.00     9 %     EUR 415.80
	//   insurance tax on export                        EUR 1890.00     0 %     EUR 0.00
	//   total including tax                                                    EUR 8455.80
	// Maximum liability of the year (limite de décaissement): 30 × EUR 6510.00 = EUR 195300.00.
	//
	// The same policy in a weaker year
	// --------------------------------
	//   line                                           base            rate    amount
	//   ----                                           ----            ----    ------
	//   premium domestic                               EUR 1100000.00  0.28 %  EUR 3080.00
	//   premium export                                 EUR 280000.00   0.45 %  EUR 1260.00
	//   premium on turnover                                                    EUR 4340.00
	//   minimum premium (applies)                                              EUR 6000.00
	//   final premium                                                          EUR 6000.00
	//   instalments already paid                                               EUR 6000.00
	//   adjustment (régularisation)                                            EUR 0.00
	//   fee: limit request (frais d'étude)             EUR 120.00 × 6          EUR 720.00
	//   fee: buyer monitoring (frais de surveillance)  EUR 45.00 × 18          EUR 810.00
	//   total excluding tax                                                    EUR 7530.00
	//   insurance tax on domestic                      EUR 4258.07     9 %     EUR 383.23
	//   insurance tax on export                        EUR 1741.93     0 %     EUR 0.00
	//   total including tax                                                    EUR 7913.23
	//
	// The same firm on a flat-rate offer
	// ----------------------------------
	//   sector     turnover                          buyers    yearly price  cap per buyer  cap per year
	//   ------     --------                          ------    ------------  -------------  ------------
	//   wholesale  [EUR 0.00, EUR 1000000.00)        [1, 20]   EUR 3900.00   EUR 50000.00   EUR 150000.00
	//   wholesale  [EUR 1000000.00, EUR 3000000.00)  [1, 20]   EUR 7200.00   EUR 80000.00   EUR 250000.00
	//   wholesale  [EUR 1000000.00, EUR 3000000.00)  [21, 50]  EUR 9800.00   EUR 80000.00   EUR 300000.00
	// Ferrand SAS: wholesale, turnover EUR 2070000.00, 18 buyers to cover → band 2: EUR 7200.00 a year, fees included.
	// Classic policy this year: EUR 8040.00 excluding tax (premium and fees), EUR 8455.80 with the tax.
	// The price includes less: the offer caps the indemnities. EUR 95000.00 owed on one buyer, after
	// EUR 200000.00 already paid this year:
	//   1. per-buyer cap: min(indemnity, max(0, EUR 80000.00 − paid EUR 0.00)) → EUR 80000.00 [CP-flat-rate]
	//   2. per-year cap: min(indemnity, max(0, EUR 250000.00 − paid EUR 200000.00)) → EUR 50000.00 [CP-flat-rate]
}

// Factoring: the factor finances the insured invoices only and receives the indemnity.
func ExampleFactoring() {
	if err := examples.Factoring(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Factoring: the factor as loss payee
	// ===================================
	// Ferrand SAS delegates its credit insurance to Factor Atlantique from 2025-04-01 (délégation de police):
	// indemnities are paid to the factor, and the factor finances only what the insurer covers.
	//
	// Invoices handed over on 2025-05-02 (amounts excluding tax)
	// ----------------------------------------------------------
	//   invoice  buyer                amount        cover                        insured part  quotité  advance       why
	//   -------  -----                ------        -----                        ------------  -------  -------       ---
	//   F-201    Dupont Industrie     EUR 30000.00  agrément EUR 80000.00        EUR 30000.00  90 %     EUR 27000.00  covered
	//   F-202    Dupont Industrie     EUR 35000.00  agrément EUR 80000.00        EUR 35000.00  90 %     EUR 31500.00  covered
	//   F-203    Dupont Industrie     EUR 25000.00  agrément EUR 80000.00        EUR 15000.00  90 %     EUR 13500.00  above the limit: EUR 10000.00 uninsured
	//   F-204    Boulangeries Martin  EUR 6000.00   accord express EUR 10000.00  EUR 6000.00   90 %     EUR 5400.00   covered
	//   F-205    Boulangeries Martin  EUR 7000.00   accord express EUR 10000.00  EUR 4000.00   90 %     EUR 3600.00   above the limit: EUR 3000.00 uninsured
	//   F-206    Café Lemoine         EUR 3000.00   discretionary EUR 5000.00    EUR 0.00      60 %     EUR 0.00      discretionary cover: not financed
	//   F-207    Société Nouvelle     EUR 12000.00  none                         EUR 0.00      -        EUR 0.00      no cover (refused RF-0917): not financed
	// Handed over EUR 118000.00; advanced by the factor EUR 81000.00.
	//
	// Dupont Industrie goes into receivership on 2025-07-07
	// -----------------------------------------------------
	//   claim                                                  amount
	//   -----                                                  ------
	//   open, excluding tax                                    EUR 90000.00
	//   insured within the agrément in force at each delivery  EUR 80000.00
	//   indemnity at 90 %, due 2025-08-06                      EUR 72000.00
	//   paid to                                                Factor Atlantique
	//   advanced by the factor on this buyer                   EUR 72000.00
	// The indemnity repays the factor's advance; the uninsured part of the invoices stays Ferrand's risk.
}

// Sales commissions secured: the insured part of each salesperson's sales and the commission at risk.
func ExampleCommissions() {
	if err := examples.Commissions(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Sales commissions secured by credit insurance
	// =============================================
	// Commission 4 % of invoiced sales excluding tax, second quarter of 2025, all still unpaid on 2025-06-30,
	// checked against each buyer's cover on that day.
	//
	// Sales by buyer
	// --------------
	//   salesperson  buyer                sales         cover                                insured part  insurer would pay  commission   at risk with cover
	//   -----------  -----                -----         -----                                ------------  -----------------  ----------   ------------------
	//   Claire       Dupont Industrie     EUR 64000.00  agrément EUR 80000.00 at 90 %        EUR 64000.00  EUR 57600.00       EUR 2560.00  EUR 256.00
	//   Claire       Boulangeries Martin  EUR 14500.00  accord express EUR 10000.00 at 90 %  EUR 10000.00  EUR 9000.00        EUR 580.00   EUR 220.00
	//   Karim        Café Lemoine         EUR 4200.00   discretionary EUR 5000.00 at 60 %    EUR 4200.00   EUR 2520.00        EUR 168.00   EUR 67.20
	//   Karim        Hôtel des Voyageurs  EUR 9000.00   discretionary EUR 5000.00 at 60 %    EUR 5000.00   EUR 3000.00        EUR 360.00   EUR 240.00
	//   Karim        Imprimerie Caron     EUR 21000.00  agrément EUR 25000.00 at 90 %        EUR 21000.00  EUR 18900.00       EUR 840.00   EUR 84.00
	//   Sophie       Société Nouvelle     EUR 12000.00  none (refused)                       EUR 0.00      EUR 0.00           EUR 480.00   EUR 480.00
	//   Sophie       Transports Michel    EUR 38000.00  agrément EUR 50000.00 at 90 %        EUR 38000.00  EUR 34200.00       EUR 1520.00  EUR 152.00
	//
	// By salesperson
	// --------------
	//   salesperson  sales         insured part  share insured  insurer would pay  commission at risk without cover  with cover
	//   -----------  -----         ------------  -------------  -----------------  --------------------------------  ----------
	//   Claire       EUR 78500.00  EUR 74000.00  94.3 %         EUR 66600.00       EUR 3140.00                       EUR 476.00
	//   Karim        EUR 34200.00  EUR 30200.00  88.3 %         EUR 24420.00       EUR 1368.00                       EUR 391.20
	//   Sophie       EUR 50000.00  EUR 38000.00  76.0 %         EUR 34200.00       EUR 2000.00                       EUR 632.00
	// Without cover the whole commission waits for the buyers' payments; with cover only the commission on
	// what the insurer would not pay (the part above a limit, the retention, uncovered buyers) is at risk.
}

// A limit reduced with 30 days' notice: which deliveries keep the old amount.
func ExampleLimitReduction() {
	if err := examples.LimitReduction(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// A limit reduced with 30 days' notice
	// ====================================
	// Laiterie Bodin sells to Supermarchés Arnaud. Its policy (GL-2025-0311) gives reductions and withdrawals
	// 30d notice: they take effect 30d after the insurer's decision.
	//
	// The decisions on the calendar
	// -----------------------------
	//   decision   kind      amount        dated       previous amount  reduction  in force from  reason
	//   --------   ----      ------        -----       ---------------  ---------  -------------  ------
	//   AG-7731    agrément  EUR 50000.00  2025-01-27  -                no         2025-01-27     -
	//   AG-7731-R  agrément  EUR 20000.00  2025-06-02  EUR 50000.00     yes        2025-07-02     adverseInformation
	//   RF-7731    refusal   EUR 0.00      2025-09-01  EUR 20000.00     yes        2025-10-01     overdue
	//
	// The credit manager's alerts on 2025-06-02
	// -----------------------------------------
	// Exposure: open invoices EUR 31000.00, orders EUR 6000.00.
	//   [reductionAhead] 2025-07-02: agrement AG-7731-R lowers the limit from EUR 50000.00 to EUR 20000.00 for deliveries from 2025-07-02
	//
	// Which deliveries keep the old amount
	// ------------------------------------
	//   delivered   cover           insured up to  decision in force  note
	//   ---------   -----           -------------  -----------------  ----
	//   2025-05-28  agrément        EUR 50000.00   AG-7731
	//   2025-06-02  agrément        EUR 50000.00   AG-7731            the day of the reduction
	//   2025-06-20  agrément        EUR 50000.00   AG-7731            during the notice: old amount
	//   2025-07-01  agrément        EUR 50000.00   AG-7731            last day of the notice
	//   2025-07-02  agrément        EUR 20000.00   AG-7731-R          the reduction takes effect
	//   2025-09-15  agrément        EUR 20000.00   AG-7731-R          during the notice of the withdrawal
	//   2025-10-01  none (refused)  EUR 0.00       RF-7731            the withdrawal takes effect
	// Receivables on deliveries made before a reduction takes effect stay insured up to the amount in force
	// on their delivery date; only later deliveries see the new amount.
}

// An exporter sells in dollars and pounds under a euro policy: the books in EUR with each rate, a political loss in Argentina, the claim under each conversion rule, the premium.
func ExampleExporter() {
	if err := examples.Exporter(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// An exporter's books in three currencies under a euro policy
	// ===========================================================
	// Lambert Optique SA, policy EXP-2025-0077 in EUR, 2025-01-01 to 2025-12-31.
	// Amounts in other currencies converted at the ECB reference rate of their date (rule invoiceDate, target days).
	// Quotités: named 90 %, political 95 %. Argentina: political waiting period 6m; cover withdrawn from 2025-04-08.
	//
	// ECB reference rates used (EUR 1 = x)
	// ------------------------------------
	//   date        USD     GBP
	//   ----        ---     ---
	//   2025-01-31  1.0393  0.83608
	//   2025-02-03  1.0274  0.83136
	//   2025-02-28  1.0411  -
	//   2025-03-03  -       0.8253
	//   2025-03-31  1.0815  -
	//   2025-04-15  1.1324  -
	//   2025-06-30  1.172   0.8555
	//   2025-08-29  1.1658  0.8668
	//   2025-09-30  1.1741  0.8734
	//   2025-10-07  1.1666  -
	//   2025-10-15  1.1622  -
	//   2025-12-31  1.175   0.8726
	//
	// The books read on 2025-10-15, in EUR
	// ------------------------------------
	//   buyer               country  invoice  in EUR        cover at delivery      insured
	//   -----               -------  -------  ------        -----------------      -------
	//   Harbor Instruments  US       H1       EUR 20586.72  agrément EUR 58399.84  EUR 20586.72
	//   Harbor Instruments  US       H2       EUR 15756.75  agrément EUR 58399.84  EUR 15756.75
	//   Kestrel Optics      GB       K1       EUR 18458.70  agrément EUR 36350.42  EUR 18458.70
	//   Kestrel Optics      GB       K2       EUR 14311.88  agrément EUR 36350.42  EUR 14311.88
	//   Óptica del Plata    AR       P1       EUR 19210.45  agrément EUR 45000.00  EUR 19210.45
	//   Óptica del Plata    AR       P2       EUR 13869.63  agrément EUR 45000.00  EUR 13869.63
	//   Óptica del Plata    AR       P3       EUR 7064.64   agrément EUR 45000.00  excluded: after-stop
	//   buyer               open          insured       new delivery           headroom      stop                  date of loss
	//   -----               ----          -------       ------------           --------      ----                  ------------
	//   Harbor Instruments  EUR 36343.47  EUR 36343.47  agrément EUR 58399.84  EUR 22056.37  -                     -
	//   Kestrel Optics      EUR 32770.58  EUR 32770.58  agrément EUR 36350.42  EUR 3579.84   -                     -
	//   Óptica del Plata    EUR 40144.72  EUR 33080.08  none EUR 0.00          EUR 0.00      2025-04-08 (country)  2025-10-07 (political)
	//
	// Harbor Instruments: each amount converted (the zero tax of the export invoices left out)
	//   1. conversion at the invoiceDate rate: USD 60000.00 ÷ EUR/USD 1.0274 on 2025-02-03 → EUR 58399.84 [CP-currency-conversion]
	//   2. conversion at the invoiceDate rate: USD 24000.00 ÷ EUR/USD 1.1658 on 2025-08-29 → EUR 20586.72 [CP-currency-conversion]
	//   3. conversion at the invoiceDate rate: USD 18500.00 ÷ EUR/USD 1.1741 on 2025-09-30 → EUR 15756.75 [CP-currency-conversion]
	//
	// Kestrel Optics: each amount converted (the zero tax of the export invoices left out)
	//   1. conversion at the invoiceDate rate: GBP 30000.00 ÷ EUR/GBP 0.8253 on 2025-03-03 → EUR 36350.42 [CP-currency-conversion]
	//   2. conversion at the invoiceDate rate: GBP 16000.00 ÷ EUR/GBP 0.8668 on 2025-08-29 → EUR 18458.70 [CP-currency-conversion]
	//   3. conversion at the invoiceDate rate: GBP 12500.00 ÷ EUR/GBP 0.8734 on 2025-09-30 → EUR 14311.88 [CP-currency-conversion]
	//
	// Óptica del Plata: each amount converted (the zero tax of the export invoices left out)
	//   1. conversion at the invoiceDate rate: USD 20000.00 ÷ EUR/USD 1.0411 on 2025-02-28 → EUR 19210.45 [CP-currency-conversion]
	//   2. conversion at the invoiceDate rate: USD 15000.00 ÷ EUR/USD 1.0815 on 2025-03-31 → EUR 13869.63 [CP-currency-conversion]
	//   3. conversion at the invoiceDate rate: USD 8000.00 ÷ EUR/USD 1.1324 on 2025-04-15 → EUR 7064.64 [CP-currency-conversion]
	//
	// The political loss of Óptica del Plata
	// --------------------------------------
	// Transfer moratorium on 2025-04-07; loss constituted on 2025-10-07; insured loss EUR 33080.08; indemnity EUR 31426.08 due on 2025-11-06.
	//   1. date of loss: read on 2025-10-15 → 2025-10-07 (political); view on 2025-10-07 [CG-date-of-loss]
	//   2. stop of cover: deliveries from 2025-04-08 not covered (country) [CP-countries]
	//   3. invoice P1: cover at delivery named EUR 45000.00, open EUR 19210.45 (net EUR 19210.45) → insured EUR 19210.45 [CG-credit-limit-ceiling]
	//   4. invoice P2: cover at delivery named EUR 45000.00, open EUR 13869.63 (net EUR 13869.63) → insured EUR 13869.63 [CG-credit-limit-ceiling]
	//   5. invoice P3: cover at delivery named EUR 45000.00, open EUR 7064.64 (net EUR 7064.64) → excluded: after-stop [CG-credit-limit-ceiling]
	//   6. layer at quotité 0.95: insured EUR 33080.08 → indemnity EUR 31426.08 [CP-quotite]
	//   7. new delivery: cover none EUR 0.00 → headroom EUR 0.00 [CG-credit-limit-ceiling]
	//
	// The same claim under each conversion rule
	// -----------------------------------------
	//   rule                rate of                             insured loss  indemnity
	//   ----                -------                             ------------  ---------
	//   invoiceDate         2025-02-28, 2025-03-31, 2025-04-15  EUR 33080.08  EUR 31426.08
	//   coverStartMonthEnd  2025-01-31                          EUR 33676.51  EUR 31992.68
	//   lossDate            2025-10-07                          EUR 30001.72  EUR 28501.63
	// The dollar fell against the euro in 2025: under the date-of-loss rule the exporter bears the fall,
	// under the invoice-date rule the insurer does.
	//
	// The premium of 2025
	// -------------------
	//   1. conversion at the invoiceDate rate: USD 310000.00 ÷ EUR/USD 1.172 on 2025-06-30 → EUR 264505.12 [CP-currency-conversion]
	//   2. conversion at the invoiceDate rate: USD 295000.00 ÷ EUR/USD 1.175 on 2025-12-31 → EUR 251063.83 [CP-currency-conversion]
	//   3. conversion at the invoiceDate rate: GBP 140000.00 ÷ EUR/GBP 0.8555 on 2025-06-30 → EUR 163646.99 [CP-currency-conversion]
	//   4. conversion at the invoiceDate rate: GBP 150000.00 ÷ EUR/GBP 0.8726 on 2025-12-31 → EUR 171900.07 [CP-currency-conversion]
	//   5. conversion at the invoiceDate rate: USD 43000.00 ÷ EUR/USD 1.172 on 2025-06-30 → EUR 36689.42 [CP-currency-conversion]
	//   group  turnover       rate    premium
	//   -----  --------       ----    -------
	//   US     EUR 515568.95  0.25 %  EUR 1288.92
	//   GB     EUR 335547.06  0.25 %  EUR 838.87
	//   AR     EUR 36689.42   0.8 %   EUR 293.52
	// Premium on turnover EUR 2421.31, minimum EUR 3000.00: the premium is EUR 3000.00 (export, no tax: total EUR 3000.00).
}

func ExampleInsuranceYear() {
	if err := examples.InsuranceYear(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// A year of Tissages Morel
	// ========================
	// Policy GL-2025-0520, 2025-01-01 to 2025-12-31: named buyers at 0.9, per-claim threshold EUR 500.00, aggregate first loss EUR 5000.00,
	// maximum liability EUR 300000.00; in insolvency 0.7 of the indemnity in advance, the balance 30d after the admission.
	//
	// The portfolio on 2025-12-31
	// ---------------------------
	//   buyer              open           insured        stop                   date of loss                  indemnity
	//   -----              ----           -------        ----                   ------------                  ---------
	//   Ateliers Roux      EUR 8000.00    EUR 8000.00    -                      -                             -
	//   Confection Blanc   EUR 10000.00   EUR 10000.00   -                      -                             -
	//   Mode Garnier       EUR 4000.00    EUR 4000.00    -                      -                             -
	//   Textiles Petit     EUR 16000.00   EUR 16000.00   2025-05-02 notice      2025-10-02 protractedDefault  EUR 14400.00
	//   Habillement Leroy  EUR 27000.00   EUR 27000.00   2025-07-21 insolvency  2025-07-21 insolvency         EUR 19300.00
	//   Sport Mercier      EUR 15000.00   EUR 12000.00   2025-05-15 notice      2025-10-15 protractedDefault  EUR 10800.00
	//   34 other buyers    EUR 127500.00  EUR 127500.00  -                      -                             -
	//   all 40 buyers      EUR 207500.00  EUR 204500.00
	//
	// Extensions and the payment plan
	// -------------------------------
	// Ateliers Roux: invoice R1 extended on 2025-04-25 to 2025-06-20, insurer notAsked.
	// Confection Blanc: invoice B1 extended on 2025-08-20 to 2025-10-15, insurer agreed.
	// Mode Garnier: plan of 2025-08-05 for [G1], 3 instalments, the last on 2025-09-26, insurer notAsked.
	// Had Confection Blanc's extension not been agreed, cover would have stopped on 2025-09-03 (mep): insured EUR 0.00 instead of EUR 10000.00.
	//
	// The claims of the year, in order of their dates of loss
	// -------------------------------------------------------
	//   buyer              date of loss  cause              insured       × quotité     first loss used  indemnity     due
	//   -----              ------------  -----              -------       ---------     ---------------  ---------     ---
	//   Habillement Leroy  2025-07-21    insolvency         EUR 27000.00  EUR 24300.00  EUR 5000.00      EUR 19300.00  2025-12-14
	//   Textiles Petit     2025-10-02    protractedDefault  EUR 16000.00  EUR 14400.00  EUR 0.00         EUR 14400.00  2025-11-01
	//   Sport Mercier      2025-10-15    protractedDefault  EUR 12000.00  EUR 10800.00  EUR 0.00         EUR 10800.00  2025-11-14
	// Habillement Leroy: goods taken back under retention of title, EUR 5000.00, deducted from invoice L2.
	//   declaration of the claim by 2025-09-30 (met), revendication by 2025-10-31 (met);
	//   advance EUR 13510.00 due 2025-08-20, balance EUR 5790.00 due 2025-12-14.
	//
	// A recovery
	// ----------
	// Textiles Petit pays EUR 4000.00 on 2025-12-10: collection fee EUR 180.00, net EUR 3820.00, insurer EUR 3438.00, insured EUR 382.00.
	//
	// The year's account
	// ------------------
	//   item                       value
	//   ----                       -----
	//   claims                     3
	//   indemnities                EUR 44500.00
	//   recovered by the insurer   EUR 3438.00
	//   net paid                   EUR 41062.00
	//   collection fees            EUR 180.00
	//   aggregate first loss left  EUR 0.00
	//   maximum liability left     EUR 255500.00
	// Limit fees: 155 limit-quarters monitored, EUR 4650.00; 40 requests, EUR 2000.00; total EUR 6650.00.
	// Renewal: 2026-01-01 to 2026-12-31, aggregate first loss EUR 5000.00, maximum liability EUR 300000.00.
}
