package dev.goldshop.persistence.internal.customer;

import dev.goldshop.persistence.internal.cache.CommittedCache;
import dev.goldshop.persistence.internal.settings.SettingsCache;
import java.time.Duration;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.CustomerCustomFieldMapper;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import dev.goldshop.persistence.internal.security.UnusualActivity;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every customer facade shares: the call path, ids, time, the cipher, the shop's rules,
 * loading a customer with the right error, and building the profile view a caller may see
 * (with the audit row of an unmasked read).
 */
final class CustomerSupport {
    /** The resource type of customers in audit rows. */
    static final String RESOURCE = "customer";
    /** How many customer exports one user may make in an hour before it counts as a bulk export. */
    static final int BULK_EXPORTS_PER_HOUR = 10;

    final Calls calls;
    final IdGenerator ids;
    final PiiCipher cipher;
    final PurchaseHistory purchases;
    final UnusualActivity unusual;
    private final CommittedCache<String, CustomerSettingsRow> settings;
    /**
     * The rules interpreted from the cached settings row: the cache hands out the same row until
     * the settings change, so a search does not parse the zone and compile the pattern again.
     */
    private volatile RulesOfRow lastRules;

    private record RulesOfRow(CustomerSettingsRow row, ShopRules rules) {
    }

    CustomerSupport(Calls calls, IdGenerator ids, PiiCipher cipher, PurchaseHistory purchases,
            UnusualActivity unusual) {
        this.calls = calls;
        this.ids = ids;
        this.settings = new CommittedCache<>(calls.transactions(), SettingsCache.CHANGE, 1, Duration.ofMinutes(10));
        this.cipher = cipher;
        this.purchases = purchases;
        this.unusual = unusual;
    }

    /**
     * What a caller may see unmasked.
     *
     * @param pii national id and birth date
     * @param notes internal notes
     */
    record Reveal(boolean pii, boolean notes) {
        /** Everything, for exports. */
        static final Reveal ALL = new Reveal(true, true);
        /** Nothing, for audit data. */
        static final Reveal NONE = new Reveal(false, false);
    }

    /**
     * What the caller's permissions reveal.
     *
     * @param ctx who calls
     * @return the reveal
     */
    Reveal revealFor(CallContext ctx) {
        return new Reveal(calls.holds(ctx, Permissions.CUSTOMER_PII_READ),
                calls.holds(ctx, Permissions.CUSTOMER_INTERNAL_NOTES_READ));
    }

    /**
     * The company settings as rules.
     *
     * @param tx the transaction
     * @return the rules
     */
    ShopRules rules(Tx tx) {
        CustomerSettingsRow row = settings.get("company_settings", t -> t.mapper(CustomerMapper.class).selectSettings());
        RulesOfRow last = lastRules;
        if (last != null && last.row() == row) {
            return last.rules();
        }
        ShopRules rules = ShopRules.of(row, calls.clock());
        lastRules = new RulesOfRow(row, rules);
        return rules;
    }

    /** Drops the cached settings row; the settings cache calls it on every change. */
    void settingsChanged() {
        settings.invalidateAll();
    }

    /**
     * The custom field definitions.
     *
     * @param tx the transaction
     * @return the definitions, by name
     */
    List<CustomFieldRow> definitions(Tx tx) {
        return tx.mapper(CustomerCustomFieldMapper.class).selectAll();
    }

