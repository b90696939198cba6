package dev.goldshop.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The key that signs media links, kept beside the files (0600 in a 0700 folder) so that it
 * survives restarts and is shared by every engine on the same root.
 */
public final class SigningKeyFile {
    private static final int KEY_BYTES = 32;

    private SigningKeyFile() {
    }

    /**
     * Reads the key, creating it on first use; two engines starting at once agree on one key.
     *
     * @param folder the key folder
     * @return the key
     */
    public static byte[] loadOrCreate(Path folder) {
        Path file = folder.resolve("url-signing.key");
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder);
                if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                Path temporary = Files.createTempFile(folder, ".key-", ".tmp");
                try {
                    if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                    }
                    Files.write(temporary, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                    try {
                        Files.createLink(file, temporary);
                    } catch (FileAlreadyExistsException raced) {
                        // another engine created it first; use theirs
                    } catch (UnsupportedOperationException noHardLinks) {
                        Files.move(temporary, file);
                    }
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("the media link key " + file + " is shorter than " + KEY_BYTES
                        + " bytes; delete it to make a new one (links signed with it stop working)");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the media link key in " + folder, e);
        }
    }
}
