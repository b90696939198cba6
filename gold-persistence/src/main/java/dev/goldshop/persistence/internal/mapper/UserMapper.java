package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.security.User;
import dev.goldshop.persistence.internal.security.Credentials;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Users: reads without the password hash, the hash read apart, and version-checked writes. */
public interface UserMapper {

    /**
     * A user, without the hash.
     *
     * @param id the user
     * @return the user, or null
     */
    User selectById(@Param("id") UUID id);

    /**
     * Users ordered by lower-cased username, after a username (both lower-cased by PostgreSQL,
     * so the cursor and the order always agree).
     *
     * @param afterUsername the username of the previous page's last user, or null
     * @param limit how many rows
     * @return the rows
     */
    List<User> selectPage(@Param("afterUsername") String afterUsername, @Param("limit") int limit);

    /**
     * What checking a password needs.
     *
     * @param id the user
     * @return the credentials, or null
     */
    Credentials selectCredentials(@Param("id") UUID id);

    /**
     * Whether any user exists at all.
     *
     * @return true once the shop has a user
     */
    boolean anyExists();

    /**
     * Takes a lock on {@code users} that lets readers through but no other writer, until the
     * transaction ends: the first-run bootstrap is then exactly-once across engines.
     */
    void lockAgainstWriters();

    /**
     * Inserts a user.
     *
     * @param id the id
     * @param username the name
     * @param email the address
     * @param fullName the full name
     * @param passwordHash the PHC string
     * @param roleId the role
     * @param now creation time
     * @return rows inserted
     */
    int insert(@Param("id") UUID id, @Param("username") String username, @Param("email") String email,
            @Param("fullName") String fullName, @Param("passwordHash") String passwordHash,
            @Param("roleId") UUID roleId, @Param("now") Instant now);

    /**
     * Changes address, name and role if the version matches.
     *
     * @param id the user
     * @param email the address
     * @param fullName the name
     * @param roleId the role
     * @param version the expected version
     * @param now the change time
     * @return 1, or 0 if the version did not match
     */
    int update(@Param("id") UUID id, @Param("email") String email, @Param("fullName") String fullName,
            @Param("roleId") UUID roleId, @Param("version") long version, @Param("now") Instant now);

    /**
     * Sets the active flag if the version matches.
     *
     * @param id the user
     * @param active the new flag
     * @param version the expected version
     * @param now the change time
     * @return 1, or 0 if the version did not match
     */
    int updateActive(@Param("id") UUID id, @Param("active") boolean active, @Param("version") long version,
            @Param("now") Instant now);

    /**
     * Replaces the hash if it is still the one the caller verified against.
     *
     * @param id the user
     * @param passwordHash the new PHC string
     * @param expectedHash the PHC string the current password was checked against
     * @param now the change time
     * @return 1, or 0 if the hash changed meanwhile
     */
    int updatePassword(@Param("id") UUID id, @Param("passwordHash") String passwordHash,
            @Param("expectedHash") String expectedHash, @Param("now") Instant now);

    /**
     * Sets a new hash after a reset and lifts a sign-in lock-out.
     *
     * @param id the user
     * @param passwordHash the new PHC string
     * @param now the change time
     * @return rows changed
     */
    int resetPassword(@Param("id") UUID id, @Param("passwordHash") String passwordHash, @Param("now") Instant now);

    /**
     * Ends a user's active sessions, all or all but one.
     *
     * @param userId the user
     * @param keepSessionId the session to keep, or null to end all
     * @param reason the end reason, {@code password_changed} or {@code deactivated}
     * @param now the end time
     * @return how many sessions ended
     */
    int endSessions(@Param("userId") UUID userId, @Param("keepSessionId") UUID keepSessionId,
            @Param("reason") String reason, @Param("now") Instant now);
}
