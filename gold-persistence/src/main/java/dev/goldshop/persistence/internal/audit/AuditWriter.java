package dev.goldshop.persistence.internal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.AuditMapper;
import dev.goldshop.persistence.internal.mybatis.InetLiterals;
import dev.goldshop.persistence.internal.tx.BatchWriter;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes audit rows: who (actor, session), when (the engine's clock), where (IP, user agent),
 * what (action, resource, redacted old and new data) and how it ended. Always in the caller's
 * transaction, so an audit row exists exactly when its change does: collected while the
 * transaction runs and inserted together just before it commits.
 */
public final class AuditWriter {
    /** Outcome of a call that did what it was asked. */
    public static final String SUCCESS = "success";
    /** Outcome of a call refused by authorization. */
    public static final String DENIED = "denied";
    /** Outcome of a call that failed (for example a failed login). */
    public static final String FAILURE = "failure";
    private static final int MAX_USER_AGENT = 512;
    private static final int ROWS_PER_STATEMENT = 500;
    /**
     * A call's audit row is written with the transaction's other audit rows just before it
     * commits: one insert for a sale's five calls, and the audit chain's head (which the chaining
     * trigger locks until commit) is held for the commit only, not for the whole transaction.
     */
    private static final BatchWriter<AuditRow> ROWS = AuditWriter::insertAll;

    private final ObjectMapper json;
    private final Redactor redactor = new Redactor();
    private final Clock clock;
    private final IdGenerator ids;

    /**
     * Creates the writer.
     *
     * @param json the engine's JSON mapper
     * @param clock the engine's clock
     * @param ids the engine's id generator
     */
    public AuditWriter(ObjectMapper json, Clock clock, IdGenerator ids) {
        this.json = json;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Appends one row in the transaction.
     *
     * @param tx the transaction of the change
     * @param ctx who called
     * @param event what happened
     * @param outcome {@link #SUCCESS}, {@link #DENIED} or {@link #FAILURE}
     */
    public void write(Tx tx, CallContext ctx, AuditEvent event, String outcome) {
        write(tx, ctx, event, outcome, true);
    }

    /**
     * Appends one row that names the claimed user and session only as facts in its context,
     * for callers whose user or session does not exist.
     *
     * @param tx the transaction
     * @param ctx who claimed to call
     * @param event what happened
     * @param outcome the outcome
     */
    public void writeUnattributed(Tx tx, CallContext ctx, AuditEvent event, String outcome) {
        AuditEvent withClaims = event.with("claimed_user_id", String.valueOf(ctx.actor().userId()))
                .with("claimed_session_id", String.valueOf(ctx.sessionId()));
        write(tx, ctx, withClaims, outcome, false);
    }

    private void write(Tx tx, CallContext ctx, AuditEvent event, String outcome, boolean attributed) {
        ObjectNode context = json.createObjectNode();
        for (Map.Entry<String, Object> entry : event.context().entrySet()) {
            context.set(entry.getKey(), json.valueToTree(entry.getValue()));
        }
        if (ctx.reason() != null) {
            context.put("reason", escape(ctx.reason()));
        }
        InetAddress ip = parseIp(ctx.ipAddress());
        if (ip == null && ctx.ipAddress() != null) {
            context.put("unparsed_ip", escape(ctx.ipAddress()));
        }
        AuditRow row = new AuditRow(ids.newId(), attributed ? ctx.actor().userId() : null,
                attributed ? ctx.sessionId() : null, event.action(),
                event.resourceType(), event.resourceId(), tree(event.oldData()), tree(event.newData()), ip,
                ctx.userAgent() == null ? null : truncate(escape(ctx.userAgent())),
                context.isEmpty() ? null : redactor.redact(context),
                clock.instant().truncatedTo(ChronoUnit.MICROS), outcome,
                ctx.actor().isSystem() ? "system:" + ctx.actor().name() : ctx.actor().name());
        TransactionRunner.writeBeforeCommit(tx, ROWS, row);
    }

    /**
     * Inserts a transaction's audit rows in statements of at most {@value #ROWS_PER_STATEMENT}
     * (14 parameters each, well under the protocol's 32,767), in the order they were written, so
     * the chaining trigger links them in that order.
     */
    private static void insertAll(Tx tx, List<AuditRow> rows) {
        AuditMapper mapper = tx.mapper(AuditMapper.class);
        if (rows.size() == 1) {
            mapper.insert(rows.get(0));
            return;
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            mapper.insertAll(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private JsonNode tree(Object data) {
        if (data == null) {
            return null;
        }
        JsonNode node = data instanceof JsonNode given ? given.deepCopy() : json.valueToTree(data);
        return redactor.redact(node);
    }

    private static InetAddress parseIp(String text) {
        if (text == null || !InetLiterals.isLiteral(text)) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * Escapes CR, LF and other control characters, so that a crafted value stays one line in
     * any log or report built from the trail.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_USER_AGENT ? text : text.substring(0, MAX_USER_AGENT);
    }
}
