package dev.goldshop.media.internal;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.AuditRecord;
import dev.goldshop.engine.spi.AuditedResult;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.media.BlobStore;
import dev.goldshop.media.Image;
import dev.goldshop.media.ImageEntity;
import dev.goldshop.media.ImageRole;
import dev.goldshop.media.ImageStore;
import dev.goldshop.media.ImageUpload;
import dev.goldshop.media.ImageVariant;
import dev.goldshop.media.MediaContent;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link ImageStore} over the {@code images} table and the blob store. */
public final class ImageStoreService implements ImageStore {
    static final String RESOURCE = "image";
    private static final Duration LONGEST_LINK = Duration.ofDays(7);

    private final MediaEnvironment env;
    private final MediaFiles files;

    /**
     * Creates the service.
     *
     * @param env the shared parts
     */
    public ImageStoreService(MediaEnvironment env) {
        this.env = env;
        this.files = new MediaFiles(env);
    }

    @Override
    public Image upload(CallContext ctx, ImageUpload upload, InputStream content) {
        env.calls.authorize(ctx, Permissions.IMAGE_UPLOAD);
        try {
            return store(ctx, upload, content);
        } catch (ValidationException refused) {
            env.calls.recordFailure(ctx, AuditRecord.of("upload", RESOURCE, null)
                    .with("entity_type", upload == null || upload.entity() == null ? "" : upload.entity().code())
                    .with("reason", refused.getMessage()));
            throw refused;
        }
    }

    private Image store(CallContext ctx, ImageUpload upload, InputStream content) {
        String fileName = UploadRules.image(upload, content);
        try (Spooled spooled = env.spooler.spool(content, env.limits.maxImageBytes(), "content")) {
            StoredType type = ContentInspector.inspect(spooled, StoredType.IMAGES, "content");
            FileNames.requireMatch("fileName", fileName, type);
            ImageRenderer.requireWithin(spooled, type, env.limits.maxPixels(), "content");
            env.scan(spooled, type, "content");
            Optional<ImageRow> same = env.calls.read(ctx, Permissions.IMAGE_UPLOAD, tx -> Optional.ofNullable(
                    tx.mapper(ImageMapper.class).selectByContent(upload.entity().code(), upload.entityId(),
                            role(upload).code(), spooled.sha256())));
            if (same.isPresent()) {
                return env.calls.change(ctx, Permissions.IMAGE_UPLOAD, tx -> deduplicated(same.get()));
            }
            BufferedImage upright = ImageRenderer.decodeUpright(spooled, type, "content");
            StoredType output = ImageRenderer.outputType(type, upright);
            UUID id = env.ids.newId();
            String base = "images/" + upload.entity().code().replace('_', '-') + "/" + env.monthFolder() + "/" + id;
            List<String> written = new ArrayList<>();
            try {
                BlobStore.StoredBlob full = files.write(written, base + "." + output.extension,
                        out -> ImageRenderer.write(upright, 0, output, out));
                files.write(written, base + "-c." + output.extension,
                        out -> ImageRenderer.write(upright, env.limits.compressedEdge(), output, out));
                files.write(written, base + "-t." + output.extension,
                        out -> ImageRenderer.write(upright, env.limits.thumbnailEdge(), output, out));
                ImageRow row = new ImageRow();
                row.id = id;
                row.entityType = upload.entity().code();
                row.entityId = upload.entityId();
                row.imageRole = role(upload).code();
                row.filePath = full.path();
                row.compressedPath = written.get(1);
                row.thumbnailPath = written.get(2);
                row.fileName = fileName;
                row.fileSize = full.size();
                row.fileSha256 = full.sha256();
                row.contentSha256 = spooled.sha256();
                row.mimeType = output.mimeType;
                row.width = upright.getWidth();
                row.height = upright.getHeight();
                row.altText = UploadRules.altText(upload.altText());
                row.uploadedBy = ctx.actor().userId();
                boolean[] duplicate = new boolean[1];
                Image stored = env.calls.change(ctx, Permissions.IMAGE_UPLOAD, tx -> {
                    duplicate[0] = false;
                    return insert(tx, ctx, row, upload, duplicate);
                });
                if (duplicate[0]) {
                    env.deleteQuietly(written);
                }
                return stored;
            } catch (RuntimeException failed) {
                env.deleteQuietly(written);
                throw failed;
            }
        }
    }

