package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.loyalty.EntryRow;
import dev.goldshop.persistence.internal.loyalty.ExpiringRow;
import dev.goldshop.persistence.internal.loyalty.LotRow;
import dev.goldshop.persistence.internal.loyalty.ProgramRow;
import dev.goldshop.persistence.internal.loyalty.TakebackRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Loyalty: programmes, the append-only points ledger, each customer's balance row (changed only
 * by {@link #addToBalance}, which refuses to go below zero), the unspent lots, and the
 * take-backs of returns.
 */
public interface LoyaltyMapper {
    // ------------------------------------------------------------------ programmes

    /**
     * Stores a programme.
     *
     * @param row the programme
     * @return rows inserted
     */
    int insertProgram(@Param("row") ProgramRow row);

    /**
     * Replaces a programme's settings if its version is the one read, bumping it.
     *
     * @param row the programme with the version read
     * @return 1, or 0 if the version moved on
     */
    int updateProgram(@Param("row") ProgramRow row);

    /**
     * Makes every programme but one inactive.
     *
     * @param keepId the programme to leave alone
     * @param now the time
     * @return how many stopped being active
     */
    int deactivateOthers(@Param("keepId") UUID keepId, @Param("now") Instant now);

    /**
     * A programme.
     *
     * @param id its id
     * @return the row, or null
     */
    ProgramRow selectProgramById(@Param("id") UUID id);

    /**
     * The active programme.
     *
     * @return the row, or null if none is active
     */
    ProgramRow selectActiveProgram();

    /**
     * Every programme, newest first.
     *
     * @return the rows
     */
    List<ProgramRow> selectPrograms();

    // ------------------------------------------------------------------ customers and balances

    /**
     * Whether a customer exists.
     *
     * @param customerId the customer
     * @return true if so
     */
    boolean customerExists(@Param("customerId") UUID customerId);

    /**
     * Opens a customer's balance at zero if it is not open yet.
     *
     * @param customerId the customer
     * @param now the time
     * @return 1 if opened, 0 if it was open
     */
    int insertBalance(@Param("customerId") UUID customerId, @Param("now") Instant now);

    /**
     * Locks a customer's balance row for the rest of the transaction, so that the customer's
     * ledger changes one at a time.
     *
     * @param customerId the customer
     * @return the balance, or null if not open
     */
    Long lockBalance(@Param("customerId") UUID customerId);

    /**
     * Adds a signed number of points to a balance, only if it stays at zero or above.
     *
     * @param customerId the customer
     * @param delta the change
     * @param now the time
     * @return the balance after, or null if it would go below zero (nothing changed)
     */
    Long addToBalance(@Param("customerId") UUID customerId, @Param("delta") long delta, @Param("now") Instant now);

    /**
     * A customer's balance.
     *
     * @param customerId the customer
     * @return the balance, or null if never opened
     */
    Long selectBalance(@Param("customerId") UUID customerId);

    /**
     * Every customer's points, added up.
     *
     * @return the total
     */
    long sumBalances();

    // ------------------------------------------------------------------ the ledger

    /**
     * Appends an entry.
     *
     * @param row the entry
     * @return rows inserted
     */
    int insertEntry(@Param("row") EntryRow row);

    /**
     * The entry recorded under an idempotency key.
     *
     * @param key the key
     * @return the row, or null
     */
    EntryRow selectEntryByKey(@Param("key") String key);

    /**
     * A page of a customer's entries, newest first.
     *
     * @param customerId the customer
     * @param afterCreatedAt the time of the last entry of the previous page, or null
     * @param afterId its id
     * @param limit how many
     * @return the rows
     */
    List<EntryRow> selectPage(@Param("customerId") UUID customerId, @Param("afterCreatedAt") Instant afterCreatedAt,
            @Param("afterId") UUID afterId, @Param("limit") int limit);

    /**
     * Points earned by a customer since a time (or ever), less what returns took back since then.
     *
     * @param customerId the customer
     * @param since the start, or null for ever
     * @return the points (may be negative when a return takes back points earned before the window)
     */
    long qualifyingPoints(@Param("customerId") UUID customerId, @Param("since") Instant since);

    /**
     * Points earned on a sale's payments.
     *
     * @param invoiceId the sale
     * @return the points
     */
    long earnedOnSale(@Param("invoiceId") UUID invoiceId);

    /**
     * Points spent paying a sale.
     *
     * @param invoiceId the sale
     * @return the points (positive)
     */
    long redeemedOnSale(@Param("invoiceId") UUID invoiceId);

    /**
     * Points the returns of a sale gave back for what it was paid with in points.
     *
     * @param invoiceId the sale
     * @return the points
     */
    long paidBackOnSale(@Param("invoiceId") UUID invoiceId);

    // ------------------------------------------------------------------ lots

    /**
     * Stores a lot.
     *
     * @param row the lot
     * @return rows inserted
     */
    int insertLot(@Param("row") LotRow row);

    /**
     * A customer's lots with points left, oldest first (call with the balance row locked).
     *
     * @param customerId the customer
     * @return the lots
     */
    List<LotRow> selectOpenLots(@Param("customerId") UUID customerId);

    /**
     * Takes points from a lot.
     *
     * @param entryId the lot
     * @param points how many, at most what is left
     * @return 1, or 0 if it holds fewer
     */
    int takeFromLot(@Param("entryId") UUID entryId, @Param("points") int points);

    /**
     * Customers with lots past their expiry date, in id order (the order their balances are
     * locked in).
     *
     * @param before the first date that has not expired
     * @return the customers
     */
    List<UUID> selectCustomersWithExpiredLots(@Param("before") LocalDate before);

    /**
     * A customer's lots with points left whose expiry date is before a date, oldest first.
     *
     * @param customerId the customer
     * @param before the first date that has not expired
     * @return the lots
     */
    List<LotRow> selectExpiredLots(@Param("customerId") UUID customerId, @Param("before") LocalDate before);

    /**
     * A customer's unspent points by expiry date, within a range of dates.
     *
     * @param customerId the customer
     * @param from the first date
     * @param to the last date
     * @return the points by date, soonest first
     */
    List<ExpiringRow> selectExpiring(@Param("customerId") UUID customerId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    // ------------------------------------------------------------------ take-backs

    /**
     * Records what a return took back.
     *
     * @param row the take-back
     * @return rows inserted
     */
    int insertTakeback(@Param("row") TakebackRow row);

    /**
     * Points the returns of a sale took back so far.
     *
     * @param saleId the sale
     * @return the points
     */
    long takenBackFromSale(@Param("saleId") UUID saleId);

    // ------------------------------------------------------------------ the books

    /**
     * The balance of an account (credits - debits, as a liability is read).
     *
     * @param accountCode the account
     * @return the balance
     */
    BigDecimal creditBalance(@Param("accountCode") String accountCode);
}
