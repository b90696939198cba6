/**
 * The benchmark harness: {@link dev.goldshop.benchmarks.BenchmarkMain} runs every scenario of
 * issue 8 against the hand-written floor on one embedded PostgreSQL; the harness lives in
 * {@code internal}.
 */
package dev.goldshop.benchmarks;
