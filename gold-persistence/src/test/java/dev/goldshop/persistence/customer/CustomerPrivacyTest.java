package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.CommunicationType;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerExport;
import dev.goldshop.core.customer.CustomerOverview;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerTag;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.DocumentType;
import dev.goldshop.core.customer.Direction;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.EmergencyContact;
import dev.goldshop.core.customer.ErasureReceipt;
import dev.goldshop.core.customer.FollowUpPlan;
import dev.goldshop.core.customer.NewCommunication;
import dev.goldshop.core.customer.NewRelationship;
import dev.goldshop.core.customer.OccasionType;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.customer.PreferencesInput;
import dev.goldshop.core.customer.RelationshipType;
import dev.goldshop.core.customer.SpecialOccasion;
import dev.goldshop.core.customer.StoredDocument;
import dev.goldshop.core.customer.TagDetails;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.customer.CustomerDocumentRegistry;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer 360, export for portability, erasure that keeps sales and books, and the
 * unusual-activity reports: a bulk export, personal data viewed outside business hours.
 */
@ExtendWith(PostgresExtension.class)
class CustomerPrivacyTest {
    private static CustomerBed bed;
    private static CallContext admin;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void resetClock() {
        bed.clock.set(CustomerBed.START);
    }

    /** A customer with something in every part of the CRM. */
    private static Customer everything(String name) {
        Customer c = bed.profiles.create(admin, CustomerDetails.builder(name).lastName("Everywhere").phone(bed.phone())
                .email(name.toLowerCase() + "@example.com").nationalId("EV-" + Math.abs(name.hashCode()))
                .dateOfBirth(LocalDate.of(1985, 4, 1))
                .address(new PostalAddress("1 Gold St", "Dubai", null, "00000", "UAE", null))
                .emergencyContact(new EmergencyContact("Kin", "brother", bed.phone(), null))
                .business(new BusinessDetails("Gold LLC", "CEO", null, "Souk 1", "TRN-1"))
                .notes("note").internalNotes("secret note").build(), DuplicatePolicy.REJECT);
        Customer friend = bed.profiles.create(admin, bed.person("Friend of", name).build(), DuplicatePolicy.REJECT);
        bed.relationships.link(admin, new NewRelationship(friend.id(), c.id(), RelationshipType.REFERRAL, "walk-in"));
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Tag of " + name, null, null));
        bed.tags.assign(admin, c.id(), tag.id());
        bed.communications.log(admin, new NewCommunication(c.id(), CommunicationType.VISIT, Direction.INBOUND,
                "Visit", "Looked at bangles", null, new FollowUpPlan(Instant.parse("2025-03-12T10:00:00Z"), null, null,
                        "Call back", null)));
        bed.preferences.save(admin, c.id(), new PreferencesInput(null, List.of("bold"), null, null, null,
                List.of(new SpecialOccasion(OccasionType.ANNIVERSARY, LocalDate.of(2010, 3, 12), null)), null, null,
                null), null);
        CustomerDocumentRegistry registry = bed.engine.service(CustomerDocumentRegistry.class);
        bed.engine.calls().write(admin, Permissions.CUSTOMER_DOCUMENT_MANAGE, tx -> registry.registerStoredDocument(tx,
                admin, new StoredDocument(c.id(), new DocumentDetails(DocumentType.ID_COPY, "Emirates ID", null,
                        LocalDate.of(2027, 1, 1)), "customers/" + c.id() + "/id.jpg", 2048, "image/jpeg")));
        return c;
    }

    @Test
    void the_overview_brings_the_whole_customer_in_one_call_and_hides_communications_without_their_permission() {
        Customer c = everything("Overview");
        bed.exec("UPDATE customers SET purchase_count = 4, lifetime_spend = 1000.00, last_purchase_at = ?"
                + " WHERE id = ?", java.time.OffsetDateTime.parse("2025-03-01T12:00:00Z"), c.id());

        CustomerOverview all = bed.profiles.overview(admin, c.id());

        assertThat(all.customer().nationalId()).startsWith("EV-");
        assertThat(all.customer().purchases().purchaseCount()).isEqualTo(4);
        assertThat(all.customer().purchases().lifetimeSpend().amount()).isEqualByComparingTo("1000.00");
        assertThat(all.customer().purchases().averageTicket().amount()).isEqualByComparingTo("250.00");
        assertThat(all.tags()).hasSize(1);
        assertThat(all.relationships()).singleElement().satisfies(r -> assertThat(r.outgoing()).isFalse());
        assertThat(all.preferences().styles()).containsExactly("bold");
        assertThat(all.recentCommunications()).hasSize(2);
        assertThat(all.openFollowUps()).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("Call back"));
        assertThat(all.communicationsVisible()).isTrue();

