/**
 * The harness: the bench (database, pools, round-trip counting), interleaved rounds and their
 * statistics, the console table, and one class per scenario with its SDK and floor sides.
 */
package dev.goldshop.benchmarks.internal;
