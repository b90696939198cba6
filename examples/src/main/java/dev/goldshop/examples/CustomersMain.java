package dev.goldshop.examples;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.CommunicationType;
import dev.goldshop.core.customer.ContactChannel;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerCommunications;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerOverview;
import dev.goldshop.core.customer.CustomerPreferences;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.CustomerRelationships;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerSummary;
import dev.goldshop.core.customer.CustomerTag;
import dev.goldshop.core.customer.CustomerTags;
import dev.goldshop.core.customer.Direction;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.FollowUpPlan;
import dev.goldshop.core.customer.Gender;
import dev.goldshop.core.customer.MaritalStatus;
import dev.goldshop.core.customer.NewCommunication;
import dev.goldshop.core.customer.NewRelationship;
import dev.goldshop.core.customer.OccasionType;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.customer.Preferences;
import dev.goldshop.core.customer.PreferencesInput;
import dev.goldshop.core.customer.PurchaseFrequency;
import dev.goldshop.core.customer.RelationshipType;
import dev.goldshop.core.customer.SpecialOccasion;
import dev.goldshop.core.customer.TagDetails;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.core.spi.KeyProvider;
import dev.goldshop.core.spi.PiiKeyInstaller;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.GoldShop;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The customer CRM at the counter: a few customers with full profiles, tags, a family link and
 * a referral, a visit with a follow-up, preferences, searches by part of a name and by phone,
 * one audited reveal of a national id, and a customer 360.
 *
 * <p>Run it with {@code mvn -q -B -DskipTests -pl examples -am package exec:java
 * -Dexec.mainClass=dev.goldshop.examples.CustomersMain}. Like {@link DemoMain} it keeps its data
 * in {@code GOLDSHOP_DATA_DIR} and can run again on the same data: it looks customers up before
 * it creates them.
 *
 * <p>National ids are encrypted with keys the host keeps. This demo derives its keys from
 * {@code GOLDSHOP_DEMO_PII_SECRET} (or a fixed demo text), so that a second run can read what the
 * first one stored; a real host loads random keys from its vault instead.
 */
public final class CustomersMain {
    /** The environment variable with the demo's key secret. */
    public static final String SECRET_ENV = "GOLDSHOP_DEMO_PII_SECRET";

    private CustomersMain() {
    }

    /**
     * Runs the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String configured = System.getenv(DemoMain.DATA_DIR_ENV);
        run(Path.of(configured == null || configured.isBlank() ? "goldshop-data" : configured), System.out);
    }

    /**
     * Runs the demo on a data directory, printing to {@code out}.
     *
     * @param dataDir where the database lives
     * @param out where the story is told
     */
    public static void run(Path dataDir, PrintStream out) {
        try (GoldShop shop = GoldShop.embedded(dataDir).build()) {
            shop.facade(PiiKeyInstaller.class).install(demoKeys());
            tell(shop, owner(shop.facade(Users.class), out), out);
        }
        out.println("Customers demo finished.");
    }

