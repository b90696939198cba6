package dev.goldshop.core.settings;

import dev.goldshop.core.pricing.MakingCharge;
import dev.goldshop.core.pricing.TaxPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The new values of every setting a shop edits: a whole replacement, so that what is saved is
 * exactly what the caller saw and changed. Start from the current settings with
 * {@link ShopSettings#toUpdate()} and change what is meant to change;
 * {@link CompanySettings#update} validates every field.
 *
 * @param shopName the name on invoices, 1 to 255 characters
 * @param legalName the registered name, up to 255 characters, or {@code null}
 * @param address the postal address, up to 1000 characters, or {@code null}
 * @param phone the phone number, up to 20 characters of digits, spaces, {@code +()-}, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param taxId the tax registration, up to 50 characters, or {@code null}
 * @param currency the currency of the books: the engine's currency, with at most two decimals
 * @param timeZone the zone of the shop's clock
 * @param taxPolicy what tax is charged on
 * @param taxRate the tax rate in percent, 0 to 100, two decimals
 * @param roundingMode how price components are rounded; not {@code UNNECESSARY}
 * @param invoicePrefix the prefix of invoice numbers, 1 to 10 of {@code A-Z 0-9 -}
 * @param creditNotePrefix the prefix of credit note numbers, same rule, not the invoice prefix
 * @param defaultMakingCharge the making charge of new items; a value with at most two decimals
 * @param oldGoldMeltingLossPercent the default melting loss on old gold, 0 to less than 100, two decimals
 * @param loyaltyPointValue the value of one loyalty point, 0 or more, four decimals
 * @param discountLimitPercent the discount limit in percent, 0 to 100, two decimals
 * @param businessHours the opening hours, or {@code null} to clear them
 * @param logoImageId an existing image, or {@code null}
 * @param accountCodes posting role ({@code a-z 0-9 _}) to the code of an active account
 */
public record ShopSettingsUpdate(String shopName, String legalName, String address, String phone, String email, String taxId, Currency currency, ZoneId timeZone, TaxPolicy taxPolicy, BigDecimal taxRate, RoundingMode roundingMode, String invoicePrefix, String creditNotePrefix, MakingCharge defaultMakingCharge, BigDecimal oldGoldMeltingLossPercent, BigDecimal loyaltyPointValue, BigDecimal discountLimitPercent, BusinessHours businessHours, UUID logoImageId, Map<String, String> accountCodes) {

    /**
     * Copies the account codes (a {@code null} map stays {@code null} and is refused by the
     * update, with the other invalid fields).
     */
    public ShopSettingsUpdate {
        accountCodes = accountCodes == null ? null : copy(accountCodes);
    }

    private static Map<String, String> copy(Map<String, String> codes) {
        // Not Map.copyOf: a null key or value must reach validation, which names it.
        return Collections.unmodifiableMap(new HashMap<>(codes));
    }

    /**
     * A builder holding the current settings.
     *
     * @param current the settings as read
     * @return the builder
     */
    public static Builder from(ShopSettings current) {
        Objects.requireNonNull(current, "current");
        Builder builder = new Builder();
        builder.shopName = current.shopName();
        builder.legalName = current.legalName();
        builder.address = current.address();
        builder.phone = current.phone();
        builder.email = current.email();
        builder.taxId = current.taxId();
        builder.currency = current.currency();
        builder.timeZone = current.timeZone();
        builder.taxPolicy = current.taxPolicy();
        builder.taxRate = current.taxRate();
        builder.roundingMode = current.roundingMode();
        builder.invoicePrefix = current.invoicePrefix();
        builder.creditNotePrefix = current.creditNotePrefix();
        builder.defaultMakingCharge = current.defaultMakingCharge();
        builder.oldGoldMeltingLossPercent = current.oldGoldMeltingLossPercent();
        builder.loyaltyPointValue = current.loyaltyPointValue();
        builder.discountLimitPercent = current.discountLimitPercent();
        builder.businessHours = current.businessHours();
        builder.logoImageId = current.logoImageId();
        builder.accountCodes = current.accountCodes();
        return builder;
    }

    /** Collects the new values; {@link #build()} makes the update, which the facade validates. */
    public static final class Builder {
        private String shopName;
        private String legalName;
        private String address;
        private String phone;
        private String email;
        private String taxId;
        private Currency currency;
        private ZoneId timeZone;
        private TaxPolicy taxPolicy;
        private BigDecimal taxRate;
        private RoundingMode roundingMode;
        private String invoicePrefix;
        private String creditNotePrefix;
        private MakingCharge defaultMakingCharge;
        private BigDecimal oldGoldMeltingLossPercent;
        private BigDecimal loyaltyPointValue;
        private BigDecimal discountLimitPercent;
        private BusinessHours businessHours;
        private UUID logoImageId;
        private Map<String, String> accountCodes;

        private Builder() {
        }

        /**
         * Sets {@code shopName}.
         *
         * @param value the name on invoices, 1 to 255 characters
         * @return this builder
         */
        public Builder shopName(String value) {
            this.shopName = value;
            return this;
        }

        /**
         * Sets {@code legalName}.
         *
         * @param value the registered name, up to 255 characters, or {@code null}
         * @return this builder
         */
        public Builder legalName(String value) {
            this.legalName = value;
            return this;
        }

        /**
         * Sets {@code address}.
         *
         * @param value the postal address, up to 1000 characters, or {@code null}
         * @return this builder
         */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /**
         * Sets {@code phone}.
         *
         * @param value the phone number, up to 20 characters of digits, spaces, {@code +()-}, or {@code null}
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param value the e-mail address, or {@code null}
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * Sets {@code taxId}.
         *
         * @param value the tax registration, up to 50 characters, or {@code null}
         * @return this builder
         */
        public Builder taxId(String value) {
            this.taxId = value;
            return this;
        }

        /**
         * Sets {@code currency}.
         *
         * @param value the currency of the books: the engine's currency, with at most two decimals
         * @return this builder
         */
        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        /**
         * Sets {@code timeZone}.
         *
         * @param value the zone of the shop's clock
         * @return this builder
         */
        public Builder timeZone(ZoneId value) {
            this.timeZone = value;
            return this;
        }

        /**
         * Sets {@code taxPolicy}.
         *
         * @param value what tax is charged on
         * @return this builder
         */
        public Builder taxPolicy(TaxPolicy value) {
            this.taxPolicy = value;
            return this;
        }

        /**
         * Sets {@code taxRate}.
         *
         * @param value the tax rate in percent, 0 to 100, two decimals
         * @return this builder
         */
        public Builder taxRate(BigDecimal value) {
            this.taxRate = value;
            return this;
        }

        /**
         * Sets {@code roundingMode}.
         *
         * @param value how price components are rounded; not {@code UNNECESSARY}
         * @return this builder
         */
        public Builder roundingMode(RoundingMode value) {
            this.roundingMode = value;
            return this;
        }

        /**
         * Sets {@code invoicePrefix}.
         *
         * @param value the prefix of invoice numbers, 1 to 10 of {@code A-Z 0-9 -}
         * @return this builder
         */
        public Builder invoicePrefix(String value) {
            this.invoicePrefix = value;
            return this;
        }

        /**
         * Sets {@code creditNotePrefix}.
         *
         * @param value the prefix of credit note numbers, same rule, not the invoice prefix
         * @return this builder
         */
        public Builder creditNotePrefix(String value) {
            this.creditNotePrefix = value;
            return this;
        }

        /**
         * Sets {@code defaultMakingCharge}.
         *
         * @param value the making charge of new items; a value with at most two decimals
         * @return this builder
         */
        public Builder defaultMakingCharge(MakingCharge value) {
            this.defaultMakingCharge = value;
            return this;
        }

        /**
         * Sets {@code oldGoldMeltingLossPercent}.
         *
         * @param value the default melting loss on old gold, 0 to less than 100, two decimals
         * @return this builder
         */
        public Builder oldGoldMeltingLossPercent(BigDecimal value) {
            this.oldGoldMeltingLossPercent = value;
            return this;
        }

        /**
         * Sets {@code loyaltyPointValue}.
         *
         * @param value the value of one loyalty point, 0 or more, four decimals
         * @return this builder
         */
        public Builder loyaltyPointValue(BigDecimal value) {
            this.loyaltyPointValue = value;
            return this;
        }

        /**
         * Sets {@code discountLimitPercent}.
         *
         * @param value the discount limit in percent, 0 to 100, two decimals
         * @return this builder
         */
        public Builder discountLimitPercent(BigDecimal value) {
            this.discountLimitPercent = value;
            return this;
        }

        /**
         * Sets {@code businessHours}.
         *
         * @param value the opening hours, or {@code null} to clear them
         * @return this builder
         */
        public Builder businessHours(BusinessHours value) {
            this.businessHours = value;
            return this;
        }

        /**
         * Sets {@code logoImageId}.
         *
         * @param value an existing image, or {@code null}
         * @return this builder
         */
        public Builder logoImageId(UUID value) {
            this.logoImageId = value;
            return this;
        }

        /**
         * Sets {@code accountCodes}.
         *
         * @param value posting role ({@code a-z 0-9 _}) to the code of an active account
         * @return this builder
         */
        public Builder accountCodes(Map<String, String> value) {
            this.accountCodes = value;
            return this;
        }

        /**
         * Sets one account code, keeping the others.
         *
         * @param role the posting role, such as {@code "cash"}
         * @param code the account code
         * @return this builder
         */
        public Builder accountCode(String role, String code) {
            Map<String, String> more = accountCodes == null ? new HashMap<>() : new HashMap<>(accountCodes);
            more.put(role, code);
            this.accountCodes = more;
            return this;
        }

        /**
         * Makes the update.
         *
         * @return the update
         */
        public ShopSettingsUpdate build() {
            return new ShopSettingsUpdate(shopName, legalName, address, phone, email, taxId, currency, timeZone, taxPolicy, taxRate, roundingMode, invoicePrefix, creditNotePrefix, defaultMakingCharge, oldGoldMeltingLossPercent, loyaltyPointValue, discountLimitPercent, businessHours, logoImageId, accountCodes);
        }
    }
}