    /**
     * Now on the engine's clock, as stored.
     *
     * @return the instant, truncated to microseconds
     */
    Instant now() {
        return calls.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The calling user, or {@code null} for the system.
     *
     * @param ctx who calls
     * @return the user's id
     */
    static UUID userOf(CallContext ctx) {
        return ctx.actor().userId();
    }

    /**
     * Refuses a missing argument the caller must give.
     *
     * @param field the argument's name
     * @param value the value
     * @param accepted what would be accepted
     * @param <T> the type
     * @return the value
     */
    static <T> T required(String field, T value, String accepted) {
        if (value == null) {
            throw ValidationException.of(field, null, "is required: " + accepted);
        }
        return value;
    }

    /**
     * A customer, or not found.
     *
     * @param tx the transaction
     * @param id the id
     * @return the row
     * @throws NotFoundException if there is none
     */
    CustomerRow require(Tx tx, UUID id) {
        required("customerId", id, "the customer's id");
        CustomerRow row = tx.mapper(CustomerMapper.class).selectById(id);
        if (row == null) {
            throw new NotFoundException(RESOURCE, id);
        }
        return row;
    }

    /**
     * A customer whose data may still change.
     *
     * @param tx the transaction
     * @param id the id
     * @return the row
     * @throws NotFoundException if there is none
     * @throws BusinessRuleException if the customer was erased
     */
    CustomerRow requireLive(Tx tx, UUID id) {
        CustomerRow row = require(tx, id);
        if (row.erased()) {
            throw new BusinessRuleException("customer " + row.customerCode + " (id " + id + ") was erased on "
                    + row.erasedAt + " at their request; an erased customer cannot be changed or linked");
        }
        return row;
    }

    /**
     * The profile as a caller may see it, decrypting the national id when revealed.
     *
     * @param tx the transaction
     * @param row the row
     * @param reveal what to unmask
     * @param nationalIdClear the national id if the caller just supplied it, else {@code null}
     * @return the profile
     */
    Customer view(Tx tx, CustomerRow row, Reveal reveal, String nationalIdClear) {
        String clear = null;
        if (reveal.pii() && row.nationalIdEnc != null) {
            clear = nationalIdClear != null ? nationalIdClear
                    : cipher.open(row.id, row.nationalIdKeyId, row.nationalIdEnc);
        }
        return CustomerViews.customer(row, definitions(tx), purchases.summaryOf(tx, row.id), clear, reveal.pii(),
                reveal.notes());
    }

    /**
     * The profile as it goes into audit rows: national id masked, no birth date, no internal
     * notes, no purchase summary.
     *
     * @param tx the transaction
     * @param row the row
     * @return the audit view
     */
    Customer auditView(Tx tx, CustomerRow row) {
        return CustomerViews.customer(row, definitions(tx), null, null, false, false);
    }

    /**
     * Records an unmasked read, if anything hidden was shown (SECURITY.md AZ-03: every reveal
     * is audited).
     *
     * @param tx the transaction of the read
     * @param ctx who read
     * @param row the customer
     * @param reveal what the caller may see
     */
    void auditReveal(Tx tx, CallContext ctx, CustomerRow row, Reveal reveal) {
        List<String> fields = new ArrayList<>();
        if (reveal.pii() && row.nationalIdEnc != null) {
            fields.add("nationalId");
        }
        if (reveal.pii() && row.dateOfBirth != null) {
            fields.add("dateOfBirth");
        }
        if (reveal.notes() && row.internalNotes != null) {
            fields.add("internalNotes");
        }
        if (fields.isEmpty()) {
            return;
        }
        calls.audit().write(tx, ctx, new AuditEvent("reveal", RESOURCE, row.id, null, null,
                Map.of("fields", fields, "customer_code", row.customerCode)), AuditWriter.SUCCESS);
        if (!ctx.actor().isSystem() && unusual.outsideBusinessHours(calls.clock().instant())) {
            // Raised after this read commits (UnusualActivity defers it), never for a read that fails.
            unusual.report(ctx, "pii_after_hours", "personal data of customer " + row.customerCode
                    + " viewed outside business hours", Map.of("customer_id", row.id.toString(), "fields", fields));
        }
    }

    /**
     * Reports a bulk export: the first export beyond {@value #BULK_EXPORTS_PER_HOUR} by one user
     * within an hour raises an unusual-activity alert (DOMAIN.md: bulk export of customer data).
     * Counted from the audit trail, so it holds across engines.
     *
     * @param tx the export's transaction, whose own audit row is written already
     * @param ctx who exports
     */
    void noteExport(Tx tx, CallContext ctx) {
        UUID user = userOf(ctx);
        if (user == null) {
            return;
        }
        // The export's own audit row waits for the commit with the transaction's other rows.
        TransactionRunner.flushCollected(tx);
        long recent = tx.mapper(CustomerMapper.class).countRecentActions(user, "export", RESOURCE,
                calls.clock().instant().minus(java.time.Duration.ofHours(1)));
        if (recent == BULK_EXPORTS_PER_HOUR + 1) {
            unusual.report(ctx, "bulk_export", ctx.actor().name() + " exported more than " + BULK_EXPORTS_PER_HOUR
                    + " customers' data within an hour", Map.of("exports_last_hour", recent));
        }
    }
}
