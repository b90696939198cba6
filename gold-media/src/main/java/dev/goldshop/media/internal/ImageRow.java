package dev.goldshop.media.internal;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code images}, as the mapper reads and writes it. */
public final class ImageRow {
    /** Id. */
    public UUID id;
    /** Entity type code. */
    public String entityType;
    /** Entity id. */
    public UUID entityId;
    /** Role code. */
    public String imageRole;
    /** Full variant path. */
    public String filePath;
    /** Sanitised original name. */
    public String fileName;
    /** Full variant size. */
    public long fileSize;
    /** Stored MIME type. */
    public String mimeType;
    /** Width in pixels. */
    public int width;
    /** Height in pixels. */
    public int height;
    /** Alt text. */
    public String altText;
    /** Primary flag. */
    public boolean primary;
    /** Gallery position. */
    public int sortOrder;
    /** Thumbnail path. */
    public String thumbnailPath;
    /** Compressed variant path. */
    public String compressedPath;
    /** SHA-256 of the uploaded bytes. */
    public String contentSha256;
    /** SHA-256 of the full variant file. */
    public String fileSha256;
    /** Uploader. */
    public UUID uploadedBy;
    /** Created. */
    public Instant createdAt;
    /** Updated. */
    public Instant updatedAt;
    /** Version. */
    public long version;

    /**
     * The path of one variant.
     *
     * @param variant the variant
     * @return its path
     */
    public String path(dev.goldshop.media.ImageVariant variant) {
        return switch (variant) {
            case FULL -> filePath;
            case COMPRESSED -> compressedPath;
            case THUMBNAIL -> thumbnailPath;
        };
    }
}
