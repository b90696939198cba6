package dev.goldshop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every media facade method refuses a caller without its permission before it looks at any
 * argument (all null here), and the refusal leaves exactly one audit row. The one exception
 * is opening by a signed token, where the token is the credential.
 */
@ExtendWith(PostgresExtension.class)
class MediaPermissionsTest {
    private static final Set<String> CREDENTIAL_ONLY = Set.of("openSigned");

    @TempDir
    static Path dir;
    private static MediaBed bed;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = MediaBed.open(db, dir.resolve("media"));
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void every_method_refuses_a_caller_without_its_permission_and_audits_the_refusal() throws Exception {
        CallContext nobody = bed.user("nobody");
        int checked = 0;
        for (Class<?> facade : List.of(ImageStore.class, CustomerDocumentFiles.class, MediaMaintenance.class)) {
            Object implementation = bed.shop.facade(facade);
            for (Method method : facade.getMethods()) {
                if (CREDENTIAL_ONLY.contains(method.getName())) {
                    continue;
                }
                Object[] args = new Object[method.getParameterCount()];
                args[0] = nobody;
                Arrays.fill(args, 1, args.length, null);
                for (int i = 1; i < args.length; i++) {
                    if (method.getParameterTypes()[i] == long.class) {
                        args[i] = 0L;
                    }
                }
                long audits = bed.count("SELECT count(*) FROM audit_logs");
                assertThatThrownBy(() -> {
                    try {
                        method.invoke(implementation, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }).as(facade.getSimpleName() + "." + method.getName()).isInstanceOf(PermissionDeniedException.class);
                assertThat(bed.count("SELECT count(*) FROM audit_logs")).as(method.getName()).isEqualTo(audits + 1);
                assertThat(bed.latestAudit(1).get(0)).endsWith(":denied");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(12);
    }
}
