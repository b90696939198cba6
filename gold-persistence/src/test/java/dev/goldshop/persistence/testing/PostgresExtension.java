package dev.goldshop.persistence.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh, migrated database of the JVM's one test server. Test
 * methods, constructors and {@code @BeforeAll}/{@code @BeforeEach} methods receive it as a
 * {@link TestDatabase} parameter; it is dropped after the class.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class InvoiceTest {
 *     @Test
 *     void issues_an_invoice(TestDatabase db) { ... }
 * }
 * }</pre>
 */
public final class PostgresExtension implements ParameterResolver, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("database",
                key -> TestPostgresServer.get().createMigratedDatabase(), TestDatabase.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase db = context.getStore(NAMESPACE).remove("database", TestDatabase.class);
        if (db != null) {
            db.drop();
        }
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        // Nested classes share their outer class's database.
        while (current.getParent().isPresent() && current.getParent().get().getTestClass().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
