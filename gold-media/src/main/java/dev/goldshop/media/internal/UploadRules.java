package dev.goldshop.media.internal;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.media.ImageEntity;
import dev.goldshop.media.ImageRole;
import dev.goldshop.media.ImageUpload;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** The checks of upload metadata, made before a byte is read. */
final class UploadRules {

    private UploadRules() {
    }

    /**
     * Checks an image upload's metadata.
     *
     * @param upload the metadata
     * @param content the stream
     * @return the sanitised file name
     */
    static String image(ImageUpload upload, InputStream content) {
        if (upload == null) {
            throw ValidationException.of("upload", null, "what the picture is for: ImageUpload.photo(entity, id, name)");
        }
        List<FieldError> problems = new ArrayList<>();
        if (upload.entity() == null) {
            problems.add(new FieldError("entity", null, "one of inventory_item, category, customer, user"));
        }
        if (upload.entityId() == null) {
            problems.add(new FieldError("entityId", null, "the id of the item, category, customer or user"));
        }
        if (upload.role() == ImageRole.ICON && upload.entity() != ImageEntity.CATEGORY) {
            problems.add(new FieldError("role", "icon", "an icon only for a category"));
        }
        if (upload.role() == ImageRole.ICON && upload.primary()) {
            problems.add(new FieldError("primary", "true", "false for an icon"));
        }
        if (upload.altText() != null && upload.altText().length() > 255) {
            problems.add(new FieldError("altText", upload.altText().substring(0, 40) + "...", "at most 255 characters"));
        }
        if (content == null) {
            problems.add(new FieldError("content", null, "the picture's bytes"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return FileNames.sanitise("fileName", upload.fileName(), StoredType.IMAGES);
    }

    static String altText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > 255) {
            throw ValidationException.of("altText", stripped.substring(0, 40) + "...", "at most 255 characters");
        }
        return stripped;
    }

    static UUID id(String field, UUID id) {
        if (id == null) {
            throw ValidationException.of(field, null, "an id");
        }
        return id;
    }

    static void entity(ImageEntity entity, UUID entityId) {
        if (entity == null) {
            throw ValidationException.of("entity", null, "one of inventory_item, category, customer, user");
        }
        id("entityId", entityId);
    }

    static List<UUID> order(List<UUID> ids) {
        if (ids == null || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw ValidationException.of("orderedImageIds", ids, "a list of image ids without nulls");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ValidationException.of("orderedImageIds", ids, "each image once");
        }
        return List.copyOf(ids);
    }
}
