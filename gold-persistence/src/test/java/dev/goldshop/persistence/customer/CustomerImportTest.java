package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerImport;
import dev.goldshop.core.customer.DuplicateCustomerException;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.ImportOptions;
import dev.goldshop.core.customer.ImportProgress;
import dev.goldshop.core.customer.ImportReport;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.customer.RejectedRow;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk import: chunks and progress, rejected rows, duplicates in the file and in the database, permissions. */
@ExtendWith(PostgresExtension.class)
class CustomerImportTest {
    private static CustomerBed bed;
    private static CustomerImport imports;
    private static CallContext admin;
    private static CallContext clerk;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        imports = bed.shop.facade(CustomerImport.class);
        admin = bed.admin("admin");
        clerk = bed.allBut("clerk", Permissions.CUSTOMER_DUPLICATE_OVERRIDE);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    private static List<CustomerDetails> people(int n) {
        List<CustomerDetails> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(bed.person("  Imported" + i + " ", "Person").address(
                    new PostalAddress(null, "Dubai", null, null, null, null)).build());
        }
        return rows;
    }

    @Test
    void rows_are_saved_in_chunks_each_with_one_audit_row_and_progress_after_each_commit() {
        List<CustomerDetails> rows = people(25);
        List<long[]> progress = new ArrayList<>();
        Map<String, Long> before = bed.rowCounts();

        ImportReport report = imports.importCustomers(clerk, rows, ImportOptions.defaults().withChunkSize(10),
                (read, imported, rejected) -> progress.add(new long[] {read, imported, rejected}));

        assertThat(report.rowsRead()).isEqualTo(25);
        assertThat(report.imported()).isEqualTo(25);
        assertThat(report.chunks()).isEqualTo(3);
        assertThat(report.rejected()).isEmpty();
        assertThat(progress).containsExactly(new long[] {10, 10, 0}, new long[] {20, 20, 0}, new long[] {25, 25, 0});
        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customers", 25L, "audit_logs", 3L));
        assertThat(bed.latestAuditActions(3)).containsOnly("import:customer:success");
        assertThat(bed.text("SELECT additional_context::text FROM audit_logs WHERE action_type = 'import'"
                + " ORDER BY id DESC LIMIT 1")).contains("\"imported\": 5").contains("\"first_row\": 21")
                .doesNotContain("Imported");
        assertThat(bed.count("SELECT count(*) FROM customers WHERE first_name = 'Imported7' AND last_name = 'Person'"
                + " AND phone LIKE '+1415%' AND customer_code ~ '^C[0-9]{6,}$' AND city = 'Dubai'"
                + " AND address_type = 'home' AND version = 0")).isEqualTo(1);
        assertThat(bed.count("SELECT count(DISTINCT customer_code) FROM customers WHERE first_name LIKE 'Imported%'"))
                .isGreaterThanOrEqualTo(25);
    }

    @Test
    void an_imported_customer_reads_back_exactly_as_a_created_one() {
        String phone = bed.phone();
        CustomerDetails details = CustomerDetails.builder(" Leila ").lastName("Ahmadi").phone(phone)
                .email("leila.ahmadi@example.com").nationalId("LA-7654321").dateOfBirth(LocalDate.of(1985, 2, 1))
                .build();

        ImportReport report = imports.importCustomers(admin, List.of(details), ImportOptions.defaults(),
                ImportProgress.NONE);

        assertThat(report.imported()).isEqualTo(1);
        UUID id = UUID.fromString(bed.text("SELECT id::text FROM customers WHERE phone = ?", CustomerBed.e164(phone)));
        Customer imported = bed.profiles.find(admin, id).orElseThrow();
        assertThat(imported.firstName()).isEqualTo("Leila");
        assertThat(imported.phone()).isEqualTo(CustomerBed.e164(phone));
        assertThat(imported.nationalId()).isEqualTo("LA-7654321");
        assertThat(imported.age()).isEqualTo(40);
        assertThat(bed.text("SELECT national_id FROM customers WHERE id = ?", id)).isEqualTo("****4321");
        assertThat(bed.text("SELECT national_id_enc FROM customers WHERE id = ?", id)).doesNotContain("7654321");
        // The blind index is the one a single create computes: a create of the same id is refused as a duplicate.
        assertThatThrownBy(() -> bed.profiles.create(admin, CustomerDetails.builder("Other").nationalId("la-7654321")
                .build(), DuplicatePolicy.REJECT)).isInstanceOf(DuplicateCustomerException.class);
    }

    @Test
    void rejected_rows_are_reported_with_row_field_value_and_reason_and_nothing_is_saved_for_them() {
        List<CustomerDetails> rows = new ArrayList<>();
        rows.add(bed.person("Good", "One").build());
        rows.add(CustomerDetails.builder("   ").phone(bed.phone()).build());
        rows.add(bed.person("Bad", "Mail").email("not-an-address").build());
        rows.add(bed.person("Secret", "Id").nationalId("SECRET 99887766 !").build());
        rows.add(null);
        rows.add(bed.person("Future", "Birth").dateOfBirth(LocalDate.of(2030, 1, 1)).build());
        rows.add(bed.person("Ghost", "Image").profileImageId(UUID.randomUUID()).build());
        rows.add(bed.person("Good", "Two").build());
        Map<String, Long> before = bed.rowCounts();

        ImportReport report = imports.importCustomers(admin, rows, ImportOptions.defaults().withChunkSize(3),
                ImportProgress.NONE);

        assertThat(report.rowsRead()).isEqualTo(8);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(fields(report)).containsExactly("firstName", "email", "nationalId", "row", "dateOfBirth",
                "profileImageId");
        FieldError email = report.rejected().get(1).errors().get(0);
        assertThat(email.rejectedValue()).isEqualTo("not-an-address");
        assertThat(email.message()).contains("name@example.com");
        FieldError nationalId = report.rejected().get(2).errors().get(0);
        assertThat(nationalId.rejectedValue()).startsWith("****").doesNotContain("99887766");
        assertThat(report.rejected().get(4).errors().get(0).rejectedValue()).isEqualTo("***");
        assertThat(report.rejected().get(5).toString()).startsWith("row 7: profileImageId");
        assertThat(report.toString()).doesNotContain("99887766").doesNotContain("SECRET");
        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customers", 2L, "audit_logs", 3L));
        assertThat(bed.count("SELECT count(*) FROM customers WHERE first_name IN ('Bad', 'Secret', 'Future', 'Ghost')"))
                .isZero();
    }

    @Test
    void duplicates_of_saved_customers_and_of_earlier_rows_are_rejected_naming_what_they_repeat() {
        String savedPhone = bed.phone();
        Customer saved = bed.profiles.create(admin, CustomerDetails.builder("Saved").phone(savedPhone).build(),
                DuplicatePolicy.REJECT);
        List<CustomerDetails> rows = List.of(
                bed.person("Repeats", "Saved").phone(savedPhone).build(),
                bed.person("First", "Mail").email("family@example.com").build(),
                bed.person("Second", "Mail").email("FAMILY@example.com").build(),
                bed.person("First", "Id").nationalId("DU-1111111").build(),
                bed.person("Later", "Chunk").nationalId("du1111111").build());

        ImportReport report = imports.importCustomers(admin, rows, ImportOptions.defaults().withChunkSize(4),
                ImportProgress.NONE);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(1L, 3L, 5L);
        assertThat(report.rejected().get(0).errors()).containsExactly(new FieldError("phone",
                CustomerBed.e164(savedPhone), "already belongs to customer " + saved.code()));
        assertThat(report.rejected().get(1).errors()).containsExactly(new FieldError("email", "FAMILY@example.com",
                "repeats row 2 of this import"));
        assertThat(report.rejected().get(2).errors()).containsExactly(new FieldError("nationalId", "****1111",
                "repeats row 4 of this import"));
    }

    @Test
    void duplicates_are_saved_with_the_allow_policy_which_needs_the_override_permission() {
        String phone = bed.phone();
        List<CustomerDetails> rows = List.of(CustomerDetails.builder("Twin").phone(phone).build(),
                CustomerDetails.builder("Twin").phone(phone).build());
        ImportOptions allow = ImportOptions.defaults().withDuplicates(DuplicatePolicy.ALLOW);
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> imports.importCustomers(clerk, rows, allow, ImportProgress.NONE))
                .isInstanceOf(PermissionDeniedException.class);
        bed.assertOnlyRefusalAudited(before, Permissions.CUSTOMER_DUPLICATE_OVERRIDE);

        ImportReport report = imports.importCustomers(admin, rows, allow, ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(bed.count("SELECT count(*) FROM customers WHERE phone = ?", CustomerBed.e164(phone))).isEqualTo(2);
        assertThat(bed.text("SELECT additional_context->>'duplicates' FROM audit_logs WHERE action_type = 'import'"
                + " ORDER BY id DESC LIMIT 1")).isEqualTo("ALLOW");
    }

    @Test
    void a_caller_without_customer_create_is_refused_before_a_row_is_read() {
        CallContext reader = bed.user("reader", Permissions.CUSTOMER_READ);
        Iterable<CustomerDetails> untouchable = () -> {
            throw new AssertionError("the rows were read before the permission check");
        };
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> imports.importCustomers(reader, untouchable, ImportOptions.defaults(),
                ImportProgress.NONE)).isInstanceOf(PermissionDeniedException.class);

        bed.assertOnlyRefusalAudited(before, Permissions.CUSTOMER_CREATE);
    }

    @Test
    void missing_arguments_are_named_and_nothing_is_written() {
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> imports.importCustomers(admin, null, ImportOptions.defaults(), ImportProgress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> imports.importCustomers(admin, List.of(), null, ImportProgress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("options");
        assertThatThrownBy(() -> imports.importCustomers(admin, List.of(), ImportOptions.defaults(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("progress");
        assertThatThrownBy(() -> new ImportOptions(0, DuplicatePolicy.REJECT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("chunkSize");
        assertThat(imports.importCustomers(admin, List.of(), ImportOptions.defaults(), ImportProgress.NONE))
                .isEqualTo(new dev.goldshop.core.customer.ImportReport(0, 0, 0, List.of()));
        bed.assertNothingWritten(before);
    }

    @Test
    void a_chunk_of_the_largest_size_with_every_duplicate_key_fits_in_the_lock_table() {
        List<CustomerDetails> rows = new ArrayList<>();
        for (int i = 0; i < ImportOptions.MAX_CHUNK_SIZE; i++) {
            rows.add(bed.person("Bulk" + i, "Row").email("bulk." + i + "@example.com").nationalId("BULK-" + i).build());
        }

        ImportReport report = imports.importCustomers(admin, rows,
                ImportOptions.defaults().withChunkSize(ImportOptions.MAX_CHUNK_SIZE), ImportProgress.NONE);

        assertThat(report.imported()).isEqualTo(ImportOptions.MAX_CHUNK_SIZE);
        assertThat(report.chunks()).isEqualTo(1);
    }

    @Test
    void an_import_and_clerks_creating_the_same_phones_at_once_save_each_phone_exactly_once() throws Exception {
        int n = 40;
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            phones.add(bed.phone());
        }
        List<CustomerDetails> rows = new ArrayList<>();
        for (String phone : phones) {
            rows.add(CustomerDetails.builder("Racer").phone(phone).build());
        }
        List<String> reversed = new ArrayList<>(phones);
        Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger created = new AtomicInteger();
        try {
            Future<ImportReport> importing = pool.submit(() -> {
                go.await();
                return imports.importCustomers(admin, rows, ImportOptions.defaults().withChunkSize(7),
                        ImportProgress.NONE);
            });
            List<Future<?>> clerks = new ArrayList<>();
            for (List<String> order : Arrays.asList(phones, reversed)) {
                clerks.add(pool.submit(() -> {
                    go.await();
                    for (String phone : order) {
                        try {
                            bed.profiles.create(admin, CustomerDetails.builder("Clerk").phone(phone).build(),
                                    DuplicatePolicy.REJECT);
                            created.incrementAndGet();
                        } catch (DuplicateCustomerException expected) {
                            // the import or the other clerk saved it first
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            ImportReport report = importing.get(60, TimeUnit.SECONDS);
            for (Future<?> clerkDone : clerks) {
                clerkDone.get(60, TimeUnit.SECONDS);
            }
            assertThat(report.imported() + created.get()).isEqualTo(n);
            assertThat(report.imported() + report.rejected().size()).isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }
        for (String phone : phones) {
            assertThat(bed.count("SELECT count(*) FROM customers WHERE phone = ?", CustomerBed.e164(phone)))
                    .as(phone).isEqualTo(1);
        }
    }

    private static List<String> fields(ImportReport report) {
        List<String> fields = new ArrayList<>();
        for (RejectedRow row : report.rejected()) {
            assertThat(row.errors()).hasSize(1);
            fields.add(row.errors().get(0).field());
        }
        return fields;
    }
}
