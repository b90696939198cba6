package dev.goldshop.persistence.security;

import dev.goldshop.persistence.testing.TableCounts;
import dev.goldshop.persistence.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.probe.ProbeModule;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AZ-01: every public method of every facade the engine registers refuses an actor whose role
 * grants nothing, with {@link PermissionDeniedException}, and writes nothing but the audit row
 * of the refusal. Arguments other than the context are arbitrary (nulls, random ids): the
 * permission check comes before any argument is looked at.
 */
@ExtendWith(PostgresExtension.class)
class EveryFacadeMethodRefusesWithoutPermissionTest {
    /**
     * Methods that take a CallContext but need no permission beyond being the caller, with
     * the reason. Each is tested on its own in its facade's tests.
     */
    static final Map<String, String> IDENTITY_ONLY = Map.of(
            "Users.changePassword", "a user changes their own password; the current password is the proof",
            "Authentication.listSessions", "own sessions need no permission; others' need session:read (tested apart)",
            "Authentication.revokeSession", "own session needs no permission; others' need session:revoke (tested apart)");

    @Test
    void every_facade_method_refuses_an_actor_without_permissions(TestDatabase db) throws Exception {
        ProbeModule probe = new ProbeModule();
        try (GoldShop shop = db.engineBuilder().module(probe).build()) {
            Engine engine = (Engine) probe.context;
            CallContext nobody = TestUsers.create(db, "nobody-" + UUID.randomUUID());

            List<String> called = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Class<?> facade : sorted(engine.facadeTypes())) {
                if (!facade.getPackageName().startsWith("dev.goldshop.core")) {
                    continue;
                }
                Object implementation = engine.facade(facade);
                for (Method method : sortedMethods(facade)) {
                    int contextIndex = Arrays.asList(method.getParameterTypes()).indexOf(CallContext.class);
                    String name = facade.getSimpleName() + "." + method.getName();
                    if (contextIndex < 0 || IDENTITY_ONLY.containsKey(name)) {
                        continue;
                    }
                    Map<String, Long> before = TableCounts.of(db);
                    Object[] args = arbitraryArguments(method, contextIndex, nobody);
                    called.add(name);
                    try {
                        method.invoke(implementation, args);
                        failures.add(name + " did not refuse");
                    } catch (InvocationTargetException e) {
                        if (!(e.getCause() instanceof PermissionDeniedException)) {
                            failures.add(name + " threw " + e.getCause() + " instead of PermissionDeniedException");
                            continue;
                        }
                    }
                    Map<String, Long> after = TableCounts.of(db);
                    Map<String, Long> changed = difference(before, after);
                    if (!changed.equals(Map.of("audit_logs", 1L))) {
                        failures.add(name + " changed " + changed + " (expected exactly one audit row)");
                    }
                }
            }
            assertThat(failures).isEmpty();
            assertThat(called).as("facade methods walked").hasSizeGreaterThan(20);
            System.out.println("refused without permission: " + called.size() + " facade methods " + called);
        }
    }

    @Test
    void a_refusal_inside_a_group_of_calls_keeps_its_audit_row_when_the_group_rolls_back(TestDatabase db)
            throws Exception {
        try (GoldShop shop = db.engineBuilder().build()) {
            CallContext nobody = TestUsers.create(db, "nobody-" + UUID.randomUUID());
            long before = TableCounts.of(db).get("audit_logs");
            dev.goldshop.core.books.Books books = shop.facade(dev.goldshop.core.books.Books.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> shop.useTransaction(
                    () -> books.trialBalance(nobody, java.time.LocalDate.now())))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(TableCounts.of(db).get("audit_logs")).isEqualTo(before + 1);
        }
    }

    private static Object[] arbitraryArguments(Method method, int contextIndex, CallContext ctx) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (i == contextIndex) {
                args[i] = ctx;
            } else if (types[i] == UUID.class) {
                args[i] = UUID.randomUUID();
            } else if (types[i] == long.class) {
                args[i] = 0L;
            } else if (types[i] == int.class) {
                args[i] = 1;
            } else if (types[i] == boolean.class) {
                args[i] = false;
            } else if (types[i] == String.class) {
                args[i] = "x";
            } else if (types[i].isPrimitive()) {
                args[i] = types[i] == double.class ? 0d : types[i] == float.class ? 0f : (byte) 0;
            } else {
                args[i] = null;
            }
        }
        return args;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }

    private static List<Class<?>> sorted(Set<Class<?>> types) {
        List<Class<?>> list = new ArrayList<>(types);
        list.sort(Comparator.comparing(Class::getName));
        return list;
    }

    private static List<Method> sortedMethods(Class<?> facade) {
        List<Method> methods = new ArrayList<>();
        for (Method m : facade.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && !m.isDefault()) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())));
        return methods;
    }
}
