package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The shop's opening hours, from {@code company_settings.business_hours}:
 * {@code {"zone": "Europe/London", "days": {"mon": ["09:00", "18:00"], "sat": ["10:00", "14:00"]}}}.
 * A day that is not listed (or listed as {@code null}) is closed all day. An end of
 * {@code "24:00"} means midnight at the end of the day; an end at or before the start means the
 * day's hours run past midnight into the next day. Without a {@code zone}, the shop's
 * {@code time_zone} applies. A shop without business hours is {@link #ALWAYS_OPEN}: no time is
 * outside them.
 */
public final class BusinessHours {
    /** No business hours set: every instant counts as inside them. */
    public static final BusinessHours ALWAYS_OPEN = new BusinessHours(ZoneId.of("UTC"), null);

    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private final ZoneId zone;
    private final Map<DayOfWeek, Span> days;

    private BusinessHours(ZoneId zone, Map<DayOfWeek, Span> days) {
        this.zone = zone;
        this.days = days;
    }

    /** One day's opening: from {@code start}, for {@code minutes} (which may run past midnight). */
    private record Span(LocalTime start, int minutes) {
        boolean covers(ZonedDateTime local, int dayOffset) {
            // dayOffset 0: the span began today; 1: it began yesterday and may run into today.
            int minuteOfDay = local.getHour() * 60 + local.getMinute();
            int sinceStart = dayOffset * 24 * 60 + minuteOfDay - (start.getHour() * 60 + start.getMinute());
            return sinceStart >= 0 && sinceStart < minutes;
        }
    }

    /**
     * Reads the JSON of {@code company_settings.business_hours}.
     *
     * @param json the JSON, or null (no business hours)
     * @param shopZone the shop's time zone, used when the JSON names none
     * @return the hours
     * @throws IllegalArgumentException naming the part that is malformed
     */
    public static BusinessHours parse(JsonNode json, String shopZone) {
        if (json == null || json.isNull() || (json.isObject() && json.isEmpty())) {
            return ALWAYS_OPEN;
        }
        if (!json.isObject() || !json.path("days").isObject()) {
            throw new IllegalArgumentException("business_hours must be {\"zone\": ..., \"days\": {\"mon\": [\"09:00\", "
                    + "\"18:00\"], ...}}, got " + json);
        }
        ZoneId zone = zone(json.path("zone").isTextual() ? json.path("zone").asText() : shopZone);
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("days").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> day = it.next();
            DayOfWeek dayOfWeek = DAYS.get(day.getKey());
            if (dayOfWeek == null) {
                throw new IllegalArgumentException("business_hours.days has '" + day.getKey()
                        + "'; days are mon, tue, wed, thu, fri, sat, sun");
            }
            if (!day.getValue().isNull()) {
                days.put(dayOfWeek, span(day.getKey(), day.getValue()));
            }
        }
        return new BusinessHours(zone, days);
    }

    /**
     * Whether an instant falls outside the shop's hours.
     *
     * @param instant the instant
     * @return false for {@link #ALWAYS_OPEN}; otherwise true unless the shop is open then
     */
    public boolean isOutside(Instant instant) {
        if (days == null) {
            return false;
        }
        ZonedDateTime local = instant.atZone(zone);
        Span today = days.get(local.getDayOfWeek());
        Span yesterday = days.get(local.getDayOfWeek().minus(1));
        boolean open = (today != null && today.covers(local, 0)) || (yesterday != null && yesterday.covers(local, 1));
        return !open;
    }

    private static Span span(String day, JsonNode value) {
        if (!value.isArray() || value.size() != 2 || !value.get(0).isTextual() || !value.get(1).isTextual()) {
            throw new IllegalArgumentException("business_hours.days." + day + " must be [\"HH:mm\", \"HH:mm\"], got "
                    + value);
        }
        LocalTime start = time(day, value.get(0).asText());
        int startMinute = start.getHour() * 60 + start.getMinute();
        String endText = value.get(1).asText();
        int endMinute = "24:00".equals(endText) ? 24 * 60 : minuteOf(time(day, endText));
        int minutes = endMinute > startMinute ? endMinute - startMinute : endMinute + 24 * 60 - startMinute;
        return new Span(start, minutes);
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(String day, String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("business_hours.days." + day + " has '" + text
                    + "'; times are HH:mm, for example 09:30, or 24:00 for the end of the day", e);
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(Objects.requireNonNullElse(text, "UTC"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("business_hours.zone '" + text
                    + "' is not an IANA time zone such as Europe/London", e);
        }
    }
}
