package dev.goldshop.engine.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one audited module call did, as it goes into {@code audit_logs}. The engine redacts
 * the data (secrets removed, national ids masked) before it is stored, as for its own calls.
 *
 * @param action the action, for example {@code upload}, {@code delete}
 * @param resourceType the kind of resource, for example {@code image}
 * @param resourceId the resource, or {@code null}
 * @param oldData the state before, or {@code null}
 * @param newData the state after, or {@code null}
 * @param context further facts (sizes, counts, reasons), or an empty map
 */
public record AuditRecord(String action, String resourceType, UUID resourceId, Object oldData, Object newData,
        Map<String, Object> context) {

    /**
     * Validates and copies.
     */
    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceType, "resourceType");
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /**
     * A record with no before or after state, only facts.
     *
     * @param action the action
     * @param resourceType the kind of resource
     * @param resourceId the resource, or {@code null}
     * @return the record
     */
    public static AuditRecord of(String action, String resourceType, UUID resourceId) {
        return new AuditRecord(action, resourceType, resourceId, null, null, Map.of());
    }

    /**
     * A copy with one more fact.
     *
     * @param key the key
     * @param value the value, not null
     * @return the copy
     */
    public AuditRecord with(String key, Object value) {
        Map<String, Object> more = new HashMap<>(context);
        more.put(key, value);
        return new AuditRecord(action, resourceType, resourceId, oldData, newData, more);
    }
}
