package dev.goldshop.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail, as a reader sees it.
 *
 * <p>{@code oldData}, {@code newData} and {@code additionalContext} are JSON text (an object,
 * usually), because gold-core carries no JSON library; parse them with the host's own. They
 * were redacted when written: secrets are absent and personal identifiers masked.
 *
 * @param id the row's id
 * @param createdAt when the call happened, on the engine's clock, to the microsecond (UTC instant)
 * @param userId the acting user, or {@code null} for the system or an unknown user
 * @param actorName the actor's name at the time ({@code system:<job>} for jobs), or {@code null}
 * @param sessionId the acting session, or {@code null}
 * @param actionType what was done, for example {@code create}, {@code update}, {@code login},
 *     {@code read}, {@code access_denied}
 * @param resourceType the kind of resource, for example {@code user}, {@code invoice}
 * @param resourceId the resource, or {@code null} (lists, logins of unknown users)
 * @param outcome how the call ended
 * @param oldData the state before as JSON text, or {@code null}
 * @param newData the state after as JSON text, or {@code null}
 * @param additionalContext further facts as JSON text (reason, counts, the refused permission),
 *     or {@code null}
 * @param ipAddress the client's address as text, or {@code null}
 * @param userAgent the client's user agent, with CR, LF and other control characters escaped
 *     (so it is always one line), or {@code null}
 * @param chainId the hash chain the row belongs to (0 to 7); {@code null} only for a row that
 *     was inserted behind the SDK's back without the chaining trigger
 * @param chainSeq the row's position in its chain, from 1; {@code null} as for {@code chainId}
 * @param hash the row's SHA-256 chain hash, 64 hex digits; {@code null} as for {@code chainId}
 */
public record AuditEntry(UUID id, Instant createdAt, UUID userId, String actorName, UUID sessionId,
        String actionType, String resourceType, UUID resourceId, AuditOutcome outcome, String oldData,
        String newData, String additionalContext, String ipAddress, String userAgent, Integer chainId,
        Long chainSeq, String hash) {
}
