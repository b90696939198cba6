package dev.goldshop.persistence.testing;

import dev.goldshop.engine.GoldShop;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One database of the test server, given to a test class by {@link PostgresExtension}.
 * Migrated unless it came from {@link #createEmptyDatabase()}.
 */
public final class TestDatabase {
    private final TestPostgresServer server;
    private final String name;

    TestDatabase(TestPostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * An unpooled data source on this database (a new connection per call).
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return server.dataSource(name);
    }

    /**
     * The JDBC URL of this database.
     *
     * @return the URL
     */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /**
     * The database user.
     *
     * @return the user
     */
    public String user() {
        return server.user();
    }

    /**
     * The user's password.
     *
     * @return the password (may be empty)
     */
    public String password() {
        return server.password();
    }

    /**
     * The database's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * A new auto-commit connection; the caller closes it.
     *
     * @return the connection
     * @throws SQLException if the server refuses
     */
    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /**
     * An engine builder on this database with a pool the engine owns; add a clock or modules
     * and build.
     *
     * @return the builder
     */
    public GoldShop.Builder engineBuilder() {
        return GoldShop.builder().jdbcUrl(jdbcUrl(), user(), password());
    }

    /**
     * Another fresh, migrated database on the same server.
     *
     * @return the database
     */
    public TestDatabase createMigratedDatabase() {
        return server.createMigratedDatabase();
    }

    /**
     * A fresh, empty database (no migrations) on the same server.
     *
     * @return the database
     */
    public TestDatabase createEmptyDatabase() {
        return server.createEmptyDatabase();
    }

    /**
     * Drops this database, ending its connections.
     */
    public void drop() {
        server.drop(name);
    }

    @Override
    public String toString() {
        return name + " on the " + server.kind() + " test server";
    }
}
