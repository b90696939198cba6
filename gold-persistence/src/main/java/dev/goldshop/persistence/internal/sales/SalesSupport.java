package dev.goldshop.persistence.internal.sales;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.books.Ledger;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.catalog.StockLedger;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import dev.goldshop.persistence.internal.rates.RateBook;
import dev.goldshop.persistence.internal.security.UnusualActivity;
import dev.goldshop.persistence.internal.settings.SettingsCache;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.UUID;

/**
 * What every part of the sales area shares: the call path, ids and time, the other areas'
 * internal services (settings, rates, the books, the stock, unusual-activity reports), and a few
 * helpers. One instance per engine, built by {@link SalesWiring}.
 */
final class SalesSupport {
    /** The audit resource type of invoices and credit notes. */
    static final String INVOICE = "invoice";

    final Calls calls;
    final IdGenerator ids;
    final SettingsCache settings;
    final RateBook rates;
    final Ledger ledger;
    final StockLedger stock;
    final UnusualActivity unusual;
    final ObjectMapper json;
    final Currency currency;

    SalesSupport(Calls calls, IdGenerator ids, SettingsCache settings, RateBook rates, Ledger ledger,
            StockLedger stock, UnusualActivity unusual, ObjectMapper json, Currency currency) {
        this.calls = calls;
        this.ids = ids;
        this.settings = settings;
        this.rates = rates;
        this.ledger = ledger;
        this.stock = stock;
        this.unusual = unusual;
        this.json = json;
        this.currency = currency;
    }

    /**
     * The engine's time, as stored (microseconds).
     *
     * @return now
     */
    Instant now() {
        return calls.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The shop's time zone (company settings): the calendar of invoice dates, years and reports.
     *
     * @return the zone
     */
    ZoneId zone() {
        return settings.current().timeZone();
    }

    /**
     * The date of an instant on the shop's calendar.
     *
     * @param instant the instant
     * @return its date in the shop's time zone
     */
    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /**
     * Zero in the shop's currency.
     *
     * @return 0.00
     */
    Money zero() {
        return Money.zero(currency);
    }

    /**
     * A new time-ordered id.
     *
     * @return the id
     */
    UUID newId() {
        return ids.newId();
    }

    /**
     * An invoice locked for a change.
     *
     * @param tx the transaction
     * @param id the invoice
     * @return the row
     * @throws ValidationException if the id is missing
     * @throws NotFoundException if there is none
     */
    InvoiceRow lockInvoice(Tx tx, UUID id) {
        if (id == null) {
            throw ValidationException.of("invoiceId", null, "is required");
        }
        InvoiceRow row = tx.mapper(InvoiceMapper.class).selectForUpdate(id);
        if (row == null) {
            throw new NotFoundException(INVOICE, id);
        }
        return row;
    }

    /**
     * The user behind a call, for the columns that name one ({@code null} for the system).
     *
     * @param ctx the call
     * @return the user's id, or null
     */
    static UUID userOf(CallContext ctx) {
        return ctx.actor().userId();
    }

    /** Counts one user's documents of a kind between two instants. */
    @FunctionalInterface
    interface DailyCount {
        int count(InvoiceMapper invoices, UUID userId, Instant from, Instant to);
    }

    /**
     * Raises an unusual-activity alert the first time a user's count of something on the shop's
     * day passes a threshold (exactly once: at threshold + 1, not on every later one).
     *
     * @param tx the transaction of the change just made
     * @param ctx who acts; the system is never watched
     * @param now the time of the change
     * @param threshold how many a day are ordinary
     * @param kind the alert's kind, for example {@code many_voids}
     * @param countKey the detail key of the count, for example {@code voids_today}
     * @param doneWhat the description's verb phrase with a {@code %d} for the count
     * @param counter how to count
     */
    void alertOnceOverDailyThreshold(Tx tx, CallContext ctx, Instant now, int threshold, String kind,
            String countKey, String doneWhat, DailyCount counter) {
        if (ctx.actor().isSystem()) {
            return;
        }
        ZoneId zone = zone();
        LocalDate day = LocalDate.ofInstant(now, zone);
        int count = counter.count(tx.mapper(InvoiceMapper.class), userOf(ctx), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        if (count == threshold + 1) {
            java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put(countKey, count);
            details.put("day", day.toString());
            unusual.report(ctx, kind, ctx.actor().name() + " has " + String.format(doneWhat, count) + " on " + day
                    + " (more than " + threshold + ")", details);
        }
    }
}
