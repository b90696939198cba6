package dev.goldshop.persistence.internal.rates;

import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.rates.PostedRate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The keyset position after the last rate of a history page: its effective time (to the
 * microsecond, as stored) and id. Opaque to callers, so that its form can change.
 *
 * @param effectiveFrom the last row's effective time
 * @param id the last row's id
 */
record HistoryCursor(Instant effectiveFrom, UUID id) {

    static HistoryCursor after(PostedRate last) {
        return new HistoryCursor(last.effectiveFrom(), last.id());
    }

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, effectiveFrom);
        String text = micros + "/" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor given back by a caller.
     *
     * @param cursor the cursor, or null for the first page
     * @return the position, or null for the first page
     * @throws ValidationException if the text is not a cursor this class wrote
     */
    static HistoryCursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int slash = text.indexOf('/');
            long micros = Long.parseLong(text.substring(0, slash));
            return new HistoryCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(text.substring(slash + 1)));
        } catch (RuntimeException e) {
            throw ValidationException.of("cursor", cursor, "is not a cursor returned by a previous page of this history");
        }
    }
}
