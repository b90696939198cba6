package dev.goldshop.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An optional hook for a malware scanner (ClamAV, a cloud service): every upload that passed
 * the SDK's own checks is shown to it before it is stored (SECURITY.md UPL-02).
 */
@FunctionalInterface
public interface ContentScanner {
    /**
     * Scans an upload.
     *
     * @param mimeType the type detected from the content
     * @param content the uploaded bytes
     * @return empty if clean, or the reason the upload is refused (for example the signature's name)
     * @throws IOException if the scanner cannot be reached; the upload is then refused
     */
    Optional<String> scan(String mimeType, InputStream content) throws IOException;
}
