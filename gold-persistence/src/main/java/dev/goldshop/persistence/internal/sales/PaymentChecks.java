package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Tender;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Currency;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Checks a payment request before anything is written, and fingerprints it for its idempotency
 * key: the fingerprint covers every field that changes what the call does, with numbers in a
 * canonical form (10.5 and 10.50 are the same request).
 */
final class PaymentChecks {
    /** What an idempotency key may be made of (the derived keys of payment rows add {@code #}). */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    static final int MAX_TENDERS = 10;
    private static final int MAX_REFERENCE = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PaymentChecks() {
    }

    /**
     * Checks a request: the invoice id, the key, 1 to 10 tenders each valid for its method.
     *
     * @param request the request
     * @param currency the shop's currency
     * @throws ValidationException naming every invalid field
     */
    static void check(PaymentRequest request, Currency currency) {
        if (request == null) {
            throw ValidationException.of("request", null, "is required: PaymentRequest.of(invoiceId, key, tenders...)");
        }
        Checks checks = new Checks();
        checks.required("invoiceId", request.invoiceId());
        if (request.idempotencyKey() == null || !KEY.matcher(request.idempotencyKey()).matches()) {
            checks.reject("idempotencyKey", request.idempotencyKey(),
                    "must be 1 to 100 letters, digits or . _ : - (for example a UUID made when the cashier pressed pay)");
        }
        if (request.tenders() == null || request.tenders().isEmpty() || request.tenders().size() > MAX_TENDERS) {
            checks.reject("tenders", request.tenders() == null ? null : request.tenders().size() + " tenders",
                    "must hold 1 to " + MAX_TENDERS + " tenders");
        } else {
            for (int i = 0; i < request.tenders().size(); i++) {
                tender(checks, "tenders[" + i + "]", request.tenders().get(i), currency);
            }
        }
        checks.throwIfAny();
    }

    private static void tender(Checks checks, String field, Tender tender, Currency currency) {
        if (tender == null) {
            checks.reject(field, null, "is required");
            return;
        }
        if (tender.method() == null) {
            checks.reject(field + ".method", null, "is required");
            return;
        }
        if (tender.reference() != null) {
            checks.text(field + ".reference", tender.reference(), MAX_REFERENCE, false);
        }
        if (tender.method() != PaymentMethod.OLD_GOLD) {
            checks.amount(field + ".amount", tender.amount(), currency, true);
            if (tender.metal() != null || tender.purity() != null || tender.weight() != null
                    || tender.meltingLossPercent() != null) {
                checks.reject(field, tender.method().code(),
                        "takes no metal, purity, weight or melting loss; those are for old gold");
            }
            return;
        }
        if (tender.amount() != null) {
            checks.reject(field + ".amount", tender.amount(), "must be null for old gold: the SDK values it");
        }
        boolean metal = checks.required(field + ".metal", tender.metal());
        if (checks.required(field + ".purity", tender.purity()) && metal
                && tender.purity().compareTo(tender.metal().maximumPurity()) > 0) {
            checks.reject(field + ".purity", tender.purity(), "must be at most " + tender.metal().maximumPurity()
                    + " for " + tender.metal().code());
        }
        if (checks.required(field + ".weight", tender.weight()) && tender.weight().isZero()) {
            checks.reject(field + ".weight", tender.weight(), "must be above 0 g");
        }
        BigDecimal loss = tender.meltingLossPercent();
        if (loss != null && (loss.signum() < 0 || loss.compareTo(HUNDRED) >= 0
                || loss.stripTrailingZeros().scale() > 2)) {
            checks.reject(field + ".meltingLossPercent", loss,
                    "must be from 0 to below 100 with at most two decimals, or null for the shop's default");
        }
    }

    /**
     * The request's fingerprint: SHA-256 of its canonical form, in hex.
     *
     * @param request a checked request
     * @return 64 hex digits
     */
    static String fingerprint(PaymentRequest request) {
        StringBuilder text = new StringBuilder();
        text.append(request.invoiceId()).append('|')
                .append(request.overpayment() == null ? "default" : request.overpayment().name());
        for (Tender t : request.tenders()) {
            text.append('\n').append(t.method().code())
                    .append('|').append(t.amount() == null ? "" : plain(t.amount().amount()))
                    .append('|').append(t.reference() == null ? "" : t.reference().strip())
                    .append('|').append(t.metal() == null ? "" : t.metal().code())
                    .append('|').append(t.purity() == null ? "" : plain(t.purity().fineness()))
                    .append('|').append(t.weight() == null ? "" : plain(t.weight().grams()))
                    .append('|').append(t.meltingLossPercent() == null ? "" : plain(t.meltingLossPercent()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
