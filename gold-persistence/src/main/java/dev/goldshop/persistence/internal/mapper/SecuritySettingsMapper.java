package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.security.SettingsRow;

/** Reads the session and lock-out policy from {@code company_settings}. */
public interface SecuritySettingsMapper {

    /**
     * The policy columns of the settings row.
     *
     * @return the row, or null if the shop has no settings row
     */
    SettingsRow select();
}
