package dev.goldshop.persistence.internal.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on {@code goldshop_changes} so that caches of this engine follow changes made by any
 * engine on the same database. One daemon thread and one connection per engine. When the
 * connection is lost, notifications may have been missed, so every subscriber is told to drop
 * everything ({@code "*"}) once the listener is back.
 */
public final class ChangeListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    /** The channel every engine listens on. */
    public static final String CHANNEL = "goldshop_changes";
    /** The payload meaning "drop every cache". */
    public static final String EVERYTHING = "*";

    private final DataSource dataSource;
    private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    /**
     * Starts listening.
     *
     * @param dataSource the engine's database
     * @param name a name for the thread
     */
    public ChangeListener(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::loop, "goldshop-changes-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Adds a subscriber, called with each payload on the listener's thread.
     *
     * @param subscriber the subscriber
     */
    public void subscribe(Consumer<String> subscriber) {
        subscribers.add(subscriber);
    }

    private void loop() {
        long backoff = 100;
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                connection = c;
                s.execute("LISTEN " + CHANNEL);
                publish(EVERYTHING);
                backoff = 100;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            publish(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("change listener lost its connection; retrying in {} ms: {}", backoff, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            } finally {
                connection = null;
            }
        }
    }

    private void publish(String payload) {
        for (Consumer<String> subscriber : subscribers) {
            try {
                subscriber.accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("a change subscriber failed on '{}'", payload, e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("closing the listener connection", e);
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
