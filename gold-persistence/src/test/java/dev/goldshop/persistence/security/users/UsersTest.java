package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.UserUpdate;
import dev.goldshop.persistence.internal.security.Argon2PasswordHasher;
import dev.goldshop.persistence.security.users.Argon2PasswordHasherTest.Phc;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Users facade: each method's normal path, bad input, refusal, not found and conflict. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersTest {
    private SecurityBed bed;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new SecurityBed(db);
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    @Test
    void creates_a_user_with_one_audit_row_that_holds_no_password_or_hash() throws Exception {
        UUID role = bed.role(Permissions.INVOICE_READ);
        Set<UUID> audit = bed.auditIds();
        User created = bed.users.create(bed.owner, new NewUser("maria.k", "maria@example.com", "Maria K", role,
                "canary-create-7f3a9".toCharArray()));
        assertThat(created.username()).isEqualTo("maria.k");
        assertThat(created.active()).isTrue();
        assertThat(created.version()).isZero();
        assertThat(created.passwordChangedAt()).isNotNull();
        assertThat(bed.users.get(bed.owner, created.id())).contains(created);
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "create", "user", created.id(), "success");
        assertThat(line.newData()).contains("maria.k").doesNotContain("canary-create-7f3a9");
        assertThat(bed.tablesContaining("canary-create-7f3a9")).isEmpty();
        assertThat(line.userId()).isEqualTo(bed.bootstrap.owner().id());
    }

    @Test
    void a_user_record_never_carries_the_password_or_its_hash() {
        assertThat(Arrays.stream(User.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("hash"))
                .noneMatch(name -> name.equalsIgnoreCase("password"));
        assertThat(Arrays.stream(UserUpdate.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("email", "fullName", "roleId");
        assertThat(new NewUser("a", "b", "c", null, "secret-value".toCharArray()).toString())
                .doesNotContain("secret-value");
    }

    @Test
    void bad_input_names_each_field_and_what_is_accepted_and_writes_nothing() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        ValidationException refused = assertThrows(ValidationException.class, () -> bed.users.create(bed.owner,
                new NewUser("-x", "no-at-sign", " ", null, "password123".toCharArray())));
        Map<String, FieldError> byField = byField(refused);
        assertThat(byField.keySet()).containsExactlyInAnyOrder("username", "email", "fullName", "roleId", "password");
        assertThat(byField.get("username").rejectedValue()).isEqualTo("-x");
        assertThat(byField.get("username").message()).contains("3 to 100 letters");
        assertThat(byField.get("email").message()).contains("name@example.com");
        assertThat(byField.get("fullName").message()).contains("1 to 200");
        assertThat(byField.get("password").rejectedValue()).isNull();
        assertThat(byField.get("password").message()).contains("most common").contains("8 to 128");
        assertThat(refused.getMessage()).doesNotContain("password123");

        assertThrows(ValidationException.class, () -> bed.users.create(bed.owner, null));
        assertThat(byField(assertThrows(ValidationException.class, () -> bed.users.create(bed.owner,
                new NewUser("samesame", "same@example.com", "Same", bed.role(), "samesame".toCharArray()))))
                .get("password").message()).contains("username");
        before = bed.rowCounts();
        assertThrows(ValidationException.class, () -> bed.users.create(bed.owner,
                new NewUser("short.pw", "short@example.com", "Short", bed.bootstrap.ownerRole().id(),
                        "1234567".toCharArray())));
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void every_method_refuses_an_actor_without_permissions_and_leaves_only_the_denied_audit_row() throws Exception {
        CallContext nobody = bed.nobody();
        User target = bed.user("target's passphrase");
        Map<String, Consumer<CallContext>> calls = new LinkedHashMap<>();
        calls.put("create", ctx -> bed.users.create(ctx, new NewUser("denied.user", "denied@example.com", "Denied",
                bed.bootstrap.ownerRole().id(), "a fine passphrase".toCharArray())));
        calls.put("update", ctx -> bed.users.update(ctx, target.id(), UserUpdate.of(target).withFullName("X"), 0));
        calls.put("deactivate", ctx -> bed.users.deactivate(ctx, target.id(), target.version()));
        calls.put("reactivate", ctx -> bed.users.reactivate(ctx, target.id(), target.version()));
        calls.put("get", ctx -> bed.users.get(ctx, target.id()));
        calls.put("list", ctx -> bed.users.list(ctx, PageRequest.first()));
        calls.put("requestPasswordReset", ctx -> bed.users.requestPasswordReset(ctx, target.id()));
        for (Map.Entry<String, Consumer<CallContext>> call : calls.entrySet()) {
            Map<String, Long> before = bed.rowCounts();
            Set<UUID> audit = bed.auditIds();
            assertThatThrownBy(() -> call.getValue().accept(nobody)).as(call.getKey())
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).as(call.getKey()).isEqualTo(Map.of("audit_logs", 1L));
            assertThat(bed.auditSince(audit).get(0).outcome()).as(call.getKey()).isEqualTo("denied");
        }
    }

    @Test
    void an_unknown_role_is_not_found_and_a_taken_username_conflicts_whatever_its_case() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.users.create(bed.owner, new NewUser("ghost.role", "ghost@example.com", "Ghost",
                UUID.randomUUID(), "a fine passphrase".toCharArray()))).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        assertThatThrownBy(() -> bed.users.create(bed.owner, new NewUser("OWNER", "other@example.com", "Other",
                bed.bootstrap.ownerRole().id(), "a fine passphrase".toCharArray())))
                .isInstanceOf(ConflictException.class);
        assertThat(bed.users.get(bed.owner, UUID.randomUUID())).isEmpty();
    }

    @Test
    void update_changes_address_name_and_role_and_refuses_a_stale_version_or_an_unknown_user() throws Exception {
        User user = bed.user("update's passphrase", Permissions.USER_READ);
        UUID otherRole = bed.role(Permissions.INVOICE_READ);
        Set<UUID> audit = bed.auditIds();
        User changed = bed.users.update(bed.owner, user.id(),
                new UserUpdate("new.address@example.com", "New Name", otherRole), user.version());
        assertThat(changed.email()).isEqualTo("new.address@example.com");
        assertThat(changed.fullName()).isEqualTo("New Name");
        assertThat(changed.roleId()).isEqualTo(otherRole);
        assertThat(changed.version()).isEqualTo(user.version() + 1);
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "update", "user", user.id(), "success");
        assertThat(line.oldData()).contains(user.email());
        assertThat(line.newData()).contains("new.address@example.com");

        Map<String, Long> before = bed.rowCounts();
        ConflictException stale = assertThrows(ConflictException.class, () -> bed.users.update(bed.owner, user.id(),
                UserUpdate.of(changed).withFullName("Lost Update"), user.version()));
        assertThat(stale.code()).isEqualTo(ErrorCode.STALE_VERSION);
        assertThatThrownBy(() -> bed.users.update(bed.owner, UUID.randomUUID(), UserUpdate.of(changed), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.users.update(bed.owner, user.id(), UserUpdate.of(changed)
                .withRoleId(UUID.randomUUID()), changed.version())).isInstanceOf(NotFoundException.class);
        assertThat(byField(assertThrows(ValidationException.class, () -> bed.users.update(bed.owner, user.id(),
                new UserUpdate("bad", "", null), changed.version()))).keySet())
                .containsExactlyInAnyOrder("email", "fullName", "roleId");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void no_one_gives_a_role_with_permissions_they_do_not_hold() throws Exception {
        User admin = bed.user("admin's passphrase", Permissions.USER_UPDATE, Permissions.USER_READ,
                Permissions.USER_CREATE);
        CallContext ctx = SecurityBed.as(admin);
        Map<String, Long> before = bed.rowCounts();
        Set<UUID> audit = bed.auditIds();
        assertThatThrownBy(() -> bed.users.update(ctx, admin.id(),
                UserUpdate.of(admin).withRoleId(bed.bootstrap.ownerRole().id()), admin.version()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("user:deactivate");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.auditSince(audit).get(0).outcome()).isEqualTo("denied");
        assertThatThrownBy(() -> bed.users.create(ctx, new NewUser("escalated", "esc@example.com", "Esc",
                bed.bootstrap.ownerRole().id(), "a fine passphrase".toCharArray())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.users.get(bed.owner, admin.id()).orElseThrow().roleId()).isEqualTo(admin.roleId());
        User peer = bed.users.create(ctx, new NewUser(SecurityBed.unique("peer"), SecurityBed.unique("peer")
                + "@example.com", "Peer", admin.roleId(), "a fine passphrase".toCharArray()));
        assertThat(peer.roleId()).isEqualTo(admin.roleId());
    }

    @Test
    void deactivation_ends_every_session_and_refuses_the_users_next_call_until_reactivated() throws Exception {
        User user = bed.user("deactivated's passphrase", Permissions.USER_READ);
        CallContext ctx = SecurityBed.as(user);
        assertThat(bed.users.get(ctx, user.id())).isPresent();
        UUID first = bed.session(user.id());
        UUID second = bed.session(user.id());
        Set<UUID> audit = bed.auditIds();
        User inactive = bed.users.deactivate(bed.owner, user.id(), user.version());
        assertThat(inactive.active()).isFalse();
        assertThat(bed.sessionActive(first)).isFalse();
        assertThat(bed.sessionActive(second)).isFalse();
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "deactivate", "user", user.id(), "success");
        assertThat(line.context()).contains("\"sessions_ended\": 2");
        assertThatThrownBy(() -> bed.users.get(ctx, user.id())).isInstanceOf(PermissionDeniedException.class);

        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.users.deactivate(bed.owner, user.id(), inactive.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already inactive");
        assertThatThrownBy(() -> bed.users.reactivate(bed.owner, user.id(), user.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.users.reactivate(bed.owner, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();

        User active = bed.users.reactivate(bed.owner, user.id(), inactive.version());
        assertThat(active.active()).isTrue();
        assertThat(bed.users.get(ctx, user.id())).isPresent();
        assertThatThrownBy(() -> bed.users.reactivate(bed.owner, user.id(), active.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already active");
    }

    @Test
    void no_one_deactivates_themselves() throws Exception {
        User owner = bed.users.get(bed.owner, bed.bootstrap.owner().id()).orElseThrow();
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.users.deactivate(bed.owner, owner.id(), owner.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("own account");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void list_pages_by_username_with_a_keyset_cursor() throws Exception {
        for (int i = 0; i < 3; i++) {
            bed.user("listed passphrase");
        }
        List<String> seen = new ArrayList<>();
        Page<User> page = bed.users.list(bed.owner, PageRequest.first(2));
        assertThat(page.items()).hasSize(2);
        seen.addAll(page.items().stream().map(User::username).toList());
        while (page.hasNext()) {
            page = bed.users.list(bed.owner, PageRequest.after(page.nextCursor().orElseThrow(), 2));
            seen.addAll(page.items().stream().map(User::username).toList());
        }
        assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4).contains("owner");
        assertThat(seen).isEqualTo(bed.strings("SELECT username FROM users ORDER BY lower(username)"));
        assertThat(byField(assertThrows(ValidationException.class,
                () -> bed.users.list(bed.owner, PageRequest.after("not a cursor", 2)))).keySet())
                .containsExactly("cursor");
        String rolesCursor = bed.roles.list(bed.owner, PageRequest.first(1)).nextCursor().orElseThrow();
        assertThrows(ValidationException.class, () -> bed.users.list(bed.owner, PageRequest.after(rolesCursor, 2)));
    }

    @Test
    void changing_ones_password_needs_the_current_one_and_ends_the_other_sessions() throws Exception {
        User user = bed.user("canary-before-change-51c2");
        UUID current = bed.session(user.id());
        UUID other = bed.session(user.id());
        CallContext ctx = new CallContext(SecurityBed.as(user).actor(), current, "203.0.113.9", "test-agent", null);

        Map<String, Long> before = bed.rowCounts();
        Set<UUID> audit = bed.auditIds();
        assertThatThrownBy(() -> bed.users.changePassword(ctx, "not the password".toCharArray(),
                "canary-after-change-90d1".toCharArray())).isInstanceOf(AuthenticationException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        bed.oneAuditRow(audit, "password_change", "user", user.id(), "failure");

        before = bed.rowCounts();
        ValidationException weak = assertThrows(ValidationException.class, () -> bed.users.changePassword(ctx,
                "canary-before-change-51c2".toCharArray(), "iloveyou".toCharArray()));
        assertThat(weak.fieldErrors().get(0).field()).isEqualTo("newPassword");
        assertThat(weak.fieldErrors().get(0).rejectedValue()).isNull();
        assertThat(bed.changedSince(before)).isEmpty();

        audit = bed.auditIds();
        bed.users.changePassword(ctx, "canary-before-change-51c2".toCharArray(),
                "canary-after-change-90d1".toCharArray());
        assertThat(bed.sessionActive(current)).isTrue();
        assertThat(bed.sessionActive(other)).isFalse();
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "password_change", "user", user.id(), "success");
        assertThat(line.context()).contains("\"other_sessions_ended\": 1");
        String stored = bed.storedHash(user.id());
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertThat(hasher.verify("canary-after-change-90d1".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("canary-before-change-51c2".toCharArray(), stored)).isFalse();
        assertThat(bed.users.get(bed.owner, user.id()).orElseThrow().version()).isEqualTo(user.version() + 1);

        assertThat(bed.tablesContaining("canary-before-change-51c2")).isEmpty();
        assertThat(bed.tablesContaining("canary-after-change-90d1")).isEmpty();
    }

    @Test
    void the_system_or_a_deactivated_user_cannot_change_a_password() throws Exception {
        assertThatThrownBy(() -> bed.users.changePassword(CallContext.system("job"), "a".toCharArray(),
                "a fine passphrase".toCharArray())).isInstanceOf(PermissionDeniedException.class);
        User user = bed.user("inactive's passphrase");
        bed.users.deactivate(bed.owner, user.id(), user.version());
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.users.changePassword(SecurityBed.as(user), "inactive's passphrase".toCharArray(),
                "a fine new passphrase".toCharArray())).isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThatThrownBy(() -> bed.users.changePassword(SecurityBed.as(bed.user("x passphrase")), null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void stored_hashes_are_argon2id_at_the_floor_and_differ_for_the_same_password() throws Exception {
        User first = bed.user("the very same passphrase");
        User second = bed.user("the very same passphrase");
        String firstHash = bed.storedHash(first.id());
        String secondHash = bed.storedHash(second.id());
        assertThat(firstHash).isNotEqualTo(secondHash);
        for (String stored : List.of(firstHash, secondHash)) {
            Phc phc = Phc.parse(stored);
            assertThat(phc.algorithm()).isEqualTo("argon2id");
            assertThat(phc.memoryKib()).isGreaterThanOrEqualTo(19_456);
            assertThat(phc.iterations()).isGreaterThanOrEqualTo(2);
            assertThat(phc.parallelism()).isEqualTo(1);
            assertThat(phc.saltBytes()).isGreaterThanOrEqualTo(16);
        }
        assertThat(bed.tablesContaining("the very same passphrase")).isEmpty();
        assertThat(bed.tablesContaining(SecurityBed.OWNER_PASSWORD)).isEmpty();
    }

    private static Map<String, FieldError> byField(ValidationException e) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        e.fieldErrors().forEach(error -> byField.put(error.field(), error));
        return byField;
    }
}
