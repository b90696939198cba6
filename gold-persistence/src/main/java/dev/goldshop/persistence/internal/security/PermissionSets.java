package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Permission sets between the API ({@code Set<Permission>}) and the JSONB arrays of strings in
 * {@code roles} and {@code permission_templates}. Only the permissions of {@link Permissions#ALL}
 * are accepted: a typo in a role would otherwise grant nothing and look as if it did.
 */
final class PermissionSets {
    private static final Map<String, Integer> ORDER = new HashMap<>();

    static {
        for (int i = 0; i < Permissions.ALL.size(); i++) {
            ORDER.put(Permissions.ALL.get(i).toString(), i);
        }
    }

    private PermissionSets() {
    }

    /**
     * Adds a field error if the set is null, holds null, or holds unknown permissions.
     *
     * @param errors where errors go
     * @param field the field name
     * @param permissions the set
     */
    static void validate(List<FieldError> errors, String field, Set<Permission> permissions) {
        if (permissions == null) {
            errors.add(new FieldError(field, null, "is required (an empty set grants nothing)"));
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (Permission permission : permissions) {
            if (permission == null) {
                unknown.add("null");
            } else if (!ORDER.containsKey(permission.toString())) {
                unknown.add(permission.toString());
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(Comparator.naturalOrder());
            errors.add(new FieldError(field, String.join(", ", unknown), "holds unknown permissions " + unknown
                    + "; the known ones are the constants of dev.goldshop.core.security.Permissions (Permissions.ALL),"
                    + " for example " + Permissions.INVOICE_READ));
        }
    }

    /**
     * The set as a JSON array of strings, in the order of {@link Permissions#ALL}.
     *
     * @param permissions validated permissions
     * @return the array
     */
    static ArrayNode toJson(Set<Permission> permissions) {
        TreeSet<String> sorted = new TreeSet<>(Comparator.comparingInt(ORDER::get));
        permissions.forEach(p -> sorted.add(p.toString()));
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        sorted.forEach(array::add);
        return array;
    }

    /**
     * The permissions of a stored array. Strings that are not {@code resource:action} are
     * skipped: they grant nothing, so showing them as permissions would mislead.
     *
     * @param stored the JSON array
     * @return the permissions
     */
    static Set<Permission> fromJson(JsonNode stored) {
        Set<Permission> permissions = new HashSet<>();
        if (stored != null) {
            for (JsonNode element : stored) {
                try {
                    permissions.add(Permission.parse(element.asText()));
                } catch (IllegalArgumentException notAPermission) {
                    // Written by hand into the database; the authorizer never matches it either.
                }
            }
        }
        return permissions;
    }

    /**
     * The permissions of a stored array as the strings the authorizer compares.
     *
     * @param stored the JSON array
     * @return the strings
     */
    static Set<String> strings(JsonNode stored) {
        Set<String> strings = new HashSet<>();
        if (stored != null) {
            stored.forEach(element -> strings.add(element.asText()));
        }
        return strings;
    }
}
