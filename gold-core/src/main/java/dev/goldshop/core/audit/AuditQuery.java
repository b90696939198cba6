package dev.goldshop.core.audit;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which audit rows {@link AuditTrail#query} returns. Every filter is optional and they combine
 * with AND; {@link #all()} has none. Times are a half-open range: {@code from} inclusive,
 * {@code to} exclusive, so that consecutive days or months never share a row.
 *
 * <pre>{@code
 * AuditQuery refusals = AuditQuery.builder()
 *         .userId(cashier)
 *         .outcome(AuditOutcome.DENIED)
 *         .from(Instant.parse("2026-03-01T00:00:00Z"))
 *         .to(Instant.parse("2026-04-01T00:00:00Z"))
 *         .build();
 * }</pre>
 *
 * @param userId only rows of this acting user, or {@code null}
 * @param resourceType only rows about this kind of resource (exact, for example {@code invoice}),
 *     or {@code null}
 * @param resourceId only rows about this resource, or {@code null}
 * @param actionType only rows of this action (exact, for example {@code update}), or {@code null}
 * @param outcome only rows with this outcome, or {@code null}
 * @param from only rows written at or after this instant, or {@code null}
 * @param to only rows written before this instant, or {@code null}
 */
public record AuditQuery(UUID userId, String resourceType, UUID resourceId, String actionType,
        AuditOutcome outcome, Instant from, Instant to) {

    /** The longest resource or action type the trail stores. */
    public static final int MAX_TYPE_LENGTH = 50;
    private static final int SHOWN_LENGTH = 60;

    /**
     * Validates the filters.
     *
     * @throws ValidationException naming each rejected field: a resource or action type that is
     *     blank, longer than {@value #MAX_TYPE_LENGTH} characters or holds control characters,
     *     or a {@code to} before {@code from}
     */
    public AuditQuery {
        List<FieldError> errors = new ArrayList<>();
        checkType("resourceType", resourceType, errors);
        checkType("actionType", actionType, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", to.toString(), "must not be before from (" + from + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * No filter: the whole trail, newest first.
     *
     * @return the query
     */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /**
     * A builder with no filter set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks one type filter. Types are matched exactly, so a value the trail can never hold is
     * a mistake worth reporting rather than an empty page.
     */
    private static void checkType(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.isBlank() || value.length() > MAX_TYPE_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, shown(value), "must be 1 to " + MAX_TYPE_LENGTH
                    + " characters without control characters, for example 'invoice', or null for any"));
        }
    }

    /** The rejected value as it may appear in a message: one line, not too long. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(SHOWN_LENGTH).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > SHOWN_LENGTH ? out + "..." : out.toString();
    }

    /**
     * Collects filters; {@link #build()} validates them together.
     */
    public static final class Builder {
        private UUID userId;
        private String resourceType;
        private UUID resourceId;
        private String actionType;
        private AuditOutcome outcome;
        private Instant from;
        private Instant to;

        private Builder() {
        }

        /**
         * Only rows of this acting user.
         *
         * @param id the user, or {@code null} for any
         * @return this builder
         */
        public Builder userId(UUID id) {
            this.userId = id;
            return this;
        }

        /**
         * Only rows about this kind of resource.
         *
         * @param type for example {@code invoice}, or {@code null} for any
         * @return this builder
         */
        public Builder resourceType(String type) {
            this.resourceType = type;
            return this;
        }

        /**
         * Only rows about this resource.
         *
         * @param id the resource, or {@code null} for any
         * @return this builder
         */
        public Builder resourceId(UUID id) {
            this.resourceId = id;
            return this;
        }

        /**
         * Only rows of this action.
         *
         * @param type for example {@code update} or {@code access_denied}, or {@code null} for any
         * @return this builder
         */
        public Builder actionType(String type) {
            this.actionType = type;
            return this;
        }

        /**
         * Only rows with this outcome.
         *
         * @param value the outcome, or {@code null} for any
         * @return this builder
         */
        public Builder outcome(AuditOutcome value) {
            this.outcome = value;
            return this;
        }

        /**
         * Only rows written at or after this instant.
         *
         * @param instant the inclusive start, or {@code null} for no start
         * @return this builder
         */
        public Builder from(Instant instant) {
            this.from = instant;
            return this;
        }

        /**
         * Only rows written before this instant.
         *
         * @param instant the exclusive end, or {@code null} for no end
         * @return this builder
         */
        public Builder to(Instant instant) {
            this.to = instant;
            return this;
        }

        /**
         * The query.
         *
         * @return the validated query
         * @throws ValidationException as {@link AuditQuery#AuditQuery} does
         */
        public AuditQuery build() {
            return new AuditQuery(userId, resourceType, resourceId, actionType, outcome, from, to);
        }
    }
}
