package dev.goldshop.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryNode;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent moves never make a cycle: the moved category and the whole ancestor chain of its
 * new parent are locked before the check, so of two moves that together would close a loop, the
 * second one sees the first and is refused.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryMoveConcurrencyTest {
    private CatalogBed bed;
    private Categories categories;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        categories = bed.categories;
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    @Test
    void two_threads_moving_a_under_b_and_b_under_a_at_once_end_with_one_move_and_no_cycle() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                Category a = categories.create(bed.manager, NewCategory.root(CatalogBed.unique("A")));
                Category b = categories.create(bed.manager, NewCategory.root(CatalogBed.unique("B")));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<String> first = pool.submit(() -> moveAfter(start, a.id(), b.id()));
                Future<String> second = pool.submit(() -> moveAfter(start, b.id(), a.id()));
                List<String> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
                assertThat(outcomes).containsExactlyInAnyOrder("moved", "cycle refused");
                assertThat(cycles()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_moves_through_disjoint_rows_that_together_would_close_a_loop_cannot_both_succeed() throws Exception {
        // R has A and B; A has D; B has C. "A under C" and "B under D" touch different rows, but
        // together they make A -> C -> B -> D -> A.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                Category r = categories.create(bed.manager, NewCategory.root(CatalogBed.unique("R")));
                Category a = categories.create(bed.manager, NewCategory.under(r.id(), "A"));
                Category b = categories.create(bed.manager, NewCategory.under(r.id(), "B"));
                Category d = categories.create(bed.manager, NewCategory.under(a.id(), "D"));
                Category c = categories.create(bed.manager, NewCategory.under(b.id(), "C"));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<String> first = pool.submit(() -> moveAfter(start, a.id(), c.id()));
                Future<String> second = pool.submit(() -> moveAfter(start, b.id(), d.id()));
                List<String> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
                assertThat(outcomes).containsExactlyInAnyOrder("moved", "cycle refused");
                assertThat(cycles()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eight_threads_moving_at_random_leave_a_tree_that_reaches_every_category() throws Exception {
        Category top = categories.create(bed.manager, NewCategory.root(CatalogBed.unique("Random top ")));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(categories.create(bed.manager, NewCategory.under(top.id(), "N" + i)).id());
        }
        AtomicInteger moved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier start = new CyclicBarrier(8);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < 40; i++) {
                        UUID child = ids.get(random.nextInt(ids.size()));
                        UUID parent = ids.get(random.nextInt(ids.size()));
                        long version = bed.queryLong("SELECT version FROM categories WHERE id = '" + child + "'");
                        try {
                            categories.move(bed.manager, child, parent, version);
                            moved.incrementAndGet();
                        } catch (BusinessRuleException | ConflictException e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(moved.get()).isPositive();
        assertThat(refused.get()).isPositive();
        assertThat(cycles()).isZero();
        assertThat(reachableFrom(top.id())).containsExactlyInAnyOrderElementsOf(ids);
    }

    private String moveAfter(CyclicBarrier start, UUID child, UUID parent) throws Exception {
        start.await();
        try {
            categories.move(bed.manager, child, parent, 0);
            return "moved";
        } catch (BusinessRuleException e) {
            return e.getMessage().contains("cycle") ? "cycle refused" : e.getMessage();
        }
    }

    /** Categories whose walk up the parents comes back to itself, found by the database. */
    private long cycles() {
        return bed.queryLong("WITH RECURSIVE up (start_id, id, parent_id) AS ("
                + " SELECT id, id, parent_id FROM categories"
                + " UNION ALL SELECT up.start_id, c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id"
                + ") CYCLE id SET is_cycle USING path SELECT count(*) FROM up WHERE is_cycle");
    }

    private List<UUID> reachableFrom(UUID id) {
        List<UUID> found = new ArrayList<>();
        List<CategoryNode> queue = new ArrayList<>();
        for (CategoryNode root : categories.tree(bed.reader)) {
            if (root.category().id().equals(id)) {
                queue.addAll(root.children());
            }
        }
        while (!queue.isEmpty()) {
            CategoryNode next = queue.remove(0);
            found.add(next.category().id());
            queue.addAll(next.children());
        }
        return found;
    }
}
