package dev.goldshop.benchmarks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The floor's own blind index of a national id: HMAC-SHA256 under the bench's index key, over
 * the same context and canonical form the SDK documents (upper case, no spaces or hyphens), so
 * that a hand-written lookup finds what the SDK stored.
 */
final class BlindIndex {
    private static final String CONTEXT = "goldshop.customer.national_id.v1|";

    private BlindIndex() {
    }

    static String of(String nationalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Bench.keys().blindIndexKey(), "HmacSHA256"));
            mac.update(CONTEXT.getBytes(StandardCharsets.UTF_8));
            String canonical = nationalId.strip().replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
