package dev.goldshop.core.settings;

import dev.goldshop.core.pricing.DiscountLimit;
import dev.goldshop.core.pricing.MakingCharge;
import dev.goldshop.core.pricing.PricingPolicy;
import dev.goldshop.core.pricing.TaxPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop's settings as stored: who the shop is, how it prices and taxes, how invoices are
 * numbered, and which accounts the books post to. There is exactly one set per database.
 *
 * @param shopName the name on invoices
 * @param legalName the registered name, or {@code null}
 * @param address the postal address, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param taxId the tax registration (GSTIN, VAT number), or {@code null}
 * @param currency the currency of the books; always the engine's currency (see
 *     {@link CompanySettings#update})
 * @param timeZone the zone of the shop's clock (the invoice year, ages, reports)
 * @param taxPolicy what tax is charged on
 * @param taxRate the tax rate in percent
 * @param roundingMode how price components are rounded
 * @param invoicePrefix the prefix of invoice numbers
 * @param creditNotePrefix the prefix of credit note numbers
 * @param defaultMakingCharge the making charge of new items
 * @param oldGoldMeltingLossPercent the default melting loss deducted from old gold taken in
 * @param loyaltyPointValue the value of one loyalty point when redeemed, in the currency
 * @param discountLimitPercent the largest discount, as a percentage of a line, given without
 *     the {@code discount:override} permission
 * @param businessHours the opening hours, or {@code null} if not set
 * @param logoImageId the logo image, or {@code null}
 * @param accountCodes posting role to account code, such as {@code "cash" -> "1000"}
 * @param updatedBy the user who last changed the settings, or {@code null}
 * @param updatedAt when they were last changed
 * @param version the version to pass to {@link CompanySettings#update}
 */
public record ShopSettings(String shopName, String legalName, String address, String phone, String email,
        String taxId, Currency currency, ZoneId timeZone, TaxPolicy taxPolicy, BigDecimal taxRate,
        RoundingMode roundingMode, String invoicePrefix, String creditNotePrefix, MakingCharge defaultMakingCharge,
        BigDecimal oldGoldMeltingLossPercent, BigDecimal loyaltyPointValue, BigDecimal discountLimitPercent,
        BusinessHours businessHours, UUID logoImageId, Map<String, String> accountCodes, UUID updatedBy,
        Instant updatedAt, long version) {

    /**
     * Copies the account codes.
     */
    public ShopSettings {
        accountCodes = Map.copyOf(accountCodes);
    }

    /**
     * The pricing rules these settings set.
     *
     * @return tax policy and rate, rounding mode and currency
     */
    public PricingPolicy pricingPolicy() {
        return new PricingPolicy(taxPolicy, taxRate, roundingMode, currency);
    }

    /**
     * The discount limit these settings set.
     *
     * @return the limit
     */
    public DiscountLimit discountLimit() {
        return new DiscountLimit(discountLimitPercent);
    }

    /**
     * The account a posting role maps to.
     *
     * @param role for example {@code "cash"} or {@code "sales_revenue"}
     * @return the account code, or empty if the role is not mapped
     */
    public Optional<String> accountCode(String role) {
        return Optional.ofNullable(accountCodes.get(role));
    }

    /**
     * The business hours, if set.
     *
     * @return the hours, or empty
     */
    public Optional<BusinessHours> hours() {
        return Optional.ofNullable(businessHours);
    }

    /**
     * A builder for an update that starts from these settings, so that a caller changes only
     * what it means to.
     *
     * @return the builder
     */
    public ShopSettingsUpdate.Builder toUpdate() {
        return ShopSettingsUpdate.from(this);
    }
}
