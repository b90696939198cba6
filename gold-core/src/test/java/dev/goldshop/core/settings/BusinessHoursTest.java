package dev.goldshop.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    private final BusinessHours london = BusinessHours.closedIn(ZoneId.of("Europe/London"))
            .with(DayOfWeek.MONDAY, OpeningHours.of("09:00", "18:00"))
            .with(DayOfWeek.SATURDAY, OpeningHours.of("10:00", "14:30"));

    @Test
    void the_shop_is_open_within_the_hours_of_the_day_on_its_own_wall_clock() {
        // 2026-07-06 is a Monday; London is on summer time (UTC+1).
        assertThat(london.isOpenAt(Instant.parse("2026-07-06T08:00:00Z"))).isTrue();
        assertThat(london.isOpenAt(Instant.parse("2026-07-06T07:59:59Z"))).isFalse();
        assertThat(london.isOpenAt(Instant.parse("2026-07-06T16:59:00Z"))).isTrue();
        assertThat(london.isOpenAt(Instant.parse("2026-07-06T17:00:00Z"))).isFalse();
        // Tuesday is not listed: closed.
        assertThat(london.isOpenAt(Instant.parse("2026-07-07T12:00:00Z"))).isFalse();
        assertThat(london.on(DayOfWeek.SATURDAY)).contains(OpeningHours.of("10:00", "14:30"));
        assertThat(london.days()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void hours_must_be_whole_minutes_written_as_hh_mm_and_close_after_they_open() {
        assertThatThrownBy(() -> OpeningHours.of("9am", "25:00")).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).extracting(FieldError::field)
                        .containsExactly("opens", "closes"));
        assertThatThrownBy(() -> OpeningHours.of("18:00", "09:00"))
                .hasMessageContaining("closes '09:00' must be after the opening time 18:00");
        assertThatThrownBy(() -> new OpeningHours(LocalTime.of(9, 0, 30), LocalTime.of(18, 0)))
                .hasMessageContaining("opens '09:00:30' must be a whole minute");
        assertThatThrownBy(() -> new BusinessHours(null, java.util.Map.of()))
                .hasMessageContaining("businessHours.zone");
    }
}
