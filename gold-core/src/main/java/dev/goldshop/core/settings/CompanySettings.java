package dev.goldshop.core.settings;

import dev.goldshop.core.context.CallContext;

/**
 * The shop's settings: read them, and change them as a whole with optimistic locking.
 *
 * <p>Settings are cached by every engine and dropped after each change, on this engine and,
 * through PostgreSQL notifications, on every other engine on the database.
 *
 * <h2>Currency</h2>
 * The books are kept in one currency: the engine's ({@code GoldShop.Builder.currency}), in
 * which every money column is read and written. The settings' currency must be that currency:
 * a shop that moves its books to another currency builds its engines with the new currency and
 * then updates the settings, which is only allowed while no invoice exists, since amounts
 * already written would otherwise be read in the wrong currency. Until the settings are updated,
 * quoting with the settings' policy is refused with a message that says so.
 */
public interface CompanySettings {

    /**
     * The current settings. Needs {@code settings:read}.
     *
     * @param ctx who calls
     * @return the settings, with the version to pass to {@link #update}
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code settings:read}
     */
    ShopSettings get(CallContext ctx);

    /**
     * Replaces the settings. Needs {@code settings:update}; writes one audit row with the old
     * and the new values.
     *
     * @param ctx who calls
     * @param update the new values of every field
     * @param version the version the caller read
     * @return the settings as saved, with the next version
     * @throws dev.goldshop.core.error.ValidationException naming every invalid field (including
     *     account codes that are not active accounts); nothing is written
     * @throws dev.goldshop.core.error.NotFoundException if the logo image does not exist
     * @throws dev.goldshop.core.error.BusinessRuleException if the currency would change to one
     *     the engine does not keep its books in, or while invoices exist
     * @throws dev.goldshop.core.error.ConflictException with code {@code STALE_VERSION} if the
     *     settings changed since {@code version} was read
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code settings:update}
     */
    ShopSettings update(CallContext ctx, ShopSettingsUpdate update, long version);
}
