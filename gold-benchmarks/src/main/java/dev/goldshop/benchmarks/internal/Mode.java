package dev.goldshop.benchmarks.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * The sizes of a run. {@code quick} keeps the whole run near ten minutes on two cores, with
 * three rounds a side; {@code full} uses the sizes and five rounds a side.
 *
 * @param name {@code quick} or {@code full}
 * @param rounds recorded rounds per side
 * @param saleRound how long one sale_posting round runs
 * @param items stock items sales pick from
 * @param customers customers searched
 * @param importRows rows of one bulk import round (50,000 in quick, to keep it near ten minutes)
 * @param auditRows audit rows the audit queries run over
 * @param searchesPerRound searches per worker in one round
 * @param startupRounds engine starts per side and variant
 */
public record Mode(String name, int rounds, Duration saleRound, int items, int customers, int importRows,
        long auditRows, int searchesPerRound, int startupRounds) {

    /** About ten minutes on two cores. */
    public static final Mode QUICK = new Mode("quick", 3, Duration.ofSeconds(4), 10_000, 100_000, 50_000,
            1_000_000, 150, 3);
    /** The sizes. */
    public static final Mode FULL = new Mode("full", 5, Duration.ofSeconds(15), 10_000, 1_000_000, 100_000,
            10_000_000, 500, 5);

    /**
     * The mode named on the command line.
     *
     * @param name {@code quick} or {@code full}
     * @return the mode
     * @throws IllegalArgumentException for any other name
     */
    public static Mode parse(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("mode must be quick or full, got '" + name + "'");
        };
    }
}
