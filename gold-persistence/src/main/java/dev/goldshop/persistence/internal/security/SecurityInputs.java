package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.persistence.internal.mybatis.InetLiterals;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns what hosts pass to the login and alert facades (address text, JSON-like maps) into
 * what is stored, refusing with a {@link ValidationException} that names the field whatever
 * cannot be stored.
 */
final class SecurityInputs {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    SecurityInputs(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An IP address literal. Host names are refused, so no DNS lookup ever happens here.
     *
     * @param field the field's name, for the error
     * @param text the text, or null
     * @return the address, or null for null
     */
    static InetAddress ipAddress(String field, String text) {
        if (text == null) {
            return null;
        }
        if (!InetLiterals.isLiteral(text)) {
            throw ValidationException.of(field, text, "must be an IP address literal such as 192.0.2.10 or 2001:db8::1");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw ValidationException.of(field, text, "must be an IP address literal such as 192.0.2.10 or 2001:db8::1");
        }
    }

    /**
     * A map as JSON, no longer than a limit once written.
     *
     * @param field the field's name, for the error
     * @param map the map, or null
     * @param maxChars the longest JSON text accepted
     * @return the JSON, or null for a null or empty map
     */
    JsonNode tree(String field, Map<String, Object> map, int maxChars) {
        if (map == null || map.isEmpty()) {
            return null;
        }
        String text;
        try {
            text = json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(field, map.keySet(),
                    "must hold only JSON values (text, numbers, booleans, lists, maps): " + e.getOriginalMessage());
        }
        if (text.length() > maxChars) {
            throw ValidationException.of(field, text.length() + " characters of JSON",
                    "must be at most " + maxChars + " characters once written as JSON");
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON the engine just wrote could not be read back", e);
        }
    }

    /**
     * JSON as a map.
     *
     * @param node an object, or null
     * @return the map; empty for null
     */
    Map<String, Object> map(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        return json.convertValue(node, MAP);
    }

    /**
     * The address as text.
     *
     * @param address the address, or null
     * @return its literal, or null
     */
    static String text(InetAddress address) {
        return address == null ? null : address.getHostAddress();
    }
}
