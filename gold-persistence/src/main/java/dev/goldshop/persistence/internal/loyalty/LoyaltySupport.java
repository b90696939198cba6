package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.loyalty.PointsArithmetic;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.books.Ledger;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import dev.goldshop.persistence.internal.security.UnusualActivity;
import dev.goldshop.persistence.internal.settings.SettingsCache;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.UUID;

/**
 * What every part of the loyalty area shares: the call path, ids and time, settings (the point
 * value, the shop's calendar, account codes), the books and unusual-activity reports. One
 * instance per engine, built by {@link LoyaltyWiring}.
 */
final class LoyaltySupport {
    /** The audit resource type of a customer's points. */
    static final String POINTS = "loyalty_points";
    /** The audit resource type of a programme. */
    static final String PROGRAM = "loyalty_program";

    final Calls calls;
    final IdGenerator ids;
    final SettingsCache settings;
    final Ledger ledger;
    final UnusualActivity unusual;
    final Currency currency;

    LoyaltySupport(Calls calls, IdGenerator ids, SettingsCache settings, Ledger ledger, UnusualActivity unusual,
            Currency currency) {
        this.calls = calls;
        this.ids = ids;
        this.settings = settings;
        this.ledger = ledger;
        this.unusual = unusual;
        this.currency = currency;
    }

    /** The engine's time, as stored (microseconds). */
    Instant now() {
        return calls.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The date of an instant on the shop's calendar. */
    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, settings.current().timeZone());
    }

    /** A new time-ordered id. */
    UUID newId() {
        return ids.newId();
    }

    /** Zero in the shop's currency. */
    Money zero() {
        return Money.zero(currency);
    }

    /** The value of one point today (company settings). */
    BigDecimal pointValue() {
        return settings.current().loyaltyPointValue();
    }

    /** What some points are worth today. */
    Money valueOf(long points) {
        return PointsArithmetic.valueOf(points, pointValue(), currency);
    }

    /**
     * Refuses an unknown customer.
     *
     * @throws NotFoundException if there is none
     */
    static void requireCustomer(Tx tx, UUID customerId) {
        if (customerId == null || !tx.mapper(LoyaltyMapper.class).customerExists(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
    }

    /**
     * Refuses a number of points that does not fit one ledger entry.
     *
     * @throws BusinessRuleException if it does not fit
     */
    static int entryPoints(long points) {
        if (points > Integer.MAX_VALUE || points < -Integer.MAX_VALUE) {
            throw new BusinessRuleException(points + " points do not fit one ledger entry (at most "
                    + Integer.MAX_VALUE + " either way)");
        }
        return (int) points;
    }
}
