package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The media module plugs into the engine and guards its storage root (UPL-05). */
@ExtendWith(PostgresExtension.class)
class MediaModuleTest {
    @Test
    void the_root_is_created_owner_and_group_only(TestDatabase db, @TempDir Path dir) throws Exception {
        Path root = dir.resolve("data/media");
        try (GoldShop shop = db.engineBuilder().module(new MediaModule(root)).build()) {
            assertThat(root).isDirectory();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwxr-x---");
        }
    }

    @Test
    void a_root_inside_a_web_root_is_refused_at_start(TestDatabase db, @TempDir Path dir) {
        Path root = dir.resolve("site/public/uploads");
        assertThatThrownBy(() -> db.engineBuilder().module(new MediaModule(root)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public").hasMessageContaining("outside any web root");
        assertThat(root).doesNotExist();
    }

    @Test
    void a_symbolic_link_as_root_is_refused(TestDatabase db, @TempDir Path dir) throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThatThrownBy(() -> db.engineBuilder().module(new MediaModule(link)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbolic link");
    }

    @Test
    void a_file_as_root_is_refused(TestDatabase db, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> db.engineBuilder().module(new MediaModule(file)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a directory");
    }
}
