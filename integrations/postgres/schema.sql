-- Reference schema of the creditins PostgreSQL integration.
--
-- Money is one TEXT column in the SDK's form "EUR 1234.56" (policy.Amount's
-- Value and Scan): the currency cannot be separated from the value, and the
-- text is exact. NULL is "no amount" (a refusal's amount), never 0.
-- Rates are NUMERIC (policy.Rate), read back as decimal text, never as a
-- float; NULL is "not given" (the decision takes the policy's quotité).
-- Dates are DATE (calendar.Date), NULL being "no date". Currencies are
-- CHAR(3) ISO 4217 codes (policy.Currency). Time limits are TEXT in the
-- form "30d", "5m" (policy.ParseTimeLimit), NULL being "not set".
--
-- Lists inside a list (the invoices a payment plan or goods taken back
-- name) are JSONB arrays of invoice IDs, queryable with the jsonb
-- operators (invoice_ids ? 'I1'); everything else is a column.
--
-- Every statement can run again: CREATE ... IF NOT EXISTS, and ALTER TABLE
-- ... ADD COLUMN IF NOT EXISTS for the columns added to a table after its
-- first release, so that running the schema again upgrades a database.

-- A policy: its terms in the JSON form policy.ParseTerms reads
-- (bookfile's policy.json), and its currency, which must be the terms'.
CREATE TABLE IF NOT EXISTS policies (
    id       TEXT PRIMARY KEY,
    currency CHAR(3) NOT NULL,
    terms    JSONB NOT NULL
);

-- A buyer of a policy (limits.Buyer).
CREATE TABLE IF NOT EXISTS buyers (
    policy_id              TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    id                     TEXT NOT NULL,
    country                TEXT,
    discretionary_eligible BOOLEAN NOT NULL DEFAULT false,
    stop_date              DATE,
    stop_cause             TEXT,
    PRIMARY KEY (policy_id, id)
);

-- The insurer's credit-limit decisions on a buyer (limits.Decision).
CREATE TABLE IF NOT EXISTS decisions (
    policy_id          TEXT NOT NULL,
    buyer_id           TEXT NOT NULL,
    id                 TEXT NOT NULL,
    seq                INTEGER NOT NULL DEFAULT 0,
    kind               TEXT NOT NULL,
    amount             TEXT,
    decision_date      DATE NOT NULL,
    expiry             DATE,
    quotite            NUMERIC,
    price              NUMERIC,
    insolvency_only    BOOLEAN NOT NULL DEFAULT false,
    max_credit_days    TEXT,
    max_extension_days TEXT,
    PRIMARY KEY (policy_id, buyer_id, id),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- Issued invoices (claims.Invoice).
CREATE TABLE IF NOT EXISTS invoices (
    policy_id     TEXT NOT NULL,
    buyer_id      TEXT NOT NULL,
    id            TEXT NOT NULL,
    delivery_date DATE NOT NULL,
    invoice_date  DATE NOT NULL,
    due_date      DATE NOT NULL,
    net           TEXT NOT NULL,
    tax           TEXT NOT NULL,
    disputed      BOOLEAN NOT NULL DEFAULT false,
    invoice_group TEXT,
    PRIMARY KEY (policy_id, buyer_id, id),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- Payments received (claims.Payment), in the order of seq.
CREATE TABLE IF NOT EXISTS payments (
    policy_id    TEXT NOT NULL,
    buyer_id     TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    payment_date DATE NOT NULL,
    amount       TEXT NOT NULL,
    PRIMARY KEY (policy_id, buyer_id, seq),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- Credit notes (claims.CreditNote), in the order of seq.
CREATE TABLE IF NOT EXISTS credit_notes (
    policy_id  TEXT NOT NULL,
    buyer_id   TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    id         TEXT NOT NULL,
    note_date  DATE NOT NULL,
    invoice_id TEXT,
    net        TEXT NOT NULL,
    tax        TEXT NOT NULL,
    PRIMARY KEY (policy_id, buyer_id, seq),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- The dated events of a buyer's claim (claims.Events): at most one row.
CREATE TABLE IF NOT EXISTS events (
    policy_id            TEXT NOT NULL,
    buyer_id             TEXT NOT NULL,
    overdue_notice_date  DATE,
    insolvency_date      DATE,
    paid_date            DATE,
    collection_date      DATE,
    indemnity_paid_date  DATE,
    political_event_date DATE,
    PRIMARY KEY (policy_id, buyer_id),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- Columns added after the first release of the tables above.
-- claims.Ledger.StopDate and OverdueNotice (the ledger's own, beside the
-- buyer's limits.Buyer.StopDate and claims.Events.OverdueNotice).
ALTER TABLE buyers ADD COLUMN IF NOT EXISTS ledger_stop_date DATE;
ALTER TABLE buyers ADD COLUMN IF NOT EXISTS ledger_overdue_notice_date DATE;
-- limits.Decision.Reason, by its name ("adverseInformation"); NULL: none.
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS reason TEXT;
-- claims.Invoice.OrderDate, and seq, the invoice's place in the ledger
-- (NULL in rows written before it: read after the others, by delivery
-- date and ID).
ALTER TABLE invoices ADD COLUMN IF NOT EXISTS order_date DATE;
ALTER TABLE invoices ADD COLUMN IF NOT EXISTS seq INTEGER;
-- claims.Events.AsOf and claims.Events.Proceedings.
ALTER TABLE events ADD COLUMN IF NOT EXISTS as_of DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS published_date DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS claim_declared_date DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS revendication_date DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS admitted_date DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS admitted_amount TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS prejudice TEXT;

-- Extensions of an invoice's due date (claims.Extension), in the order of
-- seq. insurer is the answer's name (notAsked, agreed, refused).
CREATE TABLE IF NOT EXISTS extensions (
    policy_id    TEXT NOT NULL,
    buyer_id     TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    invoice_id   TEXT,
    new_due_date DATE,
    granted_date DATE,
    insurer      TEXT NOT NULL,
    insurer_date DATE,
    PRIMARY KEY (policy_id, buyer_id, seq),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- Payment plans (claims.PaymentPlan), in the order of seq; invoice_ids is
-- the JSONB array of the invoices the plan covers.
CREATE TABLE IF NOT EXISTS payment_plans (
    policy_id    TEXT NOT NULL,
    buyer_id     TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    plan_date    DATE,
    invoice_ids  JSONB NOT NULL,
    insurer      TEXT NOT NULL,
    insurer_date DATE,
    PRIMARY KEY (policy_id, buyer_id, seq),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- The instalments of a payment plan (claims.Instalment), in the order of n.
CREATE TABLE IF NOT EXISTS instalments (
    policy_id       TEXT NOT NULL,
    buyer_id        TEXT NOT NULL,
    plan_seq        INTEGER NOT NULL,
    n               INTEGER NOT NULL,
    instalment_date DATE,
    amount          TEXT,
    PRIMARY KEY (policy_id, buyer_id, plan_seq, n),
    FOREIGN KEY (policy_id, buyer_id, plan_seq) REFERENCES payment_plans (policy_id, buyer_id, seq) ON DELETE CASCADE
);

-- Goods taken back under retention of title (claims.TakenBack), in the
-- order of seq; invoice_ids is the JSONB array of the invoices they were
-- sold on, in order.
CREATE TABLE IF NOT EXISTS taken_back (
    policy_id   TEXT NOT NULL,
    buyer_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    taken_date  DATE,
    invoice_ids JSONB NOT NULL,
    invoiced    TEXT,
    resale      TEXT,
    PRIMARY KEY (policy_id, buyer_id, seq),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- Output of the nightly job: one row a buyer and as-of date
-- (claims.BuyerReport). error is set, and the amounts NULL, when the buyer
-- could not be evaluated. report is the buyer's report in its JSON form.
-- A run for a date replaces the rows of that date (idempotent).
CREATE TABLE IF NOT EXISTS buyer_reports (
    policy_id     TEXT NOT NULL,
    buyer_id      TEXT NOT NULL,
    as_of         DATE NOT NULL,
    error         TEXT,
    open          TEXT,
    overdue       TEXT,
    insured       TEXT,
    uninsured     TEXT,
    headroom      TEXT,
    stop_date     DATE,
    stop_cause    TEXT,
    loss_date     DATE,
    loss_cause    TEXT,
    indemnity     TEXT,
    indemnity_due DATE,
    report        JSONB NOT NULL,
    PRIMARY KEY (policy_id, buyer_id, as_of),
    FOREIGN KEY (policy_id, buyer_id) REFERENCES buyers (policy_id, id) ON DELETE CASCADE
);

-- What the insured must do about a buyer, by a date (claims.Action).
CREATE TABLE IF NOT EXISTS actions (
    policy_id  TEXT NOT NULL,
    buyer_id   TEXT NOT NULL,
    as_of      DATE NOT NULL,
    n          INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    due_date   DATE NOT NULL,
    invoice_id TEXT,
    message    TEXT NOT NULL,
    clause     TEXT,
    PRIMARY KEY (policy_id, buyer_id, as_of, n),
    FOREIGN KEY (policy_id, buyer_id, as_of) REFERENCES buyer_reports (policy_id, buyer_id, as_of) ON DELETE CASCADE
);

-- A buyer's alerts on the as-of date (limits.Alert).
CREATE TABLE IF NOT EXISTS alerts (
    policy_id   TEXT NOT NULL,
    buyer_id    TEXT NOT NULL,
    as_of       DATE NOT NULL,
    n           INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    alert_date  DATE NOT NULL,
    decision_id TEXT,
    message     TEXT NOT NULL,
    clause      TEXT,
    PRIMARY KEY (policy_id, buyer_id, as_of, n),
    FOREIGN KEY (policy_id, buyer_id, as_of) REFERENCES buyer_reports (policy_id, buyer_id, as_of) ON DELETE CASCADE
);
