-- =============================================================================
-- V3: what the trade needs beyond the spec (DOMAIN.md "Additions the trade needs",
-- "Invariants"): metal rates, the outbox, gapless invoice counters, the ledger's triggers,
-- the guard on issued invoices, CHECKs / version columns / indexes on the spec's tables,
-- and the seed rows (chart of accounts, the company_settings singleton).
--
-- Nothing here removes or changes anything V2 created from the spec: only additions.
-- Constraint names follow V1: ck_<table>_<column> / ck_<table>_<rule>, uq_<table>_<what>,
-- fk_<table>_<column>, idx_<table>_<what>.
--
-- The trigger functions raise with the default SQLSTATE P0001 (raise_exception), which the
-- engine's error translator reports as a business-rule violation with our message; the
-- CONSTRAINT field of the error carries a stable name for programmatic use.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- company_settings.logo_image_id -> images (created in V2). Deleting the logo image only
-- clears the setting.
-- -----------------------------------------------------------------------------
ALTER TABLE company_settings
    ADD CONSTRAINT fk_company_settings_logo_image_id FOREIGN KEY (logo_image_id) REFERENCES images (id) ON DELETE SET NULL;

-- -----------------------------------------------------------------------------
-- metal_rates: buy and sell rates per gram posted by the shop, per metal and purity,
-- append-only (a correction is a newer rate; invoices keep the rates they used in
-- invoices.metal_rates, so old rows are history, not state). No version column.
--
-- Rates are numeric(14,4), not money's (14,2): silver sells for well under one currency
-- unit per gram in most currencies and is quoted to four decimals (0.8235 USD/g; on a
-- 1 kg bar two decimals would be 3.50 USD off), and a rate derived from the fine rate
-- (x purity / 1000) must not be rounded before it multiplies a weight. Ten integer digits
-- leave room for weak currencies (24K gold is ~1e8 IRR per gram). The computed line
-- amounts are rounded to the currency's scale as DOMAIN.md "Pricing" says.
-- -----------------------------------------------------------------------------
CREATE TABLE metal_rates (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    metal_type     VARCHAR(20) NOT NULL,
    purity         NUMERIC(6,2) NOT NULL,
    buy_rate       NUMERIC(14,4) NOT NULL,
    sell_rate      NUMERIC(14,4) NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Where the rate came from: 'manual', a feed's name, 'derived', ...
    source         VARCHAR(50) NOT NULL DEFAULT 'manual',
    notes          TEXT,
    created_by     UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_metal_rates_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_metal_rates_metal_type CHECK (metal_type IN ('gold', 'silver', 'platinum', 'palladium')),
    CONSTRAINT ck_metal_rates_purity CHECK (purity > 0 AND purity <= 1000),
    CONSTRAINT ck_metal_rates_buy_rate CHECK (buy_rate > 0),
    CONSTRAINT ck_metal_rates_sell_rate CHECK (sell_rate > 0),
    -- The shop never buys dearer than it sells; a reversed pair is a typing error.
    CONSTRAINT ck_metal_rates_spread CHECK (buy_rate <= sell_rate)
);

-- "Current rate of metal + purity at time t":
--   SELECT ... WHERE metal_type = ? AND purity = ? AND effective_from <= ?
--   ORDER BY effective_from DESC LIMIT 1
-- is one index descent here. Unique as well: two rates for the same metal, purity and
-- instant would make "the current rate" ambiguous.
CREATE UNIQUE INDEX uq_metal_rates_metal_purity_effective_from ON metal_rates (metal_type, purity, effective_from DESC);
CREATE INDEX idx_metal_rates_effective_from ON metal_rates (effective_from);

-- -----------------------------------------------------------------------------
-- outbox_events: domain events written in the same transaction as the change, published
-- after commit by a relay that reads with FOR UPDATE SKIP LOCKED (one or many nodes).
-- -----------------------------------------------------------------------------
CREATE TABLE outbox_events (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    aggregate_type VARCHAR(50) NOT NULL,
    aggregate_id   UUID,
    event_type     VARCHAR(100) NOT NULL,
    payload        JSONB NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    published_at   TIMESTAMP WITH TIME ZONE,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    CONSTRAINT ck_outbox_events_attempts CHECK (attempts >= 0)
);

-- The relay's queue: only unpublished events, in order (id breaks ties between events of
-- one transaction, since ids are time-ordered UUIDv7).
CREATE INDEX idx_outbox_events_unpublished ON outbox_events (created_at, id) WHERE published_at IS NULL;
CREATE INDEX idx_outbox_events_aggregate ON outbox_events (aggregate_type, aggregate_id);

