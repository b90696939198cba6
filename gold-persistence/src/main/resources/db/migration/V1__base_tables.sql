-- =============================================================================
-- V1: the eleven base tables of DOMAIN.md ("Base tables"), plus `accounts`, the chart of
-- accounts that `accounting_entries.account_code` references.
--
-- The columns that spec/schema-requirements.md adds to categories, inventory_items and
-- customers by ALTER TABLE are deliberately NOT created here: V2 runs the spec's statements
-- literally, and they would fail on a column that already exists.
--
-- Conventions (see also DESIGN.md, "Persistence conventions"):
--   * ids: UUID PRIMARY KEY DEFAULT gen_random_uuid(); the SDK inserts time-ordered UUIDv7
--     generated in Java, the default is only a fallback for hand-written SQL.
--   * timestamps: timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP (the SDK writes the injected
--     Clock's time; the default is a fallback).
--   * money: numeric(14,2); weights in grams: numeric(12,3); purity (fineness per mille):
--     numeric(6,2) with CHECK (purity > 0 AND purity <= 1000); rates per gram: numeric(14,4).
--   * enum-like columns: varchar holding lower-case codes, with a CHECK listing them.
--   * mutable aggregates carry `version bigint NOT NULL DEFAULT 0` (optimistic locking).
--   * constraint names: ck_<table>_<column> for a CHECK on one column (the engine turns it
--     into a field error on <column>), ck_<table>_<rule> for a rule over several columns,
--     uq_<table>_<what> for UNIQUE constraints and unique indexes, fk_<table>_<column> for
--     foreign keys, idx_<table>_<what> for other indexes.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- roles: named sets of `resource:action` permission strings.
-- -----------------------------------------------------------------------------
CREATE TABLE roles (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    permissions JSONB NOT NULL DEFAULT '[]'::jsonb,
    is_system   BOOLEAN NOT NULL DEFAULT false,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_roles_name UNIQUE (name),
    CONSTRAINT ck_roles_permissions CHECK (jsonb_typeof(permissions) = 'array'),
    CONSTRAINT ck_roles_version CHECK (version >= 0)
);

-- -----------------------------------------------------------------------------
-- users: staff accounts. A user is deactivated, never deleted (audit rows, invoices and
-- journals point at users), hence ON DELETE RESTRICT on the role.
-- -----------------------------------------------------------------------------
CREATE TABLE users (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    username            VARCHAR(100) NOT NULL,
    email               VARCHAR(255) NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    -- A PHC string such as $argon2id$v=19$m=...; never a bare hash.
    password_hash       TEXT NOT NULL,
    role_id             UUID NOT NULL,
    is_active           BOOLEAN NOT NULL DEFAULT true,
    failed_login_count  INTEGER NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    last_login_at       TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_users_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE RESTRICT,
    -- Exact uniqueness of the address (ON CONFLICT (email) needs a plain constraint) ...
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_failed_login_count CHECK (failed_login_count >= 0),
    CONSTRAINT ck_users_version CHECK (version >= 0)
);

-- Usernames and e-mail addresses are unique whatever their case: "Admin" and "admin" are
-- the same person at the login prompt.
CREATE UNIQUE INDEX uq_users_username_lower ON users (lower(username));
CREATE UNIQUE INDEX uq_users_email_lower ON users (lower(email));
CREATE INDEX idx_users_role_id ON users (role_id);

-- -----------------------------------------------------------------------------
-- category_templates: the attribute definitions (name, type, required, allowed values,
-- unit) that items of a category must or may carry.
-- -----------------------------------------------------------------------------
CREATE TABLE category_templates (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    attributes  JSONB NOT NULL DEFAULT '[]'::jsonb,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_category_templates_name UNIQUE (name),
    CONSTRAINT ck_category_templates_attributes CHECK (jsonb_typeof(attributes) = 'array'),
    CONSTRAINT ck_category_templates_version CHECK (version >= 0)
);

-- -----------------------------------------------------------------------------
-- categories: a tree of any depth. A parent or a template still in use cannot be deleted
-- (RESTRICT): moving children or items elsewhere first is a deliberate act.
-- The spec's image columns are added in V2.
-- -----------------------------------------------------------------------------
CREATE TABLE categories (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    parent_id   UUID,
    template_id UUID,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    is_active   BOOLEAN NOT NULL DEFAULT true,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_categories_parent_id FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT fk_categories_template_id FOREIGN KEY (template_id) REFERENCES category_templates (id) ON DELETE RESTRICT,
    -- Two siblings (or two roots: NULLS NOT DISTINCT) cannot share a name.
    CONSTRAINT uq_categories_parent_name UNIQUE NULLS NOT DISTINCT (parent_id, name),
    CONSTRAINT ck_categories_parent_not_self CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT ck_categories_version CHECK (version >= 0)
);

CREATE INDEX idx_categories_parent_id ON categories (parent_id);
CREATE INDEX idx_categories_template_id ON categories (template_id);

-- -----------------------------------------------------------------------------
-- inventory_items: unique pieces (quantity 1) and counted stock (coins, bars, findings).
-- Weights are grams per piece. The spec's image columns are added in V2.
-- -----------------------------------------------------------------------------
CREATE TABLE inventory_items (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    sku                 VARCHAR(100) NOT NULL,
    barcode             VARCHAR(100),
    name                VARCHAR(255) NOT NULL,
    description         TEXT,
    category_id         UUID,
    metal_type          VARCHAR(20),
    purity              NUMERIC(6,2),
    gross_weight        NUMERIC(12,3) NOT NULL DEFAULT 0,
    stone_weight        NUMERIC(12,3) NOT NULL DEFAULT 0,
    net_weight          NUMERIC(12,3) NOT NULL DEFAULT 0,
    making_charge_type  VARCHAR(20) NOT NULL DEFAULT 'per_gram',
    making_charge_value NUMERIC(14,2) NOT NULL DEFAULT 0,
    wastage_percent     NUMERIC(5,2) NOT NULL DEFAULT 0,
    profit_percent      NUMERIC(5,2) NOT NULL DEFAULT 0,
    stone_value         NUMERIC(14,2) NOT NULL DEFAULT 0,
    cost_price          NUMERIC(14,2) NOT NULL DEFAULT 0,
    price_mode          VARCHAR(10) NOT NULL DEFAULT 'weight',
    fixed_price         NUMERIC(14,2),
    quantity            INTEGER NOT NULL DEFAULT 1,
    min_stock_level     INTEGER NOT NULL DEFAULT 0,
    reorder_quantity    INTEGER NOT NULL DEFAULT 0,
    -- HUID / assay-office mark; unique per piece where present (see uq_inventory_items_hallmark_id).
    hallmark_id         VARCHAR(100),
    status              VARCHAR(20) NOT NULL DEFAULT 'in_stock',
    attributes          JSONB NOT NULL DEFAULT '{}'::jsonb,
    supplier_info       JSONB,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_inventory_items_sku UNIQUE (sku),
    CONSTRAINT uq_inventory_items_barcode UNIQUE (barcode),
    CONSTRAINT fk_inventory_items_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT ck_inventory_items_metal_type CHECK (metal_type IN ('gold', 'silver', 'platinum', 'palladium')),
    CONSTRAINT ck_inventory_items_purity CHECK (purity > 0 AND purity <= 1000),
    CONSTRAINT ck_inventory_items_gross_weight CHECK (gross_weight >= 0),
    CONSTRAINT ck_inventory_items_stone_weight CHECK (stone_weight >= 0),
    CONSTRAINT ck_inventory_items_net_weight CHECK (net_weight >= 0),
    -- net = gross - stone, so the three weights can never disagree (and stone <= gross).
    CONSTRAINT ck_inventory_items_net_weight_formula CHECK (net_weight = gross_weight - stone_weight),
    CONSTRAINT ck_inventory_items_making_charge_type CHECK (making_charge_type IN ('per_gram', 'percent', 'fixed')),
    CONSTRAINT ck_inventory_items_making_charge_value CHECK (making_charge_value >= 0),
    CONSTRAINT ck_inventory_items_wastage_percent CHECK (wastage_percent >= 0),
    CONSTRAINT ck_inventory_items_profit_percent CHECK (profit_percent >= 0),
    CONSTRAINT ck_inventory_items_stone_value CHECK (stone_value >= 0),
    CONSTRAINT ck_inventory_items_cost_price CHECK (cost_price >= 0),
    CONSTRAINT ck_inventory_items_price_mode CHECK (price_mode IN ('weight', 'fixed')),
    CONSTRAINT ck_inventory_items_fixed_price CHECK (fixed_price >= 0),
    -- A weight-priced item needs a metal and a purity to find its rate; a fixed-priced one a price.
    CONSTRAINT ck_inventory_items_weight_priced CHECK (price_mode <> 'weight' OR (metal_type IS NOT NULL AND purity IS NOT NULL)),
    CONSTRAINT ck_inventory_items_fixed_priced CHECK (price_mode <> 'fixed' OR fixed_price IS NOT NULL),
    -- Invariant 1: stock never goes below zero.
    CONSTRAINT ck_inventory_items_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_inventory_items_min_stock_level CHECK (min_stock_level >= 0),
    CONSTRAINT ck_inventory_items_reorder_quantity CHECK (reorder_quantity >= 0),
    CONSTRAINT ck_inventory_items_status CHECK (status IN ('in_stock', 'reserved', 'sold', 'archived')),
    CONSTRAINT ck_inventory_items_attributes CHECK (jsonb_typeof(attributes) = 'object'),
    CONSTRAINT ck_inventory_items_version CHECK (version >= 0)
);

-- A partial unique index rather than a UNIQUE constraint: only pieces that carry a hallmark
-- take part, and the index stays small.
CREATE UNIQUE INDEX uq_inventory_items_hallmark_id ON inventory_items (hallmark_id) WHERE hallmark_id IS NOT NULL;
CREATE INDEX idx_inventory_items_category_status ON inventory_items (category_id, status);
CREATE INDEX idx_inventory_items_status ON inventory_items (status);

-- -----------------------------------------------------------------------------
-- customers: the base profile; the spec's profile columns are added in V2. A customer who
-- asks to be erased is anonymised (erased_at set), never deleted: invoices and books stay.
-- -----------------------------------------------------------------------------
CREATE TABLE customers (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_code    VARCHAR(50) NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100),
    phone            VARCHAR(20),
    email            VARCHAR(255),
    lifetime_spend   NUMERIC(14,2) NOT NULL DEFAULT 0,
    last_purchase_at TIMESTAMP WITH TIME ZONE,
    is_active        BOOLEAN NOT NULL DEFAULT true,
    erased_at        TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version          BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_customers_customer_code UNIQUE (customer_code),
    CONSTRAINT ck_customers_lifetime_spend CHECK (lifetime_spend >= 0),
    CONSTRAINT ck_customers_version CHECK (version >= 0)
);

