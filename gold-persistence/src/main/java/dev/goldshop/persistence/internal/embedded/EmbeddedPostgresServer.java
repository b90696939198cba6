package dev.goldshop.persistence.internal.embedded;

import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable PostgreSQL 17 server whose cluster lives in a directory of the host's choosing,
 * for the demo and for users without a database server. Unlike a test database it keeps its
 * data: fsync, full-page writes and synchronous commit are on, and a second start reuses the
 * cluster.
 *
 * <p>One process at a time: an exclusive lock on {@code goldshop.lock} in the directory is
 * held for the server's lifetime, so a second process gets a clear error instead of starting a
 * second postmaster on the same files.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The database the engine uses inside the embedded cluster. */
    public static final String DATABASE = "goldshop";
    private static final String SUPERUSER = "postgres";

    private final Path clusterDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path clusterDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.clusterDir = clusterDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * Starts (and on first use creates) the cluster in {@code dataDir/postgres}.
     *
     * @param dataDir the host's data directory
     * @return the running server
     * @throws StorageException if the directory is in use by another process or the server
     *     cannot start
     */
    public static EmbeddedPostgresServer start(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path clusterDir = root.resolve("postgres");
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(root.resolve("goldshop.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "the embedded database in " + clusterDir
                        + " is already in use by another engine or process; close it first, or give this engine"
                        + " its own data directory", null);
            }
            stopOrphanedPostmaster(clusterDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    // Durable on purpose: the embedded defaults favour speed over the data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(clusterDir, channel, lock, postgres);
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException | RuntimeException e) {
            releaseQuietly(lock, channel);
            if (e instanceof StorageException storage) {
                throw storage;
            }
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE,
                    "could not start the embedded PostgreSQL in " + clusterDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A data source for the engine's database, without pooling (the engine pools it).
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return postgres.getDatabase(SUPERUSER, DATABASE);
    }

    /**
     * The JDBC URL of the engine's database, for tools.
     *
     * @return the URL
     */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    /**
     * Where the cluster's files live.
     *
     * @return the cluster directory
     */
    public Path clusterDirectory() {
        return clusterDir;
    }

    private void createDatabaseIfMissing() throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, DATABASE);
            try (var rs = check.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("could not create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A postmaster left running by a process that died (kill -9) keeps the cluster busy. We
     * hold the directory lock, so no live engine owns it: ask that postmaster to shut down.
     */
    private static void stopOrphanedPostmaster(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warn("stopping an orphaned PostgreSQL (pid {}) left running on {}", pid, clusterDir);
        process.get().destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping an orphaned PostgreSQL", e);
            }
        }
        if (process.get().isAlive()) {
            throw new IOException("an orphaned PostgreSQL (pid " + pid + ") on " + clusterDir + " did not stop");
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("could not stop the embedded PostgreSQL in {}", clusterDir, e);
        } finally {
            releaseQuietly(lock, lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("could not release the data directory lock", e);
        }
    }
}
