package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.LoyaltyProgramDetails;
import dev.goldshop.core.loyalty.LoyaltyTier;
import dev.goldshop.core.loyalty.PointsArithmetic;
import dev.goldshop.core.loyalty.TierBasis;
import dev.goldshop.core.loyalty.TierStatus;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Programmes between rows and records, and a customer's tier under one. */
final class Programs {
    private final LoyaltySupport support;
    private final TierJson tierJson;

    Programs(LoyaltySupport support, TierJson tierJson) {
        this.support = support;
        this.tierJson = tierJson;
    }

    /** The active programme, if any. */
    Optional<LoyaltyProgram> active(Tx tx) {
        ProgramRow row = tx.mapper(LoyaltyMapper.class).selectActiveProgram();
        return row == null ? Optional.empty() : Optional.of(program(row));
    }

    /** A row as the API's record. */
    LoyaltyProgram program(ProgramRow row) {
        return new LoyaltyProgram(row.id, row.name, row.description, row.pointsPerCurrencyUnit,
                tierJson.tiers(row.id, row.tierThresholds, row.tierBenefits), row.pointsValidityDays, row.tierBasis,
                Boolean.TRUE.equals(row.isActive), row.createdAt, row.updatedAt, row.version);
    }

    /** Checked settings as a row. */
    ProgramRow row(UUID id, LoyaltyProgramDetails details, Instant now) {
        ProgramRow row = new ProgramRow();
        row.id = id;
        row.name = details.name().strip();
        row.description = details.description() == null || details.description().isBlank() ? null
                : details.description().strip();
        row.pointsPerCurrencyUnit = details.pointsPerCurrencyUnit();
        row.tierThresholds = tierJson.thresholds(details.tiers());
        row.tierBenefits = tierJson.benefits(details.tiers());
        row.isActive = details.active();
        row.pointsValidityDays = details.pointsValidityDays();
        row.tierBasis = details.tierBasis();
        row.createdAt = now;
        row.updatedAt = now;
        return row;
    }

    /** A customer's tier under a programme, now. */
    TierStatus tier(Tx tx, UUID customerId, LoyaltyProgram program) {
        Instant since = program.tierBasis() == TierBasis.LIFETIME ? null
                : support.now().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        long points = Math.max(0, tx.mapper(LoyaltyMapper.class).qualifyingPoints(customerId, since));
        Optional<LoyaltyTier> current = PointsArithmetic.tierFor(program.tiers(), points);
        Optional<LoyaltyTier> next = PointsArithmetic.nextTier(program.tiers(), points);
        return new TierStatus(customerId, program.id(), program.tierBasis(), points, current, next,
                next.map(t -> t.threshold() - points).orElse(0L));
    }

    /**
     * What the audit trail keeps of a stored programme: its columns as stored (the tier JSON as
     * text, so that repairing JSON broken behind the SDK's back is still audited).
     */
    static Map<String, Object> audit(ProgramRow p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", p.name);
        data.put("description", p.description);
        data.put("points_per_currency_unit", p.pointsPerCurrencyUnit.toPlainString());
        data.put("tier_thresholds", p.tierThresholds);
        data.put("tier_benefits", p.tierBenefits);
        data.put("points_validity_days", p.pointsValidityDays);
        data.put("tier_basis", p.tierBasis == null ? null : p.tierBasis.code());
        data.put("active", Boolean.TRUE.equals(p.isActive));
        data.put("version", p.version);
        return data;
    }
}