-- -----------------------------------------------------------------------------
-- invoice_counters: gapless numbering. Issuing locks the (series, year) row
--   UPDATE invoice_counters SET next_number = next_number + 1 ... RETURNING next_number - 1
-- (after INSERT ... ON CONFLICT DO NOTHING for a new year) in the issuing transaction, so a
-- rolled-back issue never burns a number and concurrent issues queue on the row.
-- -----------------------------------------------------------------------------
CREATE TABLE invoice_counters (
    series      VARCHAR(20) NOT NULL,
    year        INTEGER NOT NULL,
    next_number BIGINT NOT NULL DEFAULT 1,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (series, year),
    CONSTRAINT ck_invoice_counters_year CHECK (year BETWEEN 1900 AND 9999),
    CONSTRAINT ck_invoice_counters_next_number CHECK (next_number >= 1)
);

-- -----------------------------------------------------------------------------
-- Ledger invariant 2a: every journal balances. Checked at COMMIT (deferred), because the
-- entries of one journal are inserted one by one. Only INSERT can change a sum: UPDATE and
-- DELETE are forbidden below. SET search_path FROM CURRENT pins the function to the schema
-- the migration ran in, whatever the caller's search_path at commit.
-- -----------------------------------------------------------------------------
CREATE FUNCTION accounting_entries_assert_balanced() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path FROM CURRENT
AS $$
DECLARE
    total_debit  NUMERIC;
    total_credit NUMERIC;
BEGIN
    SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0)
      INTO total_debit, total_credit
      FROM accounting_entries
     WHERE journal_id = NEW.journal_id;
    IF total_debit <> total_credit THEN
        RAISE EXCEPTION 'Journal % does not balance: debits % <> credits %',
                NEW.journal_id, total_debit, total_credit
            USING CONSTRAINT = 'ck_accounting_entries_journal_balanced',
                  SCHEMA = TG_TABLE_SCHEMA,
                  TABLE = 'accounting_entries',
                  HINT = 'Post every entry of a journal in one transaction, with sum(debit) = sum(credit).';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER trg_accounting_entries_journal_balanced
    AFTER INSERT ON accounting_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION accounting_entries_assert_balanced();

-- Ledger invariant 2b: entries are never changed after posting; a correction is a
-- reversing journal.
CREATE FUNCTION accounting_entries_forbid_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Accounting entries are never changed (% of entry % refused); post a reversing journal instead',
            TG_OP, OLD.id
        USING CONSTRAINT = 'ck_accounting_entries_immutable',
              SCHEMA = TG_TABLE_SCHEMA,
              TABLE = 'accounting_entries';
END;
$$;

CREATE TRIGGER trg_accounting_entries_immutable
    BEFORE UPDATE OR DELETE ON accounting_entries
    FOR EACH ROW EXECUTE FUNCTION accounting_entries_forbid_change();

-- -----------------------------------------------------------------------------
-- An issued invoice is never deleted (DOMAIN.md "Life of a sale"): it is voided or returned.
-- Only drafts may go, with their lines (ON DELETE CASCADE from invoice_items).
-- -----------------------------------------------------------------------------
CREATE FUNCTION invoices_forbid_delete_issued() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Invoice % is % and cannot be deleted; void it or return it with a credit note',
            coalesce(OLD.invoice_number, OLD.id::text), OLD.status
        USING CONSTRAINT = 'ck_invoices_delete_draft_only',
              SCHEMA = TG_TABLE_SCHEMA,
              TABLE = 'invoices';
END;
$$;

CREATE TRIGGER trg_invoices_delete_draft_only
    BEFORE DELETE ON invoices
    FOR EACH ROW
    WHEN (OLD.status <> 'draft')
    EXECUTE FUNCTION invoices_forbid_delete_issued();

-- -----------------------------------------------------------------------------
-- Additions to the spec's tables (V2). Optimistic-locking versions on what users edit.
-- -----------------------------------------------------------------------------
ALTER TABLE images                         ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_documents             ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_relationships         ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_tags                  ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_communication_history ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer_preferences           ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE kpi_targets                    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE custom_reports                 ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE automation_rules               ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reorder_suggestions            ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE permission_templates           ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE security_alerts                ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE loyalty_programs               ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dashboard_widgets              ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- images / documents: sizes and dimensions are never negative. An image's file goes away
-- with the image row; a foreign key from inventory_items / customers (spec, NO ACTION)
-- stops deleting an image still in use, and these partial indexes make that check cheap.
ALTER TABLE images
    ADD CONSTRAINT ck_images_file_size CHECK (file_size >= 0),
    ADD CONSTRAINT ck_images_width CHECK (width > 0),
    ADD CONSTRAINT ck_images_height CHECK (height > 0);
