package dev.goldshop.media;

import java.util.List;
import java.util.UUID;

/**
 * What a reconciliation of files and rows found and did (SECURITY.md invariant 7).
 *
 * @param filesChecked how many stored files were looked at
 * @param rowsChecked how many image and document rows were looked at
 * @param orphansRemoved files no row refers to, older than the grace period, now deleted
 * @param orphansWithinGrace files no row refers to that are younger than the grace period
 *     (an upload may still be committing) and were kept
 * @param missingFiles rows whose file is missing or differs in size from the row
 */
public record ReconcileReport(int filesChecked, int rowsChecked, List<String> orphansRemoved,
        int orphansWithinGrace, List<MissingFile> missingFiles) {

    /**
     * Copies the lists.
     */
    public ReconcileReport {
        orphansRemoved = List.copyOf(orphansRemoved);
        missingFiles = List.copyOf(missingFiles);
    }

    /**
     * A row whose file is not as recorded.
     *
     * @param resourceType {@code image} or {@code customer_document}
     * @param id the row's id
     * @param path the recorded path
     * @param problem {@code missing} or {@code size_mismatch}
     */
    public record MissingFile(String resourceType, UUID id, String path, String problem) {
    }
}
