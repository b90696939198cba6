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
 *
 * <p>With {@code -Dgoldshop.bench.statements=true} it also times each statement and commit of
 * the counted threads and prints, when the JVM exits, where the time went per statement text:
 * how a gap to the floor was found that round trips alone did not explain.
 */
public final class RoundTrips {
    private static final Set<String> COUNTED_CONNECTION_METHODS = Set.of("commit", "rollback",
            "setTransactionIsolation", "setSavepoint", "releaseSavepoint");
    private static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

    private static final boolean TIMED = Boolean.getBoolean("goldshop.bench.statements");
    private static final java.util.Map<String, long[]> TIMES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        if (TIMED) {
            Runtime.getRuntime().addShutdownHook(new Thread(RoundTrips::printTimes));
        }
    }

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
                return timed(method.getName(), () -> invoke(target, method, args));
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
                return statement(s, method.getReturnType(), sql);
            }
            return result;
        });
    }

    private Object statement(Statement real, Class<?> type, String sql) {
        return proxy(type, real, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                note();
                String text = args != null && args.length > 0 && args[0] instanceof String given ? given : sql;
                return timed(text, () -> invoke(target, method, args));
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object run() throws Throwable;
    }

    private static Object timed(String what, Call call) throws Throwable {
        if (!TIMED || !COUNTING.get()) {
            return call.run();
        }
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            long nanos = System.nanoTime() - start;
            String key = what.replaceAll("\\s+", " ").strip();
            long[] slot = TIMES.computeIfAbsent(key.length() > 90 ? key.substring(0, 90) : key, k -> new long[2]);
            synchronized (slot) {
                slot[0]++;
                slot[1] += nanos;
            }
        }
    }

    private static void printTimes() {
        System.out.println("statement times (counted threads): calls, total ms, mean ms");
        TIMES.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).forEach(e ->
                System.out.printf(java.util.Locale.ROOT, "%9d %10.1f %8.3f  %s%n", e.getValue()[0],
                        e.getValue()[1] / 1e6, e.getValue()[1] / 1e6 / e.getValue()[0], e.getKey()));
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
