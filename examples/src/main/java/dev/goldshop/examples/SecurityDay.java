package dev.goldshop.examples;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.audit.AuditTrail;
import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.AlertQuery;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.core.security.Authentication;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.LoginRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.PermissionTemplate;
import dev.goldshop.core.security.PermissionTemplates;
import dev.goldshop.core.security.Role;
import dev.goldshop.core.security.Roles;
import dev.goldshop.core.security.SecurityAlert;
import dev.goldshop.core.security.SecurityAlerts;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.engine.GoldShop;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;

/**
 * The morning at the shop, security first: the owner is created on the first run (no user with
 * a known password ships with the SDK), a cashier role is made from the {@code cashier}
 * template, both log in, the cashier is refused what a cashier may not do, five wrong passwords
 * lock the cashier's account and raise an alert, and the audit trail of the run is printed and
 * verified.
 */
public final class SecurityDay {
    /** The environment variable holding the demo owner's password. */
    public static final String OWNER_PASSWORD_ENV = "GOLDSHOP_DEMO_OWNER_PASSWORD";
    private static final String DEMO_OWNER_PASSWORD = "gold shop demo owner 2026";
    private static final String DEVICE = "till-1";

    private SecurityDay() {
    }

    /**
     * Tells the security part of the day and returns the owner's session context for the rest.
     *
     * @param shop the engine
     * @param out where the story is told
     * @return the owner's call context, bound to the owner's session
     */
    public static CallContext tell(GoldShop shop, PrintStream out) {
        Instant start = shop.clock().instant();
        Users users = shop.facade(Users.class);
        Authentication auth = shop.facade(Authentication.class);
        char[] ownerPassword = ownerPassword();
        try {
            User owner = users.bootstrapOwner(BootstrapRequest.withPassword("owner", "owner@example.com",
                    "Shop Owner", ownerPassword.clone())).owner();
            out.println("First run: created the owner '" + owner.username() + "' with the host's password");
        } catch (BusinessRuleException alreadyBootstrapped) {
            out.println("The owner exists already (bootstrap works once only)");
        }
        LoginResult ownerLogin = auth.login(LoginRequest.of("owner", ownerPassword, "10.0.0.5", "GoldShopDemo/1.0",
                Map.of("device_id", DEVICE), Map.of("branch", "main")));
        CallContext owner = ownerLogin.principal().callContext();
        out.println("Owner logged in; session expires at " + ownerLogin.principal().expiresAt());

        PermissionTemplates templates = shop.facade(PermissionTemplates.class);
        Roles roles = shop.facade(Roles.class);
        Role cashierRole = roles.list(owner, PageRequest.first(100)).items().stream()
                .filter(r -> r.name().equals("Cashier")).findFirst()
                .orElseGet(() -> {
                    PermissionTemplate template = templates.findByName(owner, "cashier").orElseThrow();
                    return roles.createFromTemplate(owner, template.id(), "Cashier");
                });
        out.println("Role 'Cashier' holds " + cashierRole.permissions().size() + " permissions from the template");

        long staff = users.list(owner, PageRequest.first(500)).items().size();
        String cashierName = "cashier" + staff;
        char[] cashierPassword = "till drawer 4 bangles".toCharArray();
        users.create(owner, new NewUser(cashierName, cashierName + "@example.com", "Cashier " + staff,
                cashierRole.id(), cashierPassword.clone()));
        // Each run's cashier works at a till of its own, so that the lock-out of an earlier run's
        // address does not spill into this one.
        String till = "10.0.1." + (staff % 250 + 1);
        LoginResult cashierLogin = auth.login(LoginRequest.of(cashierName, cashierPassword, till,
                "GoldShopDemo/1.0", Map.of("device_id", DEVICE), Map.of("branch", "main")));
        CallContext cashier = cashierLogin.principal().callContext();
        out.println("Created and logged in " + cashierName);

        try {
            shop.facade(AuditTrail.class).query(cashier, AuditQuery.all(), PageRequest.first(5));
        } catch (PermissionDeniedException refused) {
            out.println("Refused, as it should be: " + refused.getMessage());
        }

        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                auth.login(LoginRequest.of(cashierName, "wrong password!".toCharArray(), till,
                        "GoldShopDemo/1.0", Map.of("device_id", DEVICE), Map.of()));
            } catch (AuthenticationException failed) {
                out.println("Wrong password " + attempt + ": " + failed.getMessage());
            }
        }
        try {
            auth.login(LoginRequest.of(cashierName, cashierPassword, till, "GoldShopDemo/1.0",
                    Map.of("device_id", DEVICE), Map.of()));
            out.println("Unexpected: the right password worked during the lock-out");
        } catch (AuthenticationException locked) {
            out.println("Even the right password is refused during the lock-out");
        }
        for (SecurityAlert alert : shop.facade(SecurityAlerts.class).list(owner,
                AlertQuery.all().withType(AlertType.MULTIPLE_FAILURES), PageRequest.first(3)).items()) {
            out.println("Alert [" + alert.severity().code() + "] " + alert.description());
        }

        out.println("Audit trail of this run so far:");
        java.util.List<AuditEntry> trail = new java.util.ArrayList<>(shop.facade(AuditTrail.class).query(owner,
                AuditQuery.builder().from(start).build(), PageRequest.first(50)).items());
        java.util.Collections.reverse(trail);
        for (AuditEntry entry : trail) {
            out.println("  " + entry.createdAt() + "  " + entry.actorName() + "  " + entry.actionType() + " "
                    + entry.resourceType() + "  " + entry.outcome().code());
        }
        ChainVerification verification = shop.facade(AuditTrail.class).verify(owner);
        out.println("Audit chain verified: " + (verification.ok() ? "intact" : "BROKEN " + verification.firstBreak())
                + " (" + verification.rowsChecked() + " rows)");
        return owner;
    }

    private static char[] ownerPassword() {
        String configured = System.getenv(OWNER_PASSWORD_ENV);
        return (configured == null || configured.isBlank() ? DEMO_OWNER_PASSWORD : configured).toCharArray();
    }
}
