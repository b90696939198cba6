package dev.goldshop.media.internal;

/** Byte counts as people read them, for error messages. */
final class Sizes {
    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
