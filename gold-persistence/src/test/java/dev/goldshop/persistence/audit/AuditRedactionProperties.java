package dev.goldshop.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.testing.TestPostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * LOG-03 over random entity diffs: documents nested up to four levels, with secret fields
 * (in any spelling the redactor knows) at random depths and identifiers to mask, go through
 * the engine's audit writer into PostgreSQL; no secret value and no full identifier survives in
 * the stored JSON, while every ordinary value does.
 *
 * <p>Every string under a secret key, at any depth below it, is a {@code CANARY}; every
 * identifier is {@code NID-} and ten digits; ordinary strings are {@code PLAIN-} values.
 */
class AuditRedactionProperties {
    private static final List<String> PLAIN_KEYS = List.of("name", "total", "note", "items", "profile", "address",
            "lines", "weight");
    private static final List<String> SECRET_KEYS = List.of("password", "PASSWORD", "password_hash", "passwordHash",
            "token", "Token", "session_token", "sessionToken", "reset_token", "token_hash", "secret", "api_key",
            "new_password", "old_password", "hash");
    private static final List<String> MASKED_KEYS = List.of("national_id", "nationalId", "NATIONAL_ID", "tax_id",
            "passport_number", "iban", "card_number");

    private static AuditTestBed bed;

    @BeforeContainer
    static void open() {
        bed = AuditTestBed.on(TestPostgresServer.get().createMigratedDatabase(), null);
    }

    @AfterContainer
    static void close() {
        bed.close();
    }

    @Property(tries = 300)
    void no_secret_value_or_full_identifier_survives_in_the_stored_audit_json(
            @ForAll("documents") Map<String, Object> before, @ForAll("documents") Map<String, Object> after,
            @ForAll("documents") Map<String, Object> context) throws Exception {
        UUID resource = UUID.randomUUID();
        bed.record(CallContext.system("property"), new AuditEvent("update", "customer", resource, before, after,
                context));

        String stored = stored(resource);

        assertThat(stored).doesNotContain("CANARY").doesNotContain("NID-");
        for (Map<String, Object> document : List.of(before, after, context)) {
            for (String plain : plainValues(document, new ArrayList<>())) {
                assertThat(stored).contains(plain);
            }
        }
    }

    private static String stored(UUID resource) throws Exception {
        try (Connection c = bed.db.connect(); PreparedStatement s = c.prepareStatement("SELECT coalesce(old_data::text,"
                + " '') || coalesce(new_data::text, '') || coalesce(additional_context::text, '') FROM audit_logs"
                + " WHERE resource_id = ?")) {
            s.setObject(1, resource);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** The ordinary strings of a document, which redaction must keep. */
    private static List<String> plainValues(Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> plainValues(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> plainValues(v, out));
        } else if (node instanceof String text && text.startsWith("PLAIN-")) {
            out.add(text);
        }
        return out;
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        return document(4);
    }

    private static Arbitrary<Map<String, Object>> document(int depth) {
        Arbitrary<Map.Entry<String, Object>> entry = Arbitraries.frequencyOf(
                Tuple.of(5, plainEntry(depth)),
                Tuple.of(2, secretEntry(depth)),
                Tuple.of(1, maskedEntry()));
        return entry.list().ofMaxSize(5).map(entries -> {
            Map<String, Object> map = new LinkedHashMap<>();
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }

    private static Arbitrary<Map.Entry<String, Object>> plainEntry(int depth) {
        return Combinators.combine(Arbitraries.of(PLAIN_KEYS), plainValue(depth)).as(Map::entry);
    }

    private static Arbitrary<Object> plainValue(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).map(s -> "PLAIN-" + s),
                Arbitraries.integers().between(-1000, 1000).map(i -> i),
                Arbitraries.of(true, false).map(b -> b));
        if (depth == 0) {
            return leaf;
        }
        return Arbitraries.oneOf(leaf,
                Arbitraries.lazy(() -> document(depth - 1)).map(m -> m),
                Arbitraries.lazy(() -> document(depth - 1)).list().ofMaxSize(3).map(l -> l));
    }

    private static Arbitrary<Map.Entry<String, Object>> secretEntry(int depth) {
        Arbitrary<Object> canary = Arbitraries.strings().alpha().numeric().ofLength(10).map(s -> "CANARY" + s);
        Arbitrary<Object> value = depth == 0 ? canary
                : Arbitraries.oneOf(canary, Arbitraries.lazy(() -> document(depth - 1)).map(AuditRedactionProperties::canaries));
        return Combinators.combine(Arbitraries.of(SECRET_KEYS), value).as(Map::entry);
    }

    private static Arbitrary<Map.Entry<String, Object>> maskedEntry() {
        Arbitrary<Object> identifier = Arbitraries.strings().numeric().ofLength(10).map(s -> "NID-" + s);
        return Combinators.combine(Arbitraries.of(MASKED_KEYS), identifier).as(Map::entry);
    }

    /** A whole subtree under a secret key is secret: every string in it becomes a canary. */
    private static Object canaries(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, canaries(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(AuditRedactionProperties::canaries).toList();
        }
        return node instanceof String text ? "CANARY" + text.substring(text.indexOf('-') + 1) : node;
    }
}
