-- =============================================================================
-- V13: gold-media (issue 6) on the spec's images table (V2) and customer_documents.
--
-- Nothing the spec defines is changed: only columns, constraints and indexes are added.
--
--   * An image has a role: a 'photo' (gallery, profile picture) or a category's 'icon'.
--   * Exactly one primary photo per entity, also under concurrent uploads: a partial unique
--     index backs the advisory lock the engine takes per entity.
--   * The same content uploaded twice for one entity is stored once: the SHA-256 of the
--     uploaded bytes is unique per entity.
--   * Invariant 7 (each file matches its row): the SHA-256 of the stored file, so that the
--     reconciler can check size and content; who uploaded, for the per-user quotas (UPL-01).
--   * users gain a profile image, as customers have (spec).
-- =============================================================================

ALTER TABLE images
    ADD COLUMN image_role     VARCHAR(20) NOT NULL DEFAULT 'photo',
    ADD COLUMN content_sha256 CHAR(64),
    ADD COLUMN file_sha256    CHAR(64),
    ADD COLUMN uploaded_by    UUID,
    ADD CONSTRAINT ck_images_image_role CHECK (image_role IN ('photo', 'icon')),
    ADD CONSTRAINT ck_images_entity_type CHECK (entity_type IN ('inventory_item', 'category', 'customer', 'user')),
    ADD CONSTRAINT ck_images_icon_not_primary CHECK (image_role = 'photo' OR is_primary IS NOT TRUE),
    ADD CONSTRAINT ck_images_sort_order CHECK (sort_order >= 0),
    ADD CONSTRAINT fk_images_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL;

CREATE UNIQUE INDEX uq_images_one_primary ON images (entity_type, entity_id) WHERE is_primary;
CREATE UNIQUE INDEX uq_images_one_icon ON images (entity_type, entity_id) WHERE image_role = 'icon';
CREATE UNIQUE INDEX uq_images_content ON images (entity_type, entity_id, image_role, content_sha256)
    WHERE content_sha256 IS NOT NULL;
CREATE INDEX idx_images_uploaded_by_created_at ON images (uploaded_by, created_at) WHERE uploaded_by IS NOT NULL;

ALTER TABLE customer_documents
    ADD COLUMN file_sha256 CHAR(64),
    ADD COLUMN uploaded_by UUID,
    ADD CONSTRAINT fk_customer_documents_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX idx_customer_documents_uploaded_by_created_at ON customer_documents (uploaded_by, created_at)
    WHERE uploaded_by IS NOT NULL;

ALTER TABLE users
    ADD COLUMN profile_image_id UUID,
    ADD CONSTRAINT fk_users_profile_image_id FOREIGN KEY (profile_image_id) REFERENCES images (id);
CREATE INDEX idx_users_profile_image_id ON users (profile_image_id) WHERE profile_image_id IS NOT NULL;
