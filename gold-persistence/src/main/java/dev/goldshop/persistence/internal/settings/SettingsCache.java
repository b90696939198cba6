package dev.goldshop.persistence.internal.settings;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.pricing.DiscountLimit;
import dev.goldshop.core.pricing.MakingCharge;
import dev.goldshop.core.pricing.PricingPolicy;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.persistence.internal.cache.CommittedCache;
import dev.goldshop.persistence.internal.mapper.CompanySettingsMapper;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The engine's cached company settings, for other facades (sales, security, loyalty) that need
 * them without a permission check of their own: their callers were authorized for what they
 * do, not for reading settings. Get it with {@code engine.service(SettingsCache.class)}; it is
 * registered by {@link SettingsWiring}.
 *
 * <p>Cached until a change commits on any engine of the database. Inside an open transaction
 * the settings are read in that transaction, so a call grouped after a settings change sees
 * the change.
 */
public final class SettingsCache {
    /** The notification payload that drops every engine's cached settings. */
    public static final String CHANGE = "settings";

    private static final String KEY = "company_settings";

    private final SettingsJson json;
    private final CommittedCache<String, ShopSettings> cache;
    private final Currency bookCurrency;
    private final java.util.List<Runnable> dependents = new java.util.concurrent.CopyOnWriteArrayList<>();

    SettingsCache(TransactionRunner transactions, SettingsJson json, Currency bookCurrency) {
        this.json = json;
        this.bookCurrency = bookCurrency;
        this.cache = new CommittedCache<>(transactions, CHANGE, 1, Duration.ofMinutes(10));
    }

    /**
     * The settings as last committed (or as changed in the caller's open transaction).
     *
     * @return the settings
     */
    public ShopSettings current() {
        return cache.get(KEY, tx -> toSettings(tx.mapper(CompanySettingsMapper.class).selectSettings()));
    }

    /**
     * The pricing rules of the shop: tax policy and rate, rounding, and the book currency.
     *
     * @return the policy
     * @throws BusinessRuleException if the settings' currency is not the one the engine keeps
     *     its books in, since amounts would then be priced in one currency and stored as another
     */
    public PricingPolicy pricingPolicy() {
        ShopSettings settings = current();
        Currency books = bookCurrency();
        if (!settings.currency().equals(books)) {
            throw new BusinessRuleException(ErrorCode.BUSINESS_RULE, "company settings say "
                    + settings.currency().getCurrencyCode() + " but this engine keeps its books in "
                    + books.getCurrencyCode() + " (GoldShop.Builder.currency); update the settings' currency to "
                    + books.getCurrencyCode() + " before pricing", null);
        }
        return settings.pricingPolicy();
    }

    /**
     * The discount a cashier may give without {@code discount:override}.
     *
     * @return the limit
     */
    public DiscountLimit discountLimit() {
        return current().discountLimit();
    }

    /**
     * The account a posting role maps to.
     *
     * @param role for example {@code "cash"}
     * @return the account code
     * @throws BusinessRuleException if the settings map no account to the role
     */
    public String accountCode(String role) {
        return current().accountCode(role).orElseThrow(() -> new BusinessRuleException(ErrorCode.BUSINESS_RULE,
                "company settings map no account to the posting role '" + role + "'; add it to accountCodes", null));
    }

    /**
     * The currency the engine reads and writes every money column in.
     *
     * @return the engine's currency
     */
    public Currency bookCurrency() {
        return bookCurrency;
    }

    /** Drops the cached settings (after a change commits, here or on another engine). */
    public void invalidate() {
        cache.invalidateAll();
        dependents.forEach(Runnable::run);
    }

    /**
     * Adds a cache of another area that holds settings in its own form (the customer rules),
     * dropped whenever these settings are.
     *
     * @param invalidation drops that cache
     */
    public void alsoInvalidate(Runnable invalidation) {
        dependents.add(invalidation);
    }

    ShopSettings toSettings(SettingsRow row) {
        try {
            return new ShopSettings(row.shopName(), row.legalName(), row.address(), row.phone(), row.email(),
                    row.taxId(), Currency.getInstance(row.currency()), ZoneId.of(row.timeZone()), row.taxPolicy(),
                    row.taxRate(), row.roundingMode(), row.invoicePrefix(), row.creditNotePrefix(),
                    new MakingCharge(row.defaultMakingChargeType(), row.defaultMakingChargeValue()),
                    row.oldGoldMeltingLossPercent(), row.loyaltyPointValue(), row.discountLimitPercent(),
                    json.businessHours(row.businessHours()), row.logoImageId(),
                    json.accountCodes(row.accountCodes()), row.updatedBy(), row.updatedAt(), row.version());
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            // Only a hand edit in SQL gets past the update's validation and the CHECKs.
            throw new StorageException(ErrorCode.INTERNAL,
                    "company_settings holds a value the SDK cannot read: " + e.getMessage(), e);
        }
    }
}
