package dev.goldshop.persistence.internal.error;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.GoldShopException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns PostgreSQL errors into the SDK's exceptions, so that no {@code SQLException} or
 * MyBatis exception reaches the host. The mapping follows the SQLSTATE classes: integrity
 * violations become validation, conflict or not-found errors; serialization failures and
 * deadlocks are retryable; connection and resource failures are storage errors.
 *
 * <p>Messages name the table, the column or the constraint, never the offending value:
 * a duplicate national id must not end up in an application log.
 */
public final class PostgresErrorTranslator {
    private static final Pattern MISSING_REFERENCE =
            Pattern.compile("Key \\(([^)]*)\\)=\\(([^)]*)\\) is not present in table \"([^\"]*)\"");
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)");

    /**
     * Whether the failure is worth retrying as a whole transaction.
     *
     * @param failure any failure thrown inside a transaction
     * @return true for serialization failures (40001) and deadlocks (40P01)
     */
    public boolean isRetryable(Throwable failure) {
        String state = sqlState(failure);
        return "40001".equals(state) || "40P01".equals(state);
    }

    /**
     * The SQLSTATE of the first {@link SQLException} in the cause chain.
     *
     * @param failure any failure
     * @return the state, or {@code null} if there is no SQL exception in the chain
     */
    public String sqlState(Throwable failure) {
        SQLException sql = findSqlException(failure);
        return sql == null ? null : sql.getSQLState();
    }

    /**
     * Translates a failure into an SDK exception. SDK exceptions pass through unchanged;
     * {@link Error}s are rethrown as they are.
     *
     * @param failure the failure
     * @return the exception to throw
     */
    public RuntimeException translate(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof GoldShopException sdk) {
            return sdk;
        }
        SQLException sql = findSqlException(failure);
        if (sql != null) {
            return translate(sql, failure);
        }
        if (failure instanceof org.apache.ibatis.exceptions.PersistenceException) {
            // A mapping failure inside MyBatis (a type handler refusing a value, a missing
            // statement): an SDK bug or misuse, never to be shown as a MyBatis exception.
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new StorageException(ErrorCode.INTERNAL, "the SDK could not map a statement: " + root.getMessage(),
                    failure);
        }
        // The host's own exceptions from inside a grouped transaction pass through unchanged.
        return (RuntimeException) failure;
    }

    private GoldShopException translate(SQLException sql, Throwable original) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String table = server == null ? null : server.getTable();
        String column = server == null ? null : server.getColumn();
        String constraint = server == null ? null : server.getConstraint();
        String detail = server == null ? null : server.getDetail();
        String serverText = server == null ? sql.getMessage() : server.getMessage();

        switch (state) {
            case "23505":
                return new ConflictException(ErrorCode.DUPLICATE,
                        "A " + describe(table) + " with the same " + keyColumns(detail, constraint)
                                + " already exists (constraint " + constraint + ")", original);
            case "23514":
                return new ValidationException(ErrorCode.CONSTRAINT_VIOLATED,
                        List.of(new FieldError(fieldOf(table, column, constraint), null,
                                "violates the rule " + constraint + " of " + describe(table))), original);
            case "23502":
                return new ValidationException(ErrorCode.CONSTRAINT_VIOLATED,
                        List.of(new FieldError(column == null ? "unknown" : column, null,
                                "is required for " + describe(table))), original);
            case "23503":
                if (detail != null && detail.contains("is still referenced")) {
                    return new BusinessRuleException(ErrorCode.BUSINESS_RULE,
                            "The " + describe(table) + " is still referenced (" + constraint
                                    + ") and cannot be removed", original);
                }
                Matcher missing = detail == null ? null : MISSING_REFERENCE.matcher(detail);
                if (missing != null && missing.find()) {
                    // Referenced keys are ids chosen by the SDK, never personal data.
                    return new NotFoundException(ErrorCode.REFERENCE_NOT_FOUND,
                            describe(missing.group(3)) + " (referenced by " + missing.group(1) + ")",
                            missing.group(2), original);
                }
                return new NotFoundException(ErrorCode.REFERENCE_NOT_FOUND,
                        "row referenced by " + describe(table), keyColumns(detail, constraint), original);
            case "23P01":
                return new ConflictException(ErrorCode.DUPLICATE,
                        "Overlaps an existing " + describe(table) + " (constraint " + constraint + ")", original);
            case "22001":
            case "22003":
            case "22P02":
            case "22007":
            case "22008":
                return new ValidationException(ErrorCode.CONSTRAINT_VIOLATED,
                        List.of(new FieldError(column == null ? "value" : column, null,
                                "is not accepted by the database: " + serverText)), original);
            case "40001":
            case "40P01":
                return new ConflictException(ErrorCode.CONCURRENT_UPDATE,
                        "Concurrent changes collided and retries did not resolve it; try again", original);
            case "P0001":
                // Raised by our own triggers (balanced journals, immutable entries): the text
                // is ours and already says what rule was broken.
                return new BusinessRuleException(ErrorCode.BUSINESS_RULE, serverText, original);
            default:
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                        || state.startsWith("58") || state.startsWith("XX")) {
                    return new StorageException(ErrorCode.STORAGE_UNAVAILABLE,
                            "The database is unavailable or failed (SQLSTATE " + state + "): " + serverText, original);
                }
                return new StorageException(ErrorCode.INTERNAL,
                        "The database refused a statement of the SDK (SQLSTATE " + state + "): " + serverText,
                        original);
        }
    }

    private static String describe(String table) {
        return table == null ? "row" : table.replace('_', ' ');
    }

    private static String keyColumns(String detail, String constraint) {
        if (detail != null) {
            Matcher m = KEY_COLUMNS.matcher(detail);
            if (m.find()) {
                return m.group(1);
            }
        }
        return constraint == null ? "key" : constraint;
    }

    private static String fieldOf(String table, String column, String constraint) {
        if (column != null) {
            return column;
        }
        if (constraint != null && table != null && constraint.startsWith("ck_" + table + "_")) {
            return constraint.substring(("ck_" + table + "_").length());
        }
        return constraint == null ? "value" : constraint;
    }

    private static SQLException findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // Batch errors hide the server's error behind getNextException.
                SQLException next = sql.getNextException();
                return next != null && sql.getSQLState() == null ? next : sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
