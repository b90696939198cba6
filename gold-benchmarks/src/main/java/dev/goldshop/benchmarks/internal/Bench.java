package dev.goldshop.benchmarks.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.core.spi.KeyProvider;
import dev.goldshop.core.spi.PiiKeyInstaller;
import dev.goldshop.engine.GoldShop;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The test bench: one embedded PostgreSQL 17 in a temporary directory with durable settings
 * (fsync, synchronous commit and full page writes on, as in production), the SDK's engine on a
 * pool of its own, the floor's pool, both counted by one {@link RoundTrips}, the shop's owner
 * and the encryption keys customers need.
 */
public final class Bench implements AutoCloseable {
    /** The database the scenarios share. */
    public static final String DATABASE = "bench";
    /** Pool size of each side: more than the most threads a scenario runs. */
    public static final int POOL_SIZE = 10;
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final RoundTrips trips = new RoundTrips();
    private final HikariDataSource sdkPool;
    private final HikariDataSource floorPool;
    private final DataSource sdkData;
    private final DataSource floorData;
    private final GoldShop shop;
    private final CallContext owner;

    private Bench(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        createDatabase(DATABASE);
        this.sdkPool = pool(DATABASE, "sdk");
        this.floorPool = pool(DATABASE, "floor");
        this.sdkData = trips.wrap(sdkPool);
        this.floorData = trips.wrap(floorPool);
        this.shop = GoldShop.builder().dataSource(sdkData).build();
        shop.facade(PiiKeyInstaller.class).install(keys());
        Users users = shop.facade(Users.class);
        User created = users.bootstrapOwner(BootstrapRequest.withGeneratedPassword("owner", "owner@example.com",
                "Benchmark Owner")).owner();
        this.owner = CallContext.of(Actor.user(created.id(), created.username()));
    }

    /**
     * Starts PostgreSQL in a directory and the engine on it (running the migrations).
     *
     * @param dir an empty directory
     * @return the bench
     * @throws IOException if PostgreSQL cannot start
     */
    public static Bench start(Path dir) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new Bench(postgres);
    }

    /** The keys of the bench's customers (fixed: the floor computes the same blind indexes). */
    public static KeyProvider keys() {
        return KeyProvider.of("bench-1", Map.of("bench-1", bytes(11)), bytes(42));
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[KeyProvider.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return key;
    }

    /**
     * Creates an empty database on the server.
     *
     * @param name the name (our own constant, never input)
     */
    public void createDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /**
     * Drops a database.
     *
     * @param name the name (our own constant)
     */
    public void dropDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name, e);
        }
    }

    /**
     * The JDBC URL of a database.
     *
     * @param database the database
     * @return the URL
     */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    /**
     * A new pool on a database.
     *
     * @param database the database
     * @param name the pool's name
     * @return the pool (the caller closes it)
     */
    public HikariDataSource pool(String database, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(database));
        config.setUsername(USER);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setPoolName(name);
        // A careful engineer's floor lets the driver turn a batch into multi-row statements.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** @return the engine, on the counted SDK pool */
    public GoldShop shop() {
        return shop;
    }

    /** @return the owner, who holds every permission */
    public CallContext owner() {
        return owner;
    }

    /** @return the floor's counted pool */
    public DataSource floor() {
        return floorData;
    }

    /** @return an uncounted connection source for setup and checks */
    public DataSource admin() {
        return floorPool;
    }

    /** @return the round-trip counter of both pools */
    public RoundTrips trips() {
        return trips;
    }

    /**
     * Facts about the machine and the database for results.json.
     *
     * @return the facts
     */
    public Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory_gb", Math.round(totalMemoryBytes() / 1e9 * 10) / 10.0);
        machine.put("max_heap_gb", Math.round(Runtime.getRuntime().maxMemory() / 1e9 * 10) / 10.0);
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                machine.put("postgres", rs.getString(1));
            }
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes", "shared_buffers"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    machine.put(setting, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return machine;
    }

    private static long totalMemoryBytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        shop.close();
        sdkPool.close();
        floorPool.close();
        postgres.close();
    }
}
