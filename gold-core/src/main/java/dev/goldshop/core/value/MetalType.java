package dev.goldshop.core.value;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The precious metals the shop trades, each with the range of fineness an alloy must have to
 * be sold under that metal's name, and the finenesses the trade commonly stamps.
 *
 * <h2>Why these ranges</h2>
 * The lower bounds are the lowest fineness that hallmarking regimes in the shop's markets still
 * allow to be sold under the metal's name; an alloy below them is base metal with some precious
 * content, and accepting it here would let a typing error (33.3 for 333) become stock.
 * <ul>
 *   <li>Gold, 333 (8 karat): the lowest gold standard in use (Germany, Portugal); the UK and
 *       India start at 375, the US at 417.</li>
 *   <li>Silver, 500: coin silver and older hallmark standards go as low as 500; jewellery is
 *       usually 800 to 999.</li>
 *   <li>Platinum, 500: US rules let an alloy with at least 500 parts platinum be marked
 *       platinum when the rest is other platinum-group metals; jewellery is usually 850 to
 *       999.</li>
 *   <li>Palladium, 500: the lowest palladium hallmark (UK, Vienna Convention).</li>
 * </ul>
 * The upper bound is 999.99 for every metal: refiners sell five nines at best, and a
 * fineness of exactly 1000 on a real piece is always a mistake, although {@link Purity} itself
 * accepts it as the theoretical limit.
 *
 * <p>The database stores a metal as its {@link #code()}, which is stable; do not store
 * {@link #name()} or {@link #ordinal()}.
 */
public enum MetalType implements CodedEnum {

    /** Gold, 333 to 999.99 ‰; common finenesses 999.9, 999, 916, 875, 750, 585, 417, 375, 333. */
    GOLD("gold", "333", "999.99", "999.9", "999", "916", "875", "750", "585", "417", "375", "333"),

    /** Silver, 500 to 999.99 ‰; common finenesses 999, 958 (Britannia), 925 (sterling), 900, 800. */
    SILVER("silver", "500", "999.99", "999", "958", "925", "900", "800"),

    /** Platinum, 500 to 999.99 ‰; common finenesses 999, 950, 900, 850. */
    PLATINUM("platinum", "500", "999.99", "999", "950", "900", "850"),

    /** Palladium, 500 to 999.99 ‰; common finenesses 999, 950, 500. */
    PALLADIUM("palladium", "500", "999.99", "999", "950", "500");

    private final String code;
    private final Purity minimum;
    private final Purity maximum;
    private final List<Purity> common;

    MetalType(String code, String minimum, String maximum, String... common) {
        this.code = code;
        this.minimum = Purity.ofFineness(minimum);
        this.maximum = Purity.ofFineness(maximum);
        this.common = Arrays.stream(common).map(Purity::ofFineness)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the code stored in the database and exchanged with other systems, such as
     * {@code "gold"}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the metal of a database code.
     *
     * @param code the code, such as {@code "gold"}; matched ignoring case and surrounding spaces,
     *     since codes typed by people or exported by older systems vary in both
     * @return the metal
     * @throws IllegalArgumentException if no metal has that code; the message names the value and
     *     the accepted codes
     * @throws NullPointerException if {@code code} is null
     */
    public static MetalType fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String wanted = code.strip();
        for (MetalType metal : values()) {
            if (metal.code.equalsIgnoreCase(wanted)) {
                return metal;
            }
        }
        throw new IllegalArgumentException("Unknown metal code '" + code + "'; accepted codes are "
                + Arrays.stream(values()).map(MetalType::code).collect(Collectors.joining(", ")));
    }

    /**
     * Returns the lowest fineness accepted for this metal.
     *
     * @return the lower bound, inclusive
     */
    public Purity minimumPurity() {
        return minimum;
    }

    /**
     * Returns the highest fineness accepted for this metal.
     *
     * @return the upper bound, inclusive
     */
    public Purity maximumPurity() {
        return maximum;
    }

    /**
     * Tells whether an alloy of this purity may be recorded as this metal.
     *
     * @param purity the purity to check
     * @return whether it lies within {@link #minimumPurity()} and {@link #maximumPurity()},
     *     both inclusive
     * @throws NullPointerException if {@code purity} is null
     */
    public boolean accepts(Purity purity) {
        Objects.requireNonNull(purity, "purity");
        return purity.compareTo(minimum) >= 0 && purity.compareTo(maximum) <= 0;
    }

    /**
     * Returns the finenesses the trade commonly stamps for this metal, highest first; useful to
     * offer in a form and to post rates for.
     *
     * @return an unmodifiable list, highest fineness first
     */
    public List<Purity> commonPurities() {
        return common;
    }
}
