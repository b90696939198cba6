package dev.goldshop.media.internal;

import dev.goldshop.core.error.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The uploader's file name, kept only as metadata (SECURITY.md UPL-02, UPL-04): folders are
 * dropped, and names with control characters, NUL, percent-encoding tricks or an extension
 * outside the allow-list (or not matching the detected content) are refused.
 */
final class FileNames {
    private static final Map<String, StoredType> EXTENSIONS = Map.of(
            "jpg", StoredType.JPEG, "jpeg", StoredType.JPEG, "png", StoredType.PNG, "webp", StoredType.WEBP,
            "gif", StoredType.GIF, "pdf", StoredType.PDF);

    private FileNames() {
    }

    /**
     * Checks a name before the upload is read.
     *
     * @param field the field to name in an error
     * @param name the uploader's name
     * @param allowed the types accepted here
     * @return the sanitised name
     */
    static String sanitise(String field, String name, Set<StoredType> allowed) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of(field, name, "the uploader's file name, for example photo.jpg");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw ValidationException.of(field, printable(name), "a name without control characters or NUL");
            }
        }
        if (name.matches("(?s).*%[0-9A-Fa-f]{2}.*")) {
            throw ValidationException.of(field, printable(name), "a plain name, not percent-encoded");
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (base.isEmpty() || base.equals(".") || base.equals("..") || base.length() > 255) {
            throw ValidationException.of(field, printable(name), "a file name of 1 to 255 characters");
        }
        StoredType type = typeOf(base);
        if (type == null || !allowed.contains(type)) {
            throw ValidationException.of(field, printable(name), "a name ending in one of "
                    + allowed.stream().map(t -> "." + t.extension).sorted().toList());
        }
        return base;
    }

    /**
     * Checks that the name's extension says what the bytes are.
     *
     * @param field the field to name in an error
     * @param name the sanitised name
     * @param detected the type from the bytes
     */
    static void requireMatch(String field, String name, StoredType detected) {
        if (typeOf(name) != detected) {
            throw ValidationException.of(field, name, "a name whose extension matches its content, "
                    + detected.mimeType + " (." + detected.extension + ")");
        }
    }

    private static StoredType typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
