package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.BootstrapResult;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.PasswordResetToken;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.UserUpdate;
import dev.goldshop.core.security.Users;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.PermissionTemplateMapper;
import dev.goldshop.persistence.internal.mapper.RoleMapper;
import dev.goldshop.persistence.internal.mapper.UserMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Users} over {@code users}: the permission first, then validation, then the Argon2
 * work outside any transaction (it takes a noticeable fraction of a second and must not hold a
 * connection), then one short transaction with its audit row. Password changes and resets live
 * in {@link PasswordChanges}.
 */
final class UsersService implements Users {
    /** The name of the owner's system role and of the template it follows. */
    static final String OWNER = "owner";

    private final Calls calls;
    private final IdGenerator ids;
    private final PasswordHasher hasher;
    private final PasswordChanges passwords;

    UsersService(Calls calls, IdGenerator ids, PasswordHasher hasher) {
        this.calls = calls;
        this.ids = ids;
        this.hasher = hasher;
        this.passwords = new PasswordChanges(calls, ids, hasher);
    }

    @Override
    public BootstrapResult bootstrapOwner(BootstrapRequest request) {
        if (request == null) {
            throw ValidationException.of("request", null,
                    "is required: the owner's username, email, full name and password (null to generate one)");
        }
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.username(errors, request.username());
        SecurityFields.email(errors, request.email());
        SecurityFields.fullName(errors, request.fullName());
        boolean generate = request.password() == null;
        char[] password = generate ? Secrets.newPassword() : request.password();
        if (!generate) {
            PasswordPolicy.check("password", password, request.username(), request.email()).ifPresent(errors::add);
        }
        SecurityFields.throwIfAny(errors);
        String phc = hasher.hash(password);
        try {
            return calls.writeAuthorized(CallContext.system("bootstrap"), tx -> {
                UserMapper users = tx.mapper(UserMapper.class);
                RoleMapper roles = tx.mapper(RoleMapper.class);
                // Serializes concurrent bootstraps (on any engine): the second sees the first's owner.
                users.lockAgainstWriters();
                if (users.anyExists()) {
                    throw new BusinessRuleException("the shop already has users: bootstrapOwner works only on the"
                            + " first run; sign in as the owner and create users with Users.create");
                }
                TemplateRow template = tx.mapper(PermissionTemplateMapper.class).selectByName(OWNER);
                if (template == null || !template.system()) {
                    throw new StorageException(ErrorCode.SCHEMA_MISMATCH, "the system permission template '" + OWNER
                            + "' is missing; the database was changed outside the SDK's migrations", null);
                }
                Instant now = Versions.now(calls.clock());
                UUID roleId = ids.newId();
                roles.insert(new RoleRow(roleId, OWNER, template.description(), template.permissions(), true, now,
                        now, 0));
                UUID userId = ids.newId();
                users.insert(userId, request.username(), request.email(), request.fullName(), phc, roleId, now);
                User owner = users.selectById(userId);
                RoleRow role = roles.selectById(roleId);
                return Audited.of(new BootstrapResult(owner, role.toRole(), generate ? password : null),
                        new AuditEvent("bootstrap", "user", userId, null, Map.of("user", owner, "role", role),
                                Map.of()));
            });
        } catch (RuntimeException refused) {
            if (generate) {
                Arrays.fill(password, '\0');
            }
            throw refused;
        }
    }

    @Override
    public User create(CallContext ctx, NewUser user) {
        calls.authorize(ctx, Permissions.USER_CREATE);
        if (user == null) {
            throw ValidationException.of("user", null, "is required: username, email, fullName, roleId and password");
        }
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.username(errors, user.username());
        SecurityFields.email(errors, user.email());
        SecurityFields.fullName(errors, user.fullName());
        SecurityFields.requiredId(errors, "roleId", user.roleId());
        PasswordPolicy.check("password", user.password(), user.username(), user.email()).ifPresent(errors::add);
        SecurityFields.throwIfAny(errors);
        String phc = hasher.hash(user.password());
        return GrantDenied.write(calls, ctx, tx -> {
            RoleRow role = tx.mapper(RoleMapper.class).selectById(user.roleId());
            if (role == null) {
                throw new NotFoundException("role", user.roleId());
            }
            GrantDenied.requireHeld(calls, ctx, PermissionSets.fromJson(role.permissions()), "user", null);
            UserMapper users = tx.mapper(UserMapper.class);
            UUID id = ids.newId();
            users.insert(id, user.username(), user.email(), user.fullName(), phc, user.roleId(),
                    Versions.now(calls.clock()));
            User created = users.selectById(id);
            return Audited.of(created, AuditEvent.created("user", id, created));
        });
    }

