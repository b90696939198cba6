package dev.goldshop.persistence.testing;

import dev.goldshop.persistence.internal.migration.SchemaMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test JVM: an external server when {@code GOLDSHOP_TEST_JDBC_URL}
 * is set, a Testcontainers container when Docker is available, the embedded PostgreSQL 17
 * otherwise. It builds one migrated template database, and every test class gets a fresh
 * database cloned from it ({@code CREATE DATABASE ... TEMPLATE}), which costs milliseconds
 * instead of a migration.
 */
public final class TestPostgresServer {
    private static final Logger LOG = LoggerFactory.getLogger(TestPostgresServer.class);
    /** The environment variable naming an external server (a URL to any database on it). */
    public static final String EXTERNAL_URL_ENV = "GOLDSHOP_TEST_JDBC_URL";
    /** Session time zone of the test server: deliberately neither UTC nor the JVM's zone. */
    public static final String SERVER_TIME_ZONE = "Asia/Kolkata";

    private static TestPostgresServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String kind;
    private final String templateName;
    private final AtomicInteger counter = new AtomicInteger();

    private TestPostgresServer(String kind, String host, int port, String user, String password) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.templateName = "goldshop_template_" + ProcessHandle.current().pid();
    }

    /**
     * The server of this JVM, started on first use.
     *
     * @return the server
     */
    public static synchronized TestPostgresServer get() {
        if (instance == null) {
            instance = start();
            instance.createTemplate();
        }
        return instance;
    }

    private static TestPostgresServer start() {
        String external = System.getenv(EXTERNAL_URL_ENV);
        if (external != null && !external.isBlank()) {
            return external(external);
        }
        if (dockerAvailable()) {
            return container();
        }
        return embedded();
    }

    private static TestPostgresServer external(String url) {
        // jdbc:postgresql://host:port/db?user=..&password=..
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        Properties props = org.postgresql.Driver.parseURL(url, new Properties());
        String user = firstNonBlank(System.getenv("GOLDSHOP_TEST_JDBC_USER"), props.getProperty("user"), "postgres");
        String password = firstNonBlank(System.getenv("GOLDSHOP_TEST_JDBC_PASSWORD"), props.getProperty("password"), "");
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        LOG.info("test databases on the external server {}:{}", uri.getHost(), port);
        return new TestPostgresServer("external", uri.getHost(), port, user, password);
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers costs seconds and logs an error when there is no Docker at all.
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        String dockerHost = System.getenv("DOCKER_HOST");
        if (!socket && (dockerHost == null || dockerHost.isBlank())) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static TestPostgresServer container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17")
                .withCommand("postgres", "-c", "fsync=off", "-c", "timezone=" + SERVER_TIME_ZONE,
                        "-c", "max_connections=300");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "goldshop-test-postgres-stop"));
        LOG.info("test databases in a PostgreSQL container");
        return new TestPostgresServer("testcontainers", container.getHost(), container.getFirstMappedPort(),
                container.getUsername(), container.getPassword());
    }

    private static TestPostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Test data is throw-away: trade durability for speed here only.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", SERVER_TIME_ZONE)
                    .setServerConfig("max_connections", "300")
                    .start();
            LOG.info("test databases on an embedded PostgreSQL on port {}", postgres.getPort());
            return new TestPostgresServer("embedded", "localhost", postgres.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private void createTemplate() {
        execAdmin("DROP DATABASE IF EXISTS " + templateName + " WITH (FORCE)");
        execAdmin("CREATE DATABASE " + templateName + " ENCODING 'UTF8'");
        long start = System.nanoTime();
        String version = new SchemaMigrator(dataSource(templateName)).migrate().version();
        LOG.info("migrated the template database {} to version {} in {} ms", templateName, version,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A fresh database cloned from the migrated template.
     *
     * @return the database
     */
    public TestDatabase createMigratedDatabase() {
        String name = "goldshop_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        execAdmin("CREATE DATABASE " + name + " TEMPLATE " + templateName);
        return new TestDatabase(this, name);
    }

    /**
     * A fresh, empty database: no tables, no migrations.
     *
     * @return the database
     */
    public TestDatabase createEmptyDatabase() {
        String name = "goldshop_empty_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        execAdmin("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        return new TestDatabase(this, name);
    }

    /**
     * Drops a database, ending its open connections.
     *
     * @param name the database
     */
    public void drop(String name) {
        execAdmin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /**
     * Which kind of server this is: embedded, testcontainers or external.
     *
     * @return the kind
     */
    public String kind() {
        return kind;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl(database));
        ds.setUser(user);
        ds.setPassword(password);
        ds.setApplicationName("goldshop-test");
        return ds;
    }

    private void execAdmin(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test server refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
