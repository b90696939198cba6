package dev.goldshop.media.internal;

import dev.goldshop.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;

/**
 * Decides what an upload is from its bytes alone (SECURITY.md UPL-02): the type comes from
 * Apache Tika's magic-byte detection, never from the client's name or MIME type, and a file
 * that hides markup or script (a polyglot: a valid picture that is also a PHP or HTML page, or
 * has another file appended) is refused even though re-encoding would drop the payload, so
 * that the attempt is seen in the audit trail.
 */
final class ContentInspector {
    private static final Tika TIKA = new Tika();
    private static final List<byte[]> SCRIPT_MARKERS = markers("<?php ", "<?php\n", "<?php\r", "<?php\t", "<?PHP ",
            "<script", "<SCRIPT", "<html", "<HTML", "<!doctype html", "<!DOCTYPE html", "<svg", "<SVG", "<%@", "<iframe",
            "javascript:");
    private static final List<byte[]> PDF_ACTIVE_CONTENT = markers("/JavaScript", "/Launch", "/EmbeddedFile",
            "/RichMedia", "/XFA");
    private static final int TRAILING_SLACK = 16;

    private ContentInspector() {
    }

    /**
     * The type of an upload, if it is one of those accepted, with its hidden-content checks passed.
     *
     * @param spooled the upload
     * @param accepted the types accepted here
     * @param field the field to name in an error
     * @return the type
     * @throws ValidationException if the type is not accepted or the content hides something
     */
    static StoredType inspect(Spooled spooled, Set<StoredType> accepted, String field) {
        String detected = TIKA.detect(spooled.head());
        StoredType type = accepted.stream().filter(t -> t.mimeType.equals(detected)).findFirst().orElse(null);
        if (type == null) {
            throw ValidationException.of(field, "content of type " + detected, "one of "
                    + accepted.stream().map(t -> t.mimeType).sorted().collect(Collectors.joining(", "))
                    + ", recognised by its bytes (the file name and declared type are not trusted)");
        }
        byte[] all = readAll(spooled);
        if (type == StoredType.PDF) {
            String marker = firstMarker(all, PDF_ACTIVE_CONTENT);
            if (marker != null) {
                throw ValidationException.of(field, "a PDF with " + marker,
                        "a PDF without scripts, launch actions, embedded files or forms");
            }
            return type;
        }
        String marker = firstMarker(all, SCRIPT_MARKERS);
        if (marker != null) {
            throw ValidationException.of(field, "an image that also contains '" + marker.strip() + "'",
                    "an image with no markup or script inside it");
        }
        if (hasTrailingData(type, all)) {
            throw ValidationException.of(field, "an image with data after its end",
                    "an image with nothing appended after it");
        }
        return type;
    }

    // A picture is at most the size limit (20 MB by default) and already on disk; reading it
    // whole once keeps the checks simple and is within the heap budget the limit implies.
    private static byte[] readAll(Spooled spooled) {
        try (InputStream in = spooled.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasTrailingData(StoredType type, byte[] all) {
        int end = switch (type) {
            case JPEG -> lastIndexOf(all, new byte[] {(byte) 0xFF, (byte) 0xD9}) + 2;
            case PNG -> lastIndexOf(all, new byte[] {'I', 'E', 'N', 'D'}) + 8;
            case WEBP -> all.length >= 8 ? 8 + littleEndianInt(all, 4) : 0;
            default -> all.length;
        };
        if (end <= 1) {
            return false; // a truncated file; the decoder reports it
        }
        int trailing = all.length - end;
        if (trailing <= 0) {
            return false;
        }
        if (trailing > TRAILING_SLACK) {
            return true;
        }
        for (int i = end; i < all.length; i++) {
            if (all[i] != 0) {
                return true;
            }
        }
        return false;
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static int lastIndexOf(byte[] all, byte[] needle) {
        for (int i = all.length - needle.length; i >= 0; i--) {
            if (regionMatches(all, i, needle)) {
                return i;
            }
        }
        return -2;
    }

    private static String firstMarker(byte[] all, List<byte[]> markers) {
        for (int i = 0; i < all.length; i++) {
            byte b = all[i];
            if (b != '<' && b != '/' && b != 'j') {
                continue;
            }
            for (byte[] marker : markers) {
                if (marker[0] == b && regionMatches(all, i, marker)) {
                    return new String(marker, StandardCharsets.US_ASCII);
                }
            }
        }
        return null;
    }

    private static boolean regionMatches(byte[] all, int at, byte[] needle) {
        if (at < 0 || at + needle.length > all.length) {
            return false;
        }
        for (int j = 0; j < needle.length; j++) {
            if (all[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> markers(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.US_ASCII)).toList();
    }
}
