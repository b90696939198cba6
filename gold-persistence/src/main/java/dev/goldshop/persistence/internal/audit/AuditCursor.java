package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.error.ValidationException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The keyset position of an audit page: the (created_at, id) of its last row, and the order it
 * was read in, as opaque base64url text. The order is part of the cursor so that a cursor of
 * {@code query} (newest first) cannot silently be fed to {@code history} (oldest first).
 *
 * <p>Layout, 25 bytes: one order byte, created_at as microseconds since the Unix epoch (the
 * column's precision), the id's 16 bytes.
 *
 * @param order the order of the pages the cursor belongs to
 * @param createdAt the last row's time
 * @param id the last row's id
 */
record AuditCursor(Order order, Instant createdAt, UUID id) {
    private static final int LENGTH = 1 + Long.BYTES + 2 * Long.BYTES;
    private static final int SHOWN = 64;
    /** The earliest timestamptz PostgreSQL accepts (4714 BC); a cursor before it was never ours. */
    private static final long MIN_MICROS = micros(LocalDateTime.of(-4713, 11, 24, 0, 0).toInstant(ZoneOffset.UTC));

    /** The two orders audit pages are read in. */
    enum Order {
        /** {@code query}: newest first. */
        NEWEST_FIRST((byte) 'N'),
        /** {@code history}: oldest first. */
        OLDEST_FIRST((byte) 'O');

        private final byte tag;

        Order(byte tag) {
            this.tag = tag;
        }
    }

    AuditCursor {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The cursor as text.
     *
     * @return base64url without padding
     */
    String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH);
        bytes.put(order.tag).putLong(micros(createdAt)).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * Reads a cursor a host passed back.
     *
     * @param text the cursor, or null for the first page
     * @param expected the order of the method it was passed to
     * @return the cursor, or null for the first page
     * @throws ValidationException on field {@code cursor} if the text is not a cursor of that order
     */
    static AuditCursor decode(String text, Order expected) {
        if (text == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(text, expected);
        }
        if (bytes.length != LENGTH || bytes[0] != expected.tag) {
            throw invalid(text, expected);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, LENGTH - 1);
        long micros = buffer.getLong();
        if (micros < MIN_MICROS) {
            throw invalid(text, expected);
        }
        Instant createdAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
        return new AuditCursor(expected, createdAt, new UUID(buffer.getLong(), buffer.getLong()));
    }

    private static ValidationException invalid(String text, Order expected) {
        String method = expected == Order.NEWEST_FIRST ? "AuditTrail.query" : "AuditTrail.history";
        String shown = AuditWriter.escape(text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text);
        return ValidationException.of("cursor", shown, "must be a nextCursor returned by " + method
                + ", passed back unchanged, or null for the first page");
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }
}
