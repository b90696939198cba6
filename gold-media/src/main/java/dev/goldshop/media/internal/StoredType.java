package dev.goldshop.media.internal;

/** The content types gold-media accepts, as detected from the bytes. */
enum StoredType {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    WEBP("image/webp", "webp", "webp"),
    GIF("image/gif", "gif", "gif"),
    PDF("application/pdf", "pdf", null);

    /** What pictures may be: the formats ImageIO reads here. */
    static final java.util.Set<StoredType> IMAGES = java.util.Set.of(JPEG, PNG, WEBP, GIF);
    /** What customers' documents may be. */
    static final java.util.Set<StoredType> DOCUMENTS = java.util.Set.of(PDF, JPEG, PNG);

    final String mimeType;
    final String extension;
    /** The ImageIO format name, or null for documents. */
    final String imageFormat;

    StoredType(String mimeType, String extension, String imageFormat) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.imageFormat = imageFormat;
    }

    boolean isImage() {
        return imageFormat != null;
    }
}
