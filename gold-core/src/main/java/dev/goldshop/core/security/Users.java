package dev.goldshop.core.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff accounts and their passwords. Obtain it with {@code shop.facade(Users.class)}.
 *
 * <p>Passwords are 8 to 128 characters of any kind (counted as Unicode code points), with no
 * rules about character classes; they are never truncated or case-folded, and one of the 10,000
 * most common passwords, or one equal to the username or address, is refused. They are stored
 * only as Argon2id hashes. Every {@code char[]} password passed in belongs to the caller, who
 * clears it after the call.
 *
 * <p>Every change writes exactly one audit row (never containing a password, hash or token).
 * The permission check comes before anything else: a caller without the permission learns
 * nothing about the arguments, and only the audit row of the refusal is written.
 */
public interface Users {

    /**
     * Creates the first user, the owner, on a shop that has no user at all: the owner's role
     * (a system role named {@code owner}) from the {@code owner} template, and the owner with
     * the password the host supplies or a generated one returned once. Needs no caller, because
     * there is nobody yet; it works exactly once, also when several engines try at the same time.
     *
     * @param request the owner's details
     * @return the owner, the role and the generated password if any
     * @throws ValidationException if a field is invalid (the password's error never repeats it)
     * @throws BusinessRuleException if any user already exists
     * @throws ConflictException if a role named {@code owner} already exists
     */
    BootstrapResult bootstrapOwner(BootstrapRequest request);

    /**
     * Creates a user. Needs {@link Permissions#USER_CREATE}, and the caller must hold every
     * permission of the role given.
     *
     * @param ctx who calls
     * @param user the new user's details and initial password
     * @return the user
     * @throws PermissionDeniedException if the caller lacks the permission or a permission of the role
     * @throws ValidationException if a field is invalid
     * @throws NotFoundException if the role does not exist
     * @throws ConflictException if the username or address is taken
     */
    User create(CallContext ctx, NewUser user);

    /**
     * Changes a user's address, name and role. Needs {@link Permissions#USER_UPDATE}; to give
     * another role the caller must also hold every permission of that role. A role change takes
     * effect on the user's very next call.
     *
     * @param ctx who calls
     * @param id the user
     * @param update the new values
     * @param version the version the caller read
     * @return the user as changed
     * @throws PermissionDeniedException if the caller lacks the permission or a permission of the new role
     * @throws ValidationException if a field is invalid
     * @throws NotFoundException if the user or the new role does not exist
     * @throws ConflictException if the user changed since {@code version} was read, or the address is taken
     */
    User update(CallContext ctx, UUID id, UserUpdate update, long version);

    /**
     * Deactivates a user: they can no longer sign in or act, and all their sessions end.
     * Needs {@link Permissions#USER_DEACTIVATE}.
     *
     * @param ctx who calls
     * @param id the user
     * @param version the version the caller read
     * @return the user as changed
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws NotFoundException if the user does not exist
     * @throws BusinessRuleException if the user is already inactive, or is the caller (no one
     *     locks themselves out)
     * @throws ConflictException if the user changed since {@code version} was read
     */
    User deactivate(CallContext ctx, UUID id, long version);

    /**
     * Lets a deactivated user sign in and act again. Needs {@link Permissions#USER_DEACTIVATE}.
     *
     * @param ctx who calls
     * @param id the user
     * @param version the version the caller read
     * @return the user as changed
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws NotFoundException if the user does not exist
     * @throws BusinessRuleException if the user is already active
     * @throws ConflictException if the user changed since {@code version} was read
     */
    User reactivate(CallContext ctx, UUID id, long version);

    /**
     * Reads a user. Needs {@link Permissions#USER_READ}.
     *
     * @param ctx who calls
     * @param id the user
     * @return the user, or empty if there is none with this id
     * @throws PermissionDeniedException if the caller lacks the permission
     */
    Optional<User> get(CallContext ctx, UUID id);

    /**
     * Lists users by username (case-insensitive order). Needs {@link Permissions#USER_READ}.
     *
     * @param ctx who calls
     * @param page the cursor and page size
     * @return one page
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws ValidationException if the cursor is not one this method returned
     */
    Page<User> list(CallContext ctx, PageRequest page);

    /**
     * Changes the caller's own password, proven by the current one. Needs no permission: every
     * active user may do it. Ends every other session of the user (all but
     * {@link CallContext#sessionId()}).
     *
     * @param ctx who calls; a user, not the system
     * @param currentPassword the password now
     * @param newPassword the new password
     * @throws PermissionDeniedException if the caller is the system, or a user who does not exist or is inactive
     * @throws AuthenticationException if the current password is wrong
     * @throws ValidationException if the new password is refused by the policy (the error says
     *     what is accepted and never repeats the password)
     * @throws ConflictException if the password was changed at the same time by another call
     */
    void changePassword(CallContext ctx, char[] currentPassword, char[] newPassword);

    /**
     * Issues a single-use password reset token for a user, shown once; any earlier unused token
     * of that user stops working. Needs {@link Permissions#USER_RESET_PASSWORD}. The token
     * expires after the shop's {@code password_reset_token_minutes} setting (30 minutes by default).
     *
     * @param ctx who calls
     * @param userId whose password may be reset
     * @return the token and its expiry
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws NotFoundException if the user does not exist
     * @throws BusinessRuleException if the user is inactive
     */
    PasswordResetToken requestPasswordReset(CallContext ctx, UUID userId);

    /**
     * Sets a new password with a reset token, which is consumed: it never works again. Needs no
     * caller, because the token is the credential. Ends every session of the user and lifts a
     * sign-in lock-out. A refused password leaves the token usable until it expires.
     *
     * @param token the token from {@link #requestPasswordReset}
     * @param newPassword the new password
     * @param ipAddress the client's address as the host saw it, or {@code null}, for the audit row
     * @param userAgent the client's user agent, or {@code null}, for the audit row
     * @throws AuthenticationException if the token is unknown, used, expired, or its user is inactive
     *     (one message for all, so the answer reveals nothing)
     * @throws ValidationException if the new password is refused by the policy
     */
    void resetPassword(String token, char[] newPassword, String ipAddress, String userAgent);
}