    private AuditedResult<Image> insert(Tx tx, CallContext ctx, ImageRow row, ImageUpload upload, boolean[] duplicate) {
        ImageMapper images = tx.mapper(ImageMapper.class);
        EntityLinks.lock(tx, upload.entity(), upload.entityId(), true);
        ImageRow same = images.selectByContent(row.entityType, row.entityId, row.imageRole, row.contentSha256);
        if (same != null) {
            duplicate[0] = true;
            return deduplicated(same);
        }
        env.checkQuota(tx, ctx, row.fileSize);
        List<ImageRow> existing = images.selectByEntity(row.entityType, row.entityId);
        row.createdAt = env.now();
        row.updatedAt = row.createdAt;
        if (role(upload) == ImageRole.ICON) {
            ImageRow oldIcon = existing.stream().filter(r -> "icon".equals(r.imageRole)).findFirst().orElse(null);
            if (oldIcon != null) {
                throw new BusinessRuleException("category " + row.entityId + " already has an icon (image " + oldIcon.id
                        + "); delete it first");
            }
            row.primary = false;
            row.sortOrder = 0;
        } else {
            boolean hasPrimary = existing.stream().anyMatch(r -> r.primary);
            row.primary = upload.primary() || !hasPrimary;
            row.sortOrder = images.selectNextSortOrder(row.entityType, row.entityId);
            if (row.primary && hasPrimary) {
                images.clearPrimary(row.entityType, row.entityId, row.createdAt);
            }
        }
        images.insert(row);
        EntityLinks.refresh(tx, upload.entity(), upload.entityId());
        ImageRow after = images.selectById(row.id);
        return AuditedResult.of(ImageViews.toImage(after),
                new AuditRecord("upload", RESOURCE, row.id, null, ImageViews.auditFacts(after),
                        Map.of("content_sha256", row.contentSha256)));
    }

    private static AuditedResult<Image> deduplicated(ImageRow same) {
        return AuditedResult.of(ImageViews.toImage(same), AuditRecord.of("upload", RESOURCE, same.id)
                .with("deduplicated", true).with("content_sha256", same.contentSha256));
    }

    @Override
    public Optional<Image> find(CallContext ctx, UUID imageId) {
        return env.calls.read(ctx, Permissions.IMAGE_READ,
                tx -> Optional.ofNullable(tx.mapper(ImageMapper.class).selectById(UploadRules.id("imageId", imageId)))
                        .map(ImageViews::toImage));
    }

    @Override
    public List<Image> list(CallContext ctx, ImageEntity entity, UUID entityId) {
        return env.calls.read(ctx, Permissions.IMAGE_READ, tx -> {
            UploadRules.entity(entity, entityId);
            return tx.mapper(ImageMapper.class).selectByEntity(entity.code(), entityId).stream()
                    .map(ImageViews::toImage).toList();
        });
    }

    @Override
    public Image setPrimary(CallContext ctx, UUID imageId) {
        return env.calls.change(ctx, Permissions.IMAGE_UPLOAD, tx -> {
            ImageRow before = lockedImage(tx, imageId);
            if (!"photo".equals(before.imageRole)) {
                throw new BusinessRuleException("image " + imageId + " is an icon; only photos can be primary");
            }
            ImageMapper images = tx.mapper(ImageMapper.class);
            if (!before.primary) {
                images.clearPrimary(before.entityType, before.entityId, env.now());
                images.markPrimary(imageId, env.now());
                EntityLinks.refresh(tx, entityOf(before), before.entityId);
            }
            ImageRow after = images.selectById(imageId);
            return AuditedResult.of(ImageViews.toImage(after), new AuditRecord("update", RESOURCE, imageId,
                    Map.of("primary", before.primary), Map.of("primary", true), Map.of("change", "set_primary")));
        });
    }

    @Override
    public List<Image> reorder(CallContext ctx, ImageEntity entity, UUID entityId, List<UUID> orderedImageIds) {
        return env.calls.change(ctx, Permissions.IMAGE_UPLOAD, tx -> {
            UploadRules.entity(entity, entityId);
            List<UUID> order = UploadRules.order(orderedImageIds);
            EntityLinks.lock(tx, entity, entityId, false);
            ImageMapper images = tx.mapper(ImageMapper.class);
            List<ImageRow> photos = images.selectByEntity(entity.code(), entityId).stream()
                    .filter(r -> "photo".equals(r.imageRole)).toList();
            Set<UUID> current = new HashSet<>();
            photos.forEach(p -> current.add(p.id));
            if (!current.equals(new HashSet<>(order))) {
                throw ValidationException.of("orderedImageIds", order, "every photo of " + entity.code() + " "
                        + entityId + " exactly once: " + photos.stream().map(p -> p.id).toList());
            }
            List<UUID> before = photos.stream().map(p -> p.id).toList();
            for (int i = 0; i < order.size(); i++) {
                images.updateSortOrder(order.get(i), i, env.now());
            }
            EntityLinks.refresh(tx, entity, entityId);
            List<Image> after = images.selectByEntity(entity.code(), entityId).stream()
                    .filter(r -> "photo".equals(r.imageRole)).map(ImageViews::toImage).toList();
            return AuditedResult.of(after, new AuditRecord("reorder", RESOURCE, null,
                    Map.of("order", before.stream().map(UUID::toString).toList()),
                    Map.of("order", order.stream().map(UUID::toString).toList()),
                    Map.of("entity_type", entity.code(), "entity_id", entityId.toString())));
        });
    }

