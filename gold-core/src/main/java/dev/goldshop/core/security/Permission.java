package dev.goldshop.core.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A right to do one thing to one kind of resource, written {@code resource:action}, for example
 * {@code invoice:void} or {@code customer.pii:read}. Roles hold sets of permissions; every
 * facade method names the one it needs. Deny by default: what is not granted is refused.
 *
 * @param resource the kind of resource, lower-case words joined by {@code _} or {@code .}
 * @param action the action, lower-case words joined by {@code _}
 */
public record Permission(String resource, String action) {
    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a part is not lower-case words
     */
    public Permission {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        if (!PART.matcher(resource).matches() || !PART.matcher(action).matches()) {
            throw new IllegalArgumentException("a permission is 'resource:action' in lower-case words, got '"
                    + resource + ":" + action + "'");
        }
    }

    /**
     * Parses {@code resource:action}.
     *
     * @param text for example {@code "invoice:void"}
     * @return the permission
     * @throws IllegalArgumentException if the text is not {@code resource:action}
     */
    public static Permission parse(String text) {
        if (text == null || text.indexOf(':') < 0 || text.indexOf(':') != text.lastIndexOf(':')) {
            throw new IllegalArgumentException("a permission is 'resource:action', for example 'invoice:void', got '"
                    + text + "'");
        }
        int colon = text.indexOf(':');
        return new Permission(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * The permission as stored in roles.
     *
     * @return {@code resource:action}
     */
    @Override
    public String toString() {
        return resource + ":" + action;
    }
}
