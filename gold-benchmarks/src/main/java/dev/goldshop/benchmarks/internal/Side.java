package dev.goldshop.benchmarks.internal;

/** Which code does the work in a round: the SDK through its public API, or the hand-written floor. */
public enum Side {
    /** The SDK's public facades. */
    SDK,
    /** Hand-written JDBC on the same database, writing the same rows. */
    FLOOR
}