    @Override
    public Image updateAltText(CallContext ctx, UUID imageId, String altText, long version) {
        return env.calls.change(ctx, Permissions.IMAGE_UPLOAD, tx -> {
            UploadRules.id("imageId", imageId);
            String text = UploadRules.altText(altText);
            ImageMapper images = tx.mapper(ImageMapper.class);
            ImageRow before = images.selectById(imageId);
            if (before == null) {
                throw new NotFoundException(RESOURCE, imageId);
            }
            if (images.updateAltText(imageId, text, version, env.now()) == 0) {
                throw new ConflictException(ErrorCode.STALE_VERSION, "image " + imageId
                        + " was changed by someone else (expected version " + version + ")", null);
            }
            ImageRow after = images.selectById(imageId);
            return AuditedResult.of(ImageViews.toImage(after), new AuditRecord("update", RESOURCE, imageId,
                    mapOf("alt_text", before.altText), mapOf("alt_text", text), Map.of()));
        });
    }

    @Override
    public void delete(CallContext ctx, UUID imageId) {
        List<String> paths = new ArrayList<>();
        env.calls.change(ctx, Permissions.IMAGE_DELETE, tx -> {
            paths.clear();
            ImageRow row = lockedImage(tx, imageId);
            paths.addAll(files.remove(tx, row));
            return AuditedResult.of(null, new AuditRecord("delete", RESOURCE, imageId, ImageViews.auditFacts(row),
                    null, Map.of()));
        });
        env.deleteQuietly(paths);
    }

    @Override
    public MediaContent open(CallContext ctx, UUID imageId, ImageVariant variant) {
        ImageRow row = readable(ctx, imageId, variant);
        return files.open(row.path(variant), row.mimeType, row.fileName);
    }

    @Override
    public String signedToken(CallContext ctx, UUID imageId, ImageVariant variant, Duration validFor) {
        ImageRow row = readable(ctx, imageId, variant);
        if (validFor == null || validFor.compareTo(Duration.ofSeconds(1)) < 0 || validFor.compareTo(LONGEST_LINK) > 0) {
            throw ValidationException.of("validFor", validFor, "from 1 second to 7 days");
        }
        return env.signer.sign(new UrlSigner.Grant(row.path(variant), row.mimeType, row.fileName,
                env.clock.instant().plus(validFor)));
    }

    @Override
    public MediaContent openSigned(String token) {
        UrlSigner.Grant grant = env.signer.verify(token, env.clock.instant());
        return files.open(grant.path(), grant.mimeType(), grant.fileName());
    }

    /** Reads a row for opening; reading a customer's photo is audited (personal data). */
    private ImageRow readable(CallContext ctx, UUID imageId, ImageVariant variant) {
        ImageRow row = env.calls.read(ctx, Permissions.IMAGE_READ, tx -> {
            UploadRules.id("imageId", imageId);
            if (variant == null) {
                throw ValidationException.of("variant", null, "one of FULL, COMPRESSED, THUMBNAIL");
            }
            return tx.mapper(ImageMapper.class).selectById(imageId);
        });
        if (row == null) {
            throw new NotFoundException(RESOURCE, imageId);
        }
        if (ImageEntity.CUSTOMER.code().equals(row.entityType)) {
            env.calls.readAudited(ctx, Permissions.IMAGE_READ, RESOURCE, imageId, tx -> null);
        }
        return row;
    }

    private static ImageRow lockedImage(Tx tx, UUID imageId) {
        UploadRules.id("imageId", imageId);
        ImageMapper images = tx.mapper(ImageMapper.class);
        ImageRow row = images.selectById(imageId);
        if (row == null) {
            throw new NotFoundException(RESOURCE, imageId);
        }
        EntityLinks.lock(tx, entityOf(row), row.entityId, false);
        row = images.selectById(imageId);
        if (row == null) {
            throw new NotFoundException(RESOURCE, imageId);
        }
        return row;
    }

    static ImageEntity entityOf(ImageRow row) {
        return dev.goldshop.core.value.CodedEnums.parse(ImageEntity.class, "entity_type", row.entityType);
    }

    private static ImageRole role(ImageUpload upload) {
        return upload.role() == null ? ImageRole.PHOTO : upload.role();
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put(key, value);
        return map;
    }
}
