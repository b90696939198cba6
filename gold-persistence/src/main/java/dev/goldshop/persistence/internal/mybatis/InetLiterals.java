package dev.goldshop.persistence.internal.mybatis;

import java.util.regex.Pattern;

/** Recognises IP address literals, so that parsing never falls back to a DNS lookup. */
public final class InetLiterals {
    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]+$");

    private InetLiterals() {
    }

    /**
     * Whether the text is an IPv4 or IPv6 literal.
     *
     * @param text the text
     * @return true for a literal address
     */
    public static boolean isLiteral(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return IPV4.matcher(text).matches() || (text.indexOf(':') >= 0 && IPV6.matcher(text).matches());
    }
}