        CallContext counter = bed.user("counter", Permissions.CUSTOMER_READ);
        CustomerOverview limited = bed.profiles.overview(counter, c.id());
        assertThat(limited.customer().nationalId()).startsWith("****");
        assertThat(limited.recentCommunications()).isEmpty();
        assertThat(limited.openFollowUps()).isEmpty();
        assertThat(limited.communicationsVisible()).isFalse();
    }

    @Test
    void an_export_holds_everything_about_the_customer_unmasked_and_is_audited() throws Exception {
        Customer c = everything("Exported");
        CallContext dpo = bed.user("dpo", Permissions.CUSTOMER_EXPORT);
        Map<String, Long> before = bed.rowCounts();

        CustomerExport export = bed.profiles.export(dpo, c.id());

        assertThat(bed.changesSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.latestAuditActions(1)).containsExactly("export:customer:success");
        assertThat(export.customer().nationalId()).startsWith("EV-");
        assertThat(export.customer().dateOfBirth()).isEqualTo(LocalDate.of(1985, 4, 1));
        assertThat(export.customer().internalNotes()).isEqualTo("secret note");
        assertThat(export.documents()).singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("Emirates ID"));
        assertThat(export.relationships()).hasSize(1);
        assertThat(export.tags()).hasSize(1);
        assertThat(export.communications()).hasSize(2);
        assertThat(export.preferences().occasions()).hasSize(1);
        assertThat(export.exportedAt()).isEqualTo(CustomerBed.START);
        String json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(export);
        assertThat(json).contains("Emirates ID").contains("Looked at bangles").contains("1985-04-01");
        assertThatThrownBy(() -> bed.profiles.export(dpo, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void more_than_ten_exports_in_an_hour_by_one_user_raise_one_unusual_activity_alert() {
        CallContext bulk = bed.user("bulk", Permissions.CUSTOMER_READ, Permissions.CUSTOMER_EXPORT);
        Customer c = bed.profiles.create(admin, bed.person("Bulk", "Target").build(), DuplicatePolicy.REJECT);
        String alerts = "SELECT count(*) FROM security_alerts WHERE alert_type = 'unusual_activity' AND user_id = ?"
                + " AND additional_data->>'kind' = 'bulk_export'";

        for (int i = 0; i < 10; i++) {
            bed.profiles.export(bulk, c.id());
        }
        assertThat(bed.count(alerts, bulk.actor().userId())).isZero();
        bed.profiles.export(bulk, c.id());
        assertThat(bed.count(alerts, bulk.actor().userId())).isEqualTo(1);
        bed.profiles.export(bulk, c.id());
        assertThat(bed.count(alerts, bulk.actor().userId())).isEqualTo(1);
    }

    @Test
    void personal_data_revealed_outside_business_hours_raises_an_unusual_activity_alert(TestDatabase db) {
        bed.exec("UPDATE company_settings SET business_hours = '{\"days\": {\"mon\": [\"09:00\", \"18:00\"]}}'");
        bed.settingsChangedBehindTheEngine();
        try (CustomerBed late = CustomerBed.open(db)) {
            CallContext officer = late.user("night-owl", Permissions.CUSTOMER_READ, Permissions.CUSTOMER_PII_READ);
            Customer c = late.profiles.create(late.admin("admin2"), late.person("After", "Hours").nationalId("AH-1234")
                    .build(), DuplicatePolicy.REJECT);
            String alerts = "SELECT count(*) FROM security_alerts WHERE alert_type = 'unusual_activity' AND user_id = ?"
                    + " AND additional_data->>'kind' = 'pii_after_hours'";

            late.profiles.find(officer, c.id());
            assertThat(late.count(alerts, officer.actor().userId())).isZero();

            late.clock.set(Instant.parse("2025-03-10T22:00:00Z"));
            late.profiles.find(officer, c.id());
            assertThat(late.count(alerts, officer.actor().userId())).isEqualTo(1);
        } finally {
            bed.exec("UPDATE company_settings SET business_hours = NULL");
            bed.settingsChangedBehindTheEngine();
        }
    }

    @Test
    void erasure_anonymises_the_person_and_removes_their_crm_data_but_keeps_invoices_and_balanced_books() {
        Customer c = everything("Erased");
        UUID invoice = UUID.randomUUID();
        UUID journal = UUID.randomUUID();
        bed.exec("INSERT INTO invoices (id, invoice_number, invoice_series, invoice_year, invoice_sequence, customer_id,"
                + " status, currency, subtotal, total, balance_due) VALUES (?, 'INV-2025-77', 'INV', 2025, 77, ?,"
                + " 'issued', 'USD', 100.00, 100.00, 100.00)", invoice, c.id());
        bed.exec("INSERT INTO accounting_entries (journal_id, entry_date, account_code, debit, credit, reference_type,"
                + " reference_id) VALUES (?, DATE '2025-03-10', '1100', 100.00, 0, 'invoice', ?),"
                + " (?, DATE '2025-03-10', '4000', 0, 100.00, 'invoice', ?)", journal, invoice, journal, invoice);
        bed.exec("UPDATE customers SET purchase_count = 1, lifetime_spend = 100.00 WHERE id = ?", c.id());
        String phone = c.phone();
        Map<String, Long> before = bed.rowCounts();

        ErasureReceipt receipt = bed.profiles.erase(admin, c.id(), "GDPR request 2025-17");

        assertThat(receipt.customerCode()).isEqualTo(c.code());
        assertThat(receipt.documentsRemoved()).isEqualTo(1);
        assertThat(receipt.removedDocumentPaths()).containsExactly("customers/" + c.id() + "/id.jpg");
        assertThat(receipt.communicationsRemoved()).isEqualTo(2);
        assertThat(receipt.relationshipsRemoved()).isEqualTo(1);
        assertThat(receipt.tagsRemoved()).isEqualTo(1);
        assertThat(receipt.preferencesRemoved()).isTrue();
        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customer_documents", -1L,
                "customer_communication_history", -2L, "customer_relationships", -1L, "customer_tag_assignments", -1L,
                "customer_preferences", -1L, "customer_special_dates", -1L, "outbox_events", 1L, "audit_logs", 1L));

        assertThat(bed.count("SELECT count(*) FROM customers WHERE id = ? AND first_name = 'Erased customer'"
                + " AND last_name IS NULL AND phone IS NULL AND email IS NULL AND national_id IS NULL"
                + " AND national_id_enc IS NULL AND national_id_bidx IS NULL AND date_of_birth IS NULL AND age IS NULL"
                + " AND street_address IS NULL AND city IS NULL AND emergency_contact_name IS NULL"
                + " AND emergency_contact_phone IS NULL AND company_name IS NULL AND business_address IS NULL"
                + " AND tax_id IS NULL AND custom_fields IS NULL AND notes IS NULL AND internal_notes IS NULL"
                + " AND NOT is_active AND erased_at IS NOT NULL", c.id())).isEqualTo(1);
        assertThat(bed.count("SELECT count(*) FROM invoices WHERE id = ? AND customer_id = ?", invoice, c.id()))
                .isEqualTo(1);
        assertThat(bed.count("SELECT sum(debit) - sum(credit) FROM accounting_entries WHERE journal_id = ?", journal))
                .isZero();
        assertThat(bed.count("SELECT count(*) FROM accounting_entries WHERE journal_id = ?", journal)).isEqualTo(2);
        Customer after = bed.profiles.find(admin, c.id()).orElseThrow();
        assertThat(after.displayName()).isEqualTo("Erased customer");
        assertThat(after.purchases().lifetimeSpend().amount()).isEqualByComparingTo("100.00");
        assertThat(bed.text("SELECT payload::text FROM outbox_events WHERE event_type = 'customer.erased'"
                + " AND aggregate_id = ?", c.id())).contains("id.jpg");
        String audit = bed.text("SELECT coalesce(old_data::text, '') || coalesce(new_data::text, '') ||"
                + " additional_context::text FROM audit_logs WHERE action_type = 'erase' AND resource_id = ?", c.id());
        assertThat(audit).contains("GDPR request 2025-17").doesNotContain("Everywhere").doesNotContain("Dubai")
                .doesNotContain("erased@example.com");
        assertThat(bed.profiles.search(admin, CustomerSearch.builder().name("Erased customer").includeInactive(true)
                .build(), PageRequest.first()).items()).isEmpty();
        Customer reused = bed.profiles.create(admin, CustomerDetails.builder("New").phone(phone).build(),
                DuplicatePolicy.REJECT);
        assertThat(reused.phone()).isEqualTo(phone);
        assertThatThrownBy(() -> bed.profiles.erase(admin, c.id(), "again")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already erased");
    }

    @Test
    void erasure_needs_a_reason_and_an_existing_customer_and_writes_nothing_otherwise() {
        Customer c = bed.profiles.create(admin, bed.person("Keep", "Me").build(), DuplicatePolicy.REJECT);
        CallContext clerk = bed.allBut("clerk", Permissions.CUSTOMER_ERASE);
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.profiles.erase(admin, c.id(), " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> bed.profiles.erase(admin, UUID.randomUUID(), "request"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.profiles.erase(clerk, c.id(), "request"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changesSince(before)).isEqualTo(Map.of("audit_logs", 1L));
    }
}
