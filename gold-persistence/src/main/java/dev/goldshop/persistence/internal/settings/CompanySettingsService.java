package dev.goldshop.persistence.internal.settings;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.settings.ShopSettingsUpdate;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.CompanySettingsMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link CompanySettings} over the company_settings singleton. */
final class CompanySettingsService implements CompanySettings {
    /** The domain event of a settings change; its payload names the changed columns. */
    static final String UPDATED = "company_settings.updated";

    /** Who and when changed the row, not what: left out of the changed fields. */
    private static final Set<String> BOOKKEEPING = Set.of("updatedBy", "updatedAt", "version");

    private final Calls calls;
    private final IdGenerator ids;
    private final SettingsCache cache;
    private final SettingsJson json;
    private final List<String> changePayloads;
    private final Runnable afterChange;

    /**
     * Creates the facade.
     *
     * @param calls the call path
     * @param ids the engine's id generator
     * @param cache the settings cache this facade reads through
     * @param json the JSON forms of the JSONB columns
     * @param changePayloads the notifications a change announces to every engine, one per area
     *     that caches settings
     * @param afterChange drops this engine's caches of settings after a change commits
     */
    CompanySettingsService(Calls calls, IdGenerator ids, SettingsCache cache, SettingsJson json,
            List<String> changePayloads, Runnable afterChange) {
        this.calls = calls;
        this.ids = ids;
        this.cache = cache;
        this.json = json;
        this.changePayloads = List.copyOf(changePayloads);
        this.afterChange = afterChange;
    }

    @Override
    public ShopSettings get(CallContext ctx) {
        calls.authorize(ctx, Permissions.SETTINGS_READ);
        return cache.current();
    }

    @Override
    public ShopSettings update(CallContext ctx, ShopSettingsUpdate update, long version) {
        return calls.write(ctx, Permissions.SETTINGS_UPDATE, tx -> {
            if (update == null) {
                throw ValidationException.of("update", null, "is required");
            }
            SettingsValidation.check(update);
            CompanySettingsMapper settings = tx.mapper(CompanySettingsMapper.class);
            SettingsRow before = settings.selectSettings();
            if (before.version() != version) {
                throw stale(version);
            }
            requireActiveAccounts(settings, update.accountCodes());
            if (update.logoImageId() != null && !settings.selectImageExists(update.logoImageId())) {
                throw new NotFoundException("image", update.logoImageId());
            }
            requireAllowedCurrency(settings, before, update);
            SettingsRow row = toRow(update, ctx, before.version());
            if (settings.update(row, version) == 0) {
                throw stale(version);
            }
            changePayloads.forEach(settings::notifyChange);
            changePayloads.forEach(calls.transactions()::markWritten);
            tx.afterCommit(afterChange);
            SettingsRow after = settings.selectSettings();
            tx.publish(new DomainEvent(ids.newId(), UPDATED, "company_settings", null,
                    row.updatedAt(), Map.of("version", after.version(), "changed", changedFields(before, after))));
            return Audited.of(cache.toSettings(after), AuditEvent.updated("company_settings", null, before, after));
        });
    }

    private void requireActiveAccounts(CompanySettingsMapper settings, Map<String, String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>(settings.selectActiveAccountCodes(List.copyOf(new HashSet<>(codes.values()))));
        List<FieldError> missing = new ArrayList<>();
        codes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> !found.contains(entry.getValue()))
                .forEach(entry -> missing.add(new FieldError("accountCodes." + entry.getKey(), entry.getValue(),
                        "is not an active account of the chart of accounts")));
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }

    private void requireAllowedCurrency(CompanySettingsMapper settings, SettingsRow before, ShopSettingsUpdate update) {
        String wanted = update.currency().getCurrencyCode();
        String books = cache.bookCurrency().getCurrencyCode();
        if (!wanted.equals(books)) {
            throw new BusinessRuleException(ErrorCode.BUSINESS_RULE, "the currency cannot be " + wanted
                    + ": this engine keeps its books in " + books + " (GoldShop.Builder.currency); a shop moves"
                    + " its books to another currency by building its engines with it, not by a settings edit",
                    null);
        }
        if (!wanted.equals(before.currency()) && settings.selectAnyInvoiceExists()) {
            throw new BusinessRuleException(ErrorCode.BUSINESS_RULE, "the currency cannot change from "
                    + before.currency() + " to " + wanted + " once invoices exist: their amounts are in "
                    + before.currency(), null);
        }
    }

    private SettingsRow toRow(ShopSettingsUpdate update, CallContext ctx, long version) {
        return new SettingsRow(update.shopName().strip(), blankToNull(update.legalName()),
                blankToNull(update.address()), blankToNull(update.phone()), blankToNull(update.email()),
                blankToNull(update.taxId()), update.currency().getCurrencyCode(), update.timeZone().getId(),
                update.taxPolicy(), update.taxRate(), update.roundingMode(), update.invoicePrefix(),
                update.creditNotePrefix(), update.defaultMakingCharge().type(), update.defaultMakingCharge().value(),
                update.oldGoldMeltingLossPercent(), update.loyaltyPointValue(), update.discountLimitPercent(),
                json.businessHours(update.businessHours()), update.logoImageId(),
                json.accountCodes(update.accountCodes()), ctx.actor().userId(),
                calls.clock().instant().truncatedTo(ChronoUnit.MICROS), version);
    }

    /** The names of the settings a change altered, for the event's subscribers. */
    private static List<String> changedFields(SettingsRow before, SettingsRow after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : SettingsRow.class.getRecordComponents()) {
            if (BOOKKEEPING.contains(component.getName())) {
                continue;
            }
            Object old = read(component, before);
            Object now = read(component, after);
            boolean same = old instanceof BigDecimal a && now instanceof BigDecimal b
                    ? a.compareTo(b) == 0 : Objects.equals(old, now);
            if (!same) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object read(RecordComponent component, SettingsRow row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a settings row", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ConflictException stale(long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "company settings were changed by someone else"
                + " (expected version " + version + "); read them again and reapply the change", null);
    }
}
