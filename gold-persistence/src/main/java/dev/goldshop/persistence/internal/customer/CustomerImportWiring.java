package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.CustomerImport;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.CustomerImportMapper;

/**
 * Wires the customer bulk import: its mapper and its facade, sharing the CRM's
 * {@link CustomerSupport} (the same cipher, keys and rules as a single create). Called from
 * {@link CustomerWiring} once that support exists.
 */
final class CustomerImportWiring {
    private CustomerImportWiring() {
    }

    /**
     * Registers the mapper and the facade.
     *
     * @param engine the engine being built
     * @param support what the customer facades share
     */
    static void register(Engine engine, CustomerSupport support) {
        engine.addMapper(CustomerImportMapper.class);
        engine.registerFacade(CustomerImport.class, new CustomerImportService(support));
    }
}
