package dev.goldshop.persistence.internal.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;

/**
 * JSON text of the customer JSONB columns, read with exact decimals: a custom number 0.1 must
 * come back as 0.1, not as the double nearest to it.
 */
final class CustomerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private CustomerJson() {
    }

    /**
     * Parses stored JSON.
     *
     * @param text the column's text, or {@code null}
     * @return the tree, or {@code null}
     */
    static JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StorageException(ErrorCode.INTERNAL, "stored customer JSON could not be read", e);
        }
    }

    /**
     * Writes JSON for a column.
     *
     * @param node the tree, or {@code null}
     * @return its text, or {@code null}
     */
    static String write(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StorageException(ErrorCode.INTERNAL, "customer JSON could not be written", e);
        }
    }

    /**
     * A node factory that keeps decimals exact.
     *
     * @return the factory
     */
    static JsonNodeFactory nodes() {
        return MAPPER.getNodeFactory();
    }
}
