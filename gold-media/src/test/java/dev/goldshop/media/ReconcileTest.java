package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.DocumentType;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SECURITY.md invariant 7: each file matches its row, and the reconciler restores that. */
@ExtendWith(PostgresExtension.class)
class ReconcileTest {
    @TempDir
    Path dir;

    @Test
    void reconcile_removes_old_orphans_keeps_young_ones_and_reports_rows_without_files(TestDatabase shared) throws Exception {
        TestDatabase db = shared.createMigratedDatabase();
        try (MediaBed bed = MediaBed.open(db, dir.resolve("media"))) {
            Item item = bed.item();
            Image kept = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "k.jpg"), TestImages.jpeg(30, 20, 1));
            Image lost = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "l.jpg"), TestImages.jpeg(30, 20, 2));
            Customer customer = bed.customer();
            CustomerDocument document = bed.documents.upload(bed.admin, customer.id(),
                    new DocumentDetails(DocumentType.CONTRACT, "Contract", null, null), "c.pdf",
                    new ByteArrayInputStream(CustomerDocumentFilesTest.PDF));

            // a crash between the file and the row: files without rows, one old, one fresh
            Path oldOrphan = bed.root.resolve("images/inventory-item/2026/11/crashed.jpg");
            Files.write(oldOrphan, new byte[] {1, 2, 3});
            Files.setLastModifiedTime(oldOrphan, FileTime.from(Instant.parse("2026-11-26T08:00:00Z")));
            Path youngOrphan = bed.root.resolve("images/inventory-item/2026/11/uploading.jpg");
            Files.write(youngOrphan, new byte[] {4});
            Files.setLastModifiedTime(youngOrphan, FileTime.from(Instant.parse("2026-11-26T09:59:00Z")));
            // drift the other way: a lost file and a truncated one
            Files.delete(bed.root.resolve(lost.filePath()));
            Files.write(bed.root.resolve(document.filePath()), new byte[] {9});

            ReconcileReport report = bed.maintenance.reconcile(bed.admin, Duration.ofHours(1));

            assertThat(report.orphansRemoved()).containsExactly("images/inventory-item/2026/11/crashed.jpg");
            assertThat(report.orphansWithinGrace()).isEqualTo(1);
            assertThat(report.missingFiles()).extracting(ReconcileReport.MissingFile::id, ReconcileReport.MissingFile::problem)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(lost.id(), "missing"),
                            org.assertj.core.groups.Tuple.tuple(document.id(), "size_mismatch"));
            assertThat(report.rowsChecked()).isEqualTo(3);
            assertThat(oldOrphan).doesNotExist();
            assertThat(youngOrphan).exists();
            assertThat(bed.root.resolve(kept.filePath())).exists();
            assertThat(bed.latestAudit(1)).containsExactly("reconcile:media:success");
            assertThatThrownBy(() -> bed.maintenance.reconcile(bed.admin, Duration.ofSeconds(5)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("grace");
        }
    }

    @Test
    void a_full_disk_leaves_no_row_and_no_file(TestDatabase shared) throws Exception {
        TestDatabase db = shared.createMigratedDatabase();
        byte[] noisy = TestImages.jpeg(300, 300, 5);
        long room = (noisy.length * 2L / 4096 + 2) * 4096; // the staged copy fits, the variants do not
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "posix").setBlockSize(4096).setMaxSize(room).build())) {
            Path root = small.getPath("/data/media");
            try (MediaBed bed = new MediaBed(db, root, new MediaModule(root))) {
                Item item = bed.item();
                assertThatThrownBy(() -> bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "n.jpg"),
                        noisy)).isInstanceOf(StorageException.class);
                assertThat(bed.count("SELECT count(*) FROM images")).isZero();
                try (var files = Files.walk(root)) {
                    assertThat(files.filter(Files::isRegularFile)
                            .filter(p -> !p.toString().contains("/.keys/")).toList()).isEmpty();
                }
                Image small1 = bed.upload(ImageUpload.photo(ImageEntity.INVENTORY_ITEM, item.id(), "s.png"),
                        TestImages.png(8, 8, 6));
                assertThat(Files.exists(root.resolve(small1.filePath()))).isTrue();
            }
        }
    }
}
