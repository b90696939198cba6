package dev.goldshop.benchmarks.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for NULL, backslash escapes),
 * built in memory and sent with one {@code COPY ... FROM STDIN}: the fastest way to load rows,
 * which is what the floor and the data generators use.
 */
final class CopyText {
    private final StringBuilder text;
    private boolean lineStarted;
    private long rows;

    /**
     * An empty buffer.
     *
     * @param expectedBytes a size hint
     */
    CopyText(int expectedBytes) {
        this.text = new StringBuilder(expectedBytes);
    }

    /**
     * Appends one field of the current row.
     *
     * @param value the value's text form as PostgreSQL reads it, or null for SQL NULL
     * @return this buffer
     */
    CopyText field(Object value) {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        text.append('\n');
        lineStarted = false;
        rows++;
    }

    /** @return rows ended so far */
    long rows() {
        return rows;
    }

    /** @return characters buffered */
    int length() {
        return text.length();
    }

    /**
     * Sends the buffered rows into a COPY that is open, and empties the buffer: a long load
     * streams while it is generated, so PostgreSQL parses one part while Java builds the next.
     *
     * @param copy the open {@code COPY ... FROM STDIN}
     * @throws SQLException if the connection fails
     */
    void sendTo(CopyIn copy) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        lineStarted = false;
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /**
     * Sends the rows with one COPY in the connection's current transaction, and empties the
     * buffer.
     *
     * @param connection the connection (a pool's or counter's wrapper is unwrapped)
     * @param copySql {@code COPY table (columns) FROM STDIN}
     * @return rows PostgreSQL loaded
     * @throws SQLException if PostgreSQL refuses a row
     */
    long copyInto(Connection connection, String copySql) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        lineStarted = false;
        rows = 0;
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new SQLException("could not send COPY data: " + e.getMessage(), e);
        }
    }
}
