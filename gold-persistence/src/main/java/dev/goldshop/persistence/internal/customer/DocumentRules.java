package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.StoredDocument;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of document metadata, and the row-to-record conversion. */
final class DocumentRules {
    private static final Pattern MIME = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private DocumentRules() {
    }

    /**
     * Validates editable metadata into a row.
     *
     * @param details the metadata
     * @param row the row to fill
     * @param p where rejected fields go
     */
    static void details(DocumentDetails details, DocumentRow row, Problems p) {
        if (details == null) {
            p.add("details", null, "are required: type, name, description, expiry");
            return;
        }
        if (details.type() == null) {
            p.add("type", null, "is required: id_copy, contract, photo or other");
        }
        row.documentType = details.type();
        row.documentName = p.line("name", details.name(), 255, true);
        row.description = p.multiline("description", details.description(), 5000);
        if (details.expiryDate() != null && details.expiryDate().isBefore(CustomerValidator.EARLIEST_BIRTH)) {
            p.add("expiryDate", details.expiryDate(), "must be on or after " + CustomerValidator.EARLIEST_BIRTH);
        }
        row.expiryDate = details.expiryDate();
    }

    /**
     * Validates a stored file's record into a row.
     *
     * @param stored what gold-media stored
     * @param row the row to fill
     * @param p where rejected fields go
     */
    static void stored(StoredDocument stored, DocumentRow row, Problems p) {
        details(stored.details(), row, p);
        String path = p.line("filePath", stored.filePath(), 500, true);
        if (path != null && (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).matches()
                || path.replace('\\', '/').matches("(^|.*/)\\.\\.(/.*|$)"))) {
            p.add("filePath", path, "must be relative to the media root, without '..' segments");
        }
        row.filePath = path;
        if (stored.fileSize() < 0) {
            p.add("fileSize", stored.fileSize(), "must not be negative");
        }
        row.fileSize = stored.fileSize();
        String mime = p.line("mimeType", stored.mimeType(), 100, true);
        if (mime != null && !MIME.matcher(mime.toLowerCase(Locale.ROOT)).matches()) {
            p.add("mimeType", mime, "must be a media type like application/pdf");
        }
        row.mimeType = mime == null ? null : mime.toLowerCase(Locale.ROOT);
    }

    /**
     * The public record of a row.
     *
     * @param row the row
     * @return the document
     */
    static CustomerDocument toDocument(DocumentRow row) {
        return new CustomerDocument(row.id, row.customerId, row.documentType, row.documentName, row.filePath,
                row.fileSize, row.mimeType, row.description, row.expiryDate, row.verified, row.verifiedBy,
                row.verifiedAt, row.createdAt, row.updatedAt, row.version);
    }

    /**
     * Whether a document has expired on a day.
     *
     * @param row the document
     * @param today the shop's day
     * @return true if its expiry lies before the day
     */
    static boolean expired(DocumentRow row, LocalDate today) {
        return row.expiryDate != null && row.expiryDate.isBefore(today);
    }
}
