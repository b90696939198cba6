package dev.goldshop.persistence.internal.audit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one audited call did, as it goes into {@code audit_logs}. Old and new data are any
 * objects Jackson can write (records, maps); they are redacted before they are stored.
 *
 * @param action the action, for example {@code create}, {@code update}, {@code login}
 * @param resourceType the kind of resource, for example {@code user}
 * @param resourceId the resource, or {@code null}
 * @param oldData the state before, or {@code null}
 * @param newData the state after, or {@code null}
 * @param context further facts (reason, counts), or an empty map
 */
public record AuditEvent(String action, String resourceType, UUID resourceId, Object oldData, Object newData,
        Map<String, Object> context) {

    /**
     * Validates and copies.
     */
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceType, "resourceType");
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /**
     * A creation.
     *
     * @param resourceType the kind of resource
     * @param id the new resource
     * @param created its state
     * @return the event
     */
    public static AuditEvent created(String resourceType, UUID id, Object created) {
        return new AuditEvent("create", resourceType, id, null, created, Map.of());
    }

    /**
     * An update.
     *
     * @param resourceType the kind of resource
     * @param id the resource
     * @param before its state before
     * @param after its state after
     * @return the event
     */
    public static AuditEvent updated(String resourceType, UUID id, Object before, Object after) {
        return new AuditEvent("update", resourceType, id, before, after, Map.of());
    }

    /**
     * A deletion.
     *
     * @param resourceType the kind of resource
     * @param id the resource
     * @param before its state before
     * @return the event
     */
    public static AuditEvent deleted(String resourceType, UUID id, Object before) {
        return new AuditEvent("delete", resourceType, id, before, null, Map.of());
    }

    /**
     * A copy with one more context entry.
     *
     * @param key the key
     * @param value the value
     * @return the copy
     */
    public AuditEvent with(String key, Object value) {
        java.util.Map<String, Object> more = new java.util.HashMap<>(context);
        more.put(key, value);
        return new AuditEvent(action, resourceType, resourceId, oldData, newData, more);
    }
}
