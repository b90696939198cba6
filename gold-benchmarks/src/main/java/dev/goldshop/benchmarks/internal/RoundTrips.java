package dev.goldshop.benchmarks.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the round trips to the database made by benchmark threads, by wrapping a pool: each
 * statement execution (a JDBC batch counts once: the driver pipelines it), commit, rollback,
 * savepoint and isolation change is one exchange with the server. Pool housekeeping (validation
 * on borrow) happens inside the pool and is not counted. Only threads that
 * {@link #countOnThisThread() opt in} are counted, so the engine's background work (outbox
 * delivery, cache invalidation listeners) does not blur the per-operation count.
 */
public final class RoundTrips {
    private static final Set<String> COUNTED_CONNECTION_METHODS = Set.of("commit", "rollback",
            "setTransactionIsolation", "setSavepoint", "releaseSavepoint");
    private static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

    private final LongAdder count = new LongAdder();

    /** Counts the calling thread's round trips from now on. */
    public static void countOnThisThread() {
        COUNTING.set(true);
    }

    /**
     * The round trips counted so far.
     *
     * @return the total
     */
    public long total() {
        return count.sum();
    }

    /**
     * A pool whose connections count their round trips here.
     *
     * @param pool the real pool
     * @return the counting pool
     */
    public DataSource wrap(DataSource pool) {
        return proxy(DataSource.class, pool, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (target, method, args) -> {
            if (COUNTED_CONNECTION_METHODS.contains(method.getName())) {
                note();
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement s) {
                return statement(s, method.getReturnType());
            }
            return result;
        });
    }

    private Object statement(Statement real, Class<?> type) {
        return proxy(type, real, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                note();
            }
            return invoke(target, method, args);
        });
    }

    private void note() {
        if (COUNTING.get()) {
            count.increment();
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
