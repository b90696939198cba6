package dev.goldshop.core.settings;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * When the shop opens and closes on one day, in whole minutes. A shop open past midnight
 * closes at 23:59 and opens again at 00:00 the next day.
 *
 * @param opens the opening time, inclusive
 * @param closes the closing time, exclusive; after {@code opens}
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {
    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Validates the hours.
     *
     * @throws ValidationException naming {@code opens} or {@code closes} if a time is missing,
     *     not a whole minute, or the shop would close before it opens
     */
    public OpeningHours {
        List<FieldError> errors = new ArrayList<>();
        wholeMinute(errors, "opens", opens);
        wholeMinute(errors, "closes", closes);
        if (errors.isEmpty() && !closes.isAfter(opens)) {
            errors.add(new FieldError("closes", format(closes), "must be after the opening time " + format(opens)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Parses hours written as {@code "09:00"} and {@code "18:30"}.
     *
     * @param opens the opening time, {@code HH:mm}
     * @param closes the closing time, {@code HH:mm}
     * @return the hours
     * @throws ValidationException if a time is not {@code HH:mm} or closes is not after opens
     */
    public static OpeningHours of(String opens, String closes) {
        List<FieldError> errors = new ArrayList<>();
        LocalTime open = parse(errors, "opens", opens);
        LocalTime close = parse(errors, "closes", closes);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OpeningHours(open, close);
    }

    /**
     * Whether a time of day falls within these hours.
     *
     * @param time the local time
     * @return true from opening (inclusive) to closing (exclusive)
     */
    public boolean includes(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * The opening time as {@code HH:mm}.
     *
     * @return for example {@code "09:00"}
     */
    public String opensText() {
        return format(opens);
    }

    /**
     * The closing time as {@code HH:mm}.
     *
     * @return for example {@code "18:00"}
     */
    public String closesText() {
        return format(closes);
    }

    private static LocalTime parse(List<FieldError> errors, String field, String text) {
        if (text == null) {
            errors.add(new FieldError(field, null, "is required, as HH:mm such as 09:00"));
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, text, "must be a time as HH:mm from 00:00 to 23:59, such as 09:00"));
            return null;
        }
    }

    private static void wholeMinute(List<FieldError> errors, String field, LocalTime time) {
        if (time == null) {
            errors.add(new FieldError(field, null, "is required"));
        } else if (time.getSecond() != 0 || time.getNano() != 0) {
            errors.add(new FieldError(field, time.toString(), "must be a whole minute, such as 09:00"));
        }
    }

    private static String format(LocalTime time) {
        return time.format(HH_MM);
    }
}
