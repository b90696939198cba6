package dev.goldshop.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An upload copied to a private temporary file, so that it can be read several times
 * (type, header, scan, decoding) without trusting the client's stream or declared length.
 * Closing deletes the file.
 *
 * @param file the temporary file
 * @param size its size in bytes
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param head the first bytes (up to 64 KiB), for type detection
 */
record Spooled(Path file, long size, String sha256, byte[] head) implements AutoCloseable {

    /**
     * Opens the content from its start.
     *
     * @return a new stream; close it
     */
    InputStream open() {
        try {
            return Files.newInputStream(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the temporary upload " + file, e);
        }
    }
}
