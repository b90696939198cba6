package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.AuditTrail;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.AuditQueryMapper;

/**
 * Wires the audit trail facade into an engine: its reading mapper and the facade.
 */
public final class AuditTrailWiring {
    private AuditTrailWiring() {
    }

    /**
     * Registers the mapper and the facade.
     *
     * @param engine the engine being built
     */
    public static void register(Engine engine) {
        engine.addMapper(AuditQueryMapper.class);
        engine.registerFacade(AuditTrail.class, new AuditTrailService(engine.calls()));
    }
}
