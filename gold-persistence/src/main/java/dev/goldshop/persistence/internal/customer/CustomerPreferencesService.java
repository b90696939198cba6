package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerPreferences;
import dev.goldshop.core.customer.Preferences;
import dev.goldshop.core.customer.PreferencesInput;
import dev.goldshop.core.customer.SpecialOccasion;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerPreferencesMapper;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The preferences facade. Saving also rewrites the customer's rows in
 * {@code customer_special_dates}, in the same transaction, so that anniversary searches use an
 * index instead of reading every customer's JSON.
 */
final class CustomerPreferencesService implements CustomerPreferences {
    /** The resource type of preferences in audit rows. */
    static final String RESOURCE = "customer_preferences";

    private final CustomerSupport support;
    private final Currency currency;

    CustomerPreferencesService(CustomerSupport support, Currency currency) {
        this.support = support;
        this.currency = currency;
    }

    @Override
    public Optional<Preferences> find(CallContext ctx, UUID customerId) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            CustomerSupport.required("customerId", customerId, "the customer's id");
            return Optional.ofNullable(load(tx, customerId));
        });
    }

    @Override
    public Preferences save(CallContext ctx, UUID customerId, PreferencesInput preferences, Long expectedVersion) {
        return support.calls.write(ctx, Permissions.CUSTOMER_UPDATE, tx -> {
            CustomerSupport.required("customerId", customerId, "the customer's id");
            Problems p = new Problems();
            PreferencesRow row = new PreferencesRow();
            List<SpecialOccasion> occasions = PreferencesRules.validate(preferences, row, currency,
                    support.rules(tx).today(), p);
            p.throwIfAny();
            support.requireLive(tx, customerId);
            CustomerPreferencesMapper mapper = tx.mapper(CustomerPreferencesMapper.class);
            PreferencesRow before = mapper.selectByCustomer(customerId);
            row.customerId = customerId;
            row.updatedAt = support.now();
            if (expectedVersion == null) {
                if (before != null) {
                    throw new ConflictException(ErrorCode.DUPLICATE, "customer " + customerId
                            + " already has preferences (version " + before.version + "); pass that version to change them",
                            null);
                }
                row.id = support.ids.newId();
                row.createdAt = row.updatedAt;
                mapper.insert(row);
            } else {
                if (before == null) {
                    throw new NotFoundException(RESOURCE, customerId);
                }
                row.version = expectedVersion;
                if (mapper.update(row) == 0) {
                    throw new ConflictException(ErrorCode.STALE_VERSION, "the preferences of customer " + customerId
                            + " were changed by someone else (expected version " + expectedVersion + ")", null);
                }
            }
            mapper.deleteSpecialDatesOf(customerId);
            for (SpecialOccasion occasion : occasions) {
                mapper.insertSpecialDate(support.ids.newId(), customerId, occasion.type(), occasion.date(),
                        occasion.label());
            }
            Preferences after = load(tx, customerId);
            AuditEvent event = before == null ? AuditEvent.created(RESOURCE, after.id(), after)
                    : AuditEvent.updated(RESOURCE, after.id(), PreferencesRules.toPreferences(before), after);
            return Audited.of(after, event.with("customer_id", customerId.toString()));
        });
    }

    /**
     * A customer's preferences.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @return the preferences, or {@code null}
     */
    static Preferences load(Tx tx, UUID customerId) {
        PreferencesRow row = tx.mapper(CustomerPreferencesMapper.class).selectByCustomer(customerId);
        return row == null ? null : PreferencesRules.toPreferences(row);
    }
}
