package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.CustomerCommunications;
import dev.goldshop.core.customer.CustomerCustomFields;
import dev.goldshop.core.customer.CustomerDocuments;
import dev.goldshop.core.customer.CustomerPreferences;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.CustomerRelationships;
import dev.goldshop.core.customer.CustomerTags;
import dev.goldshop.core.spi.PiiKeyInstaller;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.CustomerCommunicationMapper;
import dev.goldshop.persistence.internal.mapper.CustomerCustomFieldMapper;
import dev.goldshop.persistence.internal.mapper.CustomerDocumentMapper;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import dev.goldshop.persistence.internal.mapper.CustomerPreferencesMapper;
import dev.goldshop.persistence.internal.mapper.CustomerRelationshipMapper;
import dev.goldshop.persistence.internal.mapper.CustomerTagMapper;
import dev.goldshop.persistence.internal.security.UnusualActivity;

/**
 * Wires the customer CRM into an engine: its mappers, its seven facades, the slot for the
 * host's encryption keys ({@link PiiKeyInstaller}), and two internal services for other areas:
 * {@link CustomerDocumentRegistry} (gold-media records stored documents through it) and
 * {@link PurchaseHistory} (sales replaces the stored-totals implementation when it lands).
 * Needs {@link UnusualActivity}, so it is wired after the security sessions area.
 */
public final class CustomerWiring {
    private CustomerWiring() {
    }

    /**
     * Registers everything.
     *
     * @param engine the engine being built
     */
    public static void register(Engine engine) {
        engine.addMapper(CustomerMapper.class);
        engine.addMapper(CustomerDocumentMapper.class);
        engine.addMapper(CustomerRelationshipMapper.class);
        engine.addMapper(CustomerTagMapper.class);
        engine.addMapper(CustomerCommunicationMapper.class);
        engine.addMapper(CustomerPreferencesMapper.class);
        engine.addMapper(CustomerCustomFieldMapper.class);

        PiiKeySlot keys = new PiiKeySlot();
        PurchaseHistory purchases = new StoredPurchaseTotals(engine.currency());
        CustomerSupport support = new CustomerSupport(engine.calls(), engine.ids(), new PiiCipher(keys), purchases,
                engine.service(UnusualActivity.class));
        engine.service(dev.goldshop.persistence.internal.settings.SettingsCache.class)
                .alsoInvalidate(support::settingsChanged);
        CustomerDocumentRegistry documents = new CustomerDocumentRegistry(support);

        engine.registerFacade(PiiKeyInstaller.class, keys);
        engine.registerFacade(CustomerProfiles.class,
                new CustomerProfilesService(support, new CustomerPrivacy(support)));
        engine.registerFacade(CustomerDocuments.class, new CustomerDocumentsService(support));
        engine.registerFacade(CustomerRelationships.class, new CustomerRelationshipsService(support));
        engine.registerFacade(CustomerTags.class, new CustomerTagsService(support));
        engine.registerFacade(CustomerCommunications.class, new CustomerCommunicationsService(support));
        engine.registerFacade(CustomerPreferences.class, new CustomerPreferencesService(support, engine.currency()));
        engine.registerFacade(CustomerCustomFields.class, new CustomerCustomFieldsService(support));
        CustomerImportWiring.register(engine, support);
        engine.registerService(CustomerDocumentRegistry.class, documents);
        engine.registerService(dev.goldshop.engine.spi.CustomerDocumentRecords.class, documents);
        engine.registerService(PurchaseHistory.class, purchases);
    }
}
