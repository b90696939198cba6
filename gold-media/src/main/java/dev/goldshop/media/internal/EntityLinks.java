package dev.goldshop.media.internal;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.media.ImageEntity;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps an entity's image columns in step with its images: recomputed from the rows after
 * every change, under the entity's lock, so they cannot drift whatever the order of calls.
 */
final class EntityLinks {
    private EntityLinks() {
    }

    /**
     * Locks an entity's images for the rest of the transaction and checks the entity can have them.
     *
     * @param tx the transaction
     * @param entity the kind of thing
     * @param entityId which one
     * @param forUpload whether pictures are being added (an erased customer takes none)
     */
    static void lock(Tx tx, ImageEntity entity, UUID entityId, boolean forUpload) {
        ImageMapper images = tx.mapper(ImageMapper.class);
        images.lockEntity("images:" + entity.code() + ":" + entityId);
        String state = images.selectEntityState(entity.code(), entityId);
        if (state == null && forUpload) {
            throw new NotFoundException(entity.code(), entityId);
        }
        if ("erased".equals(state) && forUpload) {
            throw new BusinessRuleException("customer " + entityId + " was erased; an erased customer takes no pictures");
        }
    }

    /**
     * Rewrites the entity's columns from its images.
     *
     * @param tx the transaction
     * @param entity the kind of thing
     * @param entityId which one
     */
    static void refresh(Tx tx, ImageEntity entity, UUID entityId) {
        ImageMapper images = tx.mapper(ImageMapper.class);
        List<ImageRow> rows = images.selectByEntity(entity.code(), entityId);
        ImageRow primary = rows.stream().filter(r -> r.primary).findFirst().orElse(null);
        UUID primaryId = primary == null ? null : primary.id;
        switch (entity) {
            case INVENTORY_ITEM -> {
                List<ImageRow> photos = rows.stream().filter(r -> "photo".equals(r.imageRole)).toList();
                String gallery = photos.isEmpty() ? null
                        : photos.stream().map(r -> "\"" + r.id + "\"").collect(Collectors.joining(",", "[", "]"));
                images.updateItemLinks(entityId, primaryId, gallery);
            }
            case CATEGORY -> {
                images.updateCategoryImage(entityId, primary == null ? null : primary.compressedPath,
                        primary == null ? null : primary.thumbnailPath);
                ImageRow icon = rows.stream().filter(r -> "icon".equals(r.imageRole)).findFirst().orElse(null);
                images.updateCategoryIcon(entityId, icon == null ? null : icon.thumbnailPath);
            }
            case CUSTOMER -> images.updateCustomerProfileImage(entityId, primaryId);
            case USER -> images.updateUserProfileImage(entityId, primaryId);
            default -> throw new IllegalStateException("unknown entity " + entity);
        }
    }

    /**
     * Drops the entity's references to one image, so that its row can be deleted.
     *
     * @param tx the transaction
     * @param entity the kind of thing
     * @param entityId which one
     */
    static void release(Tx tx, ImageEntity entity, UUID entityId) {
        ImageMapper images = tx.mapper(ImageMapper.class);
        switch (entity) {
            case INVENTORY_ITEM -> images.updateItemLinks(entityId, null, null);
            case CUSTOMER -> images.updateCustomerProfileImage(entityId, null);
            case USER -> images.updateUserProfileImage(entityId, null);
            default -> {
                // categories hold paths, not references; refresh() rewrites them
            }
        }
    }
}
