-- =============================================================================
-- V9: the customer CRM (issue 5) on the spec's tables (V2) and V3's additions.
--
-- Nothing the spec defines is changed: only columns, constraints, indexes, functions and
-- tables are added. Names follow V1: ck_<table>_<column>, uq_<table>_<what>,
-- fk_<table>_<column>, idx_<table>_<what>.
--
--   * Search stays index-backed at a million customers: pg_trgm + unaccent (both "trusted"
--     contrib extensions since PostgreSQL 13, so a database owner may create them), an
--     IMMUTABLE normaliser and a stored, normalised search_name with a trigram GIN index and a
--     C-collated btree (prefixes, name order, keyset paging).
--   * National ids are encrypted by the SDK (AES-256-GCM, SECURITY.md PII-01). A ciphertext
--     (12-byte IV + up to 50 bytes + 16-byte tag, base64: up to 104 characters) does not fit
--     the spec's national_id VARCHAR(50), so the spec's column keeps only a masked form
--     ('****' + last four characters, for lists and SQL users) and the ciphertext, its key id
--     and an HMAC-SHA256 blind index (for equality lookups) live in new columns.
--   * company_settings gains the phone region and the national-id pattern (read by the
--     customer facade; edited through the company-settings facade).
-- =============================================================================

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The search normaliser: lower case, accents off ("José Núñez" -> "jose nunez"), runs of
-- white space as one space. unaccent() itself is only STABLE (its dictionary could be
-- changed), so an index or a generated column cannot use it; this wrapper names the
-- dictionary explicitly and is declared IMMUTABLE. Its SQL-standard body is bound when it is
-- created, so it works whatever a caller's search_path. The extension's schema is looked up
-- rather than assumed to be public.
DO $do$
DECLARE
    ext_schema TEXT;
BEGIN
    SELECT n.nspname INTO ext_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent';
    EXECUTE format($f$
        CREATE FUNCTION customer_search_text(value TEXT) RETURNS TEXT
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN btrim(regexp_replace(lower(%I.unaccent(%L::regdictionary, value)), '\s+', ' ', 'g'))
    $f$, ext_schema, quote_ident(ext_schema) || '.unaccent');
END
$do$;

-- -----------------------------------------------------------------------------
-- customers
-- -----------------------------------------------------------------------------
CREATE SEQUENCE customer_code_seq AS BIGINT START 1;

ALTER TABLE customers
    -- base64(IV || ciphertext || tag) of the national id, the id of the key it was sealed
    -- with, and HMAC-SHA256(blind-index key, canonical id) in hex.
    ADD COLUMN national_id_enc    TEXT,
    ADD COLUMN national_id_key_id VARCHAR(64),
    ADD COLUMN national_id_bidx   VARCHAR(64),
    -- Kept by sales with lifetime_spend and last_purchase_at (the purchase summary).
    ADD COLUMN purchase_count     INTEGER NOT NULL DEFAULT 0,
    -- "first last", normalised for search; C collation so that one btree serves prefix LIKE,
    -- name order and keyset paging whatever the database's collation.
    ADD COLUMN search_name        TEXT COLLATE "C"
        GENERATED ALWAYS AS (customer_search_text(first_name || ' ' || coalesce(last_name, ''))) STORED,
    -- month * 100 + day of the birth date (e.g. 1231), for "birthdays in the next N days".
    ADD COLUMN birth_month_day    SMALLINT
        GENERATED ALWAYS AS ((EXTRACT(MONTH FROM date_of_birth) * 100 + EXTRACT(DAY FROM date_of_birth))::SMALLINT) STORED,
    ADD CONSTRAINT ck_customers_gender CHECK (gender IN ('male', 'female', 'other', 'undisclosed')),
    ADD CONSTRAINT ck_customers_marital_status CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed', 'separated')),
    ADD CONSTRAINT ck_customers_address_type CHECK (address_type IN ('home', 'work', 'billing', 'shipping', 'other')),
    ADD CONSTRAINT ck_customers_date_of_birth CHECK (date_of_birth >= DATE '1900-01-01'),
    ADD CONSTRAINT ck_customers_purchase_count CHECK (purchase_count >= 0),
    ADD CONSTRAINT ck_customers_custom_fields CHECK (jsonb_typeof(custom_fields) = 'object'),
    -- The plain column never holds a national id in clear: only its mask, and only together
    -- with the ciphertext, key id and blind index.
    ADD CONSTRAINT ck_customers_national_id_masked CHECK (national_id LIKE '****%'),
    ADD CONSTRAINT ck_customers_national_id_sealed CHECK (
        (national_id IS NULL) = (national_id_enc IS NULL)
        AND (national_id_enc IS NULL) = (national_id_key_id IS NULL)
        AND (national_id_enc IS NULL) = (national_id_bidx IS NULL)),
    -- An erased customer keeps no contact, identifier or birth date.
    ADD CONSTRAINT ck_customers_erased CHECK (erased_at IS NULL OR (
        phone IS NULL AND email IS NULL AND national_id_enc IS NULL AND date_of_birth IS NULL
        AND street_address IS NULL AND emergency_contact_phone IS NULL AND is_active = false));

