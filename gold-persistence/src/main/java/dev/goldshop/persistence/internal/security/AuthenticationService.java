package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Authentication;
import dev.goldshop.core.security.LoginRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.SessionInfo;
import dev.goldshop.core.security.SessionPrincipal;
import java.util.UUID;

/** The {@link Authentication} facade: one line per method over the classes that do the work. */
final class AuthenticationService implements Authentication {
    private final LoginHandler logins;
    private final SessionValidator validator;
    private final SessionAdmin sessions;

    AuthenticationService(LoginHandler logins, SessionValidator validator, SessionAdmin sessions) {
        this.logins = logins;
        this.validator = validator;
        this.sessions = sessions;
    }

    @Override
    public LoginResult login(LoginRequest request) {
        return logins.login(request);
    }

    @Override
    public SessionPrincipal validate(String token) {
        return validator.validate(token);
    }

    @Override
    public void logout(String token) {
        sessions.logout(token);
    }

    @Override
    public void revokeSession(CallContext ctx, UUID sessionId) {
        sessions.revokeSession(ctx, sessionId);
    }

    @Override
    public int revokeAllSessions(CallContext ctx, UUID userId) {
        return sessions.revokeAllSessions(ctx, userId);
    }

    @Override
    public Page<SessionInfo> listSessions(CallContext ctx, UUID userId, PageRequest page) {
        return sessions.listSessions(ctx, userId, page);
    }

    @Override
    public int purgeExpiredSessions(CallContext ctx) {
        return sessions.purgeExpiredSessions(ctx);
    }
}
