package dev.goldshop.persistence.customer;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerCommunications;
import dev.goldshop.core.customer.CustomerCustomFields;
import dev.goldshop.core.customer.CustomerDocuments;
import dev.goldshop.core.customer.CustomerPreferences;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.CustomerRelationships;
import dev.goldshop.core.customer.CustomerTags;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every method of every customer facade names its permission and checks it first: a caller
 * without it, passing nulls and random ids, is refused, and the only trace is the refusal's
 * audit row, which names the permission the method documents.
 */
@ExtendWith(PostgresExtension.class)
class CustomerPermissionsTest {
    private static final Map<String, Permission> EXPECTED = Map.ofEntries(
            entry("CustomerProfiles.create", Permissions.CUSTOMER_CREATE),
            entry("CustomerProfiles.update", Permissions.CUSTOMER_UPDATE),
            entry("CustomerProfiles.deactivate", Permissions.CUSTOMER_DEACTIVATE),
            entry("CustomerProfiles.reactivate", Permissions.CUSTOMER_DEACTIVATE),
            entry("CustomerProfiles.find", Permissions.CUSTOMER_READ),
            entry("CustomerProfiles.search", Permissions.CUSTOMER_READ),
            entry("CustomerProfiles.overview", Permissions.CUSTOMER_READ),
            entry("CustomerProfiles.export", Permissions.CUSTOMER_EXPORT),
            entry("CustomerProfiles.erase", Permissions.CUSTOMER_ERASE),
            entry("CustomerProfiles.refreshAges", Permissions.CUSTOMER_UPDATE),
            entry("CustomerProfiles.rotatePiiKeys", Permissions.CUSTOMER_PII_ROTATE),
            entry("CustomerDocuments.find", Permissions.CUSTOMER_DOCUMENT_READ),
            entry("CustomerDocuments.list", Permissions.CUSTOMER_DOCUMENT_READ),
            entry("CustomerDocuments.update", Permissions.CUSTOMER_DOCUMENT_MANAGE),
            entry("CustomerDocuments.verify", Permissions.CUSTOMER_DOCUMENT_VERIFY),
            entry("CustomerDocuments.expiringWithin", Permissions.CUSTOMER_DOCUMENT_READ),
            entry("CustomerDocuments.delete", Permissions.CUSTOMER_DOCUMENT_MANAGE),
            entry("CustomerRelationships.link", Permissions.CUSTOMER_UPDATE),
            entry("CustomerRelationships.unlink", Permissions.CUSTOMER_UPDATE),
            entry("CustomerRelationships.list", Permissions.CUSTOMER_READ),
            entry("CustomerRelationships.referralTree", Permissions.CUSTOMER_READ),
            entry("CustomerTags.create", Permissions.CUSTOMER_TAG_MANAGE),
            entry("CustomerTags.update", Permissions.CUSTOMER_TAG_MANAGE),
            entry("CustomerTags.delete", Permissions.CUSTOMER_TAG_MANAGE),
            entry("CustomerTags.list", Permissions.CUSTOMER_READ),
            entry("CustomerTags.tagsOf", Permissions.CUSTOMER_READ),
            entry("CustomerTags.assign", Permissions.CUSTOMER_TAG_ASSIGN),
            entry("CustomerTags.unassign", Permissions.CUSTOMER_TAG_ASSIGN),
            entry("CustomerTags.assignToSearch", Permissions.CUSTOMER_TAG_ASSIGN),
            entry("CustomerCommunications.log", Permissions.COMMUNICATION_MANAGE),
            entry("CustomerCommunications.scheduleFollowUp", Permissions.COMMUNICATION_MANAGE),
            entry("CustomerCommunications.completeFollowUp", Permissions.COMMUNICATION_MANAGE),
            entry("CustomerCommunications.cancelFollowUp", Permissions.COMMUNICATION_MANAGE),
            entry("CustomerCommunications.history", Permissions.COMMUNICATION_READ),
            entry("CustomerCommunications.followUpsDue", Permissions.COMMUNICATION_READ),
            entry("CustomerPreferences.find", Permissions.CUSTOMER_READ),
            entry("CustomerPreferences.save", Permissions.CUSTOMER_UPDATE),
            entry("CustomerCustomFields.define", Permissions.SETTINGS_UPDATE),
            entry("CustomerCustomFields.remove", Permissions.SETTINGS_UPDATE),
            entry("CustomerCustomFields.list", Permissions.CUSTOMER_READ));

    private static CustomerBed bed;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void every_customer_facade_method_refuses_a_caller_without_its_permission_leaving_only_the_refusal() {
        CallContext nobody = bed.user("nobody");
        List<Class<?>> facades = List.of(CustomerProfiles.class, CustomerDocuments.class, CustomerRelationships.class,
                CustomerTags.class, CustomerCommunications.class, CustomerPreferences.class, CustomerCustomFields.class);
        TreeSet<String> called = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (Class<?> facade : facades) {
            Object implementation = bed.shop.facade(facade);
            for (Method method : facade.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                    continue;
                }
                String name = facade.getSimpleName() + "." + method.getName();
                called.add(name);
                Map<String, Long> before = bed.rowCounts();
                try {
                    method.invoke(implementation, arguments(method, nobody));
                    failures.add(name + " did not refuse");
                    continue;
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof PermissionDeniedException)) {
                        failures.add(name + " threw " + e.getCause());
                        continue;
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                try {
                    bed.assertOnlyRefusalAudited(before, EXPECTED.get(name));
                } catch (AssertionError e) {
                    failures.add(name + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(called).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    private static Object[] arguments(Method method, CallContext ctx) {
        return Arrays.stream(method.getParameterTypes()).map(type -> {
            if (type == CallContext.class) {
                return ctx;
            } else if (type == UUID.class) {
                return UUID.randomUUID();
            } else if (type == long.class) {
                return 0L;
            } else if (type == int.class) {
                return 1;
            } else if (type == String.class) {
                return "x";
            }
            return null;
        }).collect(Collectors.toList()).toArray();
    }
}
