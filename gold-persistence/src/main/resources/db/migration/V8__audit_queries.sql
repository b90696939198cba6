-- =============================================================================
-- V8: indexes and statistics for reading the audit trail (AuditTrail.query, .history).
--
-- Pages are read newest first with a keyset cursor on (created_at, id). An index whose last
-- columns are (created_at, id) after the filter column lets PostgreSQL read a page of one
-- filter as a range of the index, in order, without sorting, however deep the page. V5 gave
-- the unfiltered trail (created_at, id) and one resource's history (resource_type,
-- resource_id, created_at, id); the spec's (user_id, created_at) and (action_type,
-- created_at) lack the id that breaks ties between rows of the same microsecond.
-- Combinations of filters use the most selective of these and filter the rest.
-- =============================================================================

CREATE INDEX idx_audit_logs_user_created ON audit_logs (user_id, created_at, id);
CREATE INDEX idx_audit_logs_action_created ON audit_logs (action_type, created_at, id);
CREATE INDEX idx_audit_logs_outcome_created ON audit_logs (outcome, created_at, id);
CREATE INDEX idx_audit_logs_type_created ON audit_logs (resource_type, created_at, id);
-- A resource by id alone (ids are UUIDv7, unique across types). Rows about no one resource
-- (lists, logins of unknown users) are many and never looked up by id: left out.
CREATE INDEX idx_audit_logs_resource_id_created ON audit_logs (resource_id, created_at, id)
    WHERE resource_id IS NOT NULL;

-- A resource's id determines its type, which the planner cannot know by itself: it would
-- multiply the two selectivities, expect a handful of rows for a busy resource's history, and
-- fetch all of them by bitmap to sort them for every page, instead of reading one page of
-- idx_audit_logs_resource_created in order. The dependency statistics tell it.
CREATE STATISTICS st_audit_logs_resource (dependencies) ON resource_type, resource_id FROM audit_logs;

-- The keyset cursor is (created_at, id): a row without a time could never be paged to. The
-- writer always sets it; the spec declares the column nullable, so the rule is a CHECK.
ALTER TABLE audit_logs ADD CONSTRAINT ck_audit_logs_created_at CHECK (created_at IS NOT NULL);
