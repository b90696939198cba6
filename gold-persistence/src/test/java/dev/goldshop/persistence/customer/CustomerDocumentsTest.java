package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.DocumentType;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.StoredDocument;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.customer.CustomerDocumentRegistry;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Document metadata: recorded through the internal registry the way gold-media will (one call,
 * one audit row), listed, changed, verified by a user with the permission, found by expiry,
 * and deleted with an event for the file.
 */
@ExtendWith(PostgresExtension.class)
class CustomerDocumentsTest {
    private static CustomerBed bed;
    private static CallContext admin;
    private static CallContext verifier;
    private static CustomerDocumentRegistry registry;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
        verifier = bed.user("verifier", Permissions.CUSTOMER_DOCUMENT_READ, Permissions.CUSTOMER_DOCUMENT_VERIFY);
        registry = bed.engine.service(CustomerDocumentRegistry.class);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    /** What gold-media's upload does after storing the file: one authorized, audited call. */
    private static CustomerDocument upload(StoredDocument stored) {
        return bed.engine.calls().write(admin, Permissions.CUSTOMER_DOCUMENT_MANAGE,
                tx -> registry.registerStoredDocument(tx, admin, stored));
    }

    private static StoredDocument stored(UUID customer, DocumentType type, String name, LocalDate expiry) {
        return new StoredDocument(customer, new DocumentDetails(type, name, "scan", expiry),
                "customers/" + customer + "/" + UUID.randomUUID() + ".pdf", 12_345, "application/PDF");
    }

    private static Customer customer(String first) {
        return bed.profiles.create(admin, bed.person(first, "Docs").build(), DuplicatePolicy.REJECT);
    }

    @Test
    void a_stored_file_is_recorded_with_one_audit_row_and_read_back() {
        Customer c = customer("Stored");
        Map<String, Long> before = bed.rowCounts();

        CustomerDocument doc = upload(stored(c.id(), DocumentType.ID_COPY, "Passport", LocalDate.of(2030, 1, 1)));

        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customer_documents", 1L, "audit_logs", 1L));
        assertThat(doc.mimeType()).isEqualTo("application/pdf");
        assertThat(doc.verified()).isFalse();
        assertThat(bed.documents.find(admin, doc.id())).contains(doc);
        assertThat(bed.documents.find(admin, UUID.randomUUID())).isEmpty();
        assertThat(bed.latestAuditActions(1)).containsExactly("create:customer_document:success");
    }

