package dev.goldshop.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goldshop.core.event.DomainEventListener;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.id.UuidV7;
import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.EngineSettings;
import dev.goldshop.persistence.internal.embedded.EmbeddedPostgresServer;
import dev.goldshop.persistence.internal.migration.SchemaMigrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The Gold Shop engine: the one object a host creates to get the back office of a gold and
 * jewellery shop on its PostgreSQL database.
 *
 * <pre>{@code
 * try (GoldShop shop = GoldShop.builder()
 *         .dataSource(hostDataSource)          // or .jdbcUrl(url, user, password)
 *         .clock(Clock.systemUTC())
 *         .build()) {
 *     System.out.println(shop.schemaInfo().version());
 * }
 * }</pre>
 *
 * <p>An engine is thread-safe and meant to live as long as the application. It holds no
 * static state: two engines in one JVM, even on one database, are independent. Every call
 * runs in one transaction unless the host groups calls with {@link #inTransaction(Supplier)}
 * or runs them inside its own transaction with {@link #inHostTransaction(Connection, Supplier)}.
 */
public final class GoldShop implements AutoCloseable {
    private final Engine engine;

    private GoldShop(Engine engine) {
        this.engine = engine;
    }

    /**
     * A builder for an engine on a database the host provides.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for an engine on a durable embedded PostgreSQL 17 whose files live in
     * {@code dataDir/postgres}. The server starts when {@link Builder#build()} is called and
     * stops when the engine is closed; its data survives restarts. Only one process may use a
     * data directory at a time: a second one gets a {@code StorageException} at build.
     *
     * @param dataDir the directory for the database files (created if missing)
     * @return a new builder with the embedded database as its data source
     */
    public static Builder embedded(Path dataDir) {
        Builder builder = new Builder();
        builder.embeddedDir = Objects.requireNonNull(dataDir, "dataDir");
        return builder;
    }

    /**
     * The engine's clock. Every timestamp the SDK writes comes from it.
     *
     * @return the clock
     */
    public Clock clock() {
        return engine.clock();
    }

    /**
     * The schema version and the tables of the engine's database.
     *
     * @return the schema information
     * @throws dev.goldshop.core.error.StorageException if the database cannot be read
     */
    public SchemaInfo schemaInfo() {
        return new SchemaInfo(engine.schema().version(), engine.schema().applied(), engine.tableNames());
    }

    /**
     * A facade of the engine or of one of its modules, for example a module's image store.
     *
     * @param type the facade's public interface
     * @param <T> the facade type
     * @return the facade
     * @throws IllegalArgumentException if no facade of that type is registered
     */
    public <T> T facade(Class<T> type) {
        return engine.facade(type);
    }

    /**
     * Runs several facade calls in one transaction: they commit together or not at all.
     * Serialization failures and deadlocks retry the whole block, so it must not have side
     * effects outside the database. Nested calls join the outer transaction.
     *
     * @param work the calls
     * @param <T> the result type
     * @return what the work returned
     * @throws dev.goldshop.core.error.GoldShopException whatever the calls threw, or a
     *     translated database error
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return engine.inTransaction(tx -> work.get());
    }

    /**
     * Like {@link #inTransaction(Supplier)} for work without a result.
     *
     * @param work the calls
     * @throws dev.goldshop.core.error.GoldShopException whatever the calls threw
     */
    public void useTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        engine.inTransaction(tx -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs facade calls inside a transaction the host owns, on the host's connection (for
     * example one bound by Spring's transaction manager). The engine never commits, rolls
     * back or closes that connection and does not retry; on failure it throws and the host
     * rolls back. In-process event listeners are not called for such work (the engine cannot
     * see the commit); the events are in the outbox exactly when the host commits.
     *
     * @param hostConnection the host's connection, with auto-commit off
     * @param work the calls
     * @param <T> the result type
     * @return what the work returned
     * @throws IllegalStateException if this thread is already inside an engine transaction
     */
    public <T> T inHostTransaction(Connection hostConnection, Supplier<T> work) {
        Objects.requireNonNull(hostConnection, "hostConnection");
        Objects.requireNonNull(work, "work");
        return engine.inHostTransaction(hostConnection, tx -> work.get());
    }

    /**
     * Adds a listener for domain events of this engine, called after each commit.
     *
     * @param listener the listener
     */
    public void addListener(DomainEventListener listener) {
        engine.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Stops the modules, closes the pool the engine opened (never a data source the host
     * gave) and stops the embedded database if there is one. Idempotent.
     */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Collects the engine's options. Each setter checks its value at once and refuses to be
     * called twice; {@link #build()} checks that the options fit together.
     */
    public static final class Builder {
        /** The default number of attempts for a transaction that hits serialization failures. */
        public static final int DEFAULT_MAX_TRANSACTION_ATTEMPTS = 5;
        /** The default size of the pool the engine opens for a JDBC URL or the embedded database. */
        public static final int DEFAULT_POOL_SIZE = 10;
        /** The default currency of money columns until company settings say otherwise. */
        public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

        private Path embeddedDir;
        private DataSource dataSource;
        private String jdbcUrl;
        private String user;
        private String password;
        private Clock clock;
        private IdGenerator ids;
        private Currency currency;
        private SchemaMode schemaMode;
        private Integer maxTransactionAttempts;
        private Integer poolSize;
        private final List<GoldShopModule> modules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Uses a data source the host owns (and closes). The engine never closes it.
         *
         * @param dataSource a pooled data source on PostgreSQL
         * @return this builder
         * @throws IllegalStateException if a data source, a JDBC URL or the embedded database
         *     was already chosen
         */
        public Builder dataSource(DataSource dataSource) {
            checkNoDatabaseYet("dataSource");
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Uses a JDBC URL; the engine opens a HikariCP pool on it and closes the pool with
         * itself.
         *
         * @param url a {@code jdbc:postgresql:} URL
         * @param user the database user
         * @param password the password, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL
         * @throws IllegalStateException if a database was already chosen
         */
        public Builder jdbcUrl(String url, String user, String password) {
            checkNoDatabaseYet("jdbcUrl");
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("jdbcUrl must start with 'jdbc:postgresql:' (the SDK runs on "
                        + "PostgreSQL only), got '" + url + "'");
            }
            this.jdbcUrl = url;
            this.user = Objects.requireNonNull(user, "user");
            this.password = password;
            return this;
        }

        /**
         * The clock for every timestamp the engine writes. Default: {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         * @throws IllegalStateException if called twice
         */
        public Builder clock(Clock clock) {
            checkUnset(this.clock, "clock");
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The id generator for new rows. Default: time-ordered UUIDv7 on the engine's clock.
         *
         * @param ids the generator
         * @return this builder
         * @throws IllegalStateException if called twice
         */
        public Builder idGenerator(IdGenerator ids) {
            checkUnset(this.ids, "idGenerator");
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * The currency of the shop's books. Default: {@link #DEFAULT_CURRENCY}.
         *
         * @param currency the currency
         * @return this builder
         * @throws IllegalStateException if called twice
         */
        public Builder currency(Currency currency) {
            checkUnset(this.currency, "currency");
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Whether to migrate the schema (default) or only validate it.
         *
         * @param mode the mode
         * @return this builder
         * @throws IllegalStateException if called twice
         */
        public Builder schemaMode(SchemaMode mode) {
            checkUnset(this.schemaMode, "schemaMode");
            this.schemaMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * How many times a transaction is tried in all when it hits serialization failures or
         * deadlocks. Default: {@link #DEFAULT_MAX_TRANSACTION_ATTEMPTS}.
         *
         * @param attempts 1 (no retry) to 20
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if called twice
         */
        public Builder maxTransactionAttempts(int attempts) {
            checkUnset(this.maxTransactionAttempts, "maxTransactionAttempts");
            if (attempts < 1 || attempts > 20) {
                throw new IllegalArgumentException("maxTransactionAttempts must be 1 to 20, got " + attempts);
            }
            this.maxTransactionAttempts = attempts;
            return this;
        }

        /**
         * The size of the pool the engine opens for a JDBC URL or the embedded database.
         * Default: {@link #DEFAULT_POOL_SIZE}. Not allowed with a host data source.
         *
         * @param size 1 to 200
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if called twice
         */
        public Builder poolSize(int size) {
            checkUnset(this.poolSize, "poolSize");
            if (size < 1 || size > 200) {
                throw new IllegalArgumentException("poolSize must be 1 to 200, got " + size);
            }
            this.poolSize = size;
            return this;
        }

        /**
         * Adds a module, such as gold-media's or gold-automation's.
         *
         * @param module the module
         * @return this builder
         * @throws IllegalStateException if a module of the same name was already added
         */
        public Builder module(GoldShopModule module) {
            Objects.requireNonNull(module, "module");
            for (GoldShopModule existing : modules) {
                if (existing.name().equals(module.name())) {
                    throw new IllegalStateException("a module named '" + module.name() + "' was already added");
                }
            }
            modules.add(module);
            return this;
        }

        /**
         * Starts the embedded database if asked, migrates or validates the schema, configures
         * the modules and returns the running engine.
         *
         * @return the engine; close it when the application stops
         * @throws IllegalStateException if no database was chosen, or options conflict
         * @throws dev.goldshop.core.error.StorageException if the database cannot be reached,
         *     migrated or validated
         */
        public GoldShop build() {
            if (dataSource == null && jdbcUrl == null && embeddedDir == null) {
                throw new IllegalStateException("no database: call dataSource(...), jdbcUrl(...) or use "
                        + "GoldShop.embedded(dataDir)");
            }
            if (dataSource != null && poolSize != null) {
                throw new IllegalStateException("poolSize(" + poolSize + ") applies only to a pool the engine "
                        + "opens; size the host's data source instead");
            }
            Clock engineClock = clock == null ? Clock.systemUTC() : clock;
            EngineSettings settings = new EngineSettings(engineClock,
                    ids == null ? new UuidV7(engineClock) : ids,
                    currency == null ? DEFAULT_CURRENCY : currency,
                    modules,
                    maxTransactionAttempts == null ? DEFAULT_MAX_TRANSACTION_ATTEMPTS : maxTransactionAttempts);

            List<AutoCloseable> owned = new ArrayList<>();
            try {
                DataSource database = dataSource;
                EmbeddedPostgresServer server = null;
                if (embeddedDir != null) {
                    server = EmbeddedPostgresServer.start(embeddedDir);
                    database = pool(server.dataSource(), null, null, null);
                } else if (jdbcUrl != null) {
                    database = pool(null, jdbcUrl, user, password);
                }
                if (database instanceof HikariDataSource hikari) {
                    owned.add(hikari);
                }
                if (server != null) {
                    owned.add(server);
                }
                SchemaMigrator migrator = new SchemaMigrator(database);
                SchemaMigrator.Outcome schema =
                        schemaMode == SchemaMode.VALIDATE ? migrator.validate() : migrator.migrate();
                return new GoldShop(new Engine(settings, database, schema, owned));
            } catch (RuntimeException e) {
                for (AutoCloseable resource : owned) {
                    try {
                        resource.close();
                    } catch (Exception closing) {
                        e.addSuppressed(closing);
                    }
                }
                throw e;
            }
        }

        private HikariDataSource pool(DataSource base, String url, String poolUser, String poolPassword) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("goldshop-" + Integer.toHexString(System.identityHashCode(this)));
            if (base != null) {
                config.setDataSource(base);
            } else {
                config.setJdbcUrl(url);
                config.setUsername(poolUser);
                config.setPassword(poolPassword);
            }
            config.setMaximumPoolSize(poolSize == null ? DEFAULT_POOL_SIZE : poolSize);
            config.setAutoCommit(true);
            config.addDataSourceProperty("ApplicationName", "goldshop");
            return new HikariDataSource(config);
        }

        private void checkNoDatabaseYet(String option) {
            if (dataSource != null || jdbcUrl != null || embeddedDir != null) {
                String chosen = dataSource != null ? "dataSource(...)"
                        : jdbcUrl != null ? "jdbcUrl(" + jdbcUrl + ")" : "embedded(" + embeddedDir + ")";
                throw new IllegalStateException("cannot set " + option + ": the database was already chosen with "
                        + chosen);
            }
        }

        private static void checkUnset(Object current, String option) {
            if (current != null) {
                throw new IllegalStateException(option + " was already set to " + current);
            }
        }
    }
}
