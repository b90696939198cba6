package dev.goldshop.persistence.pricing;

import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.pricing.MakingCharge;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.pricing.PricingPolicy;
import dev.goldshop.core.pricing.TaxPolicy;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.settings.BusinessHours;
import dev.goldshop.core.settings.OpeningHours;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.settings.ShopSettingsUpdate;
import dev.goldshop.persistence.internal.security.SecuritySettings;
import dev.goldshop.persistence.internal.settings.SettingsCache;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The company settings facade: every method's normal path, bad input, refusals, conflicts and caching. */
@ExtendWith(PostgresExtension.class)
class CompanySettingsTest {
    /** A Monday morning in London (summer time). */
    private static final Instant START = Instant.parse("2026-07-06T09:00:00Z");

    private TestDatabase db;
    private MutableClock clock;
    private PricingBed bed;
    private CallContext admin;
    private CallContext reader;
    private CallContext nobody;

    @BeforeEach
    void start(TestDatabase template) {
        db = template.createMigratedDatabase();
        clock = new MutableClock(START);
        bed = new PricingBed(db, clock);
        admin = bed.user(Permissions.SETTINGS_READ, Permissions.SETTINGS_UPDATE);
        reader = bed.user(Permissions.SETTINGS_READ);
        nobody = bed.user();
        bed.awaitListeners(1);
    }

    @AfterEach
    void stop() {
        bed.close();
        db.drop();
    }

    private static ShopSettingsUpdate.Builder valid(ShopSettings current) {
        return current.toUpdate()
                .shopName("Sona Jewellers")
                .legalName("Sona Jewellers Pvt Ltd")
                .address("12 Zaveri Bazaar\nMumbai")
                .phone("+91 22 2345 6789")
                .email("accounts@sona.example")
                .taxId("27AAACS1234F1Z5")
                .timeZone(ZoneId.of("Asia/Kolkata"))
                .taxPolicy(TaxPolicy.FULL)
                .taxRate(new BigDecimal("3"))
                .roundingMode(RoundingMode.HALF_EVEN)
                .invoicePrefix("SJ-INV")
                .creditNotePrefix("SJ-CN")
                .defaultMakingCharge(MakingCharge.percent(new BigDecimal("12.50")))
                .oldGoldMeltingLossPercent(new BigDecimal("2.5"))
                .loyaltyPointValue(new BigDecimal("0.2500"))
                .discountLimitPercent(new BigDecimal("5"))
                .businessHours(BusinessHours.closedIn(ZoneId.of("Europe/London"))
                        .with(DayOfWeek.MONDAY, OpeningHours.of("09:00", "18:00"))
                        .with(DayOfWeek.SATURDAY, OpeningHours.of("10:00", "14:00")))
                .accountCode("cash", "1020");
    }

