package dev.goldshop.core.value;

import dev.goldshop.core.error.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Parses the stored or typed code of a {@link CodedEnum}, for hosts that receive codes as text
 * (forms, imports, JSON). An unknown code is a {@link ValidationException} naming the field,
 * the value and every accepted code, so the allow-list is the enum itself.
 */
public final class CodedEnums {
    private CodedEnums() {
    }

    /**
     * The constant with a code, matched ignoring case and surrounding spaces.
     *
     * @param type the enum
     * @param field the input field's name, for the error
     * @param code the code, for example {@code "business_partner"}
     * @param <E> the enum type
     * @return the constant, or {@code null} if {@code code} is null or blank
     * @throws ValidationException if no constant has that code
     */
    public static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String field, String code) {
        Objects.requireNonNull(type, "type");
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(wanted)) {
                return constant;
            }
        }
        throw ValidationException.of(field, code, "must be one of " + codes(type));
    }

    /**
     * The codes of an enum, in declaration order, for messages and forms.
     *
     * @param type the enum
     * @param <E> the enum type
     * @return for example {@code "family, business_partner, referral, friend"}
     */
    public static <E extends Enum<E> & CodedEnum> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", "));
    }
}
