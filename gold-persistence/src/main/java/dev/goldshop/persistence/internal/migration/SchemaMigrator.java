package dev.goldshop.persistence.internal.migration;

import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The SDK's one Flyway chain ({@code classpath:db/migration}) and its history table. Migrates
 * by default; validate-only mode is for hosts whose DBAs apply migrations themselves.
 */
public final class SchemaMigrator {
    /** Where the SDK's migrations live on the classpath. */
    public static final String LOCATION = "classpath:db/migration";
    /** The history table, named so that it never clashes with a host's own Flyway table. */
    public static final String HISTORY_TABLE = "goldshop_schema_history";

    private final Flyway flyway;

    /**
     * Creates a migrator for a database.
     *
     * @param dataSource the database
     */
    public SchemaMigrator(DataSource dataSource) {
        this.flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /**
     * What a start did to the schema.
     *
     * @param version the schema version afterwards
     * @param applied how many migrations were applied (0 on an up-to-date database)
     */
    public record Outcome(String version, int applied) {
    }

    /**
     * Applies pending migrations.
     *
     * @return the version afterwards and how many migrations were applied
     * @throws StorageException if a migration fails
     */
    public Outcome migrate() {
        try {
            int applied = flyway.migrate().migrationsExecuted;
            return new Outcome(currentVersion(), applied);
        } catch (FlywayException e) {
            throw new StorageException(ErrorCode.SCHEMA_MISMATCH, "migrating the schema failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the database holds exactly the migrations this SDK ships, applied and
     * unchanged, without changing anything.
     *
     * @return the schema version, with nothing applied
     * @throws StorageException naming what is pending, missing or altered
     */
    public Outcome validate() {
        ValidateResult result;
        try {
            result = flyway.validateWithResult();
        } catch (FlywayException e) {
            throw new StorageException(ErrorCode.SCHEMA_MISMATCH, "validating the schema failed: " + e.getMessage(), e);
        }
        if (!result.validationSuccessful) {
            StringBuilder problems = new StringBuilder();
            result.invalidMigrations.forEach(m -> problems.append("\n  ").append(m.version).append(' ')
                    .append(m.description).append(": ").append(m.errorDetails.errorMessage));
            throw new StorageException(ErrorCode.SCHEMA_MISMATCH,
                    "the database schema does not match this SDK (run with SchemaMode.MIGRATE, or apply the "
                            + "SDK's migrations):" + problems, null);
        }
        return new Outcome(currentVersion(), 0);
    }

    /**
     * The version of the last applied migration.
     *
     * @return the version, or {@code "none"} for an empty database
     */
    public String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
