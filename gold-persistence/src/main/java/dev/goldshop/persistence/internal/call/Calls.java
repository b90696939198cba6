package dev.goldshop.persistence.internal.call;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.security.Permission;
import dev.goldshop.engine.spi.AuditRecord;
import dev.goldshop.engine.spi.AuditedResult;
import dev.goldshop.engine.spi.ModuleCalls;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.AuthorizationMapper;
import dev.goldshop.persistence.internal.security.Authorizer;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one path of every facade call: check the permission, run the work in a transaction,
 * write the call's audit row in that same transaction, commit. Facade implementations are one
 * line over these methods.
 *
 * <p>A refused call throws {@link PermissionDeniedException} before any work runs, and leaves
 * exactly one trace: the audit row of the refusal, written in a transaction of its own (so it
 * stays even when the caller's group of calls rolls back).
 */
public final class Calls implements ModuleCalls {
    private final TransactionRunner transactions;
    private final Authorizer authorizer;
    private final AuditWriter audit;
    private final Clock clock;

    /**
     * Creates the call path.
     *
     * @param transactions the transaction runner
     * @param authorizer the authorizer
     * @param audit the audit writer
     * @param clock the engine's clock
     */
    public Calls(TransactionRunner transactions, Authorizer authorizer, AuditWriter audit, Clock clock) {
        this.transactions = transactions;
        this.authorizer = authorizer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A read: authorized, not audited.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param work the read
     * @param <T> the result type
     * @return the result
     */
    @Override
    public <T> T read(CallContext ctx, Permission permission, Function<Tx, T> work) {
        authorize(ctx, permission);
        return transactions.inTransaction(seeingOwnWrites(work));
    }

    /**
     * A read of one statement (a search, a lookup): authorized, not audited, and run without
     * an explicit transaction, which spares the COMMIT round trip. Joins the caller's
     * transaction if there is one.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param work the read; one statement, no writes, no locks
     * @param <T> the result type
     * @return the result
     */
    public <T> T readOneStatement(CallContext ctx, Permission permission, Function<Tx, T> work) {
        authorize(ctx, permission);
        return transactions.inSingleStatementRead(seeingOwnWrites(work));
    }

    /**
     * A read that reveals sensitive data (national ids, documents, the audit trail itself):
     * authorized, and audited with action {@code read}.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param resourceType what is read
     * @param resourceId which one, or null for a list
     * @param work the read
     * @param <T> the result type
     * @return the result
     */
    @Override
    public <T> T readAudited(CallContext ctx, Permission permission, String resourceType, UUID resourceId,
            Function<Tx, T> work) {
        authorize(ctx, permission);
        return transactions.inTransaction(tx -> {
            T result = seeingOwnWrites(work).apply(tx);
            audit.write(tx, ctx, new AuditEvent("read", resourceType, resourceId, null, null, Map.of()),
                    AuditWriter.SUCCESS);
            return result;
        });
    }

    /**
     * A read inside a host's group of calls sees what the group's earlier calls wrote, also the
     * rows a transaction collects until commit (audit rows).
     */
    private static <T> Function<Tx, T> seeingOwnWrites(Function<Tx, T> work) {
        return tx -> {
            TransactionRunner.flushCollected(tx);
            return work.apply(tx);
        };
    }

    /**
     * A change: authorized, run, and audited by exactly one row in the same transaction.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param work the change, returning its result and its audit event
     * @param <T> the result type
     * @return the result
     */
    public <T> T write(CallContext ctx, Permission permission, Function<Tx, Audited<T>> work) {
        authorize(ctx, permission);
        return writeAuthorized(ctx, work);
    }

    /**
     * A change that needs no permission beyond who the caller is (logging out, changing one's
     * own password, a login): still one transaction and one audit row.
     *
     * @param ctx who calls
     * @param work the change, returning its result and its audit event
     * @param <T> the result type
     * @return the result
     */
    public <T> T writeAuthorized(CallContext ctx, Function<Tx, Audited<T>> work) {
        Objects.requireNonNull(ctx, "ctx");
        return transactions.inTransaction(tx -> {
            Audited<T> done = work.apply(tx);
            audit.write(tx, ctx, done.event(), AuditWriter.SUCCESS);
            return done.result();
        });
    }

    @Override
    public <T> T change(CallContext ctx, Permission permission, Function<Tx, AuditedResult<T>> work) {
        return write(ctx, permission, tx -> {
            AuditedResult<T> done = work.apply(tx);
            return Audited.of(done.result(), toEvent(done.audit()));
        });
    }

    @Override
    public void recordFailure(CallContext ctx, AuditRecord record) {
        recordOutcome(ctx, toEvent(record), AuditWriter.FAILURE);
    }

    /**
     * The engine's form of a module's audit record.
     *
     * @param record the module's record
     * @return the event
     */
    public static AuditEvent toEvent(AuditRecord record) {
        return new AuditEvent(record.action(), record.resourceType(), record.resourceId(), record.oldData(),
                record.newData(), record.context());
    }

    /**
     * Records an event that is not a change of data by the caller, such as a failed login or a
     * refusal, in a transaction of its own: it stays even when the caller's surrounding
     * transaction (a host's group of calls) rolls back.
     *
     * @param ctx who called (or the system, for an unknown user)
     * @param event what happened
     * @param outcome {@link AuditWriter#FAILURE} or {@link AuditWriter#DENIED}
     */
    public void recordOutcome(CallContext ctx, AuditEvent event, String outcome) {
        try {
            transactions.inNewTransaction(tx -> {
                audit.write(tx, ctx, event, outcome);
                return null;
            });
        } catch (NotFoundException unknownActor) {
            // The caller named a user or session that does not exist: record the attempt
            // without the references the foreign keys refuse, keeping the claimed ids as facts.
            transactions.inNewTransaction(tx -> {
                audit.writeUnattributed(tx, ctx, event, outcome);
                return null;
            });
        }
    }

    /**
     * Refuses the call unless the actor holds the permission; a refusal is audited.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @throws PermissionDeniedException if refused
     */
    @Override
    public void authorize(CallContext ctx, Permission permission) {
        Objects.requireNonNull(ctx, "a CallContext is required for every call");
        if (!authorizer.allows(ctx, permission)) {
            recordOutcome(ctx, new AuditEvent("access_denied", permission.resource(), null, null, null,
                    Map.of("permission", permission.toString())), AuditWriter.DENIED);
            throw authorizer.denial(ctx, permission);
        }
    }

    /**
     * Whether the actor holds a permission, without auditing (for optional extras such as
     * unmasked personal data).
     *
     * @param ctx who calls
     * @param permission the permission
     * @return true if held
     */
    public boolean holds(CallContext ctx, Permission permission) {
        return authorizer.allows(ctx, permission);
    }

    /**
     * Announces, in the current transaction, that users or roles changed: after commit every
     * engine on the database drops its cached permissions.
     *
     * @param tx the transaction of the change
     */
    public void permissionsChanged(Tx tx) {
        tx.mapper(AuthorizationMapper.class).notifyChange(Authorizer.CHANGE);
        tx.afterCommit(authorizer::invalidateAll);
    }

    /**
     * The engine's clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The transaction runner, for work that must run in its own transaction.
     *
     * @return the runner
     */
    public TransactionRunner transactions() {
        return transactions;
    }

    /**
     * The audit writer, for calls that write more than one audited outcome.
     *
     * @return the writer
     */
    public AuditWriter audit() {
        return audit;
    }
}
