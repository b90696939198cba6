package dev.goldshop.media.internal;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.engine.spi.ModuleCalls;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.media.BlobStore;
import dev.goldshop.media.ContentScanner;
import dev.goldshop.media.MediaLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the media services share: the engine's call path, ids and clock, the store, the limits,
 * the staging spooler, the optional scanner and the URL signer.
 */
public final class MediaEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(MediaEnvironment.class);

    final ModuleCalls calls;
    final IdGenerator ids;
    final Clock clock;
    final BlobStore blobs;
    final MediaLimits limits;
    final Spooler spooler;
    final ContentScanner scanner;
    final UrlSigner signer;

    /**
     * Gathers the parts.
     *
     * @param calls the engine's call path
     * @param ids the id generator
     * @param clock the engine's clock
     * @param blobs the store
     * @param limits the limits
     * @param staging the private folder uploads are copied to while they are checked
     * @param scanner the scanner, or null
     * @param urlKey the key signed links are signed with, at least 32 bytes
     */
    public MediaEnvironment(ModuleCalls calls, IdGenerator ids, Clock clock, BlobStore blobs, MediaLimits limits,
            java.nio.file.Path staging, ContentScanner scanner, byte[] urlKey) {
        this.calls = calls;
        this.ids = ids;
        this.clock = clock;
        this.blobs = blobs;
        this.limits = limits;
        this.spooler = new Spooler(staging);
        this.scanner = scanner;
        this.signer = new UrlSigner(urlKey);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A folder per month keeps directories small at millions of files. */
    String monthFolder() {
        var date = clock.instant().atOffset(ZoneOffset.UTC);
        return String.format("%04d/%02d", date.getYear(), date.getMonthValue());
    }

    void scan(Spooled spooled, StoredType type, String field) {
        if (scanner == null) {
            return;
        }
        Optional<String> finding;
        try (InputStream in = spooled.open()) {
            finding = scanner.scan(type.mimeType, in);
        } catch (IOException e) {
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE,
                    "the content scanner could not check the upload: " + e.getMessage(), e);
        }
        if (finding.isPresent()) {
            throw ValidationException.of(field, "content flagged by the scanner: " + finding.get(),
                    "content the scanner finds clean");
        }
    }

    /** Per-user daily quotas (UPL-01); system jobs have none. */
    void checkQuota(Tx tx, CallContext ctx, long bytes) {
        UUID user = ctx.actor().userId();
        if (user == null) {
            return;
        }
        Instant since = now().minus(Duration.ofHours(24));
        ImageMapper images = tx.mapper(ImageMapper.class);
        int files = images.selectFilesUploadedSince(user, since);
        if (files + 1 > limits.dailyFilesPerUser()) {
            throw new BusinessRuleException("the daily upload quota of " + limits.dailyFilesPerUser()
                    + " files for this user is used up; try again later or ask for a higher quota");
        }
        long used = images.selectBytesUploadedSince(user, since);
        if (used + bytes > limits.dailyBytesPerUser()) {
            throw new BusinessRuleException("this upload of " + bytes + " bytes would exceed the daily quota of "
                    + Sizes.human(limits.dailyBytesPerUser()) + " for this user (" + used + " bytes used)");
        }
    }

    BlobStore.StoredBlob write(String path, BlobStore.BlobWriter writer) {
        try {
            return blobs.write(path, writer);
        } catch (IOException e) {
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "could not store " + path + ": "
                    + e.getMessage(), e);
        }
    }

    /** Deletes files whose rows did not commit, or whose rows were deleted; never throws. */
    void deleteQuietly(Collection<String> paths) {
        for (String path : paths) {
            if (path == null) {
                continue;
            }
            try {
                blobs.delete(path);
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not delete the stored file {}; the next reconcile removes it", path, e);
            }
        }
    }
}