    @Override
    public User update(CallContext ctx, UUID id, UserUpdate update, long version) {
        calls.authorize(ctx, Permissions.USER_UPDATE);
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.requiredId(errors, "id", id);
        if (update == null) {
            errors.add(new FieldError("update", null, "is required: email, fullName and roleId"));
        } else {
            SecurityFields.email(errors, update.email());
            SecurityFields.fullName(errors, update.fullName());
            SecurityFields.requiredId(errors, "roleId", update.roleId());
        }
        SecurityFields.throwIfAny(errors);
        return GrantDenied.write(calls, ctx, tx -> {
            UserMapper users = tx.mapper(UserMapper.class);
            User before = users.selectById(id);
            if (before == null) {
                throw new NotFoundException("user", id);
            }
            boolean roleChanges = !before.roleId().equals(update.roleId());
            if (roleChanges) {
                RoleRow role = tx.mapper(RoleMapper.class).selectById(update.roleId());
                if (role == null) {
                    throw new NotFoundException("role", update.roleId());
                }
                GrantDenied.requireHeld(calls, ctx, PermissionSets.fromJson(role.permissions()), "user", id);
            }
            if (users.update(id, update.email(), update.fullName(), update.roleId(), version,
                    Versions.now(calls.clock())) == 0) {
                throw Versions.stale("user", id, version);
            }
            if (roleChanges) {
                calls.permissionsChanged(tx);
            }
            User after = users.selectById(id);
            return Audited.of(after, AuditEvent.updated("user", id, before, after));
        });
    }

    @Override
    public User deactivate(CallContext ctx, UUID id, long version) {
        return setActive(ctx, id, version, false);
    }

    @Override
    public User reactivate(CallContext ctx, UUID id, long version) {
        return setActive(ctx, id, version, true);
    }

    private User setActive(CallContext ctx, UUID id, long version, boolean active) {
        calls.authorize(ctx, Permissions.USER_DEACTIVATE);
        if (id == null) {
            throw ValidationException.of("id", null, "is required: the id of an existing user");
        }
        return calls.writeAuthorized(ctx, tx -> {
            UserMapper users = tx.mapper(UserMapper.class);
            User before = users.selectById(id);
            if (before == null) {
                throw new NotFoundException("user", id);
            }
            if (before.version() != version) {
                throw Versions.stale("user", id, version);
            }
            if (before.active() == active) {
                throw new BusinessRuleException("user " + before.username() + " is already "
                        + (active ? "active" : "inactive"));
            }
            if (!active && id.equals(ctx.actor().userId())) {
                throw new BusinessRuleException("no one deactivates their own account (the shop could be left"
                        + " without an administrator); ask another administrator");
            }
            Instant now = Versions.now(calls.clock());
            if (users.updateActive(id, active, version, now) == 0) {
                throw Versions.stale("user", id, version);
            }
            int ended = active ? 0 : users.endSessions(id, null, "deactivated", now);
            calls.permissionsChanged(tx);
            User after = users.selectById(id);
            return Audited.of(after, new AuditEvent(active ? "reactivate" : "deactivate", "user", id, before, after,
                    active ? Map.of() : Map.of("sessions_ended", ended)));
        });
    }

    @Override
    public Optional<User> get(CallContext ctx, UUID id) {
        return calls.read(ctx, Permissions.USER_READ,
                tx -> id == null ? Optional.empty() : Optional.ofNullable(tx.mapper(UserMapper.class).selectById(id)));
    }

    @Override
    public Page<User> list(CallContext ctx, PageRequest page) {
        return calls.read(ctx, Permissions.USER_READ, tx -> Keyset.page("users", page == null ? PageRequest.first() : page,
                (after, limit) -> tx.mapper(UserMapper.class).selectPage(after, limit),
                User::username, user -> user));
    }

    @Override
    public void changePassword(CallContext ctx, char[] currentPassword, char[] newPassword) {
        passwords.change(ctx, currentPassword, newPassword);
    }

    @Override
    public PasswordResetToken requestPasswordReset(CallContext ctx, UUID userId) {
        return passwords.requestReset(ctx, userId);
    }

    @Override
    public void resetPassword(String token, char[] newPassword, String ipAddress, String userAgent) {
        passwords.reset(token, newPassword, ipAddress, userAgent);
    }
}