    @Test
    void bad_metadata_is_named_and_nothing_is_written() {
        Customer c = customer("Badmeta");
        Map<String, Long> before = bed.rowCounts();

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> upload(new StoredDocument(c.id(),
                new DocumentDetails(null, " ", "d".repeat(5001), LocalDate.of(1800, 1, 1)), "../../etc/passwd", -1,
                "pdf")));

        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("type", "name", "description",
                "expiryDate", "filePath", "fileSize", "mimeType");
        assertThatThrownBy(() -> upload(new StoredDocument(c.id(), new DocumentDetails(DocumentType.OTHER, "Abs",
                null, null), "/var/media/x.pdf", 1, "application/pdf")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("relative");
        assertThatThrownBy(() -> upload(stored(UUID.randomUUID(), DocumentType.OTHER, "Nobody", null)))
                .isInstanceOf(NotFoundException.class);
        bed.assertNothingWritten(before);
    }

    @Test
    void a_customers_documents_are_listed_newest_first_page_after_page() {
        Customer c = customer("Lister");
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(upload(stored(c.id(), DocumentType.PHOTO, "Photo " + i, null)).id());
        }
        List<UUID> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<CustomerDocument> page = bed.documents.list(admin, c.id(), request);
            page.items().forEach(d -> seen.add(d.id()));
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 2);
        }
        java.util.Collections.reverse(made);
        assertThat(seen).containsExactlyElementsOf(made);
    }

    @Test
    void a_user_with_the_permission_verifies_a_document_once() {
        Customer c = customer("Verify");
        CustomerDocument doc = upload(stored(c.id(), DocumentType.ID_COPY, "ID card", LocalDate.of(2029, 5, 1)));
        CallContext reader = bed.user("reader", Permissions.CUSTOMER_DOCUMENT_READ);
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.documents.verify(reader, doc.id(), doc.version()))
                .isInstanceOf(PermissionDeniedException.class);
        bed.assertOnlyRefusalAudited(before, Permissions.CUSTOMER_DOCUMENT_VERIFY);
        assertThatThrownBy(() -> bed.documents.verify(verifier, doc.id(), doc.version() + 1))
                .isInstanceOf(ConflictException.class);

        CustomerDocument verified = bed.documents.verify(verifier, doc.id(), doc.version());

        assertThat(verified.verified()).isTrue();
        assertThat(verified.verifiedBy()).isEqualTo(verifier.actor().userId());
        assertThat(verified.verifiedAt()).isEqualTo(CustomerBed.START);
        assertThat(bed.latestAuditActions(1)).containsExactly("verify:customer_document:success");
        assertThatThrownBy(() -> bed.documents.verify(verifier, doc.id(), verified.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already verified");
        assertThatThrownBy(() -> bed.documents.verify(verifier, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_expired_document_cannot_be_verified() {
        Customer c = customer("Expired");
        CustomerDocument doc = upload(stored(c.id(), DocumentType.ID_COPY, "Old ID", LocalDate.of(2025, 3, 9)));
        assertThatThrownBy(() -> bed.documents.verify(verifier, doc.id(), doc.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("expired on 2025-03-09");
    }

    @Test
    void changing_the_type_or_expiry_clears_the_verification_and_a_stale_version_is_refused() {
        Customer c = customer("Change");
        CustomerDocument doc = upload(stored(c.id(), DocumentType.ID_COPY, "Licence", LocalDate.of(2028, 1, 1)));
        CustomerDocument verified = bed.documents.verify(verifier, doc.id(), doc.version());

        CustomerDocument renamed = bed.documents.update(admin, doc.id(), new DocumentDetails(DocumentType.ID_COPY,
                "Driving licence", "front and back", LocalDate.of(2028, 1, 1)), verified.version());
        assertThat(renamed.verified()).isTrue();
        assertThat(renamed.name()).isEqualTo("Driving licence");

        CustomerDocument renewed = bed.documents.update(admin, doc.id(), new DocumentDetails(DocumentType.ID_COPY,
                "Driving licence", null, LocalDate.of(2035, 1, 1)), renamed.version());
        assertThat(renewed.verified()).isFalse();
        assertThat(renewed.verifiedBy()).isNull();
        assertThatThrownBy(() -> bed.documents.update(admin, doc.id(), new DocumentDetails(DocumentType.OTHER, "x",
                null, null), renamed.version())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.documents.update(admin, doc.id(), new DocumentDetails(null, "", null, null),
                renewed.version())).isInstanceOf(ValidationException.class);
    }

    @Test
    void documents_expiring_within_the_next_days_are_listed_earliest_first() {
        Customer c = customer("Expiring");
        CustomerDocument soon = upload(stored(c.id(), DocumentType.ID_COPY, "Soon", LocalDate.of(2025, 3, 15)));
        CustomerDocument today = upload(stored(c.id(), DocumentType.CONTRACT, "Today", LocalDate.of(2025, 3, 10)));
        upload(stored(c.id(), DocumentType.ID_COPY, "Later", LocalDate.of(2025, 5, 1)));
        upload(stored(c.id(), DocumentType.ID_COPY, "Past", LocalDate.of(2025, 3, 9)));

        assertThat(bed.documents.expiringWithin(admin, 30, PageRequest.first()).items()).extracting(CustomerDocument::id)
                .containsExactly(today.id(), soon.id());
        assertThat(bed.documents.expiringWithin(admin, 0, PageRequest.first()).items()).extracting(CustomerDocument::id)
                .containsExactly(today.id());
        Page<CustomerDocument> first = bed.documents.expiringWithin(admin, 30, PageRequest.first(1));
        assertThat(bed.documents.expiringWithin(admin, 30, PageRequest.after(first.nextCursor().orElseThrow(), 1))
                .items()).extracting(CustomerDocument::id).containsExactly(soon.id());
        assertThatThrownBy(() -> bed.documents.expiringWithin(admin, -1, PageRequest.first()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> bed.documents.expiringWithin(admin, 3651, PageRequest.first()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void deleting_metadata_publishes_the_file_to_delete_and_checks_the_version() {
        Customer c = customer("Deleter");
        CustomerDocument doc = upload(stored(c.id(), DocumentType.OTHER, "Receipt", null));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.documents.delete(admin, doc.id(), doc.version() + 1))
                .isInstanceOf(ConflictException.class);
        bed.assertNothingWritten(before);

        bed.documents.delete(admin, doc.id(), doc.version());

        assertThat(bed.documents.find(admin, doc.id())).isEmpty();
        assertThat(bed.text("SELECT payload->>'file_path' FROM outbox_events WHERE event_type ="
                + " 'customer_document.deleted' AND aggregate_id = ?", doc.id())).isEqualTo(doc.filePath());
        assertThat(bed.latestAuditActions(1)).containsExactly("delete:customer_document:success");
        assertThatThrownBy(() -> bed.documents.delete(admin, doc.id(), doc.version()))
                .isInstanceOf(NotFoundException.class);
    }
}
