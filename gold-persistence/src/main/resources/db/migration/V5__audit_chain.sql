-- =============================================================================
-- V5: the audit trail becomes append-only and tamper-evident.
--
-- Every audit row is chained to the previous row of its chain by a SHA-256 hash over the
-- row's content and the previous hash. Rows are spread over 8 chains (chosen by transaction
-- id) so that concurrent transactions do not queue behind one chain head until commit; each
-- chain is verified on its own, and a chain's head records its last sequence number so that a
-- deleted tail is noticed too. The chain is computed by a trigger, so no writer can forget it.
-- =============================================================================

ALTER TABLE audit_logs ADD COLUMN chain_id SMALLINT;
ALTER TABLE audit_logs ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_logs ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_logs ADD COLUMN hash VARCHAR(64);
-- Outcome of the audited call: success, denied (authorization refused) or failure.
ALTER TABLE audit_logs ADD COLUMN outcome VARCHAR(20) NOT NULL DEFAULT 'success';
-- Who acted, by name, kept even if the user is later anonymised; 'system:<job>' for jobs.
ALTER TABLE audit_logs ADD COLUMN actor_name VARCHAR(150);

ALTER TABLE audit_logs ADD CONSTRAINT ck_audit_logs_outcome CHECK (outcome IN ('success', 'denied', 'failure'));
ALTER TABLE audit_logs ADD CONSTRAINT ck_audit_logs_chain_id CHECK (chain_id BETWEEN 0 AND 7);
CREATE UNIQUE INDEX uq_audit_logs_chain ON audit_logs (chain_id, chain_seq);
-- Keyset paging of the whole trail and of one resource's history, newest first.
CREATE INDEX idx_audit_logs_created ON audit_logs (created_at, id);
CREATE INDEX idx_audit_logs_resource_created ON audit_logs (resource_type, resource_id, created_at, id);

CREATE TABLE audit_chain_heads (
    chain_id  SMALLINT PRIMARY KEY,
    last_seq  BIGINT NOT NULL DEFAULT 0,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT ck_audit_chain_heads_chain_id CHECK (chain_id BETWEEN 0 AND 7)
);
INSERT INTO audit_chain_heads (chain_id, last_seq, last_hash)
SELECT c, 0, 'genesis' FROM generate_series(0, 7) AS c;

-- The canonical text of a row, hashed with the previous hash. NULL is written as a marker
-- distinct from the empty string; jsonb's text form is canonical (keys sorted, no spaces
-- variation); the time is written in UTC to the microsecond.
CREATE FUNCTION goldshop_audit_hash(prev TEXT, a audit_logs) RETURNS VARCHAR(64)
LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        prev
        || '|' || a.id::text
        || '|' || coalesce(a.user_id::text, '\N')
        || '|' || coalesce(a.session_id::text, '\N')
        || '|' || a.action_type
        || '|' || a.resource_type
        || '|' || coalesce(a.resource_id::text, '\N')
        || '|' || coalesce(a.old_data::text, '\N')
        || '|' || coalesce(a.new_data::text, '\N')
        || '|' || coalesce(host(a.ip_address), '\N')
        || '|' || coalesce(a.user_agent, '\N')
        || '|' || coalesce(a.additional_context::text, '\N')
        || '|' || coalesce(to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '\N')
        || '|' || a.outcome
        || '|' || coalesce(a.actor_name, '\N')
        || '|' || a.chain_id::text
        || '|' || a.chain_seq::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION goldshop_audit_append() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    head audit_chain_heads%ROWTYPE;
BEGIN
    IF NEW.chain_id IS NULL THEN
        NEW.chain_id := (txid_current() % 8)::smallint;
    END IF;
    SELECT * INTO head FROM audit_chain_heads WHERE chain_id = NEW.chain_id FOR UPDATE;
    NEW.chain_seq := head.last_seq + 1;
    NEW.prev_hash := head.last_hash;
    NEW.hash := goldshop_audit_hash(head.last_hash, NEW);
    UPDATE audit_chain_heads SET last_seq = NEW.chain_seq, last_hash = NEW.hash WHERE chain_id = NEW.chain_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER trg_audit_logs_append BEFORE INSERT ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION goldshop_audit_append();

-- The library never changes or removes audit rows, and neither may anyone else through it.
CREATE FUNCTION goldshop_audit_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit rows are append-only: % on audit_logs is not allowed', TG_OP
        USING ERRCODE = 'P0001', CONSTRAINT = 'ck_audit_logs_append_only';
END
$$;

CREATE TRIGGER trg_audit_logs_immutable BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION goldshop_audit_immutable();
CREATE TRIGGER trg_audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION goldshop_audit_immutable();
