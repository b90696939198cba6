package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.error.BusinessRuleException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The company settings as the customer rules use them, read once per call: the shop's day on
 * the engine's clock, the phone region and the compiled national-id pattern.
 */
final class ShopRules {
    private final ZoneId zone;
    private final String phoneRegion;
    private final Pattern nationalIdPattern;
    private final Clock clock;

    private ShopRules(ZoneId zone, String phoneRegion, Pattern nationalIdPattern, Clock clock) {
        this.zone = zone;
        this.phoneRegion = phoneRegion;
        this.nationalIdPattern = nationalIdPattern;
        this.clock = clock;
    }

    /**
     * Interprets the settings row.
     *
     * @param row the row
     * @param clock the engine's clock
     * @return the rules
     * @throws BusinessRuleException if a setting is unusable (the message says which)
     */
    static ShopRules of(CustomerSettingsRow row, Clock clock) {
        if (row == null) {
            throw new BusinessRuleException("company_settings has no row; the migrations seed it, so the schema is incomplete");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(row.timeZone);
        } catch (DateTimeException e) {
            throw new BusinessRuleException("company_settings.time_zone '" + row.timeZone
                    + "' is not a time zone; set an IANA zone such as 'Asia/Dubai'");
        }
        String region = row.defaultPhoneRegion == null ? null : row.defaultPhoneRegion.strip();
        if (!PhoneNumbers.isKnownRegion(region)) {
            throw new BusinessRuleException("company_settings.default_phone_region '" + region
                    + "' is not a region phone numbers are known for; set an ISO 3166-1 code such as 'AE'");
        }
        return new ShopRules(zone, region, compile(row.nationalIdPattern), clock);
    }

    private static Pattern compile(String text) {
        try {
            // Compiled per settings row: CustomerSupport keeps the rules of the row the settings
            // cache holds, and a change of the settings brings a new row.
            return Pattern.compile(text);
        } catch (PatternSyntaxException | NullPointerException e) {
            throw new BusinessRuleException("company_settings.national_id_pattern '" + text
                    + "' is not a valid regular expression; fix it in the company settings");
        }
    }

    /**
     * Today in the shop.
     *
     * @return the shop's date now
     */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The first instant of a day in the shop.
     *
     * @param day the day
     * @return midnight at the shop
     */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * The shop's zone.
     *
     * @return the zone
     */
    ZoneId zone() {
        return zone;
    }

    /**
     * The region of phone numbers without a country code.
     *
     * @return for example {@code US}
     */
    String phoneRegion() {
        return phoneRegion;
    }

    /**
     * The pattern national ids must match in full.
     *
     * @return the pattern
     */
    Pattern nationalIdPattern() {
        return nationalIdPattern;
    }
}
