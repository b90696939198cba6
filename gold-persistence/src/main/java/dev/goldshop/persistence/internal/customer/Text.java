package dev.goldshop.persistence.internal.customer;

/** Small text predicates shared by the validators. */
final class Text {
    private Text() {
    }

    /**
     * Whether text holds a control character (a single-line field must not: it would break
     * the lines of any log, export or printout built from it).
     *
     * @param text the text
     * @return true if any character is an ISO control character
     */
    static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /**
     * Whether multi-line text holds a control character other than line breaks and tabs.
     *
     * @param text the text
     * @return true if it does
     */
    static boolean hasControlBesidesLines(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * Length in code points, as users count characters.
     *
     * @param text the text
     * @return the number of code points
     */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
