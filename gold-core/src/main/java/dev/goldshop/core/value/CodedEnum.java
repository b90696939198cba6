package dev.goldshop.core.value;

/**
 * An enumeration whose constants are stored in the database as stable lower-case codes
 * (for example {@code "old_gold"}), independent of the Java constant names, so that a rename
 * in Java never silently changes stored data.
 */
public interface CodedEnum {
    /**
     * The code stored in the database.
     *
     * @return a stable, lower-case code
     */
    String code();
}
