package dev.goldshop.benchmarks.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * V5's {@code goldshop_audit_hash} computed in Java, so that generated audit rows can be loaded
 * with {@code COPY} and the chaining trigger bypassed, and still verify: the SHA-256, in lower-case
 * hex, of the row's canonical text ({@code |}-separated fields, NULL written as {@code \N}, the
 * time in UTC to the microsecond) after the previous row's hash.
 *
 * <p>JSON values and addresses must be given in the text form PostgreSQL prints for them
 * ({@code jsonb::text}, {@code host(inet)}), since that is what the database hashes; the
 * generator only writes values whose printed form it knows.
 */
final class AuditChainHash {
    private static final HexFormat HEX = HexFormat.of();
    private static final String NULL = "\\N";

    /** The fields of one audit row that the hash covers. */
    record Row(UUID id, UUID userId, UUID sessionId, String actionType, String resourceType, UUID resourceId,
            String oldData, String newData, String ipAddress, String userAgent, String additionalContext,
            Instant createdAt, String outcome, String actorName, int chainId, long chainSeq) {
    }

    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(512);

    AuditChainHash() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The row's hash.
     *
     * @param previousHash the hash of the row before it in its chain ({@code genesis} for the first)
     * @param row the row
     * @return 64 lower-case hex digits
     */
    String hash(String previousHash, Row row) {
        text.setLength(0);
        text.append(previousHash);
        field(row.id());
        field(row.userId());
        field(row.sessionId());
        field(row.actionType());
        field(row.resourceType());
        field(row.resourceId());
        field(row.oldData());
        field(row.newData());
        field(row.ipAddress());
        field(row.userAgent());
        field(row.additionalContext());
        field(utcMicros(row.createdAt()));
        field(row.outcome());
        field(row.actorName());
        field(row.chainId());
        field(row.chainSeq());
        return HEX.formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void field(Object value) {
        text.append('|').append(value == null ? NULL : value.toString());
    }

    /**
     * An instant as V5 writes it: {@code to_char(created_at AT TIME ZONE 'UTC',
     * 'YYYY-MM-DD"T"HH24:MI:SS.US')}.
     *
     * @param instant the time (microsecond precision)
     * @return for example {@code 2026-01-05T09:03:07.250000}
     */
    static String utcMicros(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(26);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        return pad(out, t.getNano() / 1_000, 6).toString();
    }

    /** Zero-padded, as to_char's fixed-width fields (years 1 to 9999: the trail's range). */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
