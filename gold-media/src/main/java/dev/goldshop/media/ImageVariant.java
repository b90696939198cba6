package dev.goldshop.media;

/** The files kept for each image. All three are re-encoded, without EXIF or GPS data. */
public enum ImageVariant {
    /** The full image at its own size, oriented upright and re-encoded. */
    FULL,
    /** At most {@link MediaLimits#compressedEdge()} pixels on its longer edge, for pages. */
    COMPRESSED,
    /** At most {@link MediaLimits#thumbnailEdge()} pixels on its longer edge, for lists. */
    THUMBNAIL
}
