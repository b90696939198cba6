package dev.goldshop.persistence.internal.loyalty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.loyalty.LoyaltyTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's tiers as the spec's two JSONB columns, and back:
 * {@code tier_thresholds = {"Gold": 5000, ...}} and
 * {@code tier_benefits = {"Gold": {"multiplier": 1.5, "discount_percent": 5}, ...}}.
 *
 * <p>Reading checks the stored JSON as strictly as the API checks input, because the columns
 * can be edited behind the SDK's back: a programme whose JSON does not describe valid tiers is
 * refused with a message that names the programme, the tier and what is wrong, rather than
 * earning points at a rate nobody chose.
 */
final class TierJson {
    private static final String MULTIPLIER = "multiplier";
    private static final String DISCOUNT = "discount_percent";

    private final ObjectMapper json;

    TierJson(ObjectMapper json) {
        this.json = json;
    }

    /** The thresholds column. */
    String thresholds(List<LoyaltyTier> tiers) {
        ObjectNode node = json.createObjectNode();
        for (LoyaltyTier tier : sorted(tiers)) {
            node.put(tier.name(), tier.threshold());
        }
        return node.toString();
    }

    /** The benefits column. */
    String benefits(List<LoyaltyTier> tiers) {
        ObjectNode node = json.createObjectNode();
        for (LoyaltyTier tier : sorted(tiers)) {
            ObjectNode benefit = node.putObject(tier.name());
            benefit.put(MULTIPLIER, tier.multiplier().stripTrailingZeros());
            benefit.put(DISCOUNT, tier.discountPercent().stripTrailingZeros());
        }
        return node.toString();
    }

    /**
     * The tiers of a stored programme, lowest threshold first.
     *
     * @throws BusinessRuleException if the stored JSON does not describe valid tiers
     */
    List<LoyaltyTier> tiers(UUID programId, String thresholdsText, String benefitsText) {
        JsonNode thresholds = parse(programId, "tier_thresholds", thresholdsText);
        JsonNode benefits = parse(programId, "tier_benefits", benefitsText);
        List<LoyaltyTier> tiers = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = thresholds.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode threshold = field.getValue();
            if (!threshold.isIntegralNumber() || threshold.asLong() < 0) {
                throw bad(programId, "tier_thresholds", "tier '" + name + "' has threshold " + threshold
                        + "; a threshold is a whole number of points, 0 or more");
            }
            JsonNode benefit = benefits.get(name);
            BigDecimal multiplier = BigDecimal.ONE;
            BigDecimal discount = BigDecimal.ZERO;
            if (benefit != null) {
                if (!benefit.isObject()) {
                    throw bad(programId, "tier_benefits", "tier '" + name + "' has " + benefit
                            + "; expected an object like {\"multiplier\": 1.5, \"discount_percent\": 5}");
                }
                multiplier = number(programId, name, benefit, MULTIPLIER, BigDecimal.ONE);
                discount = number(programId, name, benefit, DISCOUNT, BigDecimal.ZERO);
                if (multiplier.signum() <= 0) {
                    throw bad(programId, "tier_benefits", "tier '" + name + "' has multiplier " + multiplier
                            + "; it must be above 0");
                }
                if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw bad(programId, "tier_benefits", "tier '" + name + "' has discount_percent " + discount
                            + "; it must be from 0 to 100");
                }
            }
            tiers.add(new LoyaltyTier(name, threshold.asLong(), multiplier, discount));
        }
        Iterator<String> benefitNames = benefits.fieldNames();
        while (benefitNames.hasNext()) {
            String name = benefitNames.next();
            if (!thresholds.has(name)) {
                throw bad(programId, "tier_benefits", "tier '" + name + "' has benefits but no threshold in tier_thresholds");
            }
        }
        return sorted(tiers);
    }

    private JsonNode parse(UUID programId, String column, String text) {
        if (text == null) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                throw bad(programId, column, "holds " + node.getNodeType() + "; expected a JSON object keyed by tier name");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw bad(programId, column, "is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static BigDecimal number(UUID programId, String tier, JsonNode benefit, String key, BigDecimal absent) {
        JsonNode value = benefit.get(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isNumber()) {
            throw bad(programId, "tier_benefits", "tier '" + tier + "' has " + key + " " + value + "; expected a number");
        }
        return value.decimalValue();
    }

    private static BusinessRuleException bad(UUID programId, String column, String what) {
        return new BusinessRuleException("Loyalty programme " + programId + ": " + column + " " + what
                + "; save the programme again through Loyalty.updateProgram to repair it");
    }

    private static List<LoyaltyTier> sorted(List<LoyaltyTier> tiers) {
        List<LoyaltyTier> copy = new ArrayList<>(tiers);
        copy.sort(Comparator.comparingLong(LoyaltyTier::threshold));
        return copy;
    }
}
