package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A validated {@link CustomerSearch} in the form the mapper's {@code searchWhere} fragment
 * binds: every criterion normalised the way its column is stored, so that each one is served
 * by an index. Built only through {@link #from}, which the facade and the plan test share, so
 * the test checks the plans of exactly the statements the facade runs.
 *
 * <p>Name words of three or more characters become {@code search_name LIKE '%word%'} (the
 * trigram index); shorter words next to them only filter ({@code strpos}), because a trigram
 * index cannot narrow a one- or two-letter pattern; a name of short words only is a prefix of
 * the whole name ({@code LIKE 'ab%'}, the btree). Words are normalised in SQL by the same
 * {@code customer_search_text} that fills the column, so accents and case match exactly.
 */
public final class CustomerSearchQuery {
    /** The most name words a search takes. */
    static final int MAX_WORDS = 5;
    /** The longest name text a search takes. */
    static final int MAX_NAME = 100;
    /** The largest "within N days" window. */
    static final int MAX_DAYS = 366;
    /**
     * The most rows a search reads: the largest page and the row that tells whether another page
     * follows.
     */
    static final int MAX_LIMIT = PageRequest.MAX_LIMIT + 1;

    private final boolean includeInactive;
    private final List<String> nameLike;
    private final List<String> nameContains;
    private final String namePrefix;
    private final String phone;
    private final String email;
    private final String nationalIdIndex;
    private final String city;
    private final String company;
    private final UUID tagId;
    private final List<MonthDayRange> birthdayRanges;
    private final List<MonthDayRange> anniversaryRanges;
    private final String afterName;
    private final UUID afterId;
    private final int limit;
    private final UUID assignTagId;
    private final UUID assignedBy;
    private final Instant assignedAt;

    private CustomerSearchQuery(Builder b) {
        this.includeInactive = b.includeInactive;
        this.nameLike = List.copyOf(b.nameLike);
        this.nameContains = List.copyOf(b.nameContains);
        this.namePrefix = b.namePrefix;
        this.phone = b.phone;
        this.email = b.email;
        this.nationalIdIndex = b.nationalIdIndex;
        this.city = b.city;
        this.company = b.company;
        this.tagId = b.tagId;
        this.birthdayRanges = b.birthdayRanges;
        this.anniversaryRanges = b.anniversaryRanges;
        this.afterName = b.afterName;
        this.afterId = b.afterId;
        this.limit = b.limit;
        this.assignTagId = b.assignTagId;
        this.assignedBy = b.assignedBy;
        this.assignedAt = b.assignedAt;
    }

    // Getters rather than public fields: the mapper's <if> tests are OGNL, which finds a getter in
    // its method cache but looks for a field by scanning every method of the class on each test.

    /**
     * Whether inactive customers are found too.
     *
     * @return true to include them
     */
    public boolean isIncludeInactive() {
        return includeInactive;
    }

    /**
     * Name words of three or more characters, LIKE-escaped, for the trigram index.
     *
     * @return the words, possibly empty
     */
    public List<String> getNameLike() {
        return nameLike;
    }

    /**
     * Short name words next to long ones, plain, for a filter.
     *
     * @return the words, possibly empty
     */
    public List<String> getNameContains() {
        return nameContains;
    }

    /**
     * The whole name when every word is short, LIKE-escaped, for a prefix match.
     *
     * @return the prefix, or {@code null}
     */
    public String getNamePrefix() {
        return namePrefix;
    }

    /**
     * The phone in E.164 form, as stored.
     *
     * @return the phone, or {@code null}
     */
    public String getPhone() {
        return phone;
    }

    /**
     * The e-mail, lower case.
     *
     * @return the e-mail, or {@code null}
     */
    public String getEmail() {
        return email;
    }

    /**
     * The blind index of the national id.
     *
     * @return the index, or {@code null}
     */
    public String getNationalIdIndex() {
        return nationalIdIndex;
    }

    /**
     * The city, stripped.
     *
     * @return the city, or {@code null}
     */
    public String getCity() {
        return city;
    }

    /**
     * The company name, stripped.
     *
     * @return the company, or {@code null}
     */
    public String getCompany() {
        return company;
    }

    /**
     * The tag the customers must carry.
     *
     * @return the tag, or {@code null}
     */
    public UUID getTagId() {
        return tagId;
    }

    /**
     * The month-day ranges of the birthday window.
     *
     * @return the ranges, or {@code null} for no window
     */
    public List<MonthDayRange> getBirthdayRanges() {
        return birthdayRanges;
    }

    /**
     * The month-day ranges of the anniversary window.
     *
     * @return the ranges, or {@code null} for no window
     */
    public List<MonthDayRange> getAnniversaryRanges() {
        return anniversaryRanges;
    }

    /**
     * The sort name of the last hit of the previous page.
     *
     * @return the name, or {@code null} on the first page
     */
    public String getAfterName() {
        return afterName;
    }

    /**
     * The id of the last hit of the previous page.
     *
     * @return the id, or {@code null} on the first page
     */
    public UUID getAfterId() {
        return afterId;
    }

    /**
     * How many rows to read, 1 to {@value #MAX_LIMIT}.
     *
     * @return the page size plus one
     */
    public int getLimit() {
        return limit;
    }

    /**
     * The tag to assign to every customer found (set only by {@link #assigning}).
     *
     * @return the tag, or {@code null}
     */
    public UUID getAssignTagId() {
        return assignTagId;
    }

    /**
     * Who assigns the tag.
     *
     * @return the user, or {@code null} for the system
     */
    public UUID getAssignedBy() {
        return assignedBy;
    }

    /**
     * When the tag is assigned.
     *
     * @return the instant, or {@code null}
     */
    public Instant getAssignedAt() {
        return assignedAt;
    }

    /**
     * Validates a search and turns it into a query.
     *
     * @param search the host's criteria
     * @param today today on the shop's clock, for the birthday and anniversary windows
     * @param phoneRegion the region for phone numbers without a country code
     * @param blindIndex turns a canonical national id into its blind index (fails without a key provider)
     * @param cursor the previous page's cursor, or {@code null}
     * @param limit how many rows to read (the page size plus one, to know whether more follow)
     * @return the query
     * @throws ValidationException naming every invalid criterion
     */
    public static CustomerSearchQuery from(CustomerSearch search, LocalDate today, String phoneRegion,
            UnaryOperator<String> blindIndex, String cursor, int limit) {
        Builder b = new Builder();
        List<FieldError> errors = new ArrayList<>();
        if (search == null) {
            throw ValidationException.of("search", null, "is required; use CustomerSearch.all() for no criterion");
        }
        b.includeInactive = search.includeInactive();
        name(search.name(), b, errors);
        if (search.phone() != null) {
            try {
                b.phone = PhoneNumbers.toE164(search.phone(), phoneRegion);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("phone", search.phone(), e.getMessage()));
            }
        }
        b.email = exact("email", search.email(), 255, errors);
        if (b.email != null) {
            b.email = b.email.toLowerCase(Locale.ROOT);
        }
        b.city = exact("city", search.city(), 100, errors);
        b.company = exact("company", search.company(), 200, errors);
        b.tagId = search.tagId();
        b.birthdayRanges = window("birthdayWithinDays", search.birthdayWithinDays(), today, errors);
        b.anniversaryRanges = window("anniversaryWithinDays", search.anniversaryWithinDays(), today, errors);
        String nationalId = search.nationalId();
        if (nationalId != null && !NationalIds.isPlausible(nationalId)) {
            errors.add(new FieldError("nationalId", NationalIds.mask(nationalId),
                    "must be 1 to 50 characters without control characters"));
            nationalId = null;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", String.valueOf(limit), "must be 1 to " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (nationalId != null) {
            b.nationalIdIndex = blindIndex.apply(NationalIds.canonical(nationalId));
        }
        if (cursor != null) {
            List<String> parts = Cursors.decode(cursor, 2);
            b.afterName = parts.get(0);
            try {
                b.afterId = UUID.fromString(parts.get(1));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("cursor", cursor, "is not a cursor of this search");
            }
        }
        b.limit = limit;
        return new CustomerSearchQuery(b);
    }

    /**
     * The same query, for assigning a tag to every customer it finds (no paging).
     *
     * @param tag the tag
     * @param by the user who assigns it, or {@code null} for the system
     * @param at when
     * @return the query
     */
    CustomerSearchQuery assigning(UUID tag, UUID by, Instant at) {
        Builder b = new Builder();
        b.includeInactive = includeInactive;
        b.nameLike.addAll(nameLike);
        b.nameContains.addAll(nameContains);
        b.namePrefix = namePrefix;
        b.phone = phone;
        b.email = email;
        b.nationalIdIndex = nationalIdIndex;
        b.city = city;
        b.company = company;
        b.tagId = tagId;
        b.birthdayRanges = birthdayRanges;
        b.anniversaryRanges = anniversaryRanges;
        b.assignTagId = tag;
        b.assignedBy = by;
        b.assignedAt = at;
        return new CustomerSearchQuery(b);
    }

    /**
     * The cursor that continues after a hit.
     *
     * @param last the last hit of a page
     * @return the cursor
     */
    static String cursorAfter(SearchHit last) {
        return Cursors.encode(last.searchName, last.id.toString());
    }

    private static void name(String raw, Builder b, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String text = raw.strip();
        if (text.codePointCount(0, text.length()) > MAX_NAME || Text.hasControl(text)) {
            errors.add(new FieldError("name", raw, "must be 1 to " + MAX_NAME + " characters without control characters"));
            return;
        }
        String[] words = text.split("\\s+");
        if (words.length > MAX_WORDS) {
            errors.add(new FieldError("name", raw, "must have at most " + MAX_WORDS + " words"));
            return;
        }
        boolean anyLong = false;
        for (String word : words) {
            anyLong |= word.codePointCount(0, word.length()) >= 3;
        }
        if (!anyLong) {
            b.namePrefix = likeEscape(String.join(" ", words));
            return;
        }
        for (String word : words) {
            if (word.codePointCount(0, word.length()) >= 3) {
                b.nameLike.add(likeEscape(word));
            } else {
                b.nameContains.add(word);
            }
        }
    }

    private static String exact(String field, String raw, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > max || Text.hasControl(text)) {
            errors.add(new FieldError(field, raw, "must be at most " + max + " characters without control characters"));
            return null;
        }
        return text;
    }

    private static List<MonthDayRange> window(String field, Integer days, LocalDate today, List<FieldError> errors) {
        if (days == null) {
            return null;
        }
        if (days < 0 || days > MAX_DAYS) {
            errors.add(new FieldError(field, String.valueOf(days), "must be 0 (today) to " + MAX_DAYS));
            return null;
        }
        return MonthDayRange.window(today, days);
    }

    /**
     * Escapes LIKE's wildcards so that "50%" looks for "50%"; the mapper's patterns use the
     * default escape character, the backslash.
     *
     * @param text the text
     * @return the escaped text
     */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static final class Builder {
        boolean includeInactive;
        final List<String> nameLike = new ArrayList<>();
        final List<String> nameContains = new ArrayList<>();
        String namePrefix;
        String phone;
        String email;
        String nationalIdIndex;
        String city;
        String company;
        UUID tagId;
        List<MonthDayRange> birthdayRanges;
        List<MonthDayRange> anniversaryRanges;
        String afterName;
        UUID afterId;
        int limit;
        UUID assignTagId;
        UUID assignedBy;
        Instant assignedAt;
    }
}