    /**
     * Tells the customers part of the day on a running engine whose PII keys are installed.
     *
     * @param shop the engine
     * @param owner who acts
     * @param out where the story is told
     */
    public static void tell(GoldShop shop, CallContext owner, PrintStream out) {
        {
            CustomerProfiles profiles = shop.facade(CustomerProfiles.class);

            Customer leila = findOrCreate(profiles, owner, CustomerDetails.builder("Leïla").lastName("Haddad")
                    .phone("+971 50 123 4567").email("leila.haddad@example.com").nationalId("784-1985-1234567-1")
                    .dateOfBirth(LocalDate.of(1985, 4, 2)).gender(Gender.FEMALE).maritalStatus(MaritalStatus.MARRIED)
                    .nationality("Lebanese").occupation("Dentist")
                    .address(new PostalAddress("Villa 12, Al Wasl Rd", "Dubai", null, null, "UAE", null))
                    .notes("Prefers 21K").internalNotes("Asks for the old price").build(), out);
            Customer karim = findOrCreate(profiles, owner, CustomerDetails.builder("Karim").lastName("Haddad")
                    .phone("+971 50 765 4321").email("karim.haddad@example.com")
                    .business(new BusinessDetails("Haddad Trading", "Partner", null, null, null)).build(), out);
            Customer sam = findOrCreate(profiles, owner, CustomerDetails.builder("Sam").lastName("Núñez")
                    .phone("+971 55 111 2233").build(), out);

            CustomerRelationships relationships = shop.facade(CustomerRelationships.class);
            if (relationships.list(owner, leila.id()).isEmpty()) {
                relationships.link(owner, new NewRelationship(leila.id(), karim.id(), RelationshipType.FAMILY, "husband"));
                relationships.link(owner, new NewRelationship(leila.id(), sam.id(), RelationshipType.REFERRAL,
                        "brought a friend"));
            }
            out.println("Karim's relationships: " + relationships.list(owner, karim.id()).stream()
                    .map(r -> r.type().code() + " with " + r.other().displayName()).toList());

            CustomerTags tags = shop.facade(CustomerTags.class);
            CustomerTag vip = tags.list(owner, PageRequest.first(500)).items().stream()
                    .filter(t -> t.name().equals("VIP")).findFirst()
                    .orElseGet(() -> tags.create(owner, new TagDetails("VIP", "#D4AF37", "Top customers")));
            tags.assign(owner, leila.id(), vip.id());

            CustomerCommunications communications = shop.facade(CustomerCommunications.class);
            communications.log(owner, new NewCommunication(leila.id(), CommunicationType.VISIT, Direction.INBOUND,
                    "Anniversary gift", "Looked at 21K bangles", null, new FollowUpPlan(
                            shop.clock().instant().plus(Duration.ofDays(2)), null, CommunicationType.CALL,
                            "Call when the new bangles arrive", null)));

            CustomerPreferences preferences = shop.facade(CustomerPreferences.class);
            Optional<Preferences> saved = preferences.find(owner, leila.id());
            preferences.save(owner, leila.id(), new PreferencesInput(Set.of(MetalType.GOLD), List.of("bangles", "classic"),
                    Money.of("500.00", "USD"), Money.of("3000.00", "USD"), Map.of(ContactChannel.SMS, true,
                            ContactChannel.EMAIL, false), List.of(new SpecialOccasion(OccasionType.ANNIVERSARY,
                            LocalDate.of(2012, 5, 20), "Wedding")), PurchaseFrequency.SEASONAL, "weekday evenings",
                    null), saved.map(Preferences::version).orElse(null));

            out.println("Search 'hadd': " + names(profiles.search(owner, CustomerSearch.builder().name("hadd").build(),
                    PageRequest.first()).items()));
            out.println("Search 'nunez' (no accents): " + names(profiles.search(owner, CustomerSearch.builder()
                    .name("nunez").build(), PageRequest.first()).items()));
            out.println("Search phone '050 765 4321' (UAE): " + names(profiles.search(owner, CustomerSearch.builder()
                    .phone("+971 50 765 4321").build(), PageRequest.first()).items()));

            Customer revealed = profiles.find(owner, leila.id()).orElseThrow();
            out.println("Leïla's national id, revealed (an audited read): " + revealed.nationalId());

            CustomerOverview overview = profiles.overview(owner, leila.id());
            out.println("Customer 360 of " + overview.customer().displayName() + " (" + overview.customer().code() + ")");
            out.println("  age " + overview.customer().age() + ", city " + overview.customer().address().city());
            out.println("  tags " + overview.tags().stream().map(t -> t.tag().name()).toList());
            out.println("  relationships " + overview.relationships().stream()
                    .map(r -> r.type().code() + (r.outgoing() ? " -> " : " <- ") + r.other().displayName()).toList());
            out.println("  prefers " + overview.preferences().metalTypes() + ", " + overview.preferences().styles());
            out.println("  recent communications " + overview.recentCommunications().size() + ", open follow-ups "
                    + overview.openFollowUps().size());
            out.println("  purchases " + overview.customer().purchases().purchaseCount() + ", lifetime "
                    + overview.customer().purchases().lifetimeSpend());
        }
    }

    private static CallContext owner(Users users, PrintStream out) {
        try {
            User created = users.bootstrapOwner(BootstrapRequest.withGeneratedPassword("owner", "owner@example.com",
                    "Demo Owner")).owner();
            out.println("Created the shop's owner " + created.username());
            return CallContext.of(Actor.user(created.id(), created.username()));
        } catch (BusinessRuleException alreadyThere) {
            User first = users.list(CallContext.system("customers-demo"), PageRequest.first(1)).items().get(0);
            return CallContext.of(Actor.user(first.id(), first.username()));
        }
    }

    private static Customer findOrCreate(CustomerProfiles profiles, CallContext ctx, CustomerDetails details,
            PrintStream out) {
        List<CustomerSummary> found = profiles.search(ctx, CustomerSearch.builder().phone(details.phone()).build(),
                PageRequest.first(1)).items();
        if (!found.isEmpty()) {
            return profiles.find(ctx, found.get(0).id()).orElseThrow();
        }
        Customer created = profiles.create(ctx, details, DuplicatePolicy.REJECT);
        out.println("Created customer " + created.code() + " " + created.displayName());
        return created;
    }

    private static List<String> names(List<CustomerSummary> customers) {
        return customers.stream().map(c -> c.firstName() + " " + c.lastName()).toList();
    }

    /**
     * The demo's PII keys, derived from {@link #SECRET_ENV} so that a later run can read what an
     * earlier one stored. A real host loads random keys from its vault.
     *
     * @return the key provider
     */
    public static KeyProvider demoKeys() {
        String secret = System.getenv(SECRET_ENV);
        String base = secret == null || secret.isBlank() ? "gold-shop demo only, never in production" : secret;
        return KeyProvider.of("demo-1", Map.of("demo-1", sha256(base + "|encryption")), sha256(base + "|blind-index"));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
