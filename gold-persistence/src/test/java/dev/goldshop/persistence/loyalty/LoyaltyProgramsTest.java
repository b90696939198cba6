package dev.goldshop.persistence.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.LoyaltyProgramDetails;
import dev.goldshop.core.loyalty.LoyaltyTier;
import dev.goldshop.core.loyalty.TierBasis;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Programmes: creating, changing, exactly one active, the tiers' JSON, errors and refusals. */
@ExtendWith(PostgresExtension.class)
class LoyaltyProgramsTest {
    private LoyaltyBed bed;

    @BeforeEach
    void open(TestDatabase db) {
        bed = LoyaltyBed.fresh(db);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void a_programme_is_stored_with_its_tiers_as_the_spec_json_and_one_audit_row() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        LoyaltyProgram program = bed.enrol();

        assertThat(program.active()).isTrue();
        assertThat(program.tiers()).extracting(LoyaltyTier::name).containsExactly("Silver", "Gold");
        assertThat(program.tiers().get(1).multiplier()).isEqualByComparingTo("2");
        assertThat(program.pointsValidityDays()).isEqualTo(365);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("loyalty_programs", 1L, "audit_logs", 1L));
        assertThat(bed.strings("SELECT tier_thresholds::text FROM loyalty_programs")).containsExactly(
                "{\"Gold\": 500, \"Silver\": 100}");
        assertThat(bed.strings("SELECT tier_benefits->'Gold'->>'discount_percent' FROM loyalty_programs"))
                .containsExactly("5");
        assertThat(bed.loyalty.activeProgram(bed.cashier)).contains(program);
        assertThat(bed.strings("SELECT action_type || ' ' || resource_type FROM audit_logs"
                + " WHERE resource_id = ?", program.id())).containsExactly("create loyalty_program");
    }

    @Test
    void activating_a_programme_deactivates_the_one_before_so_exactly_one_is_active() throws Exception {
        LoyaltyProgram first = bed.enrol();
        LoyaltyProgram second = bed.loyalty.createProgram(bed.owner, LoyaltyBed.standard(false));
        assertThat(bed.loyalty.activeProgram(bed.owner).orElseThrow().id()).isEqualTo(first.id());

        LoyaltyProgramDetails on = second.details();
        LoyaltyProgram activated = bed.loyalty.updateProgram(bed.owner, second.id(), new LoyaltyProgramDetails(
                "Gold Circle 2027", on.description(), new BigDecimal("2"), on.tiers(), null, TierBasis.LIFETIME, true),
                second.version());

        assertThat(activated.active()).isTrue();
        assertThat(activated.pointsValidityDays()).isNull();
        assertThat(activated.version()).isEqualTo(second.version() + 1);
        assertThat(bed.loyalty.program(bed.owner, first.id()).orElseThrow().active()).isFalse();
        assertThat(bed.number("SELECT count(*) FROM loyalty_programs WHERE is_active").intValue()).isEqualTo(1);
        assertThat(bed.loyalty.programs(bed.owner)).hasSize(2);
    }

    @Test
    void the_database_refuses_a_second_active_programme_even_behind_the_sdks_back() throws Exception {
        bed.enrol();
        assertThatThrownBy(() -> bed.exec("INSERT INTO loyalty_programs (name, points_per_currency_unit, is_active)"
                + " VALUES ('rogue', 1, true)")).hasMessageContaining("uq_loyalty_programs_one_active");
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() throws Exception {
        LoyaltyProgram program = bed.enrol();
        bed.loyalty.updateProgram(bed.owner, program.id(), program.details(), program.version());
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.loyalty.updateProgram(bed.owner, program.id(), LoyaltyBed.standard(false),
                program.version())).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(bed.loyalty.activeProgram(bed.owner)).isPresent();
    }

    @Test
    void invalid_settings_name_every_field_and_write_nothing() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        LoyaltyProgramDetails bad = new LoyaltyProgramDetails(" ", null, new BigDecimal("1.005"), Arrays.asList(
                new LoyaltyTier("Silver", 100, BigDecimal.ZERO, BigDecimal.ZERO),
                new LoyaltyTier("silver", 100, new BigDecimal("1.5"), new BigDecimal("101")), null),
                0, null, true);

        assertThatThrownBy(() -> bed.loyalty.createProgram(bed.owner, bad)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("name", "pointsPerCurrencyUnit", "pointsValidityDays", "tierBasis",
                                "tiers[0].multiplier", "tiers[1].name", "tiers[1].threshold",
                                "tiers[1].discountPercent", "tiers[2]"));
        assertThatThrownBy(() -> bed.loyalty.createProgram(bed.owner, null)).isInstanceOf(ValidationException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void tier_json_broken_behind_the_sdks_back_is_refused_with_a_message_naming_the_column_and_tier()
            throws Exception {
        LoyaltyProgram program = bed.enrol();
        bed.exec("UPDATE loyalty_programs SET tier_thresholds = '{\"Silver\": \"lots\", \"Gold\": 500}'");

        assertThatThrownBy(() -> bed.loyalty.activeProgram(bed.owner)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining(program.id().toString()).hasMessageContaining("tier_thresholds")
                .hasMessageContaining("'Silver'");
        bed.exec("UPDATE loyalty_programs SET tier_thresholds = '{\"Silver\": 100}'");
        assertThatThrownBy(() -> bed.loyalty.activeProgram(bed.owner)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("tier 'Gold' has benefits but no threshold");

        LoyaltyProgram repaired = bed.loyalty.updateProgram(bed.owner, program.id(), LoyaltyBed.standard(true),
                program.version());
        assertThat(repaired.tiers()).hasSize(2);
    }

    @Test
    void a_cashier_reads_programmes_but_may_not_manage_them() throws Exception {
        bed.enrol();
        assertThat(bed.loyalty.activeProgram(bed.cashier)).isPresent();
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.loyalty.createProgram(bed.cashier, LoyaltyBed.standard(true)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.strings("SELECT outcome FROM audit_logs ORDER BY created_at DESC, id DESC LIMIT 1"))
                .containsExactly("denied");
    }

    @Test
    void a_programme_that_does_not_exist_is_not_found_or_empty() {
        assertThat(bed.loyalty.program(bed.owner, java.util.UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> bed.loyalty.updateProgram(bed.owner, java.util.UUID.randomUUID(),
                LoyaltyBed.standard(false), 0)).isInstanceOf(dev.goldshop.core.error.NotFoundException.class);
        assertThat(bed.loyalty.activeProgram(bed.owner)).isEmpty();
        assertThat(bed.loyalty.programs(bed.owner)).isEqualTo(List.of());
    }
}
