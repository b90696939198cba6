package dev.goldshop.persistence.internal.books;

import dev.goldshop.core.books.Books;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.LedgerMapper;

/** Wires the books: the ledger (for sales and payments to post through) and the facade. */
public final class BooksWiring {
    private BooksWiring() {
    }

    /**
     * Registers the mapper and the facade, and makes the ledger available to other areas.
     *
     * @param engine the engine being built
     * @return the ledger, for the areas that post journals
     */
    public static Ledger register(Engine engine) {
        engine.addMapper(LedgerMapper.class);
        Ledger ledger = new Ledger(engine.clock(), engine.ids(), engine.currency());
        engine.registerFacade(Books.class, new BooksService(engine.calls(), ledger));
        engine.registerService(Ledger.class, ledger);
        return ledger;
    }
}
