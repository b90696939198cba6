package dev.goldshop.media;

import java.util.UUID;

/**
 * What an upload is for. The content's type is always read from its bytes; the file name is
 * kept only as sanitised metadata.
 *
 * @param entity the kind of thing the picture belongs to
 * @param entityId which one; it must exist
 * @param role {@link ImageRole#PHOTO} or, for a category only, {@link ImageRole#ICON}
 * @param fileName the uploader's file name, 1 to 255 characters after sanitising
 * @param altText text for screen readers, at most 255 characters, or {@code null}
 * @param primary whether the photo becomes the entity's primary one (the first photo of an
 *     entity always does)
 */
public record ImageUpload(ImageEntity entity, UUID entityId, ImageRole role, String fileName, String altText,
        boolean primary) {

    /**
     * A photo for an entity.
     *
     * @param entity the kind of thing
     * @param entityId which one
     * @param fileName the uploader's file name
     * @return the upload, not primary unless it is the entity's first photo
     */
    public static ImageUpload photo(ImageEntity entity, UUID entityId, String fileName) {
        return new ImageUpload(entity, entityId, ImageRole.PHOTO, fileName, null, false);
    }

    /**
     * A copy that asks for the photo to become the primary one.
     *
     * @return the copy
     */
    public ImageUpload asPrimary() {
        return new ImageUpload(entity, entityId, role, fileName, altText, true);
    }

    /**
     * A copy with alt text.
     *
     * @param text the text for screen readers
     * @return the copy
     */
    public ImageUpload withAltText(String text) {
        return new ImageUpload(entity, entityId, role, fileName, text, primary);
    }
}
