package dev.goldshop.media;

/**
 * The limits uploads are held to (SECURITY.md UPL-01, UPL-03) and the sizes of the variants.
 *
 * @param maxImageBytes the largest image upload, counted on the stream (default 20 MB)
 * @param maxDocumentBytes the largest document upload (default 20 MB)
 * @param maxPixels the most pixels (width times height) an image may declare (default 50
 *     million); larger ones are refused before anything is decoded
 * @param thumbnailEdge the thumbnail's longer edge in pixels (default 320)
 * @param compressedEdge the compressed variant's longer edge in pixels (default 1600)
 * @param dailyBytesPerUser how many bytes one user may upload in 24 hours (default 1 GB)
 * @param dailyFilesPerUser how many files one user may upload in 24 hours (default 2,000)
 */
public record MediaLimits(long maxImageBytes, long maxDocumentBytes, long maxPixels, int thumbnailEdge,
        int compressedEdge, long dailyBytesPerUser, int dailyFilesPerUser) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a limit is not positive or the thumbnail is larger
     *     than the compressed variant
     */
    public MediaLimits {
        if (maxImageBytes <= 0 || maxDocumentBytes <= 0 || maxPixels <= 0 || dailyBytesPerUser <= 0
                || dailyFilesPerUser <= 0) {
            throw new IllegalArgumentException("media limits must be positive");
        }
        if (thumbnailEdge < 16 || compressedEdge < thumbnailEdge) {
            throw new IllegalArgumentException("the thumbnail edge must be at least 16 pixels and not larger than"
                    + " the compressed edge; got " + thumbnailEdge + " and " + compressedEdge);
        }
    }

    /**
     * The defaults.
     *
     * @return 20 MB, 20 MB, 50 megapixels, 320 px, 1600 px, 1 GB and 2,000 files a day
     */
    public static MediaLimits defaults() {
        return new MediaLimits(20L * 1024 * 1024, 20L * 1024 * 1024, 50_000_000L, 320, 1600,
                1024L * 1024 * 1024, 2_000);
    }

    /**
     * A copy with another image size limit.
     *
     * @param bytes the largest image upload
     * @return the copy
     */
    public MediaLimits withMaxImageBytes(long bytes) {
        return new MediaLimits(bytes, maxDocumentBytes, maxPixels, thumbnailEdge, compressedEdge, dailyBytesPerUser,
                dailyFilesPerUser);
    }

    /**
     * A copy with another pixel limit.
     *
     * @param pixels the most pixels an image may declare
     * @return the copy
     */
    public MediaLimits withMaxPixels(long pixels) {
        return new MediaLimits(maxImageBytes, maxDocumentBytes, pixels, thumbnailEdge, compressedEdge,
                dailyBytesPerUser, dailyFilesPerUser);
    }

    /**
     * A copy with other per-user daily quotas.
     *
     * @param bytes bytes per user in 24 hours
     * @param files files per user in 24 hours
     * @return the copy
     */
    public MediaLimits withDailyQuota(long bytes, int files) {
        return new MediaLimits(maxImageBytes, maxDocumentBytes, maxPixels, thumbnailEdge, compressedEdge, bytes, files);
    }
}
