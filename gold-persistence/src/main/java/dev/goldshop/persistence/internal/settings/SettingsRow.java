package dev.goldshop.persistence.internal.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.pricing.TaxPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns of {@code company_settings} that a shop edits, plus who changed them last and
 * the version, as the mapper reads and writes them. Columns other areas own (session and
 * lock-out policy) are deliberately absent: this row never reads or writes them.
 *
 * @param shopName shop_name
 * @param legalName legal_name
 * @param address address
 * @param phone phone
 * @param email email
 * @param taxId tax_id
 * @param currency currency, an ISO 4217 code
 * @param timeZone time_zone, an IANA zone id
 * @param taxPolicy tax_policy
 * @param taxRate tax_rate
 * @param roundingMode rounding_mode
 * @param invoicePrefix invoice_prefix
 * @param creditNotePrefix credit_note_prefix
 * @param defaultMakingChargeType default_making_charge_type
 * @param defaultMakingChargeValue default_making_charge_value
 * @param oldGoldMeltingLossPercent old_gold_melting_loss_percent
 * @param loyaltyPointValue loyalty_point_value
 * @param discountLimitPercent discount_limit_percent
 * @param businessHours business_hours
 * @param logoImageId logo_image_id
 * @param accountCodes account_codes
 * @param updatedBy updated_by
 * @param updatedAt updated_at
 * @param version version
 */
public record SettingsRow(String shopName, String legalName, String address, String phone, String email,
        String taxId, String currency, String timeZone, TaxPolicy taxPolicy, BigDecimal taxRate,
        RoundingMode roundingMode, String invoicePrefix, String creditNotePrefix,
        MakingChargeType defaultMakingChargeType, BigDecimal defaultMakingChargeValue,
        BigDecimal oldGoldMeltingLossPercent, BigDecimal loyaltyPointValue, BigDecimal discountLimitPercent,
        JsonNode businessHours, UUID logoImageId, JsonNode accountCodes, UUID updatedBy, Instant updatedAt,
        long version) {
}
