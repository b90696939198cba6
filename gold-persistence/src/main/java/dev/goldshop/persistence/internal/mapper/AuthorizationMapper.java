package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.security.GrantRow;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Reads what a user may do, and announces changes to it. */
public interface AuthorizationMapper {
    /**
     * The user's state and role permissions.
     *
     * @param userId the user
     * @return the row, or null if there is no such user
     */
    GrantRow selectGrants(@Param("userId") UUID userId);

    /**
     * Tells every engine on this database, at commit, that permissions changed.
     *
     * @param payload what changed, for example {@code authz}
     * @return ignored
     */
    String notifyChange(@Param("payload") String payload);
}
