package dev.goldshop.media;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored image and its variants. Paths are relative to the media root.
 *
 * @param id the image's id
 * @param entity what kind of thing it belongs to
 * @param entityId which one
 * @param role photo or icon
 * @param fileName the uploader's file name, sanitised; metadata only, never a path
 * @param mimeType the stored type ({@code image/jpeg} or {@code image/png}), from the content
 * @param fileSize the full variant's size in bytes
 * @param width the full variant's width in pixels, after orientation
 * @param height the full variant's height in pixels, after orientation
 * @param altText the text for screen readers, or {@code null}
 * @param primary whether it is the entity's primary photo
 * @param sortOrder its place in the gallery, from 0
 * @param filePath the full variant's path
 * @param compressedPath the compressed variant's path
 * @param thumbnailPath the thumbnail's path
 * @param createdAt when it was uploaded
 * @param updatedAt when its metadata last changed
 * @param version the version to pass back to change it
 */
public record Image(UUID id, ImageEntity entity, UUID entityId, ImageRole role, String fileName, String mimeType,
        long fileSize, int width, int height, String altText, boolean primary, int sortOrder, String filePath,
        String compressedPath, String thumbnailPath, Instant createdAt, Instant updatedAt, long version) {

    /**
     * The path of one variant.
     *
     * @param variant the variant
     * @return its path relative to the media root
     */
    public String path(ImageVariant variant) {
        return switch (variant) {
            case FULL -> filePath;
            case COMPRESSED -> compressedPath;
            case THUMBNAIL -> thumbnailPath;
        };
    }
}
