package dev.goldshop.core.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.UUID;

/**
 * Logins and sessions: how a host turns a username and password into a session token, and a
 * token into the {@link CallContext} of each request.
 *
 * <p>Every refusal of credentials or of a token is the same {@link
 * dev.goldshop.core.error.AuthenticationException} with code {@code AUTHENTICATION_FAILED} and
 * the same message, whether the user is unknown, the password wrong, the account locked or
 * inactive: the caller learns nothing about which accounts exist. Why a login failed is in the
 * audit trail (action {@code login_failed}) and, for a lock-out, in a security alert.
 *
 * <p>Lock-out: failed logins are counted per account and per client address. When either
 * reaches the threshold within the window (company settings; 5 in 15 minutes by default), the
 * account (or address) is refused for the lock duration (15 minutes), even with the right
 * password, and a {@code multiple_failures} alert is raised. A successful login resets the
 * account's count.
 *
 * <p>Sessions end on logout, revocation, after the idle timeout (30 minutes) or the absolute
 * lifetime (12 hours), and when a login would exceed the cap on concurrent sessions (5), which
 * ends the user's oldest session. All settings are read from company settings.
 */
public interface Authentication {

    /**
     * Checks the credentials and opens a new session. A login from an address or device not
     * seen for this user in 90 days, or outside business hours, also raises a
     * {@code suspicious_login} alert (the login still succeeds).
     *
     * <p>Must be called outside any group of calls ({@code shop.inTransaction}), because a
     * failed attempt is counted and audited in transactions of its own that must commit even
     * though the call throws.
     *
     * @param request the attempt as the host received it
     * @return the token (shown this once) and who signed in
     * @throws dev.goldshop.core.error.ValidationException if the request is malformed (blank
     *     username, empty or over-long password, an IP address that is not a literal, device or
     *     location data over 4 KiB); nothing is written
     * @throws dev.goldshop.core.error.AuthenticationException if the login is refused, for
     *     whatever reason
     * @throws IllegalStateException if called inside a group of calls
     */
    LoginResult login(LoginRequest request);

    /**
     * Finds whose session a token is and gives the context for their calls. Reads the session on
     * every call (a revoked session is refused from the moment the revoke commits) and writes
     * only now and then: the session's last activity is stored at most once a minute (or once a
     * tenth of the idle timeout, if that is shorter).
     *
     * @param token the token from {@link LoginResult#token()}
     * @return the session's user and context
     * @throws dev.goldshop.core.error.AuthenticationException if the token is unknown or
     *     malformed, the session was ended, is idle for longer than the idle timeout or older than
     *     its lifetime, or its user is inactive or locked
     */
    SessionPrincipal validate(String token);

    /**
     * Ends the session of a token. Ending a session that is already over, or an unknown token,
     * does nothing (so a repeated logout is harmless).
     *
     * @param token the session token
     */
    void logout(String token);

    /**
     * Ends one session. Users may end their own sessions; ending another user's needs
     * {@link Permissions#SESSION_REVOKE}. A session already ended stays as it is.
     *
     * @param ctx who calls
     * @param sessionId the session
     * @throws dev.goldshop.core.error.PermissionDeniedException if the session is another user's
     *     (or unknown) and the caller lacks {@code session:revoke}
     * @throws dev.goldshop.core.error.NotFoundException if there is no such session
     */
    void revokeSession(CallContext ctx, UUID sessionId);

    /**
     * Ends every live session of a user, including the caller's own if it is among them. Users
     * may do this to themselves; doing it to another user needs {@link Permissions#SESSION_REVOKE}.
     *
     * @param ctx who calls
     * @param userId whose sessions
     * @return how many sessions were ended
     * @throws dev.goldshop.core.error.PermissionDeniedException if the user is not the caller and
     *     the caller lacks {@code session:revoke}
     */
    int revokeAllSessions(CallContext ctx, UUID userId);

    /**
     * A user's sessions, live and ended, newest first. Users may list their own; listing
     * another user's needs {@link Permissions#SESSION_READ}.
     *
     * @param ctx who calls
     * @param userId whose sessions
     * @param page which page
     * @return the page
     * @throws dev.goldshop.core.error.PermissionDeniedException if the user is not the caller and
     *     the caller lacks {@code session:read}
     * @throws dev.goldshop.core.error.ValidationException if the cursor was not made by this list
     */
    Page<SessionInfo> listSessions(CallContext ctx, UUID userId, PageRequest page);

    /**
     * Housekeeping, for the scheduled clean-up job: ends live sessions that are idle or past
     * their lifetime, and deletes ended sessions older than the 90 days of login history the
     * new-device check needs (sessions that audit rows point to are kept, since the trail is
     * never changed), along with stale per-address failure counts.
     *
     * @param ctx the system job, or a user with {@link Permissions#SESSION_REVOKE}
     * @return how many sessions were ended or deleted
     * @throws dev.goldshop.core.error.PermissionDeniedException if a user caller lacks
     *     {@code session:revoke}
     */
    int purgeExpiredSessions(CallContext ctx);
}
