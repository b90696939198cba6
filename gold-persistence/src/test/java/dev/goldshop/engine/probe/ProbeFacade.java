package dev.goldshop.engine.probe;

import dev.goldshop.engine.spi.ModuleContext;
import java.util.UUID;

/** A facade in the shape real facades have: each call is one transaction through the context. */
public class ProbeFacade {
    private final ModuleContext context;

    ProbeFacade(ModuleContext context) {
        this.context = context;
    }

    public void createTable() {
        context.inTransaction(tx -> tx.mapper(ProbeMapper.class).createTable());
    }

    public UUID insert(ProbeRow row) {
        if (row.id == null) {
            row.id = context.ids().newId();
        }
        context.inTransaction(tx -> tx.mapper(ProbeMapper.class).insert(row));
        return row.id;
    }

    public ProbeRow get(UUID id) {
        return context.inTransaction(tx -> tx.mapper(ProbeMapper.class).selectById(id));
    }

    public long count() {
        return context.inTransaction(tx -> tx.mapper(ProbeMapper.class).count());
    }
}
