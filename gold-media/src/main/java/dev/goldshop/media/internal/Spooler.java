package dev.goldshop.media.internal;

import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Copies an upload stream to the staging folder, counting bytes as they arrive: the size limit
 * holds on the stream, whatever length the client declared (SECURITY.md UPL-01).
 */
final class Spooler {
    private static final int HEAD = 64 * 1024;

    private final Path staging;

    Spooler(Path staging) {
        this.staging = staging;
    }

    /**
     * Copies the stream.
     *
     * @param content the upload
     * @param maxBytes the limit
     * @param field the field to name in an error
     * @return the copy
     * @throws ValidationException if the stream is empty or longer than the limit (the copy is deleted)
     * @throws StorageException if the staging folder cannot be written
     */
    Spooled spool(InputStream content, long maxBytes, String field) {
        Path file;
        try {
            Files.createDirectories(staging);
            file = Files.getFileAttributeView(staging, PosixFileAttributeView.class) == null
                    ? Files.createTempFile(staging, "upload-", ".tmp")
                    : Files.createTempFile(staging, "upload-", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "could not stage an upload in " + staging
                    + ": " + e.getMessage(), e);
        }
        boolean kept = false;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[HEAD];
            int headLength = 0;
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    total += read;
                    if (total > maxBytes) {
                        throw ValidationException.of(field, "more than " + maxBytes + " bytes",
                                "at most " + maxBytes + " bytes (" + Sizes.human(maxBytes) + ")");
                    }
                    if (headLength < HEAD) {
                        int n = Math.min(read, HEAD - headLength);
                        System.arraycopy(buffer, 0, head, headLength, n);
                        headLength += n;
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (total == 0) {
                throw ValidationException.of(field, "0 bytes", "a non-empty file");
            }
            kept = true;
            return new Spooled(file, total, HexFormat.of().formatHex(sha256.digest()), Arrays.copyOf(head, headLength));
        } catch (IOException e) {
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "could not read or stage the upload: "
                    + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!kept) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the staging folder is cleaned by reconcile's sweep of old temporary files
                }
            }
        }
    }
}
