package dev.goldshop.engine;

/** What the engine does with the database schema when it starts. */
public enum SchemaMode {
    /** Apply the SDK's pending migrations (the default). */
    MIGRATE,
    /**
     * Change nothing; fail at start unless every migration of this SDK version is applied
     * unchanged. For hosts whose database administrators apply migrations themselves.
     */
    VALIDATE
}
