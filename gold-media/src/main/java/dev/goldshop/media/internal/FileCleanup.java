package dev.goldshop.media.internal;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.event.DomainEventListener;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.AuditRecord;
import dev.goldshop.engine.spi.AuditedResult;
import dev.goldshop.media.ImageEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes files once the CRM has committed their end: a deleted document's file, and an erased
 * customer's document files and profile photos (the photos' rows too, as personal data). A
 * failure here leaves orphans for the reconciler, never a row without consent.
 */
public final class FileCleanup implements DomainEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(FileCleanup.class);

    private final MediaEnvironment env;
    private final MediaFiles files;

    /**
     * Creates the listener.
     *
     * @param env the shared parts
     */
    public FileCleanup(MediaEnvironment env) {
        this.env = env;
        this.files = new MediaFiles(env);
    }

    @Override
    public void onEvent(DomainEvent event) {
        switch (event.eventType()) {
            case "customer_document.deleted" -> {
                Object path = event.payload().get("file_path");
                if (path instanceof String p) {
                    env.deleteQuietly(List.of(p));
                }
            }
            case "customer.erased" -> {
                if (event.payload().get("document_paths") instanceof List<?> paths) {
                    env.deleteQuietly(paths.stream().filter(String.class::isInstance).map(String.class::cast).toList());
                }
                removeCustomerImages(event.aggregateId());
            }
            default -> {
                // not a media concern
            }
        }
    }

    /**
     * Deletes a customer's pictures with their rows.
     *
     * @param customerId the customer
     */
    void removeCustomerImages(UUID customerId) {
        if (customerId == null) {
            return;
        }
        List<String> paths = new ArrayList<>();
        CallContext system = CallContext.system("media.erasure");
        try {
            boolean none = env.calls.read(system, Permissions.IMAGE_READ,
                    tx -> tx.mapper(ImageMapper.class).selectByEntity(ImageEntity.CUSTOMER.code(), customerId).isEmpty());
            if (none) {
                return;
            }
            env.calls.change(system, Permissions.IMAGE_DELETE, tx -> {
                paths.clear();
                EntityLinks.lock(tx, ImageEntity.CUSTOMER, customerId, false);
                List<ImageRow> rows = tx.mapper(ImageMapper.class).selectByEntity(ImageEntity.CUSTOMER.code(), customerId);
                for (ImageRow row : rows) {
                    paths.addAll(files.remove(tx, tx.mapper(ImageMapper.class).selectById(row.id)));
                }
                return AuditedResult.of(null, AuditRecord.of("delete", ImageStoreService.RESOURCE, null)
                        .with("reason", "customer erased").with("customer_id", customerId.toString())
                        .with("images_removed", rows.size()));
            });
            env.deleteQuietly(paths);
        } catch (RuntimeException e) {
            LOG.error("could not remove the pictures of erased customer {}; reconcile again", customerId, e);
        }
    }
}
