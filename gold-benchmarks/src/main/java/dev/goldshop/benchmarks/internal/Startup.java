package dev.goldshop.benchmarks.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.goldshop.engine.GoldShop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code startup}: an engine built and closed on an empty database (every migration runs) and on
 * a migrated one (the migrations are only checked), each on a fresh pool of two connections.
 * The floors: running the same migration scripts with plain JDBC, and opening a pool and reading
 * the schema version, which is all a hand-written application must do before its first call.
 */
public final class Startup {
    private final Bench bench;
    private final Mode mode;
    private final Console console;

    /**
     * Creates the scenario.
     *
     * @param bench the bench
     * @param mode the sizes
     * @param console progress
     */
    public Startup(Bench bench, Mode mode, Console console) {
        this.bench = bench;
        this.mode = mode;
        this.console = console;
    }

    /**
     * Runs it.
     *
     * @return the empty and the migrated row
     * @throws Exception if a start fails
     */
    public List<ScenarioResult> run() throws Exception {
        List<String> scripts = migrationScripts();
        Deque<String> fresh = new ArrayDeque<>();
        int needed = 2 * (mode.rounds() + 1);
        for (int i = 0; i < needed; i++) {
            String name = "startup_" + i;
            bench.createDatabase(name);
            fresh.add(name);
        }
        Rounds rounds = new Rounds(console, bench.trips());
        Rounds.Plan one = new Rounds.Plan(1, Duration.ofMinutes(5), 1);
        Measurement empty = rounds.measure("startup empty database", one, mode.rounds(), one, (side, w, n) -> {
            String database = fresh.pop();
            if (side == Side.SDK) {
                startAndClose(database);
            } else {
                try (HikariDataSource pool = smallPool(database);
                        Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    for (String script : scripts) {
                        s.execute(script);
                    }
                }
            }
        });
        Measurement migrated = rounds.measure("startup migrated database", one, mode.rounds(), one, (side, w, n) -> {
            if (side == Side.SDK) {
                startAndClose(Bench.DATABASE);
            } else {
                try (HikariDataSource pool = smallPool(Bench.DATABASE);
                        Connection c = pool.getConnection(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT max(version::int) FROM goldshop_schema_history"
                                + " WHERE success")) {
                    rs.next();
                }
            }
        });
        for (int i = 0; i < needed; i++) {
            bench.dropDatabase("startup_" + i);
        }
        return List.of(ScenarioResult.latency("startup.empty_database", empty, scripts.size()),
                ScenarioResult.latency("startup.migrated_database", migrated, scripts.size()));
    }

    private void startAndClose(String database) {
        try (GoldShop shop = GoldShop.builder().jdbcUrl(bench.jdbcUrl(database), "postgres", "").poolSize(2)
                .build()) {
            shop.schemaInfo();
        }
    }

    private HikariDataSource smallPool(String database) {
        HikariDataSource pool = bench.pool(database, "startup-floor");
        pool.setMaximumPoolSize(2);
        return pool;
    }

    /** The SDK's migration scripts, in version order, as plain SQL. */
    private static List<String> migrationScripts() throws IOException {
        URI uri;
        try {
            uri = Startup.class.getClassLoader().getResource("db/migration").toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> scripts = new ArrayList<>();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                read(jar.getPath("/db/migration"), scripts);
            }
        } else {
            read(Path.of(uri), scripts);
        }
        return scripts;
    }

    private static void read(Path dir, List<String> scripts) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(
                            p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList()) {
                scripts.add(Files.readString(file));
            }
        }
    }
}
