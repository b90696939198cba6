package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.cache.CommittedCache;
import dev.goldshop.persistence.internal.mapper.CategoryMapper;
import dev.goldshop.persistence.internal.notify.ChangeListener;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Duration;

/**
 * The category tree of one engine, cached whole (a shop has hundreds of categories, not
 * millions) and dropped after every committed change: on this engine right after commit, and on
 * every engine on the database through the {@code goldshop_changes} notification
 * {@value #CHANGE} sent in the changing transaction. Inside an open transaction the tree is read
 * afresh and not kept, since that transaction may hold uncommitted changes or roll back.
 */
final class CategoryTreeCache {
    /** The notification payload of a change to the tree (CategoryMapper.notifyChange sends it). */
    static final String CHANGE = "categories";
    private static final String KEY = "tree";

    private final CommittedCache<String, CategoryTree> cache;

    CategoryTreeCache(TransactionRunner transactions) {
        // One entry; the expiry is a safety net in case a notification is lost unnoticed.
        this.cache = CommittedCache.bypassedInTransactions(transactions, 1, Duration.ofMinutes(10));
    }

    /**
     * Subscribes the cache to the engine's change notifications.
     *
     * @param engine the engine
     */
    void listen(Engine engine) {
        engine.onChange(payload -> {
            if (CHANGE.equals(payload) || ChangeListener.EVERYTHING.equals(payload)) {
                cache.invalidateAll();
            }
        });
    }

    /**
     * The tree: cached outside a transaction, read in the current one inside.
     *
     * @return the tree
     */
    CategoryTree current() {
        return cache.get(KEY, CategoryTreeCache::load);
    }

    /**
     * Announces a change in the changing transaction: every engine drops its tree after commit.
     *
     * @param tx the transaction of the change
     */
    void changed(Tx tx) {
        tx.mapper(CategoryMapper.class).notifyChange();
        tx.afterCommit(cache::invalidateAll);
    }

    private static CategoryTree load(Tx tx) {
        return CategoryTree.of(tx.mapper(CategoryMapper.class).selectAll());
    }
}
