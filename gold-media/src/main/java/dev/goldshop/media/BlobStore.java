package dev.goldshop.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where gold-media keeps file bytes. Paths are relative, use {@code /} and are made by the
 * SDK, never by a user. {@link FileSystemBlobStore} is the implementation for a local or
 * mounted disk; a host may supply another (object storage) with the same guarantees: a
 * written blob is either complete and durable or absent, and no path reaches outside the
 * store.
 */
public interface BlobStore {
    /**
     * Writes a new blob: to a temporary file beside the target, flushed to disk, then moved
     * into place in one step. If the writer or the disk fails, nothing is left behind.
     *
     * @param path the blob's relative path; must not exist yet
     * @param writer writes the content
     * @return what was stored
     * @throws IOException if the content could not be stored (disk full, I/O error)
     * @throws IllegalArgumentException if the path is not a valid relative path
     */
    StoredBlob write(String path, BlobWriter writer) throws IOException;

    /**
     * Opens a blob for reading.
     *
     * @param path its relative path
     * @return the content; close it
     * @throws IOException if it is missing or cannot be read
     */
    InputStream open(String path) throws IOException;

    /**
     * What is stored under a path.
     *
     * @param path the relative path
     * @return its size and time, or empty if nothing is stored there
     * @throws IOException on an I/O error
     */
    Optional<BlobInfo> stat(String path) throws IOException;

    /**
     * Deletes a blob if it exists.
     *
     * @param path the relative path
     * @return true if something was deleted
     * @throws IOException on an I/O error
     */
    boolean delete(String path) throws IOException;

    /**
     * Visits every stored blob (not temporary files), for reconciliation.
     *
     * @param visitor receives each blob
     * @throws IOException on an I/O error
     */
    void forEach(Consumer<BlobInfo> visitor) throws IOException;

    /**
     * Writes the content of a blob.
     */
    @FunctionalInterface
    interface BlobWriter {
        /**
         * Writes the content.
         *
         * @param out where to write; do not close it
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A blob just written.
     *
     * @param path its relative path
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its content, lower-case hex
     */
    record StoredBlob(String path, long size, String sha256) {
    }

    /**
     * A stored blob as listed.
     *
     * @param path its relative path
     * @param size its size in bytes
     * @param lastModified when it was last written
     */
    record BlobInfo(String path, long size, Instant lastModified) {
    }
}
