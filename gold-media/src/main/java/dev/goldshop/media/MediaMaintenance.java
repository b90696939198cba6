package dev.goldshop.media;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import java.time.Duration;

/**
 * Keeps files and rows in step (SECURITY.md invariant 7). A crash between storing a file and
 * committing its row leaves an orphan file; a disk restored from an old backup leaves rows
 * without files. Obtain it with {@code shop.facade(MediaMaintenance.class)}; run
 * {@link #reconcile} daily (gold-automation will schedule it).
 */
public interface MediaMaintenance {
    /**
     * Deletes files no row refers to once they are older than the grace period, and reports
     * rows whose files are missing or of the wrong size. Needs {@link Permissions#IMAGE_DELETE}.
     *
     * @param ctx who calls
     * @param grace how old an orphan must be before it is deleted, at least one minute (an
     *     upload in progress writes its files before its row)
     * @return what was found and done
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the grace period is shorter than a minute
     * @throws StorageException if the store cannot be listed
     */
    ReconcileReport reconcile(CallContext ctx, Duration grace);
}
