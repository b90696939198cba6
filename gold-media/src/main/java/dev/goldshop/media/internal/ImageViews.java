package dev.goldshop.media.internal;

import dev.goldshop.core.value.CodedEnums;
import dev.goldshop.media.Image;
import dev.goldshop.media.ImageEntity;
import dev.goldshop.media.ImageRole;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows as the public records, and the facts an audit row keeps of an image. */
final class ImageViews {
    private ImageViews() {
    }

    static Image toImage(ImageRow r) {
        return new Image(r.id, CodedEnums.parse(ImageEntity.class, "entity_type", r.entityType), r.entityId,
                CodedEnums.parse(ImageRole.class, "image_role", r.imageRole), r.fileName, r.mimeType, r.fileSize,
                r.width, r.height, r.altText, r.primary, r.sortOrder, r.filePath, r.compressedPath, r.thumbnailPath,
                r.createdAt, r.updatedAt, r.version);
    }

    static Map<String, Object> auditFacts(ImageRow r) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("entity_type", r.entityType);
        facts.put("entity_id", r.entityId.toString());
        facts.put("image_role", r.imageRole);
        facts.put("file_name", r.fileName);
        facts.put("mime_type", r.mimeType);
        facts.put("file_size", r.fileSize);
        facts.put("width", r.width);
        facts.put("height", r.height);
        facts.put("primary", r.primary);
        facts.put("sort_order", r.sortOrder);
        facts.put("file_path", r.filePath);
        return facts;
    }
}
