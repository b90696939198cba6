package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.audit.AuditTrail;
import dev.goldshop.core.audit.ChainBreak;
import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.AuditQueryMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail facade over {@code audit_logs}. Reads are audited like every reveal of
 * sensitive data; a verification is recorded with its result, so that the trail shows who
 * checked it, when, and what they were told.
 */
final class AuditTrailService implements AuditTrail {
    /** The resource type of the trail itself in audit rows about reading or verifying it. */
    static final String RESOURCE = "audit_log";

    private final Calls calls;
    private final ChainVerifier verifier = new ChainVerifier();

    AuditTrailService(Calls calls) {
        this.calls = calls;
    }

    // Arguments are checked inside the authorized call: a caller without audit:read is refused
    // whatever they pass, and learns nothing from validation messages. A rejected argument
    // rolls the read back before its audit row is written, so nothing is written.

    @Override
    public Page<AuditEntry> query(CallContext ctx, AuditQuery query, PageRequest page) {
        return calls.readAudited(ctx, Permissions.AUDIT_READ, RESOURCE, null, tx -> {
            required("query", query, "use AuditQuery.all() for no filter");
            required("page", page, "use PageRequest.first() for the first page");
            AuditCursor after = AuditCursor.decode(page.cursor(), AuditCursor.Order.NEWEST_FIRST);
            List<AuditEntry> rows = tx.mapper(AuditQueryMapper.class)
                    .selectPage(AuditSearch.of(query, after, page.limit() + 1));
            return page(rows, page.limit(), AuditCursor.Order.NEWEST_FIRST);
        });
    }

    @Override
    public Page<AuditEntry> history(CallContext ctx, String resourceType, UUID resourceId, PageRequest page) {
        return calls.readAudited(ctx, Permissions.AUDIT_READ, RESOURCE, null, tx -> {
            required("resourceType", resourceType, "name the kind of resource, for example 'invoice'");
            required("resourceId", resourceId, "name the resource whose history is read");
            required("page", page, "use PageRequest.first() for the first page");
            // The type is checked by the same rules as a query's filter.
            AuditQuery resource = AuditQuery.builder().resourceType(resourceType).resourceId(resourceId).build();
            AuditCursor after = AuditCursor.decode(page.cursor(), AuditCursor.Order.OLDEST_FIRST);
            List<AuditEntry> rows = tx.mapper(AuditQueryMapper.class)
                    .selectHistoryPage(AuditSearch.of(resource, after, page.limit() + 1));
            return page(rows, page.limit(), AuditCursor.Order.OLDEST_FIRST);
        });
    }

    @Override
    public ChainVerification verify(CallContext ctx) {
        return calls.write(ctx, Permissions.AUDIT_VERIFY, tx -> {
            ChainVerification result = verifier.verify(tx.mapper(AuditQueryMapper.class));
            return Audited.of(result, new AuditEvent("verify", RESOURCE, null, null, null, facts(result)));
        });
    }

    private static Map<String, Object> facts(ChainVerification result) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("ok", result.ok());
        facts.put("rows", result.rowsChecked());
        facts.put("chains", result.chainsChecked());
        facts.put("breaks", result.breaks().size());
        result.firstBreak().ifPresent(first -> facts.put("first_break", describe(first)));
        return facts;
    }

    private static Map<String, Object> describe(ChainBreak broken) {
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("chain", broken.chainId());
        at.put("sequence", broken.sequence());
        at.put("problem", broken.problem().code());
        if (broken.rowId() != null) {
            at.put("row_id", broken.rowId().toString());
        }
        return at;
    }

    private static Page<AuditEntry> page(List<AuditEntry> rows, int limit, AuditCursor.Order order) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<AuditEntry> items = rows.subList(0, limit);
        AuditEntry last = items.get(limit - 1);
        return new Page<>(items, Optional.of(new AuditCursor(order, last.createdAt(), last.id()).encode()));
    }

    private static void required(String field, Object value, String hint) {
        if (value == null) {
            throw ValidationException.of(field, null, "is required: " + hint);
        }
    }
}
