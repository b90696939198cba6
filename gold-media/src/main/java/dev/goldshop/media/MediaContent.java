package dev.goldshop.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * An open stored file with what a host needs to serve it. Close it (try-with-resources).
 *
 * @param stream the file's bytes
 * @param mimeType its type, from its content at upload
 * @param size its size in bytes
 * @param fileName the uploader's sanitised file name, for a download's name
 */
public record MediaContent(InputStream stream, String mimeType, long size, String fileName) implements AutoCloseable {

    /**
     * Validates.
     */
    public MediaContent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /**
     * Reads the whole file; for small files such as thumbnails.
     *
     * @return the bytes
     */
    public byte[] readAllBytes() {
        try (InputStream in = stream) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
