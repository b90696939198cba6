package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.security.Authentication;
import dev.goldshop.core.security.SecurityAlerts;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.LoginFailureMapper;
import dev.goldshop.persistence.internal.mapper.SecurityAlertMapper;
import dev.goldshop.persistence.internal.mapper.SecuritySettingsMapper;
import dev.goldshop.persistence.internal.mapper.SessionMapper;
import dev.goldshop.persistence.internal.notify.ChangeListener;
import dev.goldshop.persistence.internal.tx.TransactionRunner;

/**
 * Wires logins, sessions and security alerts into an engine: the {@link Authentication} and
 * {@link SecurityAlerts} facades, and two internal services other areas fetch with
 * {@code engine.service(...)}: {@link UnusualActivity} (to report what their policies flag) and
 * {@link SecuritySettings} (which the company-settings facade invalidates after a save). Both
 * are per engine; nothing here is static state.
 */
public final class SecuritySessionsWiring {
    private SecuritySessionsWiring() {
    }

    /**
     * Registers the mappers, facades and services. Must run before any area that fetches
     * {@link UnusualActivity} or {@link SecuritySettings}.
     *
     * @param engine the engine being configured
     */
    public static void register(Engine engine) {
        engine.addMapper(SessionMapper.class);
        engine.addMapper(LoginFailureMapper.class);
        engine.addMapper(SecurityAlertMapper.class);
        engine.addMapper(SecuritySettingsMapper.class);

        Calls calls = engine.calls();
        TransactionRunner transactions = calls.transactions();
        SecuritySettings settings = new SecuritySettings(transactions);
        engine.onChange(payload -> {
            if (SecuritySettings.CHANGE.equals(payload) || ChangeListener.EVERYTHING.equals(payload)) {
                settings.invalidate();
            }
        });
        SecurityInputs inputs = new SecurityInputs(engine.json());
        AlertRecorder alerts = new AlertRecorder(engine.ids(), calls.clock(), calls.audit(), inputs);
        LoginHandler logins = new LoginHandler(transactions, calls.clock(), engine.ids(), calls.audit(), settings,
                new Argon2PasswordHasher(), new SessionTokens(), new LoginThrottle(calls.audit(), alerts),
                new SuspiciousLoginRule(alerts), inputs);
        SessionValidator validator = new SessionValidator(transactions, calls.clock(), calls.audit(), settings);
        SessionAdmin sessions = new SessionAdmin(calls, settings, inputs);

        engine.registerFacade(Authentication.class, new AuthenticationService(logins, validator, sessions));
        engine.registerFacade(SecurityAlerts.class, new SecurityAlertsService(calls, alerts));
        engine.registerService(UnusualActivity.class, new UnusualActivity(transactions, alerts, settings));
        engine.registerService(SecuritySettings.class, settings);
    }
}
