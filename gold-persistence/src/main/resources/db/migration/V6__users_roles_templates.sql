-- =============================================================================
-- V6: users, roles and permission templates (issue 3, sections 1 and 2).
--
--   * password_reset_tokens: single-use, expiring reset tokens, stored only as the SHA-256
--     hash of the token (the token itself is shown once to whoever asked for it).
--   * company_settings.password_reset_token_minutes: how long a reset token works.
--   * The system permission templates, each granting the least its job needs. Their
--     permission strings are the constants of dev.goldshop.core.security.Permissions; a test
--     checks that the owner template is exactly Permissions.ALL, so the two cannot drift.
--
-- Deliberately NOT here: any user. A freshly migrated shop has no account at all, so there is
-- no default administrator with a known password (SECURITY.md AUTH-06); the first owner is
-- created by Users.bootstrapOwner with a password the host supplies or one generated for it.
-- =============================================================================

CREATE TABLE password_reset_tokens (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID NOT NULL,
    -- Lower-case hex SHA-256 of the token; a stolen table gives no usable token.
    token_hash VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set once, when the token is consumed; a used token never works again.
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Who issued it; kept as a fact if that user is ever removed.
    created_by UUID,
    CONSTRAINT fk_password_reset_tokens_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_password_reset_tokens_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT uq_password_reset_tokens_token_hash UNIQUE (token_hash),
    CONSTRAINT ck_password_reset_tokens_token_hash CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_password_reset_tokens_expires_at CHECK (expires_at > created_at),
    CONSTRAINT ck_password_reset_tokens_used_at CHECK (used_at IS NULL OR used_at >= created_at)
);
CREATE INDEX idx_password_reset_tokens_user_id ON password_reset_tokens (user_id);

ALTER TABLE company_settings
    ADD COLUMN password_reset_token_minutes INTEGER NOT NULL DEFAULT 30,
    ADD CONSTRAINT ck_company_settings_password_reset_token_minutes
        CHECK (password_reset_token_minutes BETWEEN 5 AND 1440);

-- -----------------------------------------------------------------------------
-- System templates. Read-only for the SDK (is_system_template = true); shops add their own.
-- -----------------------------------------------------------------------------

-- owner: everything.
INSERT INTO permission_templates (name, description, permissions, is_system_template) VALUES
('owner', 'The shop''s owner: every permission, including users, roles and the audit trail.', '[
  "user:create", "user:read", "user:update", "user:deactivate", "user:reset_password",
  "role:create", "role:read", "role:update", "role:delete",
  "permission_template:create", "permission_template:read", "permission_template:update", "permission_template:delete",
  "session:read", "session:revoke",
  "audit:read", "audit:verify",
  "alert:read", "alert:raise", "alert:update",
  "settings:read", "settings:update",
  "category:read", "category:manage",
  "inventory:read", "inventory:create", "inventory:update", "inventory:archive", "inventory.cost:read",
  "stock:adjust",
  "rate:read", "rate:post",
  "pricing:quote",
  "invoice:read", "invoice:create", "invoice:issue", "invoice:void", "invoice:return",
  "discount:override",
  "payment:create", "payment:read",
  "ledger:read", "ledger:post",
  "report:read",
  "customer:read", "customer:create", "customer:update", "customer:deactivate", "customer:duplicate_override",
  "customer.pii:read", "customer.pii:rotate", "customer.internal_notes:read", "customer:export", "customer:erase",
  "customer_document:read", "customer_document:manage", "customer_document:verify",
  "customer_tag:manage", "customer_tag:assign",
  "communication:read", "communication:manage",
  "image:read", "image:upload", "image:delete",
  "loyalty:read", "loyalty_program:manage", "loyalty:adjust", "loyalty:redeem",
  "kpi:read", "kpi:manage",
  "analytics:read",
  "report:manage", "dashboard:manage",
  "automation:read", "automation:manage",
  "reorder:read", "reorder:review"
]'::jsonb, true);

-- manager: runs the shop day to day. Not: administering users, roles and templates (reading
-- them is fine), verifying the audit chain, posting manual journals, erasing customers.
INSERT INTO permission_templates (name, description, permissions, is_system_template) VALUES
('manager', 'Runs the shop day to day: stock, sales, voids, discounts, customers and reports; no user or role administration, no manual journals, no erasure.', '[
  "user:read",
  "role:read",
  "permission_template:read",
  "session:read", "session:revoke",
  "audit:read",
  "alert:read", "alert:raise", "alert:update",
  "settings:read", "settings:update",
  "category:read", "category:manage",
  "inventory:read", "inventory:create", "inventory:update", "inventory:archive", "inventory.cost:read",
  "stock:adjust",
  "rate:read", "rate:post",
  "pricing:quote",
  "invoice:read", "invoice:create", "invoice:issue", "invoice:void", "invoice:return",
  "discount:override",
  "payment:create", "payment:read",
  "ledger:read",
  "report:read",
  "customer:read", "customer:create", "customer:update", "customer:deactivate", "customer:duplicate_override",
  "customer.pii:read", "customer.pii:rotate", "customer.internal_notes:read", "customer:export",
  "customer_document:read", "customer_document:manage", "customer_document:verify",
  "customer_tag:manage", "customer_tag:assign",
  "communication:read", "communication:manage",
  "image:read", "image:upload", "image:delete",
  "loyalty:read", "loyalty_program:manage", "loyalty:adjust", "loyalty:redeem",
  "kpi:read", "kpi:manage",
  "analytics:read",
  "report:manage", "dashboard:manage",
  "automation:read", "automation:manage",
  "reorder:read", "reorder:review"
]'::jsonb, true);

-- cashier: the least needed to sell. Nothing administrative, no voids or returns, no discount
-- above the policy, no unmasked personal data, no costs.
INSERT INTO permission_templates (name, description, permissions, is_system_template) VALUES
('cashier', 'Sells at the counter: reads the catalogue and rates, prices, creates and issues invoices, takes payments, serves customers and redeems points.', '[
  "category:read", "inventory:read", "image:read",
  "rate:read",
  "pricing:quote",
  "invoice:read", "invoice:create", "invoice:issue",
  "payment:create",
  "customer:read", "customer:create",
  "communication:manage",
  "loyalty:read", "loyalty:redeem"
]'::jsonb, true);

-- accountant: the books and what feeds them, read-only except manual journals.
INSERT INTO permission_templates (name, description, permissions, is_system_template) VALUES
('accountant', 'Keeps the books: reads and posts journals, reads reports, payments, invoices, settings, KPIs and analytics.', '[
  "ledger:read", "ledger:post",
  "report:read",
  "payment:read",
  "invoice:read",
  "settings:read",
  "kpi:read", "analytics:read"
]'::jsonb, true);

-- auditor: reads and verifies, changes nothing.
INSERT INTO permission_templates (name, description, permissions, is_system_template) VALUES
('auditor', 'Reviews without changing anything: the audit trail and its verification, alerts, sales, books, users, roles and sessions.', '[
  "audit:read", "audit:verify",
  "alert:read",
  "invoice:read", "payment:read",
  "ledger:read", "report:read",
  "user:read",
  "role:read", "permission_template:read",
  "session:read"
]'::jsonb, true);