-- Search by phone, e-mail (case-insensitive) and name prefix (case-insensitive). National
-- id, city and company are indexed by the spec (V2).
CREATE INDEX idx_customers_phone ON customers (phone);
CREATE INDEX idx_customers_email_lower ON customers (lower(email));
CREATE INDEX idx_customers_name_lower ON customers (lower(last_name) text_pattern_ops, lower(first_name) text_pattern_ops);

-- -----------------------------------------------------------------------------
-- invoices: sales and credit notes (invoice_type). Life: draft -> issued -> partially_paid
-- -> paid; or voided (before any payment) / returned (through credit notes).
-- Numbers are assigned at issue from invoice_counters (V3), gapless per series and year.
-- -----------------------------------------------------------------------------
CREATE TABLE invoices (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_type        VARCHAR(20) NOT NULL DEFAULT 'sale',
    -- NULL while draft; prefix + year + sequence once issued.
    invoice_number      VARCHAR(50),
    invoice_series      VARCHAR(20),
    invoice_year        INTEGER,
    invoice_sequence    BIGINT,
    -- NULL for a walk-in sale.
    customer_id         UUID,
    status              VARCHAR(20) NOT NULL DEFAULT 'draft',
    invoice_date        DATE NOT NULL DEFAULT CURRENT_DATE,
    currency            CHAR(3) NOT NULL,
    -- The rates used, frozen at issue: {"gold/916": {"sell": ..., "buy": ..., "effective_from": ...}, ...}
    metal_rates         JSONB,
    subtotal            NUMERIC(14,2) NOT NULL DEFAULT 0,
    discount_total      NUMERIC(14,2) NOT NULL DEFAULT 0,
    tax_total           NUMERIC(14,2) NOT NULL DEFAULT 0,
    total               NUMERIC(14,2) NOT NULL DEFAULT 0,
    amount_paid         NUMERIC(14,2) NOT NULL DEFAULT 0,
    balance_due         NUMERIC(14,2) NOT NULL DEFAULT 0,
    notes               TEXT,
    -- A credit note points at the sale it returns.
    original_invoice_id UUID,
    created_by          UUID,
    issued_by           UUID,
    issued_at           TIMESTAMP WITH TIME ZONE,
    voided_by           UUID,
    voided_at           TIMESTAMP WITH TIME ZONE,
    void_reason         TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_invoices_invoice_number UNIQUE (invoice_number),
    -- Invariant 3: one sequence number per series and year.
    CONSTRAINT uq_invoices_series_year_sequence UNIQUE (invoice_series, invoice_year, invoice_sequence),
    -- Customers are anonymised, not deleted, once they have sales history.
    CONSTRAINT fk_invoices_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_invoices_original_invoice_id FOREIGN KEY (original_invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_invoices_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_invoices_issued_by FOREIGN KEY (issued_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_invoices_voided_by FOREIGN KEY (voided_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_invoices_invoice_type CHECK (invoice_type IN ('sale', 'credit_note')),
    CONSTRAINT ck_invoices_status CHECK (status IN ('draft', 'issued', 'partially_paid', 'paid', 'voided', 'returned')),
    CONSTRAINT ck_invoices_invoice_year CHECK (invoice_year BETWEEN 1900 AND 9999),
    CONSTRAINT ck_invoices_invoice_sequence CHECK (invoice_sequence >= 1),
    CONSTRAINT ck_invoices_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_invoices_subtotal CHECK (subtotal >= 0),
    CONSTRAINT ck_invoices_discount_total CHECK (discount_total >= 0),
    CONSTRAINT ck_invoices_tax_total CHECK (tax_total >= 0),
    CONSTRAINT ck_invoices_total CHECK (total >= 0),
    CONSTRAINT ck_invoices_amount_paid CHECK (amount_paid >= 0),
    -- Never more paid than owed: balance_due >= 0 and it is exactly what is left.
    CONSTRAINT ck_invoices_balance_due CHECK (balance_due >= 0),
    CONSTRAINT ck_invoices_balance_formula CHECK (balance_due = total - amount_paid),
    -- Everything but a draft carries its number.
    CONSTRAINT ck_invoices_numbered_when_issued CHECK (
        status = 'draft'
        OR (invoice_number IS NOT NULL AND invoice_year IS NOT NULL AND invoice_sequence IS NOT NULL)),
    -- A credit note, and only a credit note, points at an original invoice.
    CONSTRAINT ck_invoices_credit_note_original CHECK ((invoice_type = 'credit_note') = (original_invoice_id IS NOT NULL)),
    CONSTRAINT ck_invoices_original_not_self CHECK (original_invoice_id <> id),
    -- A void says when and why.
    CONSTRAINT ck_invoices_void_details CHECK (status <> 'voided' OR (voided_at IS NOT NULL AND void_reason IS NOT NULL)),
    CONSTRAINT ck_invoices_version CHECK (version >= 0)
);

CREATE INDEX idx_invoices_customer_date ON invoices (customer_id, invoice_date);
CREATE INDEX idx_invoices_date ON invoices (invoice_date);
CREATE INDEX idx_invoices_status ON invoices (status);
CREATE INDEX idx_invoices_original_invoice_id ON invoices (original_invoice_id) WHERE original_invoice_id IS NOT NULL;

-- -----------------------------------------------------------------------------
-- invoice_items: one priced line. Every component is stored rounded, as printed; the
-- line remembers the rate it used. Quantities are positive on credit notes too (the
-- invoice_type says the direction).
-- -----------------------------------------------------------------------------
CREATE TABLE invoice_items (
    id                       UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id               UUID NOT NULL,
    line_number              INTEGER,
    inventory_item_id        UUID,
    -- On a credit note: the sale line being returned (partial returns are counted against it).
    original_invoice_item_id UUID,
    description              TEXT,
    price_mode               VARCHAR(10) NOT NULL DEFAULT 'weight',
    quantity                 INTEGER NOT NULL DEFAULT 1,
    metal_type               VARCHAR(20),
    purity                   NUMERIC(6,2),
    gross_weight             NUMERIC(12,3),
    stone_weight             NUMERIC(12,3),
    net_weight               NUMERIC(12,3),
    rate_per_gram            NUMERIC(14,4),
    wastage_percent          NUMERIC(5,2),
    making_charge_type       VARCHAR(20),
    making_charge_value      NUMERIC(14,2),
    profit_percent           NUMERIC(5,2),
    unit_price               NUMERIC(14,2),
    metal_value              NUMERIC(14,2) NOT NULL DEFAULT 0,
    wastage_value            NUMERIC(14,2) NOT NULL DEFAULT 0,
    making_charge            NUMERIC(14,2) NOT NULL DEFAULT 0,
    profit_value             NUMERIC(14,2) NOT NULL DEFAULT 0,
    stone_value              NUMERIC(14,2) NOT NULL DEFAULT 0,
    discount                 NUMERIC(14,2) NOT NULL DEFAULT 0,
    tax_rate                 NUMERIC(5,2) NOT NULL DEFAULT 0,
    tax_amount               NUMERIC(14,2) NOT NULL DEFAULT 0,
    line_total               NUMERIC(14,2) NOT NULL DEFAULT 0,
    -- Cost of the goods on this line, for the COGS posting and the gross-margin KPI.
    cost_amount              NUMERIC(14,2) NOT NULL DEFAULT 0,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Lines go with their (draft) invoice; issued invoices cannot be deleted (V3 trigger).
    CONSTRAINT fk_invoice_items_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE CASCADE,
    CONSTRAINT fk_invoice_items_inventory_item_id FOREIGN KEY (inventory_item_id) REFERENCES inventory_items (id) ON DELETE RESTRICT,
    CONSTRAINT fk_invoice_items_original_invoice_item_id FOREIGN KEY (original_invoice_item_id) REFERENCES invoice_items (id) ON DELETE RESTRICT,
    CONSTRAINT ck_invoice_items_line_number CHECK (line_number >= 1),
    CONSTRAINT ck_invoice_items_price_mode CHECK (price_mode IN ('weight', 'fixed')),
    CONSTRAINT ck_invoice_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_invoice_items_metal_type CHECK (metal_type IN ('gold', 'silver', 'platinum', 'palladium')),
    CONSTRAINT ck_invoice_items_purity CHECK (purity > 0 AND purity <= 1000),
    CONSTRAINT ck_invoice_items_gross_weight CHECK (gross_weight >= 0),
    CONSTRAINT ck_invoice_items_stone_weight CHECK (stone_weight >= 0),
    CONSTRAINT ck_invoice_items_net_weight CHECK (net_weight >= 0),
    CONSTRAINT ck_invoice_items_rate_per_gram CHECK (rate_per_gram >= 0),
    CONSTRAINT ck_invoice_items_wastage_percent CHECK (wastage_percent >= 0),
    CONSTRAINT ck_invoice_items_making_charge_type CHECK (making_charge_type IN ('per_gram', 'percent', 'fixed')),
    CONSTRAINT ck_invoice_items_making_charge_value CHECK (making_charge_value >= 0),
    CONSTRAINT ck_invoice_items_profit_percent CHECK (profit_percent >= 0),
    CONSTRAINT ck_invoice_items_unit_price CHECK (unit_price >= 0),
    CONSTRAINT ck_invoice_items_metal_value CHECK (metal_value >= 0),
    CONSTRAINT ck_invoice_items_wastage_value CHECK (wastage_value >= 0),
    CONSTRAINT ck_invoice_items_making_charge CHECK (making_charge >= 0),
    CONSTRAINT ck_invoice_items_profit_value CHECK (profit_value >= 0),
    CONSTRAINT ck_invoice_items_stone_value CHECK (stone_value >= 0),
    CONSTRAINT ck_invoice_items_discount CHECK (discount >= 0),
    CONSTRAINT ck_invoice_items_tax_rate CHECK (tax_rate >= 0 AND tax_rate <= 100),
    CONSTRAINT ck_invoice_items_tax_amount CHECK (tax_amount >= 0),
    CONSTRAINT ck_invoice_items_line_total CHECK (line_total >= 0),
    CONSTRAINT ck_invoice_items_cost_amount CHECK (cost_amount >= 0)
);

CREATE INDEX idx_invoice_items_invoice_id ON invoice_items (invoice_id);
CREATE INDEX idx_invoice_items_inventory_item_id ON invoice_items (inventory_item_id) WHERE inventory_item_id IS NOT NULL;
CREATE INDEX idx_invoice_items_original_invoice_item_id ON invoice_items (original_invoice_item_id) WHERE original_invoice_item_id IS NOT NULL;

-- -----------------------------------------------------------------------------
-- accounts: the chart of accounts (seeded in V3). Referenced by code, which is what
-- settings, reports and accountants use; an account with entries cannot be deleted, only
-- deactivated.
-- -----------------------------------------------------------------------------
CREATE TABLE accounts (
    code        VARCHAR(20) PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    type        VARCHAR(20) NOT NULL,
    description TEXT,
    is_active   BOOLEAN NOT NULL DEFAULT true,
    is_system   BOOLEAN NOT NULL DEFAULT false,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_accounts_type CHECK (type IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
    CONSTRAINT ck_accounts_code CHECK (code ~ '^[0-9A-Za-z._-]+$'),
    CONSTRAINT ck_accounts_version CHECK (version >= 0)
);

-- -----------------------------------------------------------------------------
-- accounting_entries: the double-entry ledger. One row is one side of one posting; the
-- rows of a journal_id balance (deferred trigger, V3) and are never updated or deleted
-- (trigger, V3): a correction is a reversing journal.
-- -----------------------------------------------------------------------------
CREATE TABLE accounting_entries (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    journal_id     UUID NOT NULL,
    entry_date     DATE NOT NULL,
    account_code   VARCHAR(20) NOT NULL,
    debit          NUMERIC(14,2) NOT NULL DEFAULT 0,
    credit         NUMERIC(14,2) NOT NULL DEFAULT 0,
    description    TEXT,
    reference_type VARCHAR(50),
    reference_id   UUID,
    -- NULL when the system itself posted (a job).
    created_by     UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_accounting_entries_account_code FOREIGN KEY (account_code) REFERENCES accounts (code) ON DELETE RESTRICT,
    CONSTRAINT fk_accounting_entries_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    -- Exactly one side, neither negative: (debit = 0) <> (credit = 0).
    CONSTRAINT ck_accounting_entries_one_side CHECK (debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0))
);

CREATE INDEX idx_accounting_entries_journal_id ON accounting_entries (journal_id);
CREATE INDEX idx_accounting_entries_account_date ON accounting_entries (account_code, entry_date);
CREATE INDEX idx_accounting_entries_entry_date ON accounting_entries (entry_date);
CREATE INDEX idx_accounting_entries_reference ON accounting_entries (reference_type, reference_id);

-- -----------------------------------------------------------------------------
-- payments: money (or old gold, points, store credit) received against an invoice, or paid
-- back on a credit note (kind = 'refund'). Amounts are always positive; the kind gives the
-- direction. A client may retry: idempotency_key makes the retry a no-op.
-- -----------------------------------------------------------------------------
CREATE TABLE payments (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id      UUID NOT NULL,
    customer_id     UUID,
    kind            VARCHAR(20) NOT NULL DEFAULT 'payment',
    amount          NUMERIC(14,2) NOT NULL,
    currency        CHAR(3),
    method          VARCHAR(20) NOT NULL,
    -- Card slip, transfer or cheque number.
    reference       VARCHAR(100),
    status          VARCHAR(20) NOT NULL DEFAULT 'completed',
    -- Method-specific facts: old gold weight/purity/melting loss/rate, points redeemed, ...
    details         JSONB,
    -- The scrap stock created by an old-gold exchange.
    old_gold_item_id UUID,
    paid_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    received_by     UUID,
    idempotency_key VARCHAR(150) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_payments_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_payments_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_payments_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_payments_old_gold_item_id FOREIGN KEY (old_gold_item_id) REFERENCES inventory_items (id) ON DELETE RESTRICT,
    CONSTRAINT fk_payments_received_by FOREIGN KEY (received_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_payments_kind CHECK (kind IN ('payment', 'refund')),
    CONSTRAINT ck_payments_amount CHECK (amount > 0),
    CONSTRAINT ck_payments_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_payments_method CHECK (method IN ('cash', 'card', 'bank_transfer', 'cheque', 'old_gold', 'loyalty_points', 'store_credit')),
    CONSTRAINT ck_payments_status CHECK (status IN ('pending', 'completed', 'failed', 'cancelled', 'reversed'))
);

CREATE INDEX idx_payments_invoice_id ON payments (invoice_id);
CREATE INDEX idx_payments_customer_paid_at ON payments (customer_id, paid_at);
CREATE INDEX idx_payments_paid_at ON payments (paid_at);
CREATE INDEX idx_payments_old_gold_item_id ON payments (old_gold_item_id) WHERE old_gold_item_id IS NOT NULL;

-- -----------------------------------------------------------------------------
-- company_settings: exactly one row (id = 1, seeded in V3). logo_image_id references
-- images, which V2 creates; its foreign key is added in V3.
-- -----------------------------------------------------------------------------
CREATE TABLE company_settings (
    id                          SMALLINT PRIMARY KEY DEFAULT 1,
    shop_name                   VARCHAR(255) NOT NULL,
    legal_name                  VARCHAR(255),
    address                     TEXT,
    phone                       VARCHAR(20),
    email                       VARCHAR(255),
    tax_id                      VARCHAR(50),
    currency                    CHAR(3) NOT NULL,
    -- IANA zone of the shop's clock (business hours, ages, the invoice year).
    time_zone                   VARCHAR(64) NOT NULL DEFAULT 'UTC',
    -- full: tax on the whole subtotal; value_added: tax on subtotal - metal.
    tax_policy                  VARCHAR(20) NOT NULL DEFAULT 'full',
    tax_rate                    NUMERIC(5,2) NOT NULL DEFAULT 0,
    -- java.math.RoundingMode, lower-cased.
    rounding_mode               VARCHAR(20) NOT NULL DEFAULT 'half_up',
    invoice_prefix              VARCHAR(20) NOT NULL DEFAULT 'INV',
    credit_note_prefix          VARCHAR(20) NOT NULL DEFAULT 'CN',
    default_making_charge_type  VARCHAR(20) NOT NULL DEFAULT 'per_gram',
    default_making_charge_value NUMERIC(14,2) NOT NULL DEFAULT 0,
    -- Default melting loss deducted from old gold taken in exchange.
    old_gold_melting_loss_percent NUMERIC(5,2) NOT NULL DEFAULT 0,
    -- Currency value of one loyalty point when redeemed.
    loyalty_point_value         NUMERIC(14,4) NOT NULL DEFAULT 0,
    -- A discount above this percentage of the line needs a permission.
    discount_limit_percent      NUMERIC(5,2) NOT NULL DEFAULT 0,
    business_hours              JSONB,
    logo_image_id               UUID,
    -- Role -> account code: {"cash": "1000", "receivable": "1100", ...}
    account_codes               JSONB NOT NULL DEFAULT '{}'::jsonb,
    updated_by                  UUID,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version                     BIGINT NOT NULL DEFAULT 0,
    -- The single-row table: the only possible key is 1.
    CONSTRAINT ck_company_settings_singleton CHECK (id = 1),
    CONSTRAINT fk_company_settings_updated_by FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_company_settings_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_company_settings_tax_policy CHECK (tax_policy IN ('full', 'value_added')),
    CONSTRAINT ck_company_settings_tax_rate CHECK (tax_rate >= 0 AND tax_rate <= 100),
    CONSTRAINT ck_company_settings_rounding_mode CHECK (rounding_mode IN ('half_up', 'half_even', 'half_down', 'up', 'down', 'ceiling', 'floor')),
    CONSTRAINT ck_company_settings_default_making_charge_type CHECK (default_making_charge_type IN ('per_gram', 'percent', 'fixed')),
    CONSTRAINT ck_company_settings_default_making_charge_value CHECK (default_making_charge_value >= 0),
    CONSTRAINT ck_company_settings_old_gold_melting_loss_percent CHECK (old_gold_melting_loss_percent >= 0 AND old_gold_melting_loss_percent < 100),
    CONSTRAINT ck_company_settings_loyalty_point_value CHECK (loyalty_point_value >= 0),
    CONSTRAINT ck_company_settings_discount_limit_percent CHECK (discount_limit_percent >= 0 AND discount_limit_percent <= 100),
    CONSTRAINT ck_company_settings_account_codes CHECK (jsonb_typeof(account_codes) = 'object'),
    CONSTRAINT ck_company_settings_version CHECK (version >= 0)
);
