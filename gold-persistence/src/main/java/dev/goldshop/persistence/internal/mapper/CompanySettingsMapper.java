package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.settings.SettingsRow;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The company_settings singleton, and the lookups its validation needs. */
public interface CompanySettingsMapper {
    /**
     * The settings row.
     *
     * @return the row (the migrations seed it, so it always exists)
     */
    SettingsRow selectSettings();

    /**
     * Replaces the editable columns, checking and bumping the version.
     *
     * @param row the new values, with updated_by and updated_at
     * @param version the version the caller read
     * @return 1, or 0 if the version is stale
     */
    int update(@Param("row") SettingsRow row, @Param("version") long version);

    /**
     * Tells every engine on this database, at commit, that the settings changed.
     *
     * @param payload what changed, for the subscribers that care about it
     * @return ignored
     */
    String notifyChange(@Param("payload") String payload);

    /**
     * Which of the given codes are active accounts.
     *
     * @param codes the codes to look up, at least one
     * @return the codes found
     */
    List<String> selectActiveAccountCodes(@Param("codes") List<String> codes);

    /**
     * Whether an image exists.
     *
     * @param imageId the image
     * @return true if it exists
     */
    boolean selectImageExists(@Param("imageId") UUID imageId);

    /**
     * Whether any invoice (draft, issued or credit note) exists.
     *
     * @return true once the shop has an invoice
     */
    boolean selectAnyInvoiceExists();
}
