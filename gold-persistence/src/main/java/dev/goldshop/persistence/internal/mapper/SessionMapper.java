package dev.goldshop.persistence.internal.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.persistence.internal.security.LoginHistoryRow;
import dev.goldshop.persistence.internal.security.LoginUserRow;
import dev.goldshop.persistence.internal.security.NewSessionRow;
import dev.goldshop.persistence.internal.security.SessionRow;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Logins and {@code user_sessions}: opening, reading, touching and ending sessions. */
public interface SessionMapper {

    /**
     * The account a login names, whatever the case of the name typed.
     *
     * @param username the name typed
     * @return the account, or null if there is none
     */
    LoginUserRow selectLoginUser(@Param("username") String username);

    /**
     * Records a successful login on the account: the failure count and any expired lock are
     * cleared, the last login set, the hash replaced if a new one is given. Only if the account
     * is still active, unlocked and has the hash that was verified (so a password changed or a
     * lock set since the check wins); the row stays locked until commit, which serialises
     * concurrent logins of one user (the session cap counts correctly).
     *
     * @param userId the user
     * @param verifiedHash the hash the password was checked against
     * @param newHash a re-hash under the current policy, or null to keep the stored one
     * @param now the time of the login
     * @return 1 if recorded, 0 if the account changed since the check
     */
    int recordSuccess(@Param("userId") UUID userId, @Param("verifiedHash") String verifiedHash,
            @Param("newHash") String newHash, @Param("now") Instant now);

    /**
     * What the user's sessions say about a new login's address and device.
     *
     * @param userId the user
     * @param since the start of the look-back period
     * @param ipAddress the login's address, or null
     * @param deviceId the login's device id, or null to compare whole device descriptions
     * @param deviceInfo the login's device description, or null
     * @return the findings
     */
    LoginHistoryRow selectHistory(@Param("userId") UUID userId, @Param("since") Instant since,
            @Param("ipAddress") InetAddress ipAddress, @Param("deviceId") String deviceId,
            @Param("deviceInfo") JsonNode deviceInfo);

    /**
     * Opens a session.
     *
     * @param row the session
     * @return rows inserted (1)
     */
    int insert(NewSessionRow row);

    /**
     * A session with its user, by the hash of its token.
     *
     * @param tokenHash the SHA-256 hex of the token
     * @return the session, or null if no session has that token
     */
    SessionRow selectByTokenHash(@Param("tokenHash") String tokenHash);

    /**
     * A session with its user, by id.
     *
     * @param id the session
     * @return the session, or null
     */
    SessionRow selectById(@Param("id") UUID id);

    /**
     * Moves a live session's last activity forward; re-checks in the same statement that the
     * session is still live, so a revoke that committed first always wins.
     *
     * @param id the session
     * @param now the time of the activity
     * @return 1 if the session is still live, 0 if it was ended
     */
    int touch(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * Ends one live session.
     *
     * @param id the session
     * @param now when
     * @param reason why (a value of {@code ck_user_sessions_end_reason})
     * @return 1 if ended now, 0 if it had already ended
     */
    int end(@Param("id") UUID id, @Param("now") Instant now, @Param("reason") String reason);

    /**
     * Ends every live session of a user.
     *
     * @param userId the user
     * @param now when
     * @param reason why
     * @return the sessions ended
     */
    List<UUID> endAllOfUser(@Param("userId") UUID userId, @Param("now") Instant now, @Param("reason") String reason);

    /**
     * Ends a user's oldest live sessions so that at most {@code keep} remain.
     *
     * @param userId the user
     * @param keep how many live sessions to keep, newest first
     * @param now when
     * @param idleSince sessions last active at or before this are idle, not live
     * @param bornSince sessions created at or before this are past their lifetime, not live
     * @return the sessions ended
     */
    List<UUID> endBeyondCap(@Param("userId") UUID userId, @Param("keep") int keep, @Param("now") Instant now,
            @Param("idleSince") Instant idleSince, @Param("bornSince") Instant bornSince);

    /**
     * A page of a user's sessions, newest first, after a keyset position.
     *
     * @param userId the user
     * @param afterCreatedAt the position's creation time, or null for the first page
     * @param afterId the position's id, or null for the first page
     * @param limit how many rows
     * @return the rows
     */
    List<SessionRow> selectPage(@Param("userId") UUID userId, @Param("afterCreatedAt") Instant afterCreatedAt,
            @Param("afterId") UUID afterId, @Param("limit") int limit);

    /**
     * Ends every live session that is idle or past its lifetime.
     *
     * @param now when
     * @param idleSince sessions last active at or before this are idle
     * @param bornSince sessions created at or before this are past the current lifetime
     * @return how many were ended
     */
    int endExpired(@Param("now") Instant now, @Param("idleSince") Instant idleSince,
            @Param("bornSince") Instant bornSince);

    /**
     * Deletes ended sessions that ended before a cut-off and that no audit row points to.
     *
     * @param endedBefore the cut-off
     * @return how many were deleted
     */
    int deleteEndedBefore(@Param("endedBefore") Instant endedBefore);
}
