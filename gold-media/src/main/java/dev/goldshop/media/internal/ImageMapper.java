package dev.goldshop.media.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL over {@code images}, the entities' image links and the media quotas. */
public interface ImageMapper {
    /**
     * Serialises work on one entity's images until the transaction ends.
     *
     * @param key the entity's lock key
     * @return the lock function's (void) result
     */
    String lockEntity(@Param("key") String key);

    /**
     * Inserts an image.
     *
     * @param row the row
     */
    void insert(ImageRow row);

    /**
     * One image, or null.
     *
     * @return see the statement in ImageMapper.xml
     */
    ImageRow selectById(@Param("id") UUID id);

    /**
     * An entity's images: icon first, then photos in gallery order.
     *
     * @return see the statement in ImageMapper.xml
     */
    List<ImageRow> selectByEntity(@Param("entityType") String entityType, @Param("entityId") UUID entityId);

    /**
     * The image of an entity and role with this uploaded content, or null.
     *
     * @return see the statement in ImageMapper.xml
     */
    ImageRow selectByContent(@Param("entityType") String entityType, @Param("entityId") UUID entityId,
            @Param("role") String role, @Param("sha256") String sha256);

    /**
     * The next free gallery position of an entity's photos.
     *
     * @return see the statement in ImageMapper.xml
     */
    Integer selectNextSortOrder(@Param("entityType") String entityType, @Param("entityId") UUID entityId);

    /**
     * Clears the entity's primary flag.
     *
     * @return see the statement in ImageMapper.xml
     */
    int clearPrimary(@Param("entityType") String entityType, @Param("entityId") UUID entityId, @Param("now") Instant now);

    /**
     * Makes an image primary.
     *
     * @return see the statement in ImageMapper.xml
     */
    int markPrimary(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * Moves an image in its gallery.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateSortOrder(@Param("id") UUID id, @Param("sortOrder") int sortOrder, @Param("now") Instant now);

    /**
     * Changes the alt text if the version matches.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateAltText(@Param("id") UUID id, @Param("altText") String altText, @Param("version") long version,
            @Param("now") Instant now);

    /**
     * Deletes an image row.
     *
     * @return see the statement in ImageMapper.xml
     */
    int delete(@Param("id") UUID id);

    /**
     * The state of the entity a picture is for.
     *
     * @param entityType the entity's type code
     * @param id the entity
     * @return {@code live}, {@code erased} (a customer), or null if there is none
     */
    String selectEntityState(@Param("entityType") String entityType, @Param("id") UUID id);

    /**
     * Sets an item's primary image and gallery (JSON array of ids).
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateItemLinks(@Param("id") UUID id, @Param("primaryImageId") UUID primaryImageId,
            @Param("gallery") String galleryJson);

    /**
     * Sets a category's image and thumbnail paths.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateCategoryImage(@Param("id") UUID id, @Param("imageUrl") String imageUrl,
            @Param("thumbnailUrl") String thumbnailUrl);

    /**
     * Sets a category's icon path.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateCategoryIcon(@Param("id") UUID id, @Param("iconUrl") String iconUrl);

    /**
     * Sets a customer's profile photo.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateCustomerProfileImage(@Param("id") UUID id, @Param("imageId") UUID imageId);

    /**
     * Sets a user's profile photo.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateUserProfileImage(@Param("id") UUID id, @Param("imageId") UUID imageId);

    /**
     * Bytes a user uploaded (images and documents) since a time.
     *
     * @return see the statement in ImageMapper.xml
     */
    long selectBytesUploadedSince(@Param("userId") UUID userId, @Param("since") Instant since);

    /**
     * Files a user uploaded (images and documents) since a time.
     *
     * @return see the statement in ImageMapper.xml
     */
    int selectFilesUploadedSince(@Param("userId") UUID userId, @Param("since") Instant since);

    /**
     * A customer document's file facts, or null.
     *
     * @return see the statement in ImageMapper.xml
     */
    DocumentFileRow selectDocumentFile(@Param("id") UUID id);

    /**
     * Records a document file's SHA-256 and uploader.
     *
     * @return see the statement in ImageMapper.xml
     */
    int updateDocumentFileFacts(@Param("id") UUID id, @Param("sha256") String sha256,
            @Param("uploadedBy") UUID uploadedBy);

    /**
     * Every image row, for reconciliation.
     *
     * @return see the statement in ImageMapper.xml
     */
    List<ImageRow> selectAllImageFiles();

    /**
     * Erased customers who still have pictures.
     *
     * @return see the statement in ImageMapper.xml
     */
    List<UUID> selectErasedCustomersWithImages();

    /**
     * Every document row, for reconciliation.
     *
     * @return see the statement in ImageMapper.xml
     */
    List<DocumentFileRow> selectAllDocumentFiles();
}
