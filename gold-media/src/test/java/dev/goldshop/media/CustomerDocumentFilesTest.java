package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.CustomerDocuments;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.DocumentType;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Identity copies and contracts: stored, verified and listed through the CRM, downloaded with an audit row. */
@ExtendWith(PostgresExtension.class)
class CustomerDocumentFilesTest {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

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

    private static CustomerDocument upload(Customer customer, String name, byte[] bytes) {
        return bed.documents.upload(bed.admin, customer.id(), new DocumentDetails(DocumentType.ID_COPY, "Passport",
                "front page", LocalDate.of(2031, 5, 1)), name, new ByteArrayInputStream(bytes));
    }

    @Test
    void a_pdf_is_stored_recorded_verified_and_downloaded_with_an_audit_row() {
        Customer customer = bed.customer();
        CustomerDocument document = upload(customer, "passport.pdf", PDF);

        assertThat(document.mimeType()).isEqualTo("application/pdf");
        assertThat(document.fileSize()).isEqualTo(PDF.length);
        assertThat(document.filePath()).startsWith("documents/").endsWith(".pdf");
        assertThat(bed.latestAudit(1)).containsExactly("create:customer_document:success");
        assertThat(bed.text("SELECT file_sha256 FROM customer_documents WHERE id = ?", document.id())).hasSize(64);

        CustomerDocuments crm = bed.shop.facade(CustomerDocuments.class);
        CustomerDocument verified = crm.verify(bed.admin, document.id(), document.version());
        assertThat(verified.verified()).isTrue();

        try (MediaContent content = bed.documents.download(bed.admin, document.id())) {
            assertThat(content.readAllBytes()).isEqualTo(PDF);
            assertThat(content.fileName()).isEqualTo("Passport.pdf");
        }
        assertThat(bed.latestAudit(1)).containsExactly("read:customer_document:success");
        assertThatThrownBy(() -> bed.documents.download(bed.admin, java.util.UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_scanned_jpeg_loses_its_exif_and_a_pdf_with_a_script_is_refused() throws Exception {
        Customer customer = bed.customer();
        CustomerDocument scan = upload(customer, "id.jpg", TestImages.jpegWithExifAndGps(300, 200, 1));
        byte[] stored = Files.readAllBytes(bed.root.resolve(scan.filePath()));
        assertThat(TestImages.jpegMarkers(stored)).doesNotContain(0xE1);

        byte[] scripted = new String(PDF, StandardCharsets.US_ASCII)
                .replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> upload(customer, "contract.pdf", scripted)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("/JavaScript");
        assertThatThrownBy(() -> upload(customer, "notes.gif", TestImages.gif(10, 10, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fileName");
        assertThatThrownBy(() -> upload(customer, "x.pdf", TestImages.png(10, 10, 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(bed.latestAudit(1)).containsExactly("upload:customer_document:failure");
    }

    @Test
    void deleting_a_document_or_erasing_the_customer_removes_the_files() {
        Customer customer = bed.customer();
        CustomerDocument kept = upload(customer, "a.pdf", PDF);
        CustomerDocument deleted = upload(customer, "b.png", TestImages.png(30, 20, 2));
        Image face = bed.upload(ImageUpload.photo(ImageEntity.CUSTOMER, customer.id(), "face.jpg"),
                TestImages.jpeg(40, 50, 3));

        bed.shop.facade(CustomerDocuments.class).delete(bed.admin, deleted.id(), deleted.version());
        assertThat(bed.root.resolve(deleted.filePath())).doesNotExist();
        assertThat(bed.root.resolve(kept.filePath())).exists();

        bed.shop.facade(CustomerProfiles.class).erase(bed.admin, customer.id(), "customer asked to be forgotten");
        assertThat(bed.root.resolve(kept.filePath())).doesNotExist();
        assertThat(bed.root.resolve(face.filePath())).doesNotExist();
        assertThat(bed.root.resolve(face.thumbnailPath())).doesNotExist();
        assertThat(bed.count("SELECT count(*) FROM images WHERE entity_id = ?", customer.id())).isZero();
        assertThat(bed.text("SELECT profile_image_id::text FROM customers WHERE id = ?", customer.id())).isNull();
        assertThatThrownBy(() -> upload(customer, "late.pdf", PDF)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> bed.upload(ImageUpload.photo(ImageEntity.CUSTOMER, customer.id(), "late.jpg"),
                TestImages.jpeg(10, 10, 4))).isInstanceOf(BusinessRuleException.class);
    }
}
