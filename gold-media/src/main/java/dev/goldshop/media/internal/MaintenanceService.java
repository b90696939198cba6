package dev.goldshop.media.internal;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.AuditRecord;
import dev.goldshop.engine.spi.AuditedResult;
import dev.goldshop.media.BlobStore;
import dev.goldshop.media.MediaMaintenance;
import dev.goldshop.media.ReconcileReport;
import dev.goldshop.media.ReconcileReport.MissingFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@link MediaMaintenance}: the janitor of invariant 7. Rows are read first and files listed
 * after, so a file written by an upload that commits meanwhile is at worst counted as a young
 * orphan and kept (the grace period is longer than any upload).
 */
public final class MaintenanceService implements MediaMaintenance {
    private static final Duration SHORTEST_GRACE = Duration.ofMinutes(1);

    private final MediaEnvironment env;
    private final Path staging;
    private final FileCleanup cleanup;

    /**
     * Creates the service.
     *
     * @param env the shared parts
     * @param staging the staging folder, whose stale copies are removed too, or null
     */
    public MaintenanceService(MediaEnvironment env, Path staging) {
        this.env = env;
        this.staging = staging;
        this.cleanup = new FileCleanup(env);
    }

    @Override
    public ReconcileReport reconcile(CallContext ctx, Duration grace) {
        env.calls.authorize(ctx, Permissions.IMAGE_DELETE);
        if (grace == null || grace.compareTo(SHORTEST_GRACE) < 0) {
            throw ValidationException.of("grace", grace, "at least one minute (PT1M), longer than any upload takes");
        }
        Instant cutoff = env.clock.instant().minus(grace);
        // An erasure whose after-commit clean-up was lost (a crash) is finished here.
        env.calls.read(ctx, Permissions.IMAGE_DELETE,
                tx -> tx.mapper(ImageMapper.class).selectErasedCustomersWithImages())
                .forEach(cleanup::removeCustomerImages);
        List<ImageRow> images = env.calls.read(ctx, Permissions.IMAGE_DELETE,
                tx -> tx.mapper(ImageMapper.class).selectAllImageFiles());
        List<DocumentFileRow> documents = env.calls.read(ctx, Permissions.IMAGE_DELETE,
                tx -> tx.mapper(ImageMapper.class).selectAllDocumentFiles());
        Set<String> referenced = new HashSet<>();
        List<MissingFile> missing = new ArrayList<>();
        try {
            for (ImageRow image : images) {
                check("image", image.id, image.filePath, image.fileSize, referenced, missing);
                check("image", image.id, image.compressedPath, -1, referenced, missing);
                check("image", image.id, image.thumbnailPath, -1, referenced, missing);
            }
            for (DocumentFileRow document : documents) {
                check(DocumentFilesService.RESOURCE, document.id, document.filePath, document.fileSize, referenced,
                        missing);
            }
            List<BlobStore.BlobInfo> orphans = new ArrayList<>();
            int[] files = new int[1];
            env.blobs.forEach(blob -> {
                files[0]++;
                if (!referenced.contains(blob.path())) {
                    orphans.add(blob);
                }
            });
            List<String> removed = new ArrayList<>();
            int young = 0;
            for (BlobStore.BlobInfo orphan : orphans) {
                if (orphan.lastModified().isBefore(cutoff)) {
                    env.blobs.delete(orphan.path());
                    removed.add(orphan.path());
                } else {
                    young++;
                }
            }
            sweepStaging(cutoff);
            int withinGrace = young;
            ReconcileReport report = new ReconcileReport(files[0], images.size() + documents.size(), removed, young,
                    missing);
            return env.calls.change(ctx, Permissions.IMAGE_DELETE, tx -> AuditedResult.of(report,
                    AuditRecord.of("reconcile", "media", null).with("files_checked", report.filesChecked())
                            .with("rows_checked", report.rowsChecked())
                            .with("orphans_removed", removed.size()).with("orphans_within_grace", withinGrace)
                            .with("missing_files", missing.size())));
        } catch (IOException e) {
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "could not reconcile the media store: "
                    + e.getMessage(), e);
        }
    }

    private void check(String type, UUID id, String path, long size, Set<String> referenced, List<MissingFile> missing)
            throws IOException {
        if (path == null) {
            return;
        }
        referenced.add(path);
        Optional<BlobStore.BlobInfo> found = env.blobs.stat(path);
        if (found.isEmpty()) {
            missing.add(new MissingFile(type, id, path, "missing"));
        } else if (size >= 0 && found.get().size() != size) {
            missing.add(new MissingFile(type, id, path, "size_mismatch"));
        }
    }

    // Uploads are copied here while checked; a crash mid-check leaves a private copy behind.
    private void sweepStaging(Instant cutoff) throws IOException {
        if (staging == null || !Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> stale = Files.list(staging)) {
            for (Path file : stale.toList()) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
