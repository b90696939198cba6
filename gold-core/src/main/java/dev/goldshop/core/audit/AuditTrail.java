package dev.goldshop.core.audit;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.UUID;

/**
 * Reads the audit trail and proves it untouched. The trail is written by every other facade
 * (one row per change, refusal, login and reveal of personal data); this facade never changes
 * it. Reading the trail is itself audited: each call leaves a row of its own.
 *
 * <p>The permission is checked before the arguments: a caller without it is refused (and the
 * refusal audited) whatever it passes; an authorized call with a bad argument writes nothing.
 *
 * <p>Lists are read with keyset cursors: pass a page's {@link Page#nextCursor()} unchanged to
 * read the next page. Paging stays correct while new rows arrive: no row is returned twice and
 * no row that existed when paging began is skipped.
 */
public interface AuditTrail {

    /**
     * Audit rows matching a query, newest first (by time, then id). Needs
     * {@code audit:read}; the read is audited as action {@code read} on {@code audit_log}.
     *
     * @param ctx who calls
     * @param query the filters, {@link AuditQuery#all()} for none
     * @param page the cursor of the previous page (or none) and the page size
     * @return one page of rows
     * @throws ValidationException if {@code query} or {@code page} is null, or the cursor is not
     *     one this method returned (field {@code cursor})
     * @throws PermissionDeniedException if the actor lacks {@code audit:read}; the refusal is
     *     audited and nothing else is written
     */
    Page<AuditEntry> query(CallContext ctx, AuditQuery query, PageRequest page);

    /**
     * The whole history of one resource, oldest first (by time, then id), so that it reads as
     * the story of the resource. Needs {@code audit:read}; the read is audited as action
     * {@code read} on {@code audit_log}.
     *
     * @param ctx who calls
     * @param resourceType the kind of resource, for example {@code invoice}
     * @param resourceId the resource
     * @param page the cursor of the previous page (or none) and the page size
     * @return one page of rows; an empty page for a resource without rows
     * @throws ValidationException if the type is blank, too long or holds control characters,
     *     the id or page is null, or the cursor is not one this method returned (field
     *     {@code cursor})
     * @throws PermissionDeniedException if the actor lacks {@code audit:read}; the refusal is
     *     audited and nothing else is written
     */
    Page<AuditEntry> history(CallContext ctx, String resourceType, UUID resourceId, PageRequest page);

    /**
     * Walks every hash chain of the trail in the database and reports the first broken link of
     * each: a row whose content no longer matches its hash (edited), a row that does not link to
     * the row before it (a row removed or rows reordered), a gap in the sequence numbers, a
     * chain head that does not match the chain's last row (tail removed), and rows outside every
     * chain. Needs {@code audit:verify}; the check and its result are audited as action
     * {@code verify} on {@code audit_log}.
     *
     * <p>Cost grows with the trail: every row is read and hashed once, in one transaction (about
     * 3 seconds per 100,000 rows on a 2-core machine). Run it from a scheduled job or on demand,
     * not on every request.
     *
     * @param ctx who calls
     * @return how many rows were checked and the breaks found
     * @throws PermissionDeniedException if the actor lacks {@code audit:verify}; the refusal is
     *     audited and nothing else is written
     */
    ChainVerification verify(CallContext ctx);
}
