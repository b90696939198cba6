-- =============================================================================
-- V12: sales (issue 4, section 5): what invoices, lines and payments need beyond V1/V3.
--
--   * invoices.amount_credited: the part of a sale's total settled by its credit notes (a
--     return applied against what the customer still owed), so that amount_paid stays the
--     money (and old gold, store credit) actually received. The balance rule of V1 becomes
--     balance_due = total - amount_paid - amount_credited, under the same constraint name.
--   * a void with a second approver (SECURITY.md AZ-05): the pending request on the invoice,
--     and a CHECK that the approver who voids is not the user who asked;
--   * invoice_items.returned_quantity (never more than sold) and sold_piece_id, whose partial
--     unique index lets a unique piece be on at most one issued, not voided, not returned
--     sale line (DOMAIN.md invariant 1, backstop of the stock's own rule);
--   * payment_requests: one row per idempotency key of a payment call, with a fingerprint of
--     the request and its outcome, so that a retry returns the original result;
--   * customer_store_credit (a balance that can never go negative) and its append-only
--     history store_credit_entries;
--   * old_gold_intakes: the weighing, the tested purity and the valuation of old gold taken
--     as payment, for the receipt and the day's report.
--
-- Names follow V1: ck_<table>_<column> / ck_<table>_<rule>, uq_<table>_<what>,
-- fk_<table>_<column>, idx_<table>_<what>.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- invoices
-- -----------------------------------------------------------------------------
ALTER TABLE invoices
    ADD COLUMN amount_credited     NUMERIC(14,2) NOT NULL DEFAULT 0,
    -- A void asked for and not yet approved (or, once voided, the request the approver granted).
    ADD COLUMN void_requested_by   UUID,
    ADD COLUMN void_requested_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN void_request_reason TEXT,
    ADD CONSTRAINT ck_invoices_amount_credited CHECK (amount_credited >= 0),
    ADD CONSTRAINT fk_invoices_void_requested_by FOREIGN KEY (void_requested_by) REFERENCES users (id) ON DELETE RESTRICT,
    ADD CONSTRAINT ck_invoices_void_request CHECK (
        (void_requested_by IS NULL) = (void_requested_at IS NULL)
        AND (void_requested_by IS NULL) = (void_request_reason IS NULL)),
    -- AZ-05: a void that was requested is approved (and carried out) by somebody else.
    ADD CONSTRAINT ck_invoices_void_approver_not_requester CHECK (
        status <> 'voided' OR void_requested_by IS NULL OR voided_by IS DISTINCT FROM void_requested_by);

ALTER TABLE invoices DROP CONSTRAINT ck_invoices_balance_formula;
ALTER TABLE invoices
    ADD CONSTRAINT ck_invoices_balance_formula CHECK (balance_due = total - amount_paid - amount_credited);

-- Keyset pages of invoices run newest first by id (UUIDv7, time-ordered): the primary key
-- serves them. "Voids (credit notes) by this user today", for the unusual-activity rule:
CREATE INDEX idx_invoices_voided_by ON invoices (voided_by, voided_at) WHERE voided_by IS NOT NULL;
CREATE INDEX idx_invoices_credit_notes_by ON invoices (created_by, created_at) WHERE invoice_type = 'credit_note';

-- -----------------------------------------------------------------------------
-- invoice_items
-- -----------------------------------------------------------------------------
ALTER TABLE invoice_items
    -- On a sale line: units already taken back by credit notes.
    ADD COLUMN returned_quantity    INTEGER NOT NULL DEFAULT 0,
    -- The unique piece this line holds while its sale stands (issued, not voided, not returned).
    ADD COLUMN sold_piece_id        UUID,
    -- Who allowed a discount above the policy limit on this line (discount:override).
    ADD COLUMN discount_approved_by UUID,
    ADD CONSTRAINT ck_invoice_items_returned_quantity CHECK (returned_quantity >= 0 AND returned_quantity <= quantity),
    ADD CONSTRAINT ck_invoice_items_sold_piece CHECK (sold_piece_id IS NULL OR sold_piece_id = inventory_item_id),
    ADD CONSTRAINT fk_invoice_items_discount_approved_by FOREIGN KEY (discount_approved_by) REFERENCES users (id) ON DELETE RESTRICT;

-- Invariant 1, backstop: one standing sale line per unique piece.
CREATE UNIQUE INDEX uq_invoice_items_sold_piece ON invoice_items (sold_piece_id) WHERE sold_piece_id IS NOT NULL;

-- -----------------------------------------------------------------------------
-- payment_requests: one per idempotency key. Claimed first in the payment's transaction
-- (INSERT ... ON CONFLICT DO NOTHING), so that concurrent retries of one key queue on it and
-- then find the outcome; the outcome columns are filled before that transaction commits.
-- -----------------------------------------------------------------------------
CREATE TABLE payment_requests (
    idempotency_key    VARCHAR(100) PRIMARY KEY,
    invoice_id         UUID NOT NULL,
    -- SHA-256 (hex) of the request's canonical form: same key + other payload = a conflict.
    request_hash       CHAR(64) NOT NULL,
    tendered           NUMERIC(14,2),
    applied            NUMERIC(14,2),
    change_due         NUMERIC(14,2),
    store_credit_added NUMERIC(14,2),
    balance_due_after  NUMERIC(14,2),
    status_after       VARCHAR(20),
    created_by         UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_payment_requests_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_payment_requests_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_payment_requests_idempotency_key CHECK (idempotency_key ~ '^[A-Za-z0-9._:-]{1,100}$'),
    CONSTRAINT ck_payment_requests_amounts CHECK (tendered >= 0 AND applied >= 0 AND change_due >= 0
        AND store_credit_added >= 0 AND balance_due_after >= 0),
    -- Everything tendered is applied to the invoice, given back as change, or kept as store credit.
    CONSTRAINT ck_payment_requests_outcome CHECK (tendered IS NULL
        OR tendered = applied + change_due + store_credit_added),
    CONSTRAINT ck_payment_requests_status_after CHECK (status_after IN ('partially_paid', 'paid'))
);

CREATE INDEX idx_payment_requests_invoice_id ON payment_requests (invoice_id);

ALTER TABLE payments
    -- The payment call that recorded this row (NULL for refunds made by a return).
    ADD COLUMN request_key VARCHAR(100),
    ADD CONSTRAINT fk_payments_request_key FOREIGN KEY (request_key) REFERENCES payment_requests (idempotency_key) ON DELETE RESTRICT;

CREATE INDEX idx_payments_request_key ON payments (request_key) WHERE request_key IS NOT NULL;

-- -----------------------------------------------------------------------------
-- Store credit: a balance per customer that never goes below zero (the debit is one
-- UPDATE ... WHERE balance >= amount), and its history, append-only. The balance always
-- equals the sum of the history's amounts.
-- -----------------------------------------------------------------------------
CREATE TABLE customer_store_credit (
    customer_id UUID PRIMARY KEY,
    balance     NUMERIC(14,2) NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_store_credit_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT ck_customer_store_credit_balance CHECK (balance >= 0),
    CONSTRAINT ck_customer_store_credit_version CHECK (version >= 0)
);

CREATE TABLE store_credit_entries (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id   UUID NOT NULL,
    -- Signed: credits (overpayment kept, refund of a return) +, redemptions -.
    amount        NUMERIC(14,2) NOT NULL,
    balance_after NUMERIC(14,2) NOT NULL,
    reason        VARCHAR(20) NOT NULL,
    invoice_id    UUID NOT NULL,
    payment_id    UUID NOT NULL,
    created_by    UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_store_credit_entries_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_store_credit_entries_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_store_credit_entries_payment_id FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE RESTRICT,
    CONSTRAINT fk_store_credit_entries_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_store_credit_entries_reason CHECK (reason IN ('overpayment', 'refund', 'redemption')),
    CONSTRAINT ck_store_credit_entries_sign CHECK (
        (reason = 'redemption' AND amount < 0) OR (reason IN ('overpayment', 'refund') AND amount > 0)),
    CONSTRAINT ck_store_credit_entries_balance_after CHECK (balance_after >= 0)
);

CREATE INDEX idx_store_credit_entries_customer ON store_credit_entries (customer_id, created_at DESC, id DESC);

CREATE FUNCTION store_credit_entries_forbid_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Store credit entries are never changed (% of entry % refused); record a correcting entry instead',
            TG_OP, OLD.id
        USING CONSTRAINT = 'ck_store_credit_entries_immutable',
              SCHEMA = TG_TABLE_SCHEMA,
              TABLE = 'store_credit_entries';
END;
$$;

CREATE TRIGGER trg_store_credit_entries_immutable
    BEFORE UPDATE OR DELETE ON store_credit_entries
    FOR EACH ROW EXECUTE FUNCTION store_credit_entries_forbid_change();

-- -----------------------------------------------------------------------------
-- old_gold_intakes: old metal taken as payment (one per old-gold payment row): what was
-- weighed and tested, the buy rate and the melting loss, and the scrap lot it went to.
-- value = gross_value - melting_loss_value = the payment's amount.
-- -----------------------------------------------------------------------------
CREATE TABLE old_gold_intakes (
    id                   UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    payment_id           UUID NOT NULL,
    metal_type           VARCHAR(20) NOT NULL,
    purity               NUMERIC(6,2) NOT NULL,
    weight               NUMERIC(12,3) NOT NULL,
    buy_rate             NUMERIC(14,4) NOT NULL,
    rate_effective_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    melting_loss_percent NUMERIC(5,2) NOT NULL,
    gross_value          NUMERIC(14,2) NOT NULL,
    melting_loss_value   NUMERIC(14,2) NOT NULL,
    value                NUMERIC(14,2) NOT NULL,
    scrap_item_id        UUID NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_old_gold_intakes_payment_id UNIQUE (payment_id),
    CONSTRAINT fk_old_gold_intakes_payment_id FOREIGN KEY (payment_id) REFERENCES payments (id) ON DELETE RESTRICT,
    CONSTRAINT fk_old_gold_intakes_scrap_item_id FOREIGN KEY (scrap_item_id) REFERENCES inventory_items (id) ON DELETE RESTRICT,
    CONSTRAINT ck_old_gold_intakes_metal_type CHECK (metal_type IN ('gold', 'silver', 'platinum', 'palladium')),
    CONSTRAINT ck_old_gold_intakes_purity CHECK (purity > 0 AND purity <= 1000),
    CONSTRAINT ck_old_gold_intakes_weight CHECK (weight > 0),
    CONSTRAINT ck_old_gold_intakes_buy_rate CHECK (buy_rate > 0),
    CONSTRAINT ck_old_gold_intakes_melting_loss_percent CHECK (melting_loss_percent >= 0 AND melting_loss_percent < 100),
    CONSTRAINT ck_old_gold_intakes_value CHECK (value > 0 AND melting_loss_value >= 0
        AND gross_value = value + melting_loss_value)
);

CREATE INDEX idx_old_gold_intakes_created_at ON old_gold_intakes (created_at);
