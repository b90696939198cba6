package dev.goldshop.persistence.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.persistence.internal.security.BusinessHours;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Opening hours as the suspicious-login and unusual-activity rules read them. */
class BusinessHoursTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BusinessHours hours(String json, String shopZone) throws Exception {
        JsonNode node = json == null ? null : JSON.readTree(json);
        return BusinessHours.parse(node, shopZone);
    }

    /** 2030-01-07 is a Monday. */
    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    void no_business_hours_means_never_outside() throws Exception {
        assertThat(hours(null, "UTC").isOutside(Instant.parse("2030-01-07T03:00:00Z"))).isFalse();
        assertThat(hours("{}", "UTC").isOutside(Instant.parse("2030-01-07T03:00:00Z"))).isFalse();
    }

    @Test
    void the_start_is_inside_and_the_end_is_outside() throws Exception {
        BusinessHours h = hours("{\"zone\":\"Europe/London\",\"days\":{\"mon\":[\"09:00\",\"18:00\"]}}", "UTC");
        assertThat(h.isOutside(london("2030-01-07T08:59"))).isTrue();
        assertThat(h.isOutside(london("2030-01-07T09:00"))).isFalse();
        assertThat(h.isOutside(london("2030-01-07T17:59"))).isFalse();
        assertThat(h.isOutside(london("2030-01-07T18:00"))).isTrue();
    }

    @Test
    void a_day_not_listed_is_closed_all_day() throws Exception {
        BusinessHours h = hours("{\"zone\":\"Europe/London\",\"days\":{\"mon\":[\"09:00\",\"18:00\"],\"tue\":null}}",
                "UTC");
        assertThat(h.isOutside(london("2030-01-08T12:00"))).isTrue();
        assertThat(h.isOutside(london("2030-01-13T12:00"))).isTrue();
    }

    @Test
    void hours_past_midnight_run_into_the_next_day() throws Exception {
        BusinessHours h = hours("{\"zone\":\"Europe/London\",\"days\":{\"fri\":[\"20:00\",\"02:00\"]}}", "UTC");
        assertThat(h.isOutside(london("2030-01-11T19:59"))).isTrue();
        assertThat(h.isOutside(london("2030-01-11T23:30"))).isFalse();
        assertThat(h.isOutside(london("2030-01-12T01:59"))).isFalse();
        assertThat(h.isOutside(london("2030-01-12T02:00"))).isTrue();
        assertThat(h.isOutside(london("2030-01-12T21:00"))).isTrue();
    }

    @Test
    void twenty_four_hundred_is_the_end_of_the_day() throws Exception {
        BusinessHours h = hours("{\"zone\":\"UTC\",\"days\":{\"mon\":[\"00:00\",\"24:00\"]}}", "UTC");
        assertThat(h.isOutside(Instant.parse("2030-01-07T00:00:00Z"))).isFalse();
        assertThat(h.isOutside(Instant.parse("2030-01-07T23:59:59Z"))).isFalse();
        assertThat(h.isOutside(Instant.parse("2030-01-08T00:00:00Z"))).isTrue();
    }

    @Test
    void without_a_zone_the_shops_time_zone_applies() throws Exception {
        BusinessHours h = hours("{\"days\":{\"mon\":[\"09:00\",\"18:00\"]}}", "Asia/Kolkata");
        // 09:30 in Kolkata is 04:00 UTC.
        assertThat(h.isOutside(Instant.parse("2030-01-07T04:00:00Z"))).isFalse();
        assertThat(h.isOutside(Instant.parse("2030-01-07T13:00:00Z"))).isTrue();
    }

    @Test
    void malformed_hours_are_refused_naming_the_part() {
        assertThatThrownBy(() -> hours("{\"days\":{\"monday\":[\"09:00\",\"18:00\"]}}", "UTC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monday");
        assertThatThrownBy(() -> hours("{\"days\":{\"mon\":[\"9am\",\"18:00\"]}}", "UTC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9am");
        assertThatThrownBy(() -> hours("{\"days\":{\"mon\":\"09:00-18:00\"}}", "UTC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days.mon");
        assertThatThrownBy(() -> hours("{\"zone\":\"Mars/Olympus\",\"days\":{}}", "UTC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> hours("[1,2]", "UTC")).isInstanceOf(IllegalArgumentException.class);
    }
}
