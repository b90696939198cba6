package dev.goldshop.persistence.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.event.DomainEventListener;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.engine.spi.ModuleContext;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.error.PostgresErrorTranslator;
import dev.goldshop.persistence.internal.mapper.AuditMapper;
import dev.goldshop.persistence.internal.mapper.AuthorizationMapper;
import dev.goldshop.persistence.internal.notify.ChangeListener;
import dev.goldshop.persistence.internal.security.Authorizer;
import dev.goldshop.persistence.internal.mapper.OutboxMapper;
import dev.goldshop.persistence.internal.mapper.SchemaMapper;
import dev.goldshop.persistence.internal.migration.SchemaMigrator;
import dev.goldshop.persistence.internal.mybatis.MyBatisFactory;
import dev.goldshop.persistence.internal.outbox.OutboxWriter;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.session.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one engine instance owns: its database, clock, MyBatis configuration,
 * transaction runner, facades, modules and listeners. {@code GoldShop} is a thin public face
 * over this class. Nothing here is static, so engines in one JVM never share state.
 */
public final class Engine implements ModuleContext, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final IdGenerator ids;
    private final ObjectMapper json;
    private final SchemaMigrator.Outcome schema;
    private final List<AutoCloseable> owned;
    private final List<GoldShopModule> modules;
    private final Map<Class<?>, Object> facades = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Currency currency;
    private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Configuration configuration;
    private final TransactionRunner transactions;
    private final Authorizer authorizer;
    private final Calls calls;
    private ChangeListener changes;
    private volatile boolean closed;
    private volatile boolean configuring = true;

    /**
     * Builds an engine. The caller has already migrated or validated the schema.
     *
     * @param settings the validated builder options
     * @param dataSource the database (pooled)
     * @param schema the schema version found or reached, and what was applied
     * @param owned resources the engine must close, in order (pool, then embedded server)
     */
    public Engine(EngineSettings settings, DataSource dataSource, SchemaMigrator.Outcome schema,
            List<AutoCloseable> owned) {
        this.dataSource = dataSource;
        this.clock = settings.clock();
        this.ids = settings.ids();
        this.schema = schema;
        this.owned = new ArrayList<>(owned);
        this.modules = List.copyOf(settings.modules());
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.currency = settings.currency();
        this.configuration = MyBatisFactory.newConfiguration(dataSource, json, () -> this.currency);
        configuration.addMapper(SchemaMapper.class);
        configuration.addMapper(OutboxMapper.class);
        configuration.addMapper(AuditMapper.class);
        configuration.addMapper(AuthorizationMapper.class);
        OutboxWriter outbox = new OutboxWriter(json);
        // The session factory reads the configuration lazily, so mappers that modules add
        // below are visible to it.
        this.transactions = new TransactionRunner(dataSource, MyBatisFactory.build(configuration),
                new PostgresErrorTranslator(), settings.maxTransactionAttempts(), outbox, this::deliver);
        this.authorizer = new Authorizer(transactions);
        this.calls = new Calls(transactions, authorizer, new AuditWriter(json, clock, ids), clock);
        List<GoldShopModule> configured = new ArrayList<>();
        try {
            this.changes = new ChangeListener(dataSource, Integer.toHexString(System.identityHashCode(this)));
            changes.subscribe(payload -> {
                if (Authorizer.CHANGE.equals(payload) || ChangeListener.EVERYTHING.equals(payload)) {
                    authorizer.invalidateAll();
                }
            });
            CoreWiring.register(this);
            for (GoldShopModule module : modules) {
                module.configure(this);
                configured.add(module);
            }
            configuring = false;
            for (GoldShopModule module : modules) {
                module.start();
            }
        } catch (RuntimeException e) {
            Collections.reverse(configured);
            configured.forEach(m -> closeQuietly(m, "module " + m.name()));
            if (changes != null) {
                changes.close();
            }
            closeOwned();
            throw e;
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public IdGenerator ids() {
        return ids;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void addMapper(Class<?> mapperType) {
        if (!configuring) {
            throw new IllegalStateException("mappers can only be added while modules are configured");
        }
        if (!configuration.hasMapper(mapperType)) {
            configuration.addMapper(mapperType);
        }
    }

    @Override
    public <T> void registerFacade(Class<T> type, T implementation) {
        if (!type.isInstance(implementation)) {
            throw new IllegalArgumentException(implementation + " does not implement " + type.getName());
        }
        if (facades.putIfAbsent(type, implementation) != null) {
            throw new IllegalStateException("a facade " + type.getName() + " is already registered");
        }
    }

    @Override
    public <T> T facade(Class<T> type) {
        ensureOpen();
        Object facade = facades.get(type);
        if (facade == null) {
            throw new IllegalArgumentException("no facade " + type.getName() + " is registered; registered: "
                    + facades.keySet().stream().map(Class::getSimpleName).sorted().toList()
                    + " (is its module added to the builder?)");
        }
        return type.cast(facade);
    }

    /**
     * Shares an internal service between areas of the engine (for example the ledger that
     * sales post through). Not visible to hosts.
     *
     * @param type the service's class
     * @param service the instance
     * @param <T> the service type
     * @throws IllegalStateException if one is already registered
     */
    public <T> void registerService(Class<T> type, T service) {
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException("a service " + type.getName() + " is already registered");
        }
    }

    /**
     * An internal service registered by an area wired earlier.
     *
     * @param type the service's class
     * @param <T> the service type
     * @return the service
     * @throws IllegalStateException if none is registered (wiring order)
     */
    @Override
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("no service " + type.getName() + " is registered yet; check the order "
                    + "in CoreWiring");
        }
        return type.cast(service);
    }

    /**
     * The currency of the shop's books.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The public interfaces of every registered facade.
     *
     * @return the facade types
     */
    public java.util.Set<Class<?>> facadeTypes() {
        return java.util.Set.copyOf(facades.keySet());
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> work) {
        ensureOpen();
        return transactions.inTransaction(work);
    }

    /**
     * Runs work inside the host's transaction on the host's connection.
     *
     * @param hostConnection the host's connection
     * @param work the work
     * @param <T> the result type
     * @return the result
     */
    public <T> T inHostTransaction(Connection hostConnection, Function<Tx, T> work) {
        ensureOpen();
        return transactions.joinHostTransaction(hostConnection, work);
    }

    /**
     * The schema version found or reached at start, and how many migrations were applied.
     *
     * @return the outcome of the start
     */
    public SchemaMigrator.Outcome schema() {
        return schema;
    }

    /**
     * The tables of the engine's schema.
     *
     * @return table names, alphabetical
     */
    public List<String> tableNames() {
        return inTransaction(tx -> tx.mapper(SchemaMapper.class).selectTableNames());
    }

    /**
     * The call path (authorize, transaction, audit) every facade goes through.
     *
     * @return the call path
     */
    @Override
    public Calls calls() {
        return calls;
    }

    /**
     * Subscribes to change notifications from every engine on the database.
     *
     * @param subscriber called with each payload, on the listener thread
     */
    public void onChange(java.util.function.Consumer<String> subscriber) {
        changes.subscribe(subscriber);
    }

    /**
     * The engine's JSON mapper.
     *
     * @return the object mapper
     */
    public ObjectMapper json() {
        return json;
    }

    /**
     * Adds an in-process listener for committed domain events.
     *
     * @param listener the listener
     */
    @Override
    public void addListener(DomainEventListener listener) {
        listeners.add(listener);
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    private void deliver(DomainEvent event) {
        for (DomainEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("listener {} failed on event {}", listener, event.eventType(), e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new dev.goldshop.core.error.StorageException(dev.goldshop.core.error.ErrorCode.ENGINE_CLOSED,
                    "this GoldShop engine is closed", null);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<GoldShopModule> reversed = new ArrayList<>(modules);
        Collections.reverse(reversed);
        reversed.forEach(m -> closeQuietly(m, "module " + m.name()));
        changes.close();
        closeOwned();
    }

    private void closeOwned() {
        for (AutoCloseable resource : owned) {
            closeQuietly(resource, resource.getClass().getSimpleName());
        }
    }

    private static void closeQuietly(AutoCloseable resource, String what) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("could not close {}", what, e);
        }
    }
}
