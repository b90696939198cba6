-- =============================================================================
-- V10: the catalogue and the stock (issue 4, sections 2 and 3).
--
--   * inventory_items.item_kind: unique pieces, counted stock and scrap lots, with the rules
--     that tie kind, status and quantity together (DOMAIN.md invariant 1: a unique piece is
--     never sold twice, stock never goes below zero);
--   * stock_movements: every change of an item's quantity (or of a scrap lot's weight),
--     append-only;
--   * the indexes item search needs (SKU and barcode are already unique in V1): name order
--     for keyset paging, name prefix, name infix (pg_trgm, where the server has it), metal and
--     purity.
--
-- Names follow V1: ck_<table>_<column> / ck_<table>_<rule>, uq_<table>_<what>,
-- fk_<table>_<column>, idx_<table>_<what>.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- inventory_items.item_kind. Rows written before this migration (none by the SDK) keep the
-- meaning their quantity gives them.
-- -----------------------------------------------------------------------------
ALTER TABLE inventory_items ADD COLUMN item_kind VARCHAR(20) NOT NULL DEFAULT 'unique_piece';
UPDATE inventory_items SET item_kind = 'counted' WHERE quantity <> 1;

ALTER TABLE inventory_items
    ADD CONSTRAINT ck_inventory_items_item_kind CHECK (item_kind IN ('unique_piece', 'counted', 'scrap')),
    -- A unique piece is one piece: 1 while in stock or reserved, 0 once sold (and 0 or 1 when
    -- archived, depending on whether it left the shop).
    ADD CONSTRAINT ck_inventory_items_unique_piece_quantity CHECK (item_kind <> 'unique_piece' OR quantity IN (0, 1)),
    ADD CONSTRAINT ck_inventory_items_unique_piece_on_hand CHECK (
        item_kind <> 'unique_piece' OR status NOT IN ('in_stock', 'reserved') OR quantity = 1),
    -- Only unique pieces are ever "sold" as a whole; counted stock is sold by decrementing.
    ADD CONSTRAINT ck_inventory_items_sold_piece CHECK (status <> 'sold' OR (item_kind = 'unique_piece' AND quantity = 0)),
    ADD CONSTRAINT ck_inventory_items_reserved_piece CHECK (status <> 'reserved' OR item_kind = 'unique_piece'),
    -- A hallmark (HUID) is stamped on one piece.
    ADD CONSTRAINT ck_inventory_items_hallmark_piece CHECK (hallmark_id IS NULL OR item_kind = 'unique_piece'),
    -- A scrap lot is metal of one purity, weighed as a whole: no stones, priced by weight.
    ADD CONSTRAINT ck_inventory_items_scrap_lot CHECK (
        item_kind <> 'scrap' OR (metal_type IS NOT NULL AND purity IS NOT NULL AND stone_weight = 0
                                 AND price_mode = 'weight'));

-- One scrap lot per metal and purity: old gold taken in exchange and items moved to scrap add
-- their weight to it (INSERT ... ON CONFLICT DO NOTHING, then SELECT ... FOR UPDATE), so that
-- concurrent additions queue on the lot's row instead of creating a second one.
CREATE UNIQUE INDEX uq_inventory_items_scrap_lot ON inventory_items (metal_type, purity) WHERE item_kind = 'scrap';

-- -----------------------------------------------------------------------------
-- Search indexes. The order of results (and of keyset pages) is (lower(name), id); the
-- first index serves that order, keyset predicates and equality on the lower-cased name.
-- text_pattern_ops serves "name starts with" (LIKE 'abc%') whatever the database collation.
-- -----------------------------------------------------------------------------
CREATE INDEX idx_inventory_items_name_order ON inventory_items (lower(name), id);
CREATE INDEX idx_inventory_items_name_prefix ON inventory_items (lower(name) text_pattern_ops);
CREATE INDEX idx_inventory_items_metal_purity ON inventory_items (metal_type, purity, net_weight);

