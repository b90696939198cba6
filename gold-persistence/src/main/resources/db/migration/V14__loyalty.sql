-- =============================================================================
-- V14: loyalty (issue 7): what the points ledger needs beyond V2/V3 (DOMAIN.md "Loyalty",
-- invariant 4; SECURITY.md invariant 5).
--
--   * loyalty_programs: at most one active programme (a partial unique index); the tier JSON
--     is an object;
--   * customer_loyalty_points stays the append-only ledger (a trigger refuses UPDATE and
--     DELETE); each entry also records the balance after it, its value as posted to the books,
--     the sale and payment row it belongs to, and a fingerprint of the request behind its
--     idempotency key (same key, other request = a conflict). The key itself is unique
--     (V3: uq_customer_loyalty_points_idempotency_key, stricter than per customer);
--   * customer_loyalty_balances: one balance row per customer with CHECK (balance >= 0). Every
--     change of a customer's points first changes this row in one statement that refuses to go
--     below zero, so concurrent redemptions queue on it and can never overdraw;
--   * loyalty_point_lots: what is left unspent of each batch of points added (earned, or
--     adjusted up), with its expiry date. Spending takes from the oldest lots first; expiry
--     expires what is left of lots past their date. The remaining points of a customer's lots
--     always add up to the balance;
--   * loyalty_takebacks: what each return took back of the points its sale earned: from the
--     balance, and (for points already spent) as value kept from the refund. A sale's returns
--     never take back more than it earned.
--
-- Names follow V1: ck_<table>_<rule>, uq_<table>_<what>, fk_<table>_<column>, idx_<table>_<what>.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- loyalty_programs
-- -----------------------------------------------------------------------------
ALTER TABLE loyalty_programs
    ADD CONSTRAINT ck_loyalty_programs_name CHECK (length(btrim(name)) > 0),
    ADD CONSTRAINT ck_loyalty_programs_tier_thresholds CHECK (tier_thresholds IS NULL OR jsonb_typeof(tier_thresholds) = 'object'),
    ADD CONSTRAINT ck_loyalty_programs_tier_benefits CHECK (tier_benefits IS NULL OR jsonb_typeof(tier_benefits) = 'object'),
    ADD CONSTRAINT ck_loyalty_programs_version CHECK (version >= 0);

-- Exactly one programme is the one customers earn under (or none, before the first).
CREATE UNIQUE INDEX uq_loyalty_programs_one_active ON loyalty_programs ((true)) WHERE is_active;

-- -----------------------------------------------------------------------------
-- customer_loyalty_points: the ledger
-- -----------------------------------------------------------------------------
ALTER TABLE customer_loyalty_points
    ADD COLUMN balance_after BIGINT,
    ADD COLUMN value         NUMERIC(14,2),
    ADD COLUMN invoice_id    UUID,
    ADD COLUMN payment_id    UUID,
    ADD COLUMN request_hash  CHAR(64),
    ADD CONSTRAINT ck_customer_loyalty_points_balance_after CHECK (balance_after >= 0),
    ADD CONSTRAINT fk_customer_loyalty_points_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    ADD CONSTRAINT fk_customer_loyalty_points_payment_id FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE RESTRICT;

-- Statements page newest first by (created_at, id).
CREATE INDEX idx_customer_loyalty_points_statement ON customer_loyalty_points (customer_id, created_at DESC, id DESC);
-- Points earned on a sale and taken back by its returns.
CREATE INDEX idx_customer_loyalty_points_invoice_id ON customer_loyalty_points (invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX idx_customer_loyalty_points_payment_id ON customer_loyalty_points (payment_id) WHERE payment_id IS NOT NULL;

CREATE FUNCTION customer_loyalty_points_forbid_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Loyalty points entries are never changed (% of entry % refused); record an adjustment instead',
            TG_OP, OLD.id
        USING CONSTRAINT = 'ck_customer_loyalty_points_immutable',
              SCHEMA = TG_TABLE_SCHEMA,
              TABLE = 'customer_loyalty_points';
END;
$$;

CREATE TRIGGER trg_customer_loyalty_points_immutable
    BEFORE UPDATE OR DELETE ON customer_loyalty_points
    FOR EACH ROW EXECUTE FUNCTION customer_loyalty_points_forbid_change();

-- -----------------------------------------------------------------------------
-- customer_loyalty_balances: the balance that never goes below zero
-- -----------------------------------------------------------------------------
CREATE TABLE customer_loyalty_balances (
    customer_id UUID PRIMARY KEY,
    balance     BIGINT NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_loyalty_balances_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT ck_customer_loyalty_balances_balance CHECK (balance >= 0),
    CONSTRAINT ck_customer_loyalty_balances_version CHECK (version >= 0)
);

-- -----------------------------------------------------------------------------
-- loyalty_point_lots: unspent points per batch added, for oldest-first spending and expiry
-- -----------------------------------------------------------------------------
CREATE TABLE loyalty_point_lots (
    entry_id    UUID PRIMARY KEY,
    customer_id UUID NOT NULL,
    points      INTEGER NOT NULL,
    remaining   INTEGER NOT NULL,
    expiry_date DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_loyalty_point_lots_entry_id FOREIGN KEY (entry_id) REFERENCES customer_loyalty_points (id) ON DELETE RESTRICT,
    CONSTRAINT fk_loyalty_point_lots_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT ck_loyalty_point_lots_points CHECK (points > 0),
    CONSTRAINT ck_loyalty_point_lots_remaining CHECK (remaining >= 0 AND remaining <= points)
);

CREATE INDEX idx_loyalty_point_lots_open ON loyalty_point_lots (customer_id, created_at, entry_id) WHERE remaining > 0;
CREATE INDEX idx_loyalty_point_lots_expiry ON loyalty_point_lots (expiry_date, customer_id) WHERE remaining > 0 AND expiry_date IS NOT NULL;

-- -----------------------------------------------------------------------------
-- loyalty_takebacks: one per credit note of a sale that earned points
-- -----------------------------------------------------------------------------
CREATE TABLE loyalty_takebacks (
    credit_note_id   UUID PRIMARY KEY,
    sale_id          UUID NOT NULL,
    customer_id      UUID NOT NULL,
    -- The return's share of the points the sale earned.
    points           INTEGER NOT NULL,
    -- Taken from the balance (an 'adjusted' entry).
    from_balance     INTEGER NOT NULL,
    -- Already spent: their value at the day's point value ...
    spent            INTEGER NOT NULL,
    -- ... of which this much was kept from the refund (at most the refund).
    value_kept       NUMERIC(14,2) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_loyalty_takebacks_credit_note_id FOREIGN KEY (credit_note_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_loyalty_takebacks_sale_id FOREIGN KEY (sale_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_loyalty_takebacks_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT ck_loyalty_takebacks_points CHECK (points > 0 AND from_balance >= 0 AND spent >= 0
        AND points = from_balance + spent),
    CONSTRAINT ck_loyalty_takebacks_value_kept CHECK (value_kept >= 0)
);

CREATE INDEX idx_loyalty_takebacks_sale_id ON loyalty_takebacks (sale_id);
CREATE INDEX idx_loyalty_takebacks_customer ON loyalty_takebacks (customer_id, created_at);
