package dev.goldshop.persistence.internal.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.settings.BusinessHours;
import dev.goldshop.core.settings.OpeningHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSONB columns of the settings: business hours as
 * {@code {"zone":"Europe/London","days":{"mon":["09:00","18:00"],...}}} and account codes as a
 * flat object of role to code. Other areas (security's business-hours rule) read the same shape.
 */
final class SettingsJson {
    private final ObjectMapper json;

    SettingsJson(ObjectMapper json) {
        this.json = json;
    }

    JsonNode businessHours(BusinessHours hours) {
        if (hours == null) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        node.put("zone", hours.zone().getId());
        ObjectNode days = node.putObject("days");
        // EnumMap order: Monday first, as people read a week.
        for (Map.Entry<DayOfWeek, OpeningHours> day : hours.days().entrySet()) {
            ArrayNode times = days.putArray(dayKey(day.getKey()));
            times.add(day.getValue().opensText());
            times.add(day.getValue().closesText());
        }
        return node;
    }

    BusinessHours businessHours(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            JsonNode zone = node.get("zone");
            JsonNode days = node.get("days");
            if (zone == null || !zone.isTextual() || days == null || !days.isObject()) {
                throw new IllegalArgumentException("expected an object with \"zone\" and \"days\"");
            }
            Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
            Iterator<Map.Entry<String, JsonNode>> fields = days.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> day = fields.next();
                JsonNode times = day.getValue();
                if (!times.isArray() || times.size() != 2) {
                    throw new IllegalArgumentException("day " + day.getKey() + " must be [\"HH:mm\", \"HH:mm\"]");
                }
                hours.put(dayOf(day.getKey()), OpeningHours.of(times.get(0).asText(), times.get(1).asText()));
            }
            return new BusinessHours(ZoneId.of(zone.asText()), hours);
        } catch (RuntimeException e) {
            // Written by us only after validation; anything else was edited by hand in SQL.
            throw new StorageException(ErrorCode.INTERNAL, "company_settings.business_hours holds " + node
                    + ", which is not {\"zone\":\"Europe/London\",\"days\":{\"mon\":[\"09:00\",\"18:00\"]}}: "
                    + e.getMessage(), e);
        }
    }

    JsonNode accountCodes(Map<String, String> codes) {
        ObjectNode node = json.createObjectNode();
        codes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> node.put(entry.getKey(), entry.getValue()));
        return node;
    }

    Map<String, String> accountCodes(JsonNode node) {
        Map<String, String> codes = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(entry -> codes.put(entry.getKey(), entry.getValue().asText()));
        }
        return codes;
    }

    static String dayKey(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static DayOfWeek dayOf(String key) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (dayKey(day).equals(key)) {
                return day;
            }
        }
        throw new DateTimeException("unknown day '" + key + "'; days are mon, tue, wed, thu, fri, sat, sun");
    }
}
