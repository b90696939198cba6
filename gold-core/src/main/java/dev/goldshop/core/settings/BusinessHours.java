package dev.goldshop.core.settings;

import dev.goldshop.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop's opening hours in its own time zone. A day that is not listed is a closed day.
 * Security rules use them: a login or a view of personal data outside business hours raises an
 * alert. Stored in {@code company_settings.business_hours} as
 * {@code {"zone":"Europe/London","days":{"mon":["09:00","18:00"],...}}}.
 *
 * @param zone the time zone the hours are in
 * @param days the hours of each open day
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, OpeningHours> days) {

    /**
     * Validates and copies.
     *
     * @throws ValidationException naming {@code businessHours.zone} or
     *     {@code businessHours.days} if either is missing or a day has no hours
     */
    public BusinessHours {
        if (zone == null) {
            throw ValidationException.of("businessHours.zone", null, "is required, such as Europe/London");
        }
        if (days == null) {
            throw ValidationException.of("businessHours.days", null, "is required; an empty map means always closed");
        }
        EnumMap<DayOfWeek, OpeningHours> copy = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, OpeningHours> day : days.entrySet()) {
            if (day.getKey() == null || day.getValue() == null) {
                throw ValidationException.of("businessHours.days", String.valueOf(day.getKey()),
                        "every listed day needs its opening hours; leave a closed day out");
            }
            copy.put(day.getKey(), day.getValue());
        }
        days = Collections.unmodifiableMap(copy);
    }

    /**
     * Hours with no open day yet; add days with {@link #with}.
     *
     * @param zone the time zone
     * @return the hours
     */
    public static BusinessHours closedIn(ZoneId zone) {
        return new BusinessHours(zone, Map.of());
    }

    /**
     * A copy with one more open day (or other hours for that day).
     *
     * @param day the day
     * @param hours its hours
     * @return the copy
     */
    public BusinessHours with(DayOfWeek day, OpeningHours hours) {
        EnumMap<DayOfWeek, OpeningHours> more = new EnumMap<>(DayOfWeek.class);
        more.putAll(days);
        more.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(hours, "hours"));
        return new BusinessHours(zone, more);
    }

    /**
     * The hours of one day.
     *
     * @param day the day
     * @return the hours, or empty on a closed day
     */
    public Optional<OpeningHours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /**
     * Whether the shop is open at an instant, read on the shop's wall clock.
     *
     * @param instant the instant
     * @return true within the hours of that day
     */
    public boolean isOpenAt(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        OpeningHours hours = days.get(local.getDayOfWeek());
        return hours != null && hours.includes(local.toLocalTime());
    }
}