-- Partial name search (every word: LIKE '%word%') through trigrams.
CREATE INDEX idx_customers_search_name_trgm ON customers USING gin (search_name gin_trgm_ops);
-- Short prefixes (LIKE 'ab%'), name order and keyset paging (search_name, id).
CREATE INDEX idx_customers_search_name ON customers (search_name, id);
-- National id equality through the blind index (duplicates are allowed with an override,
-- hence not unique).
CREATE INDEX idx_customers_national_id_bidx ON customers (national_id_bidx) WHERE national_id_bidx IS NOT NULL;
CREATE INDEX idx_customers_birth_month_day ON customers (birth_month_day);
-- City and company match ignoring case (the spec's idx_customers_city / _company serve exact SQL).
CREATE INDEX idx_customers_city_lower ON customers (lower(city));
CREATE INDEX idx_customers_company_lower ON customers (lower(company_name));

-- -----------------------------------------------------------------------------
-- company_settings: phone region and national-id pattern for customer validation.
-- -----------------------------------------------------------------------------
ALTER TABLE company_settings
    -- ISO 3166-1 alpha-2 region for phone numbers typed without a country code.
    ADD COLUMN default_phone_region CHAR(2) NOT NULL DEFAULT 'US',
    -- A java.util.regex pattern every national id must match in full.
    ADD COLUMN national_id_pattern  VARCHAR(500) NOT NULL DEFAULT '^[A-Za-z0-9-]{4,50}$',
    ADD CONSTRAINT ck_company_settings_default_phone_region CHECK (default_phone_region ~ '^[A-Z]{2}$'),
    ADD CONSTRAINT ck_company_settings_national_id_pattern CHECK (length(national_id_pattern) >= 1);

-- -----------------------------------------------------------------------------
-- customer_custom_field_definitions: the shop's own customer fields.
-- -----------------------------------------------------------------------------
CREATE TABLE customer_custom_field_definitions (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name           VARCHAR(50) NOT NULL,
    label          VARCHAR(100) NOT NULL,
    field_type     VARCHAR(20) NOT NULL,
    is_required    BOOLEAN NOT NULL DEFAULT false,
    allowed_values JSONB NOT NULL DEFAULT '[]'::jsonb,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version        BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_customer_custom_field_definitions_name UNIQUE (name),
    CONSTRAINT ck_customer_custom_field_definitions_name CHECK (name ~ '^[a-z][a-z0-9_]{0,49}$'),
    CONSTRAINT ck_customer_custom_field_definitions_field_type CHECK (field_type IN ('text', 'number', 'date', 'boolean', 'choice')),
    CONSTRAINT ck_customer_custom_field_definitions_allowed_values CHECK (
        jsonb_typeof(allowed_values) = 'array'
        AND (field_type = 'choice') = (jsonb_array_length(allowed_values) > 0)),
    CONSTRAINT ck_customer_custom_field_definitions_version CHECK (version >= 0)
);

-- -----------------------------------------------------------------------------
-- customer_special_dates: the special occasions of customer_preferences.special_occasions,
-- one row each, kept in step by the preferences facade in the same transaction, so that
-- "anniversaries in the next N days" is an index range instead of a JSONB scan.
-- -----------------------------------------------------------------------------
CREATE TABLE customer_special_dates (
    id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id   UUID NOT NULL,
    occasion_type VARCHAR(20) NOT NULL,
    occasion_date DATE NOT NULL,
    month_day     SMALLINT GENERATED ALWAYS AS ((EXTRACT(MONTH FROM occasion_date) * 100 + EXTRACT(DAY FROM occasion_date))::SMALLINT) STORED,
    label         VARCHAR(100),
    CONSTRAINT fk_customer_special_dates_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT ck_customer_special_dates_occasion_type CHECK (occasion_type IN ('anniversary', 'engagement', 'other'))
);

CREATE INDEX idx_customer_special_dates_type_month_day ON customer_special_dates (occasion_type, month_day);
CREATE INDEX idx_customer_special_dates_customer_id ON customer_special_dates (customer_id);

-- -----------------------------------------------------------------------------
-- customer_documents
-- -----------------------------------------------------------------------------
ALTER TABLE customer_documents
    ADD CONSTRAINT ck_customer_documents_document_type CHECK (document_type IN ('id_copy', 'contract', 'photo', 'other')),
    ADD CONSTRAINT ck_customer_documents_verified CHECK ((is_verified IS TRUE) = (verified_at IS NOT NULL)),
    ADD CONSTRAINT ck_customer_documents_version CHECK (version >= 0);

-- A customer's documents, newest first (ids are time-ordered UUIDv7).
CREATE INDEX idx_customer_documents_customer_id_id ON customer_documents (customer_id, id);
CREATE INDEX idx_customer_documents_verified_by ON customer_documents (verified_by) WHERE verified_by IS NOT NULL;

-- -----------------------------------------------------------------------------
-- customer_relationships: one link per pair and type whichever way it was made; one
-- referrer per customer.
-- -----------------------------------------------------------------------------
ALTER TABLE customer_relationships
    ADD CONSTRAINT ck_customer_relationships_relationship_type CHECK (relationship_type IN ('family', 'business_partner', 'referral', 'friend')),
    ADD CONSTRAINT ck_customer_relationships_version CHECK (version >= 0);

CREATE UNIQUE INDEX uq_customer_relationships_undirected_pair ON customer_relationships (
    LEAST(customer_id, related_customer_id), GREATEST(customer_id, related_customer_id), relationship_type)
    WHERE related_customer_id IS NOT NULL;
CREATE UNIQUE INDEX uq_customer_relationships_one_referrer ON customer_relationships (related_customer_id)
    WHERE relationship_type = 'referral';

-- -----------------------------------------------------------------------------
-- customer_tags / customer_tag_assignments
-- -----------------------------------------------------------------------------
ALTER TABLE customer_tags
    ADD CONSTRAINT ck_customer_tags_color CHECK (color ~ '^#[0-9A-F]{6}$'),
    ADD CONSTRAINT ck_customer_tags_version CHECK (version >= 0);

-- "VIP" and "vip" are one tag.
CREATE UNIQUE INDEX uq_customer_tags_name_lower ON customer_tags (lower(name));
CREATE INDEX idx_customer_tag_assignments_assigned_by ON customer_tag_assignments (assigned_by) WHERE assigned_by IS NOT NULL;

-- -----------------------------------------------------------------------------
-- customer_communication_history: who must do a follow-up, what it came from, and how it
-- ended.
-- -----------------------------------------------------------------------------
ALTER TABLE customer_communication_history
    ADD COLUMN assigned_to  UUID,
    ADD COLUMN follow_up_of UUID,
    ADD COLUMN outcome      TEXT,
    ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN completed_by UUID,
    ADD CONSTRAINT fk_customer_communication_history_assigned_to FOREIGN KEY (assigned_to) REFERENCES users (id) ON DELETE RESTRICT,
    ADD CONSTRAINT fk_customer_communication_history_follow_up_of FOREIGN KEY (follow_up_of) REFERENCES customer_communication_history (id) ON DELETE SET NULL,
    ADD CONSTRAINT fk_customer_communication_history_completed_by FOREIGN KEY (completed_by) REFERENCES users (id) ON DELETE RESTRICT,
    ADD CONSTRAINT ck_customer_communication_history_communication_type CHECK (communication_type IN ('call', 'email', 'sms', 'visit', 'note')),
    -- A scheduled row is a follow-up with a due time and someone to do it.
    ADD CONSTRAINT ck_customer_communication_history_scheduled CHECK (
        status <> 'scheduled' OR (follow_up_required AND follow_up_date IS NOT NULL AND assigned_to IS NOT NULL)),
    ADD CONSTRAINT ck_customer_communication_history_version CHECK (version >= 0);

-- A user's follow-ups due by a time (today's and overdue), earliest first.
CREATE INDEX idx_customer_communication_due ON customer_communication_history (assigned_to, follow_up_date, id)
    WHERE status = 'scheduled';
