package dev.goldshop.persistence.internal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps secrets and personal identifiers out of audit JSON: secrets (passwords, hashes,
 * tokens) are removed, national ids and similar identifiers are masked to their last four
 * characters. Field names are matched case-insensitively, ignoring {@code _}, so that
 * {@code password_hash} and {@code passwordHash} are the same field.
 */
public final class Redactor {
    private static final Set<String> REMOVED = Set.of("password", "passwordhash", "newpassword", "oldpassword",
            "token", "sessiontoken", "resettoken", "tokenhash", "secret", "apikey", "hash");
    private static final Set<String> MASKED = Set.of("nationalid", "taxid", "passportnumber", "iban", "cardnumber");

    /**
     * Redacts a tree in place and returns it.
     *
     * @param node the JSON, or {@code null}
     * @return the same node, redacted
     */
    public JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String key = normalise(name);
                if (REMOVED.contains(key)) {
                    object.remove(name);
                } else if (MASKED.contains(key) && object.get(name).isTextual()) {
                    object.set(name, TextNode.valueOf(mask(object.get(name).asText())));
                } else {
                    redact(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                redact(it.next());
            }
        }
        return node;
    }

    /**
     * Masks an identifier to its last four characters.
     *
     * @param value the identifier
     * @return for example {@code ****4321}
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 4 ? "****" : "****" + value.substring(value.length() - 4);
    }

    /**
     * Whether a field of this name is removed from audit data.
     *
     * @param field the field name
     * @return true for secrets
     */
    public boolean isSecret(String field) {
        return REMOVED.contains(normalise(field));
    }

    private static String normalise(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
