package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.security.Credentials;
import dev.goldshop.persistence.internal.security.ResetTokenRow;
import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Password reset tokens, by the hash of the token only. */
public interface PasswordResetMapper {

    /**
     * The shop's token lifetime setting.
     *
     * @return minutes, or null when the shop has no settings row yet
     */
    Integer selectLifetimeMinutes();

    /**
     * Stores a new token's hash.
     *
     * @param row the token row
     * @return rows inserted
     */
    int insert(ResetTokenRow row);

    /**
     * Removes a user's tokens that were never used, so that only the newest one works.
     *
     * @param userId the user
     * @return how many were removed
     */
    int deleteUnused(@Param("userId") UUID userId);

    /**
     * The user of an unused, unexpired token, without consuming it.
     *
     * @param tokenHash the token's hash
     * @param now the engine's time
     * @return the user's credentials, or null if the token does not work
     */
    Credentials selectUsable(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    /**
     * Consumes an unused, unexpired token, atomically: of two concurrent calls one gets the user.
     *
     * @param tokenHash the token's hash
     * @param now the engine's time
     * @return the token's user, or null if it did not work
     */
    UUID consume(@Param("tokenHash") String tokenHash, @Param("now") Instant now);
}
