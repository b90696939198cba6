package dev.goldshop.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A {@link BlobStore} on a file system (SECURITY.md UPL-04, UPL-05, invariant 7). Files are
 * written owner-read-write, group-read (0640) and folders 0750, never executable; a file is
 * written to a temporary name in its target folder, forced to disk, and renamed into place in
 * one step, and the folder is forced too, so a crash leaves either the whole file or none.
 * Paths must match {@code [a-z0-9][a-z0-9._-]*} per segment: nothing a user typed can reach a
 * parent folder, an absolute path, an encoded or NUL trick; and no symbolic link under the
 * root is followed.
 */
public final class FileSystemBlobStore implements BlobStore {
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9][a-z0-9._-]{0,99}){0,9}");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-x---");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final String TEMPORARY_PREFIX = ".part-";

    private final Path root;

    /**
     * Opens a store on a folder, which must exist.
     *
     * @param root the folder, outside any web root
     * @throws IllegalArgumentException if it is not an existing folder or is a symbolic link
     */
    public FileSystemBlobStore(Path root) {
        Path absolute = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute) || !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("the blob store root " + absolute + " must be an existing folder,"
                    + " not a symbolic link");
        }
        this.root = absolute;
    }

    /**
     * The root folder.
     *
     * @return the absolute, normalised root
     */
    public Path root() {
        return root;
    }

    /**
     * Whether a string is a path this store accepts.
     *
     * @param path the candidate
     * @return true if it is a relative path of allowed segments
     */
    public static boolean isValidPath(String path) {
        return path != null && path.length() <= 500 && PATH.matcher(path).matches() && !path.contains("..");
    }

    @Override
    public StoredBlob write(String path, BlobWriter writer) throws IOException {
        Path target = resolve(path);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(path);
        }
        Path folder = createFolders(target.getParent());
        Path temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp", permissions(folder, PRIVATE_FILE));
        boolean moved = false;
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                CountingOutputStream counted = new CountingOutputStream(
                        new DigestOutputStream(Channels.newOutputStream(channel), sha256));
                writer.writeTo(counted);
                counted.flush();
                size = counted.count;
                channel.force(true);
            }
            restrict(temporary, FILE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the store at " + root + " cannot rename files atomically", e);
            }
            moved = true;
            forceFolder(folder);
            return new StoredBlob(path, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(resolve(path), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public Optional<BlobInfo> stat(String path) throws IOException {
        Path file = resolve(path);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new BlobInfo(path, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(String path) throws IOException {
        return Files.deleteIfExists(resolve(path));
    }

    @Override
    public void forEach(Consumer<BlobInfo> visitor) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file)) {
                    String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    if (isValidPath(relative)) {
                        visitor.accept(new BlobInfo(relative, attrs.size(), attrs.lastModifiedTime().toInstant()));
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * The file a relative path names, checked to stay under the root without links.
     *
     * @param path the relative path
     * @return the absolute file
     * @throws IllegalArgumentException if the path is not valid or passes a symbolic link
     */
    Path resolve(String path) {
        if (!isValidPath(path)) {
            throw new IllegalArgumentException("not a valid stored path: '" + printable(path)
                    + "'; paths are relative, of segments [a-z0-9][a-z0-9._-]*, made by the SDK");
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("the path '" + path + "' leaves the store");
        }
        for (Path part = file; !part.equals(root); part = part.getParent()) {
            if (Files.isSymbolicLink(part)) {
                throw new IllegalArgumentException("the path '" + path + "' passes a symbolic link, which is not followed");
            }
        }
        return file;
    }

    private Path createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        createFolders(folder.getParent());
        try {
            Files.createDirectory(folder, permissions(folder.getParent(), FOLDER));
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw raced;
            }
            return folder;
        }
        restrict(folder, FOLDER);
        return folder;
    }

    private static FileAttribute<?>[] permissions(Path near, Set<PosixFilePermission> permissions) {
        return Files.getFileAttributeView(near, PosixFileAttributeView.class) == null
                ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }

    // The umask may narrow what createFile/createDirectory set; set it exactly.
    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    // A rename is durable only once its folder is on disk. Not every file system lets a
    // folder be opened as a channel; there the rename's durability is the file system's own.
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String printable(String path) {
        if (path == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        path.codePoints().limit(120).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
