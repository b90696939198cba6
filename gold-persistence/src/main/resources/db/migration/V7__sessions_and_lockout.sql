-- =============================================================================
-- V7: login sessions, lock-out and security alerts (issue 3, sections 3 and 6).
--
--   * company_settings: the session and lock-out policy, edited by the company-settings
--     facade and read by the engine through a short cache.
--   * users.failed_login_window_start: the start of the window the account's failure count
--     belongs to, so that the count and its window move in one atomic UPDATE.
--   * login_failures: the same count per client address.
--   * user_sessions: the user agent of the login (the CallContext of every request carries
--     it), when and why a session ended, and a guarantee that session_token is a SHA-256 hex
--     digest, never a raw token (SECURITY.md SES-02).
--   * security_alerts: the note of the latest status change, the list's keyset index, and
--     the rule that exactly the closed statuses carry a close time.
-- =============================================================================

ALTER TABLE company_settings
    ADD COLUMN session_idle_timeout_minutes      INTEGER NOT NULL DEFAULT 30,
    ADD COLUMN session_absolute_lifetime_minutes INTEGER NOT NULL DEFAULT 720,
    ADD COLUMN max_sessions_per_user             INTEGER NOT NULL DEFAULT 5,
    ADD COLUMN lockout_threshold                 INTEGER NOT NULL DEFAULT 5,
    ADD COLUMN lockout_window_minutes            INTEGER NOT NULL DEFAULT 15,
    ADD COLUMN lockout_duration_minutes          INTEGER NOT NULL DEFAULT 15,
    -- One minute to one day idle; five minutes to thirty days in all.
    ADD CONSTRAINT ck_company_settings_session_idle_timeout_minutes
        CHECK (session_idle_timeout_minutes BETWEEN 1 AND 1440),
    ADD CONSTRAINT ck_company_settings_session_absolute_lifetime_minutes
        CHECK (session_absolute_lifetime_minutes BETWEEN 5 AND 43200),
    ADD CONSTRAINT ck_company_settings_session_idle_within_lifetime
        CHECK (session_idle_timeout_minutes <= session_absolute_lifetime_minutes),
    ADD CONSTRAINT ck_company_settings_max_sessions_per_user
        CHECK (max_sessions_per_user BETWEEN 1 AND 100),
    -- Fewer than 3 would lock people out for a typo or two; more than 100 is no lock-out.
    ADD CONSTRAINT ck_company_settings_lockout_threshold
        CHECK (lockout_threshold BETWEEN 3 AND 100),
    ADD CONSTRAINT ck_company_settings_lockout_window_minutes
        CHECK (lockout_window_minutes BETWEEN 1 AND 1440),
    ADD CONSTRAINT ck_company_settings_lockout_duration_minutes
        CHECK (lockout_duration_minutes BETWEEN 1 AND 1440);

ALTER TABLE users
    ADD COLUMN failed_login_window_start TIMESTAMP WITH TIME ZONE,
    ADD CONSTRAINT ck_users_failed_login_window
        CHECK (failed_login_count = 0 OR failed_login_window_start IS NOT NULL);

-- Failed logins per client address (SECURITY.md AUTH-04, DOMAIN.md "Security rules of
-- thumb"): one row per address, counted with one atomic upsert.
CREATE TABLE login_failures (
    ip_address    INET PRIMARY KEY,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    failure_count INTEGER NOT NULL,
    -- While in the future, every login from this address is refused.
    locked_until  TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_login_failures_failure_count CHECK (failure_count > 0)
);
-- The clean-up drops rows whose window and lock are both over.
CREATE INDEX idx_login_failures_updated_at ON login_failures (updated_at);

ALTER TABLE user_sessions
    ADD COLUMN user_agent TEXT,
    ADD COLUMN ended_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN end_reason VARCHAR(30),
    ADD CONSTRAINT ck_user_sessions_session_token CHECK (session_token ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT ck_user_sessions_end_reason CHECK (end_reason IN ('logout', 'revoked', 'expired', 'idle',
        'session_cap', 'replaced', 'password_changed', 'deactivated')),
    ADD CONSTRAINT ck_user_sessions_expires_at CHECK (expires_at > created_at);
-- A user's sessions newest first (listing, the cap, the 90-day history of addresses and devices).
CREATE INDEX idx_user_sessions_user_created ON user_sessions (user_id, created_at, id);

-- Deleting an old session checks that no audit row points to it; without this index every
-- such check would read the whole trail.
CREATE INDEX idx_audit_logs_session_id ON audit_logs (session_id) WHERE session_id IS NOT NULL;

ALTER TABLE security_alerts
    ADD COLUMN status_note TEXT,
    ADD CONSTRAINT ck_security_alerts_alert_type
        CHECK (alert_type IN ('suspicious_login', 'multiple_failures', 'unusual_activity')),
    ADD CONSTRAINT ck_security_alerts_resolved_at
        CHECK ((status IN ('resolved', 'false_positive')) = (resolved_at IS NOT NULL));
CREATE INDEX idx_security_alerts_created ON security_alerts (created_at, id);
