package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Uploads, variants, entity links, primary and gallery, reading back and signed links. */
@ExtendWith(PostgresExtension.class)
class ImageStoreTest {
    @TempDir
    static Path dir;
    private static MediaBed bed;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = MediaBed.open(db, dir.resolve("media"));
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void a_gps_tagged_jpeg_is_stored_upright_in_three_variants_without_exif() throws Exception {
        Item ring = bed.item();
        byte[] upload = TestImages.jpegWithExifAndGps(2400, 1200, 6);
        assertThat(TestImages.jpegMarkers(upload)).contains(0xE1);

        Image image = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, ring.id(), "IMG_0001.JPG")
                .withAltText("Ring, front"), upload);

        assertThat(image.mimeType()).isEqualTo("image/jpeg");
        assertThat(image.width()).isEqualTo(1200);
        assertThat(image.height()).isEqualTo(2400);
        assertThat(image.primary()).isTrue();
        assertThat(image.altText()).isEqualTo("Ring, front");
        assertThat(image.fileName()).isEqualTo("IMG_0001.JPG");
        for (ImageVariant variant : ImageVariant.values()) {
            byte[] stored;
            try (MediaContent content = bed.images.open(bed.admin, image.id(), variant)) {
                stored = content.readAllBytes();
                assertThat(content.mimeType()).isEqualTo("image/jpeg");
                assertThat(content.size()).isEqualTo(stored.length);
            }
            assertThat(TestImages.jpegMarkers(stored)).as(variant + " segments").doesNotContain(0xE1);
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
            BufferedImage pixels = TestImages.decode(stored);
            int longest = Math.max(pixels.getWidth(), pixels.getHeight());
            switch (variant) {
                case FULL -> assertThat(longest).isEqualTo(2400);
                case COMPRESSED -> assertThat(longest).isEqualTo(1600);
                case THUMBNAIL -> assertThat(longest).isEqualTo(320);
                default -> throw new IllegalStateException();
            }
            assertThat(pixels.getHeight()).as("upright: portrait").isGreaterThan(pixels.getWidth());
            Path file = bed.root.resolve(image.path(variant));
            assertThat(image.path(variant)).doesNotStartWith("/").startsWith("images/inventory-item/");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwxr-x---");
        }
        assertThat(bed.text("SELECT primary_image_id::text FROM inventory_items WHERE id = ?", ring.id()))
                .isEqualTo(image.id().toString());
        assertThat(bed.latestAudit(1)).containsExactly("upload:image:success");
    }

    @Test
    void png_gif_and_webp_are_accepted_and_kept_as_png_or_jpeg() {
        Item item = bed.item();
        Image png = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "a.png"),
                TestImages.png(500, 300, 1));
        Image gif = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "b.gif"),
                TestImages.gif(200, 100, 2));
        Image webp = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "c.webp"),
                TestImages.WEBP_1X1);

        assertThat(png.mimeType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(500);
        assertThat(gif.mimeType()).isEqualTo("image/png");
        assertThat(webp.width()).isEqualTo(1);
        assertThat(List.of(png.primary(), gif.primary(), webp.primary())).containsExactly(true, false, false);
        assertThat(List.of(png.sortOrder(), gif.sortOrder(), webp.sortOrder())).containsExactly(0, 1, 2);
        assertThat(bed.text("SELECT gallery_images::text FROM inventory_items WHERE id = ?", item.id()))
                .isEqualTo("[\"" + png.id() + "\", \"" + gif.id() + "\", \"" + webp.id() + "\"]");
    }

    @Test
    void the_same_content_twice_for_one_entity_is_stored_once() {
        Item item = bed.item();
        byte[] bytes = TestImages.jpeg(300, 200, 11);
        int filesBefore = bed.storedFiles().size();
        Image first = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "one.jpg"), bytes);
        Image again = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "copy.jpg"), bytes);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(bed.count("SELECT count(*) FROM images WHERE entity_id = ?", item.id())).isEqualTo(1);
        assertThat(bed.storedFiles()).hasSize(filesBefore + 3);
        Item other = bed.item();
        Image elsewhere = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, other.id(), "one.jpg"), bytes);
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
    }

    @Test
    void primary_gallery_order_and_delete_keep_the_items_links_in_step() {
        Item item = bed.item();
        Image a = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "a.jpg"), TestImages.jpeg(40, 30, 21));
        Image b = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "b.jpg"), TestImages.jpeg(40, 30, 22));
        Image c = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "c.jpg").asPrimary(),
                TestImages.jpeg(40, 30, 23));
        assertThat(primaryOf(item)).isEqualTo(c.id());
        assertThat(bed.images.list(bed.admin, ImageEntity.INVENTORY_ITEM, item.id())).filteredOn(Image::primary)
                .extracting(Image::id).containsExactly(c.id());

        bed.images.setPrimary(bed.admin, a.id());
        assertThat(primaryOf(item)).isEqualTo(a.id());

        List<Image> reordered = bed.images.reorder(bed.admin, ImageEntity.INVENTORY_ITEM, item.id(),
                List.of(c.id(), a.id(), b.id()));
        assertThat(reordered).extracting(Image::id).containsExactly(c.id(), a.id(), b.id());
        assertThat(bed.text("SELECT gallery_images::text FROM inventory_items WHERE id = ?", item.id()))
                .isEqualTo("[\"" + c.id() + "\", \"" + a.id() + "\", \"" + b.id() + "\"]");
        assertThatThrownBy(() -> bed.images.reorder(bed.admin, ImageEntity.INVENTORY_ITEM, item.id(),
                List.of(c.id(), a.id()))).isInstanceOf(ValidationException.class).hasMessageContaining("orderedImageIds");

        bed.images.delete(bed.admin, a.id());
        assertThat(primaryOf(item)).as("the next photo in the gallery").isEqualTo(c.id());
        assertThat(Files.exists(bed.root.resolve(a.filePath()))).isFalse();
        assertThat(Files.exists(bed.root.resolve(a.thumbnailPath()))).isFalse();
        assertThat(bed.text("SELECT gallery_images::text FROM inventory_items WHERE id = ?", item.id()))
                .isEqualTo("[\"" + c.id() + "\", \"" + b.id() + "\"]");
        bed.images.delete(bed.admin, c.id());
        bed.images.delete(bed.admin, b.id());
        assertThat(primaryOf(item)).isNull();
        assertThat(bed.text("SELECT gallery_images::text FROM inventory_items WHERE id = ?", item.id())).isNull();
        assertThatThrownBy(() -> bed.images.delete(bed.admin, b.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_category_has_an_image_and_an_icon_customers_and_users_a_profile_photo() {
        Category category = bed.category();
        Image photo = bed.upload(ImageUpload.photo(ImageEntity.CATEGORY, category.id(), "rings.jpg"),
                TestImages.jpeg(800, 600, 31));
        Image icon = bed.upload(new ImageUpload(ImageEntity.CATEGORY, category.id(), ImageRole.ICON, "ring.png",
                "ring icon", false), TestImages.png(64, 64, 32));
        assertThat(icon.primary()).isFalse();
        assertThat(bed.text("SELECT image_url FROM categories WHERE id = ?", category.id())).isEqualTo(photo.compressedPath());
        assertThat(bed.text("SELECT thumbnail_url FROM categories WHERE id = ?", category.id()))
                .isEqualTo(photo.thumbnailPath());
        assertThat(bed.text("SELECT icon_image_url FROM categories WHERE id = ?", category.id()))
                .isEqualTo(icon.thumbnailPath());
        assertThatThrownBy(() -> bed.upload(new ImageUpload(ImageEntity.CATEGORY, category.id(), ImageRole.ICON,
                "other.png", null, false), TestImages.png(64, 64, 33))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> bed.images.setPrimary(bed.admin, icon.id())).isInstanceOf(BusinessRuleException.class);
        bed.images.delete(bed.admin, icon.id());
        assertThat(bed.text("SELECT icon_image_url FROM categories WHERE id = ?", category.id())).isNull();

        Customer customer = bed.customer();
        Image face = bed.upload(ImageUpload.photo(ImageEntity.CUSTOMER, customer.id(), "me.jpg"), TestImages.jpeg(90, 120, 34));
        assertThat(bed.text("SELECT profile_image_id::text FROM customers WHERE id = ?", customer.id()))
                .isEqualTo(face.id().toString());
        bed.images.open(bed.admin, face.id(), ImageVariant.THUMBNAIL).close();
        assertThat(bed.latestAudit(1)).as("a customer's photo is personal data").containsExactly("read:image:success");

        UUID userId = bed.admin.actor().userId();
        Image avatar = bed.upload(ImageUpload.photo(ImageEntity.USER, userId, "me.png"), TestImages.png(50, 50, 35));
        assertThat(bed.text("SELECT profile_image_id::text FROM users WHERE id = ?", userId))
                .isEqualTo(avatar.id().toString());
        int files = bed.storedFiles().size();
        assertThatThrownBy(() -> bed.upload(ImageUpload.photo(ImageEntity.USER, UUID.randomUUID(), "x.png"),
                TestImages.png(5, 5, 36))).isInstanceOf(NotFoundException.class);
        assertThat(bed.storedFiles()).as("a failed database write leaves no file").hasSize(files);
    }

    @Test
    void concurrent_primary_uploads_to_one_item_leave_exactly_one_primary() throws Exception {
        Item item = bed.item();
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Image>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                byte[] bytes = TestImages.jpeg(120, 90, 100 + i);
                String name = "p" + i + ".jpg";
                Callable<Image> upload = () -> {
                    go.await();
                    return bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), name).asPrimary(), bytes);
                };
                results.add(pool.submit(upload));
            }
            go.countDown();
            for (Future<Image> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(bed.count("SELECT count(*) FROM images WHERE entity_id = ?", item.id())).isEqualTo(threads);
        assertThat(bed.count("SELECT count(*) FROM images WHERE entity_id = ? AND is_primary", item.id())).isEqualTo(1);
        assertThat(primaryOf(item).toString()).isEqualTo(
                bed.text("SELECT id::text FROM images WHERE entity_id = ? AND is_primary", item.id()));
        assertThat(bed.count("SELECT jsonb_array_length(gallery_images) FROM inventory_items WHERE id = ?", item.id()))
                .isEqualTo(threads);
    }

    @Test
    void a_signed_token_opens_its_file_until_it_expires_and_cannot_be_forged() {
        Item item = bed.item();
        Image image = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "s.jpg"), TestImages.jpeg(50, 40, 41));
        String token = bed.images.signedToken(bed.admin, image.id(), ImageVariant.THUMBNAIL, Duration.ofMinutes(5));

        try (MediaContent content = bed.images.openSigned(token)) {
            assertThat(content.mimeType()).isEqualTo("image/jpeg");
            assertThat(TestImages.decode(content.readAllBytes()).getWidth()).isEqualTo(50);
        }
        char[] chars = token.toCharArray();
        chars[3] = chars[3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> bed.images.openSigned(new String(chars))).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bed.images.openSigned("not-a-token")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bed.images.signedToken(bed.admin, image.id(), ImageVariant.FULL, Duration.ofDays(8)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("validFor");
        bed.clock.advance(Duration.ofMinutes(6));
        try {
            assertThatThrownBy(() -> bed.images.openSigned(token)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("expired");
        } finally {
            bed.clock.advance(Duration.ofMinutes(-6));
        }
    }

    @Test
    void alt_text_changes_with_its_version() {
        Item item = bed.item();
        Image image = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "alt.jpg"), TestImages.jpeg(30, 30, 51));
        Image changed = bed.images.updateAltText(bed.admin, image.id(), "  Side view ", image.version());
        assertThat(changed.altText()).isEqualTo("Side view");
        assertThatThrownBy(() -> bed.images.updateAltText(bed.admin, image.id(), "x", image.version()))
                .isInstanceOf(dev.goldshop.core.error.ConflictException.class);
        assertThat(bed.images.find(bed.admin, image.id())).contains(changed);
        assertThat(bed.images.find(bed.admin, UUID.randomUUID())).isEmpty();
    }

    @Test
    void bad_metadata_is_named_before_a_byte_is_read() {
        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> bed.images.upload(bed.admin, new ImageUpload(null, null, ImageRole.ICON, "x.jpg", null, true),
                        new ByteArrayInputStream(new byte[0])));
        assertThat(e.fieldErrors()).extracting(f -> f.field()).contains("entity", "entityId", "primary");
        assertThat(bed.latestAudit(1)).containsExactly("upload:image:failure");
    }

    private static UUID primaryOf(Item item) {
        String id = bed.text("SELECT primary_image_id::text FROM inventory_items WHERE id = ?", item.id());
        return id == null ? null : UUID.fromString(id);
    }
}
