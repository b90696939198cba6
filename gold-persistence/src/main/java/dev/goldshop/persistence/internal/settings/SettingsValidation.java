package dev.goldshop.persistence.internal.settings;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.settings.ShopSettingsUpdate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks every field of a settings update that can be checked without the database, and
 * reports all the rejected fields at once.
 */
final class SettingsValidation {
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9-]{1,10}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{3,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    private static final Pattern ACCOUNT_CODE = Pattern.compile("[0-9A-Za-z._-]{1,20}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** numeric(14,2): twelve integer digits. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");
    /** numeric(14,4): ten integer digits. */
    private static final BigDecimal RATE_LIMIT = new BigDecimal("10000000000");

    private final List<FieldError> errors = new ArrayList<>();

    private SettingsValidation() {
    }

    /**
     * Validates an update.
     *
     * @param update the new values
     * @throws ValidationException naming every rejected field
     */
    static void check(ShopSettingsUpdate update) {
        SettingsValidation v = new SettingsValidation();
        v.text("shopName", update.shopName(), 255, true, false);
        v.text("legalName", update.legalName(), 255, false, false);
        v.text("address", update.address(), 1000, false, true);
        v.text("taxId", update.taxId(), 50, false, false);
        v.pattern("phone", update.phone(), PHONE, false, "must be 3 to 20 digits, spaces and + ( ) -");
        v.pattern("email", update.email(), EMAIL, false, "must be an address like name@example.com");
        if (update.email() != null && update.email().length() > 255) {
            v.reject("email", update.email(), "must be at most 255 characters");
        }
        v.currency(update);
        if (v.required("timeZone", update.timeZone()) && update.timeZone().getId().length() > 64) {
            v.reject("timeZone", update.timeZone().getId(), "must be an IANA zone id of at most 64 characters");
        }
        v.required("taxPolicy", update.taxPolicy());
        v.decimal("taxRate", update.taxRate(), BigDecimal.ZERO, HUNDRED, true, 2);
        if (v.required("roundingMode", update.roundingMode()) && update.roundingMode() == RoundingMode.UNNECESSARY) {
            v.reject("roundingMode", update.roundingMode(), "must be a mode that rounds, such as HALF_UP or HALF_EVEN");
        }
        v.pattern("invoicePrefix", update.invoicePrefix(), PREFIX, true,
                "must be 1 to 10 characters of A-Z, 0-9 and -, such as INV");
        v.pattern("creditNotePrefix", update.creditNotePrefix(), PREFIX, true,
                "must be 1 to 10 characters of A-Z, 0-9 and -, such as CN");
        if (update.invoicePrefix() != null && update.invoicePrefix().equals(update.creditNotePrefix())) {
            // Both series share the unique invoice_number: equal prefixes would collide.
            v.reject("creditNotePrefix", update.creditNotePrefix(), "must differ from the invoice prefix");
        }
        if (v.required("defaultMakingCharge", update.defaultMakingCharge())) {
            v.decimal("defaultMakingCharge.value", update.defaultMakingCharge().value(), BigDecimal.ZERO,
                    MONEY_LIMIT, false, 2);
        }
        v.decimal("oldGoldMeltingLossPercent", update.oldGoldMeltingLossPercent(), BigDecimal.ZERO, HUNDRED, false, 2);
        v.decimal("loyaltyPointValue", update.loyaltyPointValue(), BigDecimal.ZERO, RATE_LIMIT, false, 4);
        v.decimal("discountLimitPercent", update.discountLimitPercent(), BigDecimal.ZERO, HUNDRED, true, 2);
        v.accountCodes(update.accountCodes());
        if (!v.errors.isEmpty()) {
            throw new ValidationException(v.errors);
        }
    }

    private void currency(ShopSettingsUpdate update) {
        if (!required("currency", update.currency())) {
            return;
        }
        int digits = update.currency().getDefaultFractionDigits();
        if (digits < 0 || digits > 2) {
            reject("currency", update.currency().getCurrencyCode(), "must be an ISO 4217 currency with 0 to 2"
                    + " decimals: money columns hold two decimals, and metals, funds and test codes (XAU, XDR,"
                    + " XTS) are not currencies a shop keeps books in");
        }
    }

    private void accountCodes(Map<String, String> codes) {
        if (!required("accountCodes", codes)) {
            return;
        }
        for (Map.Entry<String, String> entry : codes.entrySet()) {
            String role = entry.getKey();
            if (role == null || !ROLE.matcher(role).matches()) {
                reject("accountCodes", role, "a posting role is 1 to 50 of a-z, 0-9 and _, starting with a letter");
            } else if (entry.getValue() == null || !ACCOUNT_CODE.matcher(entry.getValue()).matches()) {
                reject("accountCodes." + role, entry.getValue(), "must be an account code of 1 to 20 of 0-9 A-Z a-z . _ -");
            }
        }
    }

    private void text(String field, String value, int max, boolean required, boolean multiline) {
        if (value == null) {
            if (required) {
                reject(field, null, "is required");
            }
            return;
        }
        if (required && value.isBlank()) {
            reject(field, value, "must not be blank");
        } else if (value.length() > max) {
            reject(field, value.substring(0, 20) + "...", "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r')))) {
            reject(field, value.replaceAll("\\p{Cntrl}", "?"), "must not contain control characters");
        }
    }

    private void pattern(String field, String value, Pattern pattern, boolean required, String accepted) {
        if (value == null) {
            if (required) {
                reject(field, null, "is required; " + accepted);
            }
            return;
        }
        if (!pattern.matcher(value).matches()) {
            reject(field, value, accepted);
        }
    }

    private void decimal(String field, BigDecimal value, BigDecimal min, BigDecimal max, boolean maxInclusive,
            int scale) {
        if (!required(field, value)) {
            return;
        }
        int comparison = value.compareTo(max);
        if (value.compareTo(min) < 0 || comparison > 0 || (comparison == 0 && !maxInclusive)) {
            reject(field, value.toPlainString(), "must be from " + min.toPlainString() + (maxInclusive ? " to " : " to less than ")
                    + max.toPlainString());
        } else if (value.signum() != 0 && value.stripTrailingZeros().scale() > scale) {
            reject(field, value.toPlainString(), "must have at most " + scale + " decimals");
        }
    }

    private boolean required(String field, Object value) {
        if (value == null) {
            reject(field, null, "is required");
            return false;
        }
        return true;
    }

    private void reject(String field, Object value, String accepted) {
        errors.add(new FieldError(field, value == null ? null : String.valueOf(value), accepted));
    }
}
