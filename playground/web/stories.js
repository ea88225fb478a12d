// Stories for the indemnity panel: claims.book cases of the public vectors
// (conformance/testdata/vectors/book.json), by id, with their description.
// Regenerate by copying the cases' id, description and input.
const STORIES = [
 {
  "id": "book-001",
  "description": "The example of FORMAT.md: a declaration on 20 April, 5 months of waiting, 90 % of the amount excluding tax still open.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-01-15",
     "amount": "EUR 50000"
    }
   ],
   "invoices": [
    {
     "id": "F1",
     "deliveryDate": "2025-02-03",
     "invoiceDate": "2025-02-04",
     "dueDate": "2025-04-04",
     "net": "EUR 20000",
     "tax": "EUR 4000"
    }
   ],
   "payments": [
    {
     "date": "2025-04-10",
     "amount": "EUR 4000"
    }
   ],
   "events": {
    "overdueNoticeDate": "2025-04-20"
   },
   "asOf": "2025-09-30"
  }
 },
 {
  "id": "book-002",
  "description": "A reduction from 40 000 to 10 000 with 30 days' notice: the earlier delivery keeps 40 000; the later one finds 10 000 used up.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-01-10",
     "amount": "EUR 40000"
    },
    {
     "id": "D2",
     "kind": "agrement",
     "date": "2025-04-01",
     "amount": "EUR 10000"
    }
   ],
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-04-15",
     "invoiceDate": "2025-04-15",
     "dueDate": "2025-06-14",
     "net": "EUR 12000"
    },
    {
     "id": "B",
     "deliveryDate": "2025-06-02",
     "invoiceDate": "2025-06-02",
     "dueDate": "2025-08-01",
     "net": "EUR 6000"
    }
   ],
   "events": {
    "insolvencyDate": "2025-07-01"
   },
   "asOf": "2025-07-10"
  }
 },
 {
  "id": "book-003",
  "description": "Discretionary cover only (60 %, at most 10 000): 12 000 open, 10 000 insured.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "buyer": {
    "discretionaryEligible": true
   },
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-03-03",
     "invoiceDate": "2025-03-03",
     "dueDate": "2025-05-02",
     "net": "EUR 7000"
    },
    {
     "id": "B",
     "deliveryDate": "2025-03-20",
     "invoiceDate": "2025-03-20",
     "dueDate": "2025-05-19",
     "net": "EUR 5000"
    }
   ],
   "events": {
    "insolvencyDate": "2025-05-10"
   },
   "asOf": "2025-05-12"
  }
 },
 {
  "id": "book-005",
  "description": "A delivery after the declaration is after-stop; the one before keeps its cover.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-01-10",
     "amount": "EUR 25000"
    }
   ],
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-05-05",
     "invoiceDate": "2025-05-05",
     "dueDate": "2025-07-04",
     "net": "EUR 9000"
    },
    {
     "id": "B",
     "deliveryDate": "2025-08-11",
     "invoiceDate": "2025-08-11",
     "dueDate": "2025-10-10",
     "net": "EUR 2000"
    }
   ],
   "events": {
    "overdueNoticeDate": "2025-08-04"
   },
   "asOf": "2025-08-20"
  }
 },
 {
  "id": "book-006",
  "description": "A disputed invoice uses up none of the limit: the later invoice is insured in full under the agrément of 10 000.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-01-10",
     "amount": "EUR 10000"
    }
   ],
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-02-03",
     "invoiceDate": "2025-02-03",
     "dueDate": "2025-04-04",
     "net": "EUR 6000",
     "disputed": true
    },
    {
     "id": "B",
     "deliveryDate": "2025-03-03",
     "invoiceDate": "2025-03-03",
     "dueDate": "2025-05-02",
     "net": "EUR 6000"
    }
   ],
   "events": {
    "insolvencyDate": "2025-05-10"
   },
   "asOf": "2025-05-10"
  }
 },
 {
  "id": "book-007",
  "description": "A payment frees room for a delivery that was over the limit when made: the amounts compared are those still open on the day of loss.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-01-10",
     "amount": "EUR 10000"
    }
   ],
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-02-03",
     "invoiceDate": "2025-02-03",
     "dueDate": "2025-04-04",
     "net": "EUR 10000"
    },
    {
     "id": "B",
     "deliveryDate": "2025-03-03",
     "invoiceDate": "2025-03-03",
     "dueDate": "2025-05-02",
     "net": "EUR 10000"
    }
   ],
   "payments": [
    {
     "date": "2025-04-04",
     "amount": "EUR 10000"
    }
   ],
   "events": {
    "insolvencyDate": "2025-05-10"
   },
   "asOf": "2025-05-10"
  }
 },
 {
  "id": "book-008",
  "description": "Discretionary cover used up, then an agrément: the named quotité has no insured amount left, so there is one layer only.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "buyer": {
    "discretionaryEligible": true
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-03-01",
     "amount": "EUR 10000"
    }
   ],
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-02-10",
     "invoiceDate": "2025-02-10",
     "dueDate": "2025-04-10",
     "net": "EUR 10000"
    },
    {
     "id": "B",
     "deliveryDate": "2025-03-10",
     "invoiceDate": "2025-03-10",
     "dueDate": "2025-05-09",
     "net": "EUR 5000"
    }
   ],
   "events": {
    "insolvencyDate": "2025-05-05"
   },
   "asOf": "2025-05-05"
  }
 },
 {
  "id": "book-009",
  "description": "A disputed invoice unpaid past its maximum extension period stops cover all the same: the buyer's payment stops it, not the invoice's cover.",
  "input": {
   "policy": {
    "currency": "EUR",
    "effectiveDate": "2025-01-01",
    "expiryDate": "2025-12-31",
    "signatureDate": "2024-12-20",
    "retroactivityDays": 30,
    "reductionNoticeDays": 30,
    "quotite": {
     "named": "0.9",
     "discretionary": "0.6"
    },
    "discretionaryMax": "EUR 10000",
    "deadlineRule": "fr-civil",
    "maxInvoicingDays": 30,
    "maxCreditDays": 120,
    "maxExtensionDays": 60,
    "overdueNotice": {
     "days": 30,
     "anchor": "dueDate"
    },
    "waitingPeriodMonths": 5,
    "indemnityDays": 30
   },
   "decisions": [
    {
     "id": "D1",
     "kind": "agrement",
     "date": "2025-01-10",
     "amount": "EUR 50000"
    }
   ],
   "invoices": [
    {
     "id": "A",
     "deliveryDate": "2025-02-03",
     "invoiceDate": "2025-02-03",
     "dueDate": "2025-03-05",
     "net": "EUR 6000",
     "disputed": true
    },
    {
     "id": "B",
     "deliveryDate": "2025-05-12",
     "invoiceDate": "2025-05-12",
     "dueDate": "2025-07-11",
     "net": "EUR 5000"
    }
   ],
   "asOf": "2025-05-20"
  }
 }
];
