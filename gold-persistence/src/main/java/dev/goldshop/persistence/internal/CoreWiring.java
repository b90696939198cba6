package dev.goldshop.persistence.internal;

/**
 * Registers the engine's own facades (security, catalogue, sales, customers, loyalty) with
 * their mappers. Each area wires itself in one line here, through its own small wiring class,
 * so that no configuration class grows with the SDK.
 */
final class CoreWiring {
    private CoreWiring() {
    }

    static void register(Engine engine) {
        // Order matters where an area uses another's internal service (engine.service(...)).
        dev.goldshop.persistence.internal.security.SecuritySessionsWiring.register(engine);
        dev.goldshop.persistence.internal.settings.SettingsWiring.register(engine);
        dev.goldshop.persistence.internal.rates.RatesWiring.register(engine);
        dev.goldshop.persistence.internal.catalog.CatalogWiring.register(engine);
        dev.goldshop.persistence.internal.books.BooksWiring.register(engine);
        dev.goldshop.persistence.internal.audit.AuditTrailWiring.register(engine);
        dev.goldshop.persistence.internal.security.SecurityUsersWiring.register(engine);
        dev.goldshop.persistence.internal.customer.CustomerWiring.register(engine);
        dev.goldshop.persistence.internal.loyalty.LoyaltyWiring.register(engine);
        dev.goldshop.persistence.internal.sales.SalesWiring.register(engine);
    }
}
