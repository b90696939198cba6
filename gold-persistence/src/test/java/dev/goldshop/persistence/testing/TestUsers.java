package dev.goldshop.persistence.testing;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.Permission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Users made behind the engine's back, each with a role of its own holding exactly the given
 * permissions: tests of a facade need callers with and without a permission, not the user admin.
 */
public final class TestUsers {
    /** A valid Argon2id PHC string no password matches; these users never log in. */
    private static final String NO_LOGIN = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    private TestUsers() {
    }

    /**
     * Creates a user and its role.
     *
     * @param db the database
     * @param username the user name, unique in the database (also the e-mail's local part)
     * @param permissions what the role holds
     * @return the user as the context of its calls
     */
    public static CallContext create(TestDatabase db, String username, Permission... permissions) {
        UUID roleId = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        String grants = Arrays.stream(permissions).map(p -> "\"" + p + "\"").collect(Collectors.joining(",", "[", "]"));
        try (Connection c = db.connect();
                PreparedStatement role = c.prepareStatement(
                        "INSERT INTO roles (id, name, description, permissions) VALUES (?, ?, 'test role', ?::jsonb)");
                PreparedStatement user = c.prepareStatement("INSERT INTO users (id, username, email, full_name,"
                        + " password_hash, role_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            role.setObject(1, roleId);
            role.setString(2, "role of " + username);
            role.setString(3, grants);
            role.executeUpdate();
            user.setObject(1, userId);
            user.setString(2, username);
            user.setString(3, username + "@example.com");
            user.setString(4, username);
            user.setString(5, NO_LOGIN);
            user.setObject(6, roleId);
            user.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not create user " + username, e);
        }
        return CallContext.of(Actor.user(userId, username));
    }
}