CREATE INDEX idx_inventory_items_primary_image_id ON inventory_items (primary_image_id) WHERE primary_image_id IS NOT NULL;
CREATE INDEX idx_customers_profile_image_id ON customers (profile_image_id) WHERE profile_image_id IS NOT NULL;

ALTER TABLE customer_documents
    ADD CONSTRAINT ck_customer_documents_file_size CHECK (file_size >= 0);
-- The expiry job looks for documents about to expire.
CREATE INDEX idx_customer_documents_expiry_date ON customer_documents (expiry_date) WHERE expiry_date IS NOT NULL;

-- customers: the spec's age column is kept in step with date_of_birth by the engine.
ALTER TABLE customers
    ADD CONSTRAINT ck_customers_age CHECK (age >= 0 AND age <= 150);

-- A relationship links two different customers, once per type (symmetric links are
-- stored in either or both directions; never twice the same way).
ALTER TABLE customer_relationships
    ADD CONSTRAINT ck_customer_relationships_not_self CHECK (related_customer_id IS NULL OR related_customer_id <> customer_id),
    ADD CONSTRAINT uq_customer_relationships_pair UNIQUE (customer_id, related_customer_id, relationship_type);

ALTER TABLE customer_communication_history
    ADD CONSTRAINT ck_customer_communication_history_direction CHECK (direction IN ('inbound', 'outbound', 'internal')),
    ADD CONSTRAINT ck_customer_communication_history_status CHECK (status IN ('scheduled', 'completed', 'cancelled'));

-- One preferences row per customer (and ON CONFLICT (customer_id) for upserts).
ALTER TABLE customer_preferences
    ADD CONSTRAINT uq_customer_preferences_customer_id UNIQUE (customer_id),
    ADD CONSTRAINT ck_customer_preferences_price_range_min CHECK (price_range_min >= 0),
    ADD CONSTRAINT ck_customer_preferences_price_range_max CHECK (price_range_max >= 0),
    ADD CONSTRAINT ck_customer_preferences_price_range CHECK (price_range_min IS NULL OR price_range_max IS NULL OR price_range_min <= price_range_max);

ALTER TABLE kpi_targets
    ADD CONSTRAINT ck_kpi_targets_period CHECK (period_end >= period_start),
    ADD CONSTRAINT ck_kpi_targets_trend_direction CHECK (trend_direction IN ('up', 'down', 'stable'));

ALTER TABLE automation_rules
    ADD CONSTRAINT ck_automation_rules_execution_count CHECK (execution_count >= 0);

ALTER TABLE automation_logs
    ADD CONSTRAINT ck_automation_logs_execution_status CHECK (execution_status IN ('success', 'failed', 'partial'));

ALTER TABLE reorder_suggestions
    ADD CONSTRAINT ck_reorder_suggestions_suggested_quantity CHECK (suggested_quantity > 0),
    ADD CONSTRAINT ck_reorder_suggestions_confidence_score CHECK (confidence_score >= 0 AND confidence_score <= 1),
    ADD CONSTRAINT ck_reorder_suggestions_estimated_cost CHECK (estimated_cost >= 0),
    ADD CONSTRAINT ck_reorder_suggestions_status CHECK (status IN ('pending', 'approved', 'rejected', 'ordered'));
-- At most one open suggestion per item, so that a re-run of the reorder job (on any node)
-- adds nothing: INSERT ... ON CONFLICT (inventory_item_id) WHERE status = 'pending' DO NOTHING.
CREATE UNIQUE INDEX uq_reorder_suggestions_pending_item ON reorder_suggestions (inventory_item_id) WHERE status = 'pending';

ALTER TABLE permission_templates
    ADD CONSTRAINT uq_permission_templates_name UNIQUE (name),
    ADD CONSTRAINT ck_permission_templates_permissions CHECK (jsonb_typeof(permissions) = 'array');

ALTER TABLE security_alerts
    ADD CONSTRAINT ck_security_alerts_severity CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    ADD CONSTRAINT ck_security_alerts_status CHECK (status IN ('open', 'investigating', 'resolved', 'false_positive'));

-- Loyalty programs: how long earned points live, and what tiers are computed over
-- (DOMAIN.md "Loyalty": validity, "last twelve months (or lifetime, by program setting)").
ALTER TABLE loyalty_programs
    ADD COLUMN points_validity_days INTEGER,
    ADD COLUMN tier_basis VARCHAR(20) NOT NULL DEFAULT 'rolling_12_months',
    ADD CONSTRAINT ck_loyalty_programs_points_per_currency_unit CHECK (points_per_currency_unit >= 0),
    ADD CONSTRAINT ck_loyalty_programs_points_validity_days CHECK (points_validity_days > 0),
    ADD CONSTRAINT ck_loyalty_programs_tier_basis CHECK (tier_basis IN ('rolling_12_months', 'lifetime'));

