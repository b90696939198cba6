package dev.goldshop.persistence.internal.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.customer.ContactChannel;
import dev.goldshop.core.customer.OccasionType;
import dev.goldshop.core.customer.Preferences;
import dev.goldshop.core.customer.PreferencesInput;
import dev.goldshop.core.customer.SpecialOccasion;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validation of preferences and their JSONB form: metal codes and styles as arrays, channels
 * as an object of booleans, occasions as objects with ISO dates.
 */
final class PreferencesRules {
    /** The most styles and occasions kept. */
    static final int MAX_ITEMS = 20;
    /** How far ahead an occasion may lie (a planned wedding), in years. */
    static final int FUTURE_YEARS = 5;

    private PreferencesRules() {
    }

    /**
     * Validates input into a row, and returns the occasions to index.
     *
     * @param input the preferences
     * @param row the row to fill
     * @param currency the shop's currency
     * @param today the shop's day
     * @param p where rejected fields go
     * @return the validated occasions
     */
    static List<SpecialOccasion> validate(PreferencesInput input, PreferencesRow row, Currency currency,
            LocalDate today, Problems p) {
        if (input == null) {
            p.add("preferences", null, "are required");
            return List.of();
        }
        ArrayNode metals = CustomerJson.nodes().arrayNode();
        if (input.metalTypes() != null) {
            for (MetalType metal : input.metalTypes()) {
                if (metal == null) {
                    p.add("metalTypes", null, "must not contain null; one of gold, silver, platinum, palladium");
                } else {
                    metals.add(metal.code());
                }
            }
        }
        row.preferredMetalTypes = CustomerJson.write(metals);
        ArrayNode styles = CustomerJson.nodes().arrayNode();
        List<String> styleList = input.styles() == null ? List.of() : input.styles();
        if (styleList.size() > MAX_ITEMS) {
            p.add("styles", styleList.size() + " styles", "must be at most " + MAX_ITEMS);
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < styleList.size(); i++) {
                String style = p.line("styles[" + i + "]", styleList.get(i), 50, true);
                if (style != null && seen.add(style)) {
                    styles.add(style);
                }
            }
        }
        row.preferredStyles = CustomerJson.write(styles);
        row.priceRangeMin = price(p, "priceRangeMin", input.priceRangeMin(), currency);
        row.priceRangeMax = price(p, "priceRangeMax", input.priceRangeMax(), currency);
        if (row.priceRangeMin != null && row.priceRangeMax != null
                && row.priceRangeMin.compareTo(row.priceRangeMax) > 0) {
            p.add("priceRangeMax", row.priceRangeMax, "must not be below priceRangeMin " + row.priceRangeMin);
        }
        ObjectNode channels = CustomerJson.nodes().objectNode();
        if (input.channels() != null) {
            for (Map.Entry<ContactChannel, Boolean> entry : input.channels().entrySet()) {
                if (entry.getKey() == null || entry.getValue() == null) {
                    p.add("channels", entry.getKey(), "must map each channel to true (opted in) or false (opted out)");
                } else {
                    channels.put(entry.getKey().code(), entry.getValue());
                }
            }
        }
        row.communicationPreferences = CustomerJson.write(channels);
        List<SpecialOccasion> occasions = occasions(input.occasions(), today, p);
        ArrayNode occasionJson = CustomerJson.nodes().arrayNode();
        for (SpecialOccasion occasion : occasions) {
            ObjectNode node = occasionJson.addObject();
            node.put("type", occasion.type().code());
            node.put("date", occasion.date().toString());
            if (occasion.label() != null) {
                node.put("label", occasion.label());
            }
        }
        row.specialOccasions = CustomerJson.write(occasionJson);
        row.purchaseFrequency = input.frequency();
        row.preferredVisitTime = p.line("preferredVisitTime", input.preferredVisitTime(), 100, false);
        row.notes = p.multiline("notes", input.notes(), 10_000);
        return occasions;
    }

    private static List<SpecialOccasion> occasions(List<SpecialOccasion> given, LocalDate today, Problems p) {
        List<SpecialOccasion> valid = new ArrayList<>();
        if (given == null) {
            return valid;
        }
        if (given.size() > MAX_ITEMS) {
            p.add("occasions", given.size() + " occasions", "must be at most " + MAX_ITEMS);
            return valid;
        }
        LocalDate latest = today.plusYears(FUTURE_YEARS);
        for (int i = 0; i < given.size(); i++) {
            SpecialOccasion occasion = given.get(i);
            String field = "occasions[" + i + "]";
            if (occasion == null) {
                p.add(field, null, "must not be null");
                continue;
            }
            if (occasion.type() == null) {
                p.add(field + ".type", null, "is required: anniversary, engagement or other");
            }
            if (occasion.date() == null || occasion.date().isBefore(CustomerValidator.EARLIEST_BIRTH)
                    || occasion.date().isAfter(latest)) {
                p.add(field + ".date", occasion.date(), "must be from " + CustomerValidator.EARLIEST_BIRTH + " to "
                        + latest);
            }
            String label = p.line(field + ".label", occasion.label(), 100, false);
            if (occasion.type() != null && occasion.date() != null) {
                valid.add(new SpecialOccasion(occasion.type(), occasion.date(), label));
            }
        }
        return valid;
    }

    private static Money price(Problems p, String field, Money price, Currency currency) {
        if (price == null) {
            return null;
        }
        if (!price.currency().equals(currency)) {
            p.add(field, price, "must be in the shop's currency " + currency.getCurrencyCode());
            return null;
        }
        if (price.isNegative()) {
            p.add(field, price, "must not be negative");
            return null;
        }
        if (price.amount().precision() - price.amount().scale() > 10) {
            p.add(field, price, "must be below 10,000,000,000 (the column holds 12 digits with 2 decimals)");
            return null;
        }
        return price;
    }

    /**
     * The public record of a row.
     *
     * @param row the row
     * @return the preferences
     */
    static Preferences toPreferences(PreferencesRow row) {
        Set<MetalType> metals = EnumSet.noneOf(MetalType.class);
        for (JsonNode node : iterable(CustomerJson.read(row.preferredMetalTypes))) {
            metals.add(MetalType.fromCode(node.asText()));
        }
        List<String> styles = new ArrayList<>();
        for (JsonNode node : iterable(CustomerJson.read(row.preferredStyles))) {
            styles.add(node.asText());
        }
        Map<ContactChannel, Boolean> channels = new EnumMap<>(ContactChannel.class);
        JsonNode channelJson = CustomerJson.read(row.communicationPreferences);
        if (channelJson != null && channelJson.isObject()) {
            for (ContactChannel channel : ContactChannel.values()) {
                JsonNode value = channelJson.get(channel.code());
                if (value != null && value.isBoolean()) {
                    channels.put(channel, value.booleanValue());
                }
            }
        }
        List<SpecialOccasion> occasions = new ArrayList<>();
        for (JsonNode node : iterable(CustomerJson.read(row.specialOccasions))) {
            OccasionType type = null;
            for (OccasionType candidate : OccasionType.values()) {
                if (candidate.code().equals(node.path("type").asText())) {
                    type = candidate;
                }
            }
            occasions.add(new SpecialOccasion(type, LocalDate.parse(node.path("date").asText()),
                    node.hasNonNull("label") ? node.get("label").asText() : null));
        }
        return new Preferences(row.id, row.customerId, metals, styles, row.priceRangeMin, row.priceRangeMax, channels,
                occasions, row.purchaseFrequency, row.preferredVisitTime, row.notes, row.createdAt, row.updatedAt,
                row.version);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return array::elements;
    }
}
