package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.KeyRotation;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.spi.KeyProvider;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SECURITY.md PII-01 against the database: a raw SELECT shows ciphertext, a flipped byte fails
 * decryption, rotation re-encrypts every row, and an engine without keys refuses national ids.
 * Each test uses a database of its own, because rotation rewrites every row.
 */
@ExtendWith(PostgresExtension.class)
class CustomerPiiEncryptionTest {
    private final List<TestDatabase> created = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        created.forEach(TestDatabase::drop);
    }

    private TestDatabase fresh(TestDatabase template) {
        TestDatabase db = template.createMigratedDatabase();
        created.add(db);
        return db;
    }

    @Test
    void a_raw_select_shows_only_the_mask_and_ciphertext_and_no_row_anywhere_holds_the_plaintext(TestDatabase template) {
        TestDatabase db = fresh(template);
        try (CustomerBed bed = CustomerBed.open(db)) {
            CallContext admin = bed.admin("admin");
            Customer created = bed.profiles.create(admin, bed.person("Sara", "Moradi").nationalId("XQ-7654321")
                    .build(), DuplicatePolicy.REJECT);
            bed.profiles.find(admin, created.id());

            assertThat(bed.text("SELECT national_id FROM customers WHERE id = ?", created.id())).isEqualTo("****4321");
            String sealed = bed.text("SELECT national_id_enc FROM customers WHERE id = ?", created.id());
            assertThat(Base64.getDecoder().decode(sealed)).hasSize(12 + 10 + 16);
            assertThat(bed.text("SELECT national_id_key_id FROM customers WHERE id = ?", created.id())).isEqualTo("k1");
            assertThat(bed.text("SELECT national_id_bidx FROM customers WHERE id = ?", created.id()))
                    .matches("[0-9a-f]{64}");
            for (String table : List.of("customers", "audit_logs", "outbox_events")) {
                assertThat(bed.count("SELECT count(*) FROM " + table + " t WHERE row_to_json(t)::text LIKE '%7654321%'"))
                        .as(table).isZero();
            }
        }
    }

    @Test
    void a_flipped_byte_in_the_stored_ciphertext_fails_the_unmasked_read_and_reveals_nothing(TestDatabase template) {
        TestDatabase db = fresh(template);
        try (CustomerBed bed = CustomerBed.open(db)) {
            CallContext admin = bed.admin("admin");
            CallContext clerk = bed.user("clerk", Permissions.CUSTOMER_READ);
            Customer created = bed.profiles.create(admin, bed.person("Reza", "Tamper").nationalId("TT-1111222")
                    .build(), DuplicatePolicy.REJECT);
            bed.exec("UPDATE customers SET national_id_enc = encode(set_byte(decode(national_id_enc, 'base64'), 20,"
                    + " get_byte(decode(national_id_enc, 'base64'), 20) # 1), 'base64') WHERE id = ?", created.id());
            Map<String, Long> before = bed.rowCounts();

            assertThatThrownBy(() -> bed.profiles.find(admin, created.id())).isInstanceOf(StorageException.class)
                    .hasMessageContaining("failed authentication").hasMessageNotContaining("TT-1111222");

            bed.assertNothingWritten(before);
            assertThat(bed.profiles.find(clerk, created.id()).orElseThrow().nationalId()).isEqualTo("****1222");
        }
    }

    @Test
    void rotation_reencrypts_and_reindexes_every_row_under_the_new_keys(TestDatabase template) {
        TestDatabase db = fresh(template);
        List<Customer> customers = new ArrayList<>();
        List<String> oldCiphertexts = new ArrayList<>();
        try (CustomerBed bed = CustomerBed.open(db)) {
            CallContext admin = bed.admin("admin");
            for (int i = 0; i < 7; i++) {
                Customer c = bed.profiles.create(admin, bed.person("Rotate", "Me" + i).nationalId("RT-00" + i + "1234")
                        .build(), DuplicatePolicy.REJECT);
                customers.add(c);
                oldCiphertexts.add(bed.text("SELECT national_id_enc FROM customers WHERE id = ?", c.id()));
            }
            bed.profiles.create(admin, bed.person("No", "Id").build(), DuplicatePolicy.REJECT);
        }
        KeyProvider both = KeyProvider.of("k2", Map.of("k1", CustomerBed.key(1), "k2", CustomerBed.key(2)),
                CustomerBed.key(98));
        try (CustomerBed bed = CustomerBed.open(db, both)) {
            // Each bed's clock starts at START and stands still: move this one on so that its
            // time-ordered ids sort after the first bed's (the assertion below reads the latest).
            bed.clock.set(CustomerBed.START.plusSeconds(60));
            CallContext officer = bed.user("officer", Permissions.CUSTOMER_PII_ROTATE);
            CallContext denied = bed.user("clerk", Permissions.CUSTOMER_READ, Permissions.CUSTOMER_PII_READ);
            Map<String, Long> before = bed.rowCounts();
            assertThatThrownBy(() -> bed.profiles.rotatePiiKeys(denied)).isInstanceOf(PermissionDeniedException.class);
            bed.assertOnlyRefusalAudited(before, Permissions.CUSTOMER_PII_ROTATE);

            KeyRotation rotation = bed.profiles.rotatePiiKeys(officer);

            assertThat(rotation).isEqualTo(new KeyRotation("k2", 7));
            assertThat(bed.count("SELECT count(*) FROM customers WHERE national_id_key_id = 'k2'")).isEqualTo(7);
            assertThat(bed.count("SELECT count(*) FROM customers WHERE national_id_key_id = 'k1'")).isZero();
            for (int i = 0; i < customers.size(); i++) {
                assertThat(bed.text("SELECT national_id_enc FROM customers WHERE id = ?", customers.get(i).id()))
                        .isNotEqualTo(oldCiphertexts.get(i));
            }
            assertThat(bed.latestAuditActions(1)).containsExactly("rotate_keys:customer:success");
        }
        KeyProvider onlyNew = KeyProvider.of("k2", Map.of("k2", CustomerBed.key(2)), CustomerBed.key(98));
        try (CustomerBed bed = CustomerBed.open(db, onlyNew)) {
            CallContext admin = bed.admin("admin");
            for (int i = 0; i < customers.size(); i++) {
                assertThat(bed.profiles.find(admin, customers.get(i).id()).orElseThrow().nationalId())
                        .isEqualTo("RT-00" + i + "1234");
            }
            assertThat(bed.profiles.search(admin, CustomerSearch.builder().nationalId("rt 0031234").build(),
                    PageRequest.first()).items()).extracting(s -> s.id()).containsExactly(customers.get(3).id());
        }
    }

    @Test
    void an_engine_without_keys_refuses_national_ids_with_a_clear_message_but_works_otherwise(TestDatabase template) {
        TestDatabase db = fresh(template);
        try (CustomerBed bed = CustomerBed.open(db, null)) {
            CallContext admin = bed.admin("admin");
            Map<String, Long> before = bed.rowCounts();

            assertThatThrownBy(() -> bed.profiles.create(admin, bed.person("Keyless", "One").nationalId("KL-123456")
                    .build(), DuplicatePolicy.REJECT)).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("PiiKeyInstaller").hasMessageContaining("KeyProvider");
            bed.assertNothingWritten(before);
            assertThatThrownBy(() -> bed.profiles.search(admin, CustomerSearch.builder().nationalId("KL-123456").build(),
                    PageRequest.first())).isInstanceOf(BusinessRuleException.class);

            Customer plain = bed.profiles.create(admin, CustomerDetails.builder("Keyless").lastName("Two")
                    .phone(bed.phone()).build(), DuplicatePolicy.REJECT);
            assertThat(bed.profiles.find(admin, plain.id()).orElseThrow().firstName()).isEqualTo("Keyless");
            assertThatThrownBy(() -> bed.profiles.rotatePiiKeys(admin)).isInstanceOf(BusinessRuleException.class);
        }
    }
}
