package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.CategoryTemplates;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.CategoryMapper;
import dev.goldshop.persistence.internal.mapper.CategoryTemplateMapper;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import dev.goldshop.persistence.internal.mapper.StockMovementMapper;
import dev.goldshop.persistence.internal.rates.RateBook;

/**
 * Wires the catalogue and the stock: the mappers, the three facades ({@link CategoryTemplates},
 * {@link Categories}, {@link Inventory}), the category tree cache with its cross-engine
 * invalidation, and the internal {@link StockLedger} service that sales take stock through
 * ({@code engine.service(StockLedger.class)}; wire sales after this). Reads today's rates through the
 * rates area's {@code RateBook}, so it is wired after rates.
 */
public final class CatalogWiring {
    private CatalogWiring() {
    }

    /**
     * Registers the catalogue with an engine being configured.
     *
     * @param engine the engine
     */
    public static void register(Engine engine) {
        engine.addMapper(CategoryTemplateMapper.class);
        engine.addMapper(CategoryMapper.class);
        engine.addMapper(InventoryItemMapper.class);
        engine.addMapper(StockMovementMapper.class);
        StockWriter writer = new StockWriter(engine.ids(), engine.clock(), engine.currency(), engine.json());
        CategoryTreeCache tree = new CategoryTreeCache(engine.calls().transactions());
        tree.listen(engine);
        TemplateConformance conformance = new TemplateConformance();
        engine.registerFacade(CategoryTemplates.class,
                new CategoryTemplatesService(engine.calls(), writer, conformance));
        engine.registerFacade(Categories.class, new CategoriesService(engine.calls(), writer, tree, conformance));
        engine.registerFacade(Inventory.class, new InventoryService(engine.calls(), writer, tree,
                new StockOperations(engine.calls(), writer),
                new StockValuation(engine.calls(), writer, tree, new SellRates(engine.service(RateBook.class)))));
        engine.registerService(StockLedger.class, new StockLedger(writer));
    }
}
