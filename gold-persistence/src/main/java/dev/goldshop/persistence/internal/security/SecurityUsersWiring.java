package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.security.PermissionTemplates;
import dev.goldshop.core.security.Roles;
import dev.goldshop.core.security.Users;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.PasswordResetMapper;
import dev.goldshop.persistence.internal.mapper.PermissionTemplateMapper;
import dev.goldshop.persistence.internal.mapper.RoleMapper;
import dev.goldshop.persistence.internal.mapper.UserMapper;

/** Wires users, roles and permission templates into an engine: their mappers and facades. */
public final class SecurityUsersWiring {
    private SecurityUsersWiring() {
    }

    /**
     * Registers the mappers and the {@link Users}, {@link Roles} and {@link PermissionTemplates} facades.
     *
     * @param engine the engine being configured
     */
    public static void register(Engine engine) {
        engine.addMapper(UserMapper.class);
        engine.addMapper(RoleMapper.class);
        engine.addMapper(PermissionTemplateMapper.class);
        engine.addMapper(PasswordResetMapper.class);
        engine.registerFacade(Users.class, new UsersService(engine.calls(), engine.ids(), new Argon2PasswordHasher()));
        engine.registerFacade(Roles.class, new RolesService(engine.calls(), engine.ids()));
        engine.registerFacade(PermissionTemplates.class, new PermissionTemplatesService(engine.calls(), engine.ids()));
    }
}