    @Test
    void the_seeded_settings_are_read_with_every_field() {
        ShopSettings seeded = bed.settings.get(reader);

        assertThat(seeded.shopName()).isEqualTo("Gold Shop");
        assertThat(seeded.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(seeded.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(seeded.taxPolicy()).isEqualTo(TaxPolicy.FULL);
        assertThat(seeded.taxRate()).isEqualByComparingTo("0");
        assertThat(seeded.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(seeded.invoicePrefix()).isEqualTo("INV");
        assertThat(seeded.creditNotePrefix()).isEqualTo("CN");
        assertThat(seeded.defaultMakingCharge().type()).isEqualTo(MakingChargeType.PER_GRAM);
        assertThat(seeded.businessHours()).isNull();
        assertThat(seeded.accountCodes()).containsEntry("cash", "1000").containsEntry("sales_revenue", "4000")
                .hasSize(18);
        assertThat(seeded.version()).isZero();
        assertThat(seeded.pricingPolicy())
                .isEqualTo(new PricingPolicy(TaxPolicy.FULL, seeded.taxRate(), RoundingMode.HALF_UP, seeded.currency()));
    }

    @Test
    void reading_without_settings_read_is_refused_and_only_the_refusal_is_audited() {
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.settings.get(nobody)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("settings:read");

        assertThat(bed.changedSince(before)).containsExactly(Map.entry("audit_logs", 1L));
        assertThat(bed.refusals(Permissions.SETTINGS_READ)).isEqualTo(1);
    }

    @Test
    void an_update_saves_every_field_bumps_the_version_and_writes_one_audit_row_with_old_and_new_values()
            throws Exception {
        ShopSettings before = bed.settings.get(admin);
        Map<String, Long> counts = bed.rowCounts();

        ShopSettings after = bed.settings.update(admin, valid(before).build(), before.version());

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.shopName()).isEqualTo("Sona Jewellers");
        assertThat(after.address()).isEqualTo("12 Zaveri Bazaar\nMumbai");
        assertThat(after.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(after.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(after.defaultMakingCharge()).isEqualTo(MakingCharge.percent(new BigDecimal("12.50")));
        assertThat(after.loyaltyPointValue()).isEqualByComparingTo("0.25");
        assertThat(after.accountCodes()).containsEntry("cash", "1020").hasSize(18);
        assertThat(after.businessHours().on(DayOfWeek.SATURDAY)).contains(OpeningHours.of("10:00", "14:00"));
        assertThat(after.updatedBy()).isEqualTo(admin.actor().userId());
        assertThat(after.updatedAt()).isEqualTo(START);
        assertThat(bed.settings.get(reader)).isEqualTo(after);

        // The stored JSON has the shape other areas (security's business-hours rule) read.
        JsonNode stored = new ObjectMapper().readTree(bed.queryString("SELECT business_hours::text FROM company_settings"));
        assertThat(stored).isEqualTo(new ObjectMapper().readTree(
                "{\"zone\":\"Europe/London\",\"days\":{\"mon\":[\"09:00\",\"18:00\"],\"sat\":[\"10:00\",\"14:00\"]}}"));

        assertThat(bed.changedSince(counts)).containsOnly(Map.entry("audit_logs", 1L), Map.entry("outbox_events", 1L));
        assertThat(bed.queryLong("SELECT count(*) FROM outbox_events WHERE event_type = 'company_settings.updated'"
                + " AND payload->'changed' @> '[\"shopName\", \"accountCodes\", \"businessHours\"]'"
                + " AND NOT payload->'changed' @> '[\"updatedAt\"]' AND NOT payload->'changed' @> '[\"currency\"]'"
                + " AND (payload->>'version')::int = 1")).isEqualTo(1);
        assertThat(bed.auditRows("action_type = 'update' AND resource_type = 'company_settings' AND outcome = 'success'"
                + " AND old_data->>'shopName' = 'Gold Shop' AND new_data->>'shopName' = 'Sona Jewellers'"
                + " AND new_data->'accountCodes'->>'cash' = '1020' AND user_id = '" + admin.actor().userId() + "'"))
                .isEqualTo(1);
    }

    @Test
    void every_invalid_field_is_named_and_nothing_is_written() {
        ShopSettings before = bed.settings.get(admin);
        Map<String, Long> counts = bed.rowCounts();
        ShopSettingsUpdate bad = valid(before)
                .shopName(" ")
                .phone("call me")
                .email("not-an-address")
                .currency(Currency.getInstance("XAU"))
                .taxRate(new BigDecimal("100.5"))
                .roundingMode(RoundingMode.UNNECESSARY)
                .invoicePrefix("inv")
                .creditNotePrefix("SJ-INV-LONGER")
                .oldGoldMeltingLossPercent(new BigDecimal("100"))
                .loyaltyPointValue(new BigDecimal("-1"))
                .discountLimitPercent(new BigDecimal("5.125"))
                .accountCode("Cash Drawer", "1000")
                .build();

        ValidationException e = catchThrowableOfType(() -> bed.settings.update(admin, bad, before.version()),
                ValidationException.class);

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("shopName", "phone", "email",
                "currency", "taxRate", "roundingMode", "invoicePrefix", "creditNotePrefix", "oldGoldMeltingLossPercent",
                "loyaltyPointValue", "discountLimitPercent", "accountCodes");
        assertThat(e.getMessage()).contains("invoicePrefix 'inv' must be 1 to 10 characters of A-Z, 0-9 and -")
                .contains("taxRate '100.5' must be from 0 to 100")
                .contains("oldGoldMeltingLossPercent '100' must be from 0 to less than 100")
                .contains("currency 'XAU' must be an ISO 4217 currency with 0 to 2 decimals");
        assertThat(bed.changedSince(counts)).isEmpty();
        assertThat(bed.settings.get(admin)).isEqualTo(before);
    }

    @Test
    void the_two_number_series_need_different_prefixes() {
        ShopSettings before = bed.settings.get(admin);
        assertThatThrownBy(() -> bed.settings.update(admin,
                valid(before).invoicePrefix("GS").creditNotePrefix("GS").build(), before.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("creditNotePrefix 'GS' must differ from the invoice prefix");
    }

    @Test
    void account_codes_must_be_active_accounts_of_the_chart_and_nothing_is_written() {
        bed.execute("UPDATE accounts SET is_active = false WHERE code = '1030'");
        ShopSettings before = bed.settings.get(admin);
        Map<String, Long> counts = bed.rowCounts();

        ValidationException e = catchThrowableOfType(() -> bed.settings.update(admin,
                valid(before).accountCode("cash", "9999").accountCode("cheques", "1030").build(), before.version()),
                ValidationException.class);

        assertThat(e.fieldErrors()).containsExactly(
                new FieldError("accountCodes.cash", "9999", "is not an active account of the chart of accounts"),
                new FieldError("accountCodes.cheques", "1030", "is not an active account of the chart of accounts"));
        assertThat(bed.changedSince(counts)).isEmpty();
    }

    @Test
    void a_logo_that_is_not_an_image_is_not_found_and_nothing_is_written() {
        ShopSettings before = bed.settings.get(admin);
        Map<String, Long> counts = bed.rowCounts();
        UUID missing = UUID.randomUUID();

        assertThatThrownBy(() -> bed.settings.update(admin, valid(before).logoImageId(missing).build(),
                before.version())).isInstanceOf(NotFoundException.class).hasMessageContaining(missing.toString());

        assertThat(bed.changedSince(counts)).isEmpty();
    }

    @Test
    void a_stale_version_is_a_conflict_and_nothing_is_written() {
        ShopSettings first = bed.settings.get(admin);
        bed.settings.update(admin, valid(first).shopName("First save").build(), first.version());
        Map<String, Long> counts = bed.rowCounts();

        ConflictException e = catchThrowableOfType(() -> bed.settings.update(admin,
                valid(first).shopName("Second save").build(), first.version()), ConflictException.class);

        assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION);
        assertThat(bed.changedSince(counts)).isEmpty();
        assertThat(bed.settings.get(reader).shopName()).isEqualTo("First save");
    }

    @Test
    void updating_without_settings_update_is_refused_and_only_the_refusal_is_audited() {
        ShopSettings before = bed.settings.get(reader);
        Map<String, Long> counts = bed.rowCounts();

        assertThatThrownBy(() -> bed.settings.update(reader, valid(before).build(), before.version()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("settings:update");

        assertThat(bed.changedSince(counts)).containsExactly(Map.entry("audit_logs", 1L));
        assertThat(bed.refusals(Permissions.SETTINGS_UPDATE)).isEqualTo(1);
        assertThat(bed.settings.get(reader)).isEqualTo(before);
    }

    @Test
    void the_currency_must_be_the_one_the_engine_keeps_its_books_in() {
        ShopSettings before = bed.settings.get(admin);

        assertThatThrownBy(() -> bed.settings.update(admin, valid(before).currency(Currency.getInstance("EUR")).build(),
                before.version())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("this engine keeps its books in USD");
    }

    @Test
    void the_currency_follows_the_engine_only_while_no_invoice_exists() {
        try (PricingBed euros = PricingBed.withCurrency(db, clock, "EUR")) {
            SettingsCache cache = euros.engine.service(SettingsCache.class);
            assertThatThrownBy(cache::pricingPolicy).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("company settings say USD but this engine keeps its books in EUR");
            ShopSettings before = euros.settings.get(admin);
            UUID invoice = UUID.randomUUID();
            euros.execute("INSERT INTO invoices (id, currency) VALUES ('" + invoice + "', 'USD')");

            assertThatThrownBy(() -> euros.settings.update(admin,
                    valid(before).currency(Currency.getInstance("EUR")).build(), before.version()))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("cannot change from USD to EUR once invoices exist");

            euros.execute("DELETE FROM invoices WHERE id = '" + invoice + "'");
            ShopSettings after = euros.settings.update(admin,
                    valid(before).currency(Currency.getInstance("EUR")).build(), before.version());
            assertThat(after.currency()).isEqualTo(Currency.getInstance("EUR"));
            assertThat(cache.pricingPolicy().currency()).isEqualTo(Currency.getInstance("EUR"));
        }
    }

    @Test
    void the_settings_cache_serves_other_areas_without_a_permission_check() {
        SettingsCache cache = bed.engine.service(SettingsCache.class);
        ShopSettings before = bed.settings.get(admin);
        bed.settings.update(admin, valid(before).build(), before.version());

        assertThat(cache.pricingPolicy()).isEqualTo(new PricingPolicy(TaxPolicy.FULL, new BigDecimal("3.00"),
                RoundingMode.HALF_EVEN, Currency.getInstance("USD")));
        assertThat(cache.discountLimit().percent()).isEqualByComparingTo("5");
        assertThat(cache.accountCode("cash")).isEqualTo("1020");
        assertThatThrownBy(() -> cache.accountCode("petty_cash")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'petty_cash'");
    }

    @Test
    void settings_are_cached_until_a_change_commits() {
        ShopSettings before = bed.settings.get(admin);
        bed.execute("UPDATE company_settings SET shop_name = 'Changed behind the back'");

        assertThat(bed.settings.get(admin).shopName()).isEqualTo("Gold Shop");

        ShopSettings saved = bed.settings.update(admin, valid(bed.settings.get(admin)).build(), before.version());
        assertThat(bed.settings.get(admin)).isEqualTo(saved);
    }

    @Test
    void a_transaction_that_changed_no_settings_is_served_the_cached_ones_without_a_read() {
        bed.settings.get(admin);
        bed.execute("UPDATE company_settings SET shop_name = 'Changed behind the back'");
        try {
            // Read inside a transaction of the engine: before, every call read the row again.
            assertThat(bed.shop.inTransaction(() -> bed.settings.get(admin).shopName())).isEqualTo("Gold Shop");
            assertThat(bed.shop.inTransaction(() -> bed.engine.service(SettingsCache.class).current().shopName()))
                    .isEqualTo("Gold Shop");
        } finally {
            bed.execute("UPDATE company_settings SET shop_name = 'Gold Shop'");
            bed.engine.service(SettingsCache.class).invalidate();
        }
    }

    @Test
    void a_change_drops_the_security_policy_cache_at_once() {
        SecuritySettings security = bed.engine.service(SecuritySettings.class);
        Instant tuesdayNoon = Instant.parse("2026-07-07T11:00:00Z");
        assertThat(security.current().businessHours().isOutside(tuesdayNoon)).isFalse();
        ShopSettings before = bed.settings.get(admin);

        bed.settings.update(admin, valid(before).build(), before.version());

        assertThat(security.current().businessHours().isOutside(tuesdayNoon)).isTrue();
    }

    @Test
    void a_grouped_transaction_sees_its_own_change_and_a_rollback_leaves_no_trace_in_the_cache() {
        ShopSettings before = bed.settings.get(admin);

        assertThatThrownBy(() -> bed.shop.useTransaction(() -> {
            bed.settings.update(admin, valid(before).shopName("Never committed").build(), before.version());
            assertThat(bed.settings.get(admin).shopName()).isEqualTo("Never committed");
            assertThat(bed.engine.service(SettingsCache.class).current().shopName()).isEqualTo("Never committed");
            throw new IllegalStateException("the host changed its mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(bed.settings.get(admin)).isEqualTo(before);
        assertThat(bed.engine.service(SettingsCache.class).current()).isEqualTo(before);
    }

    @Test
    void another_engine_sees_a_change_within_seconds() throws Exception {
        try (PricingBed other = new PricingBed(db, clock)) {
            other.awaitListeners(2);
            ShopSettings seen = other.settings.get(reader);
            assertThat(seen.shopName()).isEqualTo("Gold Shop");

            bed.settings.update(admin, valid(bed.settings.get(admin)).build(), seen.version());

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!other.settings.get(reader).shopName().equals("Sona Jewellers") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(other.settings.get(reader).shopName()).isEqualTo("Sona Jewellers");
        }
    }
}
