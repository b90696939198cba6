package dev.goldshop.persistence.internal.settings;

import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.CompanySettingsMapper;
import dev.goldshop.persistence.internal.notify.ChangeListener;
import dev.goldshop.persistence.internal.security.SecuritySettings;
import java.util.List;

/**
 * Wires company settings into an engine: the mapper, the {@link CompanySettings} facade, and
 * the {@link SettingsCache} service other areas read settings through
 * ({@code engine.service(SettingsCache.class)}).
 *
 * <p>Security keeps its own short cache of the session policy and business hours
 * ({@link SecuritySettings}), so it must be wired before this area: a settings change drops it
 * too, here after commit and on other engines through its own notification payload.
 */
public final class SettingsWiring {
    private SettingsWiring() {
    }

    /**
     * Registers the settings area.
     *
     * @param engine the engine being configured
     */
    public static void register(Engine engine) {
        engine.addMapper(CompanySettingsMapper.class);
        SettingsJson json = new SettingsJson(engine.json());
        SettingsCache cache = new SettingsCache(engine.calls().transactions(), json, engine.currency());
        SecuritySettings security = engine.service(SecuritySettings.class);
        engine.onChange(payload -> {
            if (SettingsCache.CHANGE.equals(payload) || ChangeListener.EVERYTHING.equals(payload)) {
                cache.invalidate();
            }
        });
        engine.registerService(SettingsCache.class, cache);
        engine.registerFacade(CompanySettings.class, new CompanySettingsService(engine.calls(), engine.ids(), cache, json,
                List.of(SettingsCache.CHANGE, SecuritySettings.CHANGE), () -> {
                    cache.invalidate();
                    security.invalidate();
                }));
    }
}