-- "Name contains" (LIKE '%abc%') needs a trigram index. pg_trgm ships with PostgreSQL's contrib
-- and is a trusted extension (PostgreSQL 13+: a database owner may install it), but a
-- locked-down server may lack it or refuse it. Without it the search still works, by a slower
-- plan, so its absence must not stop the migration. When pg_trgm is already installed in
-- another schema, its operator class is named with that schema.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'pg_trgm is available but may not be installed by this user; name infix search will not be indexed';
        END;
    END IF;
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX idx_inventory_items_name_trgm ON inventory_items USING gin (lower(name) %I.gin_trgm_ops)',
                       trgm_schema);
    END IF;
END
$$;

-- -----------------------------------------------------------------------------
-- stock_movements: one row per change of an item's stock, written in the same transaction as
-- the change by the one atomic UPDATE that also refuses to go below zero. quantity_after is
-- what that UPDATE returned. For a scrap lot the weight is what moves: weight_delta grams are
-- added, weight_after is the lot's weight after.
-- -----------------------------------------------------------------------------
CREATE TABLE stock_movements (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    item_id        UUID NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    quantity_delta INTEGER NOT NULL,
    quantity_after INTEGER NOT NULL,
    weight_delta   NUMERIC(12,3),
    weight_after   NUMERIC(12,3),
    reason         TEXT,
    -- What caused it: 'invoice', 'credit_note', 'payment', 'inventory_item' (scrap from an
    -- item), ...; with the id of that row.
    reference_type VARCHAR(50),
    reference_id   UUID,
    -- Cost of what moved (units x unit cost, or the price paid for old gold).
    cost           NUMERIC(14,2),
    -- NULL for the system and for movements made inside a sale (the invoice names its user).
    created_by     UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_stock_movements_item_id FOREIGN KEY (item_id) REFERENCES inventory_items (id) ON DELETE RESTRICT,
    CONSTRAINT fk_stock_movements_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_stock_movements_kind CHECK (kind IN ('receive', 'adjust', 'scrap', 'sale', 'return')),
    -- Invariant 1, recorded: no movement ever leaves a negative quantity.
    CONSTRAINT ck_stock_movements_quantity_after CHECK (quantity_after >= 0),
    -- Something moved: units, or grams into a scrap lot.
    CONSTRAINT ck_stock_movements_something_moved CHECK (quantity_delta <> 0 OR weight_delta > 0),
    CONSTRAINT ck_stock_movements_direction CHECK (
        (kind IN ('receive', 'return') AND quantity_delta >= 0)
        OR (kind = 'sale' AND quantity_delta < 0)
        OR kind IN ('adjust', 'scrap')),
    CONSTRAINT ck_stock_movements_weight_pair CHECK ((weight_delta IS NULL) = (weight_after IS NULL)),
    CONSTRAINT ck_stock_movements_weight_delta CHECK (weight_delta >= 0),
    CONSTRAINT ck_stock_movements_weight_after CHECK (weight_after >= 0),
    CONSTRAINT ck_stock_movements_cost CHECK (cost >= 0),
    -- An adjustment or a scrapping says why.
    CONSTRAINT ck_stock_movements_reason CHECK (
        kind NOT IN ('adjust', 'scrap') OR (reason IS NOT NULL AND btrim(reason) <> '')),
    CONSTRAINT ck_stock_movements_reference_pair CHECK ((reference_type IS NULL) = (reference_id IS NULL))
);

-- An item's history, newest first, in keyset pages.
CREATE INDEX idx_stock_movements_item_created ON stock_movements (item_id, created_at DESC, id DESC);
-- "What did this invoice / credit note / payment move?"
CREATE INDEX idx_stock_movements_reference ON stock_movements (reference_type, reference_id) WHERE reference_id IS NOT NULL;
CREATE INDEX idx_stock_movements_created_by ON stock_movements (created_by) WHERE created_by IS NOT NULL;

-- Movements are history: never changed or deleted. A mistake is corrected by a new movement.
CREATE FUNCTION stock_movements_forbid_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Stock movements are never changed (% of movement % refused); record a correcting movement instead',
            TG_OP, OLD.id
        USING CONSTRAINT = 'ck_stock_movements_immutable',
              SCHEMA = TG_TABLE_SCHEMA,
              TABLE = 'stock_movements';
END;
$$;

CREATE TRIGGER trg_stock_movements_immutable
    BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_forbid_change();