-- Loyalty points are signed: earned +, redeemed -, expired -, adjusted either way
-- (DOMAIN.md "Loyalty"). Earning and reversing are idempotent per payment: the engine
-- derives a key (e.g. 'earn:<payment id>', 'reverse:<payment id>') that can exist once.
ALTER TABLE customer_loyalty_points
    ADD COLUMN idempotency_key VARCHAR(150),
    ADD CONSTRAINT uq_customer_loyalty_points_idempotency_key UNIQUE (idempotency_key),
    ADD CONSTRAINT ck_customer_loyalty_points_transaction_type CHECK (transaction_type IN ('earned', 'redeemed', 'expired', 'adjusted')),
    ADD CONSTRAINT ck_customer_loyalty_points_points CHECK (points <> 0),
    ADD CONSTRAINT ck_customer_loyalty_points_sign CHECK (
        (transaction_type = 'earned' AND points > 0)
        OR (transaction_type IN ('redeemed', 'expired') AND points < 0)
        OR transaction_type = 'adjusted');
CREATE INDEX idx_loyalty_points_reference ON customer_loyalty_points (reference_type, reference_id);

ALTER TABLE dashboard_widgets
    ADD CONSTRAINT ck_dashboard_widgets_position_x CHECK (position_x >= 0),
    ADD CONSTRAINT ck_dashboard_widgets_position_y CHECK (position_y >= 0),
    ADD CONSTRAINT ck_dashboard_widgets_width CHECK (width > 0),
    ADD CONSTRAINT ck_dashboard_widgets_height CHECK (height > 0);

-- The session clean-up job deletes or deactivates expired sessions.
CREATE INDEX idx_user_sessions_expires_at ON user_sessions (expires_at);

-- -----------------------------------------------------------------------------
-- Seed: the default chart of accounts. Codes are the defaults of
-- company_settings.account_codes; a shop may rename accounts or map roles to other codes.
-- -----------------------------------------------------------------------------
INSERT INTO accounts (code, name, type, description, is_system) VALUES
    ('1000', 'Cash',                         'asset',     'Cash in the till and the safe', true),
    ('1010', 'Card clearing',                'asset',     'Card payments awaiting settlement by the acquirer', true),
    ('1020', 'Bank',                         'asset',     'Bank account; transfers received', true),
    ('1030', 'Cheques in hand',              'asset',     'Cheques received, not yet cleared', true),
    ('1100', 'Accounts receivable',          'asset',     'Amounts customers owe on issued invoices', true),
    ('1200', 'Inventory',                    'asset',     'Stock for sale, at cost', true),
    ('1210', 'Scrap metal inventory',        'asset',     'Old gold taken in exchange, awaiting melting or sale', true),
    ('2000', 'Accounts payable',             'liability', 'Amounts owed to suppliers', true),
    ('2100', 'Tax payable',                  'liability', 'Sales tax / VAT / GST collected', true),
    ('2200', 'Loyalty points liability',     'liability', 'Value of loyalty points earned and not yet redeemed or expired', true),
    ('2210', 'Store credit liability',       'liability', 'Store credit issued to customers', true),
    ('3000', 'Owner''s equity',              'equity',    'Capital', true),
    ('3100', 'Retained earnings',            'equity',    'Accumulated profit', true),
    ('4000', 'Sales revenue',                'revenue',   'Sales net of discounts, excluding tax', true),
    ('4900', 'Other income',                 'revenue',   'Gains on old gold, sundry income', true),
    ('5000', 'Cost of goods sold',           'expense',   'Cost of the stock sold', true),
    ('5200', 'Loyalty programme expense',    'expense',   'Value of loyalty points granted', true),
    ('5900', 'Rounding differences',         'expense',   'Cent differences from rounding', true);

-- -----------------------------------------------------------------------------
-- Seed: the company_settings singleton, so that reading settings never finds nothing and
-- saving them is always an UPDATE. The host sets its real name, currency, tax and so on.
-- -----------------------------------------------------------------------------
INSERT INTO company_settings (id, shop_name, currency, account_codes) VALUES
    (1, 'Gold Shop', 'USD', '{
        "cash": "1000",
        "card_clearing": "1010",
        "bank": "1020",
        "cheques": "1030",
        "receivable": "1100",
        "inventory": "1200",
        "scrap_inventory": "1210",
        "payable": "2000",
        "tax_payable": "2100",
        "loyalty_liability": "2200",
        "store_credit_liability": "2210",
        "equity": "3000",
        "retained_earnings": "3100",
        "sales_revenue": "4000",
        "other_income": "4900",
        "cost_of_goods_sold": "5000",
        "loyalty_expense": "5200",
        "rounding": "5900"
    }'::jsonb);