-- A customer's history, newest first, keyset-paged.
CREATE INDEX idx_customer_communication_customer_date ON customer_communication_history (customer_id, communication_date DESC, id DESC);
CREATE INDEX idx_customer_communication_created_by ON customer_communication_history (created_by);
CREATE INDEX idx_customer_communication_follow_up_of ON customer_communication_history (follow_up_of) WHERE follow_up_of IS NOT NULL;

-- -----------------------------------------------------------------------------
-- customer_preferences
-- -----------------------------------------------------------------------------
ALTER TABLE customer_preferences
    ADD CONSTRAINT ck_customer_preferences_purchase_frequency CHECK (purchase_frequency IN ('weekly', 'monthly', 'seasonal', 'annual')),
    ADD CONSTRAINT ck_customer_preferences_preferred_metal_types CHECK (jsonb_typeof(preferred_metal_types) = 'array'),
    ADD CONSTRAINT ck_customer_preferences_preferred_styles CHECK (jsonb_typeof(preferred_styles) = 'array'),
    ADD CONSTRAINT ck_customer_preferences_communication_preferences CHECK (jsonb_typeof(communication_preferences) = 'object'),
    ADD CONSTRAINT ck_customer_preferences_special_occasions CHECK (jsonb_typeof(special_occasions) = 'array'),
    ADD CONSTRAINT ck_customer_preferences_version CHECK (version >= 0);

-- -----------------------------------------------------------------------------
-- The two permissions this area adds to Permissions (customer.pii:rotate,
-- customer.internal_notes:read) go to the owner template, which holds every permission, and to
-- owner roles already made from it.
-- -----------------------------------------------------------------------------
UPDATE permission_templates
   SET permissions = permissions || '["customer.pii:rotate", "customer.internal_notes:read"]'::jsonb
 WHERE name = 'owner' AND is_system_template AND NOT permissions @> '["customer.pii:rotate"]'::jsonb;
UPDATE roles
   SET permissions = permissions || '["customer.pii:rotate", "customer.internal_notes:read"]'::jsonb
 WHERE name = 'owner' AND is_system AND NOT permissions @> '["customer.pii:rotate"]'::jsonb;
