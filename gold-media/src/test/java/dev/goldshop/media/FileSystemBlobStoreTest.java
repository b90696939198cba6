package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SECURITY.md UPL-04, UPL-05 and invariant 7 at the storage level. */
class FileSystemBlobStoreTest {
    @TempDir
    Path dir;

    @Test
    void a_blob_is_written_whole_with_private_permissions_and_read_back() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        BlobStore.StoredBlob blob = store.write("images/2026/11/a.jpg", out -> out.write("hello".getBytes()));

        assertThat(blob.size()).isEqualTo(5);
        assertThat(blob.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(blob.path()))))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("images/2026"))))
                .isEqualTo("rwxr-x---");
        try (var in = store.open(blob.path())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
        assertThat(store.stat(blob.path())).hasValueSatisfying(info -> assertThat(info.size()).isEqualTo(5));
        assertThatThrownBy(() -> store.write(blob.path(), out -> out.write(1)))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(store.delete(blob.path())).isTrue();
        assertThat(store.stat(blob.path())).isEmpty();
    }

    @Test
    void traversal_names_cannot_escape_the_root() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        for (String evil : List.of("../x.jpg", "a/../../x.jpg", "/etc/passwd", "..\\x.jpg", "%2e%2e/x.jpg",
                "%2e%2e%2fx.jpg", "a\0.jpg", "a/./b.jpg", "a//b.jpg", "", ".hidden", "A.JPG", "a/b/../../../x")) {
            assertThatThrownBy(() -> store.write(evil, out -> out.write(1))).as(evil)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.open(evil)).as(evil).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(evil)).as(evil).isInstanceOf(IllegalArgumentException.class);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("root");
        }
    }

    @Test
    void symbolic_links_under_the_root_are_not_followed() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link"), outside);
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThatThrownBy(() -> store.open("link/secret.txt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.write("link/new.jpg", out -> out.write(1)))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> listed = new ArrayList<>();
        store.forEach(b -> listed.add(b.path()));
        assertThat(listed).isEmpty();
        assertThat(outside.resolve("new.jpg")).doesNotExist();
    }

    @Test
    void a_full_disk_leaves_neither_the_file_nor_a_temporary() throws IOException {
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "posix").setMaxSize(64 * 1024).setBlockSize(4096).build())) {
            Path root = Files.createDirectory(small.getPath("/media"));
            FileSystemBlobStore store = new FileSystemBlobStore(root);
            assertThatThrownBy(() -> store.write("big.bin", out -> out.write(new byte[256 * 1024])))
                    .isInstanceOf(IOException.class);
            try (var files = Files.walk(root)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
            }
            BlobStore.StoredBlob fits = store.write("small.bin", out -> out.write(new byte[1000]));
            assertThat(fits.size()).isEqualTo(1000);
        }
    }

    @Test
    void a_writer_that_fails_leaves_nothing() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(dir);
        assertThatThrownBy(() -> store.write("x/y.jpg", out -> {
            out.write(new byte[100]);
            throw new IOException("encoder failed");
        })).hasMessage("encoder failed");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }
}
