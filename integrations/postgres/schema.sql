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
-- Every statement can run again: CREATE ... IF NOT EXISTS.

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
