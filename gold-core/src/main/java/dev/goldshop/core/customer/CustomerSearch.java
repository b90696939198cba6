package dev.goldshop.core.customer;

import java.util.UUID;

/**
 * What to look for; every criterion given must match (AND). Build one with {@link #builder()}.
 * Erased customers are never found; deactivated ones only with {@code includeInactive}.
 * Results come in name order, paged with keyset cursors.
 *
 * @param name part of the name, matched case- and accent-insensitively ("jose" finds "José
 *     Núñez"); every word must occur; 1 to 100 characters. Words of one or two letters only
 *     match the start of the name
 * @param phone a phone number in any usual form, matched exactly after normalising to E.164
 * @param email an e-mail, matched exactly ignoring case
 * @param nationalId a national id, matched exactly (through the blind index; needs a
 *     {@link dev.goldshop.core.spi.KeyProvider})
 * @param city a city, matched exactly ignoring case
 * @param company a company name, matched exactly ignoring case
 * @param tagId customers carrying this tag
 * @param birthdayWithinDays customers whose birthday falls today or in the next so many days
 *     (0 = today), 0 to 366
 * @param anniversaryWithinDays customers with an anniversary (a special occasion of type
 *     {@link OccasionType#ANNIVERSARY}) today or in the next so many days, 0 to 366
 * @param includeInactive whether deactivated customers are found too
 */
public record CustomerSearch(String name, String phone, String email, String nationalId, String city,
        String company, UUID tagId, Integer birthdayWithinDays, Integer anniversaryWithinDays,
        boolean includeInactive) {

    /**
     * A search with no criterion: every active customer, in name order.
     *
     * @return the search
     */
    public static CustomerSearch all() {
        return builder().build();
    }

    /**
     * Starts a builder with no criterion.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether no criterion is set ({@code includeInactive} alone is not a criterion).
     *
     * @return true if every customer matches
     */
    public boolean isUnrestricted() {
        return name == null && phone == null && email == null && nationalId == null && city == null
                && company == null && tagId == null && birthdayWithinDays == null && anniversaryWithinDays == null;
    }

    /**
     * Names the criteria with the national id masked.
     *
     * @return the search, for logs
     */
    @Override
    public String toString() {
        return "CustomerSearch[name=" + name + ", phone=" + phone + ", email=" + email + ", nationalId="
                + (nationalId == null ? null : "***") + ", city=" + city + ", company=" + company + ", tagId=" + tagId
                + ", birthdayWithinDays=" + birthdayWithinDays + ", anniversaryWithinDays=" + anniversaryWithinDays
                + ", includeInactive=" + includeInactive + "]";
    }

    /** Collects the criteria of a {@link CustomerSearch}. */
    public static final class Builder {
        private String name;
        private String phone;
        private String email;
        private String nationalId;
        private String city;
        private String company;
        private UUID tagId;
        private Integer birthdayWithinDays;
        private Integer anniversaryWithinDays;
        private boolean includeInactive;

        private Builder() {
        }

        /**
         * Part of the name.
         *
         * @param value the text
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * A phone number.
         *
         * @param value the number
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /**
         * An e-mail address.
         *
         * @param value the address
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * A national id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder nationalId(String value) {
            this.nationalId = value;
            return this;
        }

        /**
         * A city.
         *
         * @param value the city
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * A company.
         *
         * @param value the company name
         * @return this builder
         */
        public Builder company(String value) {
            this.company = value;
            return this;
        }

        /**
         * A tag.
         *
         * @param value the tag's id
         * @return this builder
         */
        public Builder tagId(UUID value) {
            this.tagId = value;
            return this;
        }

        /**
         * Birthdays in the next days.
         *
         * @param days 0 (today) to 366
         * @return this builder
         */
        public Builder birthdayWithinDays(Integer days) {
            this.birthdayWithinDays = days;
            return this;
        }

        /**
         * Anniversaries in the next days.
         *
         * @param days 0 (today) to 366
         * @return this builder
         */
        public Builder anniversaryWithinDays(Integer days) {
            this.anniversaryWithinDays = days;
            return this;
        }

        /**
         * Whether deactivated customers are found too.
         *
         * @param value true to include them
         * @return this builder
         */
        public Builder includeInactive(boolean value) {
            this.includeInactive = value;
            return this;
        }

        /**
         * Builds the search; it is validated when it runs.
         *
         * @return the search
         */
        public CustomerSearch build() {
            return new CustomerSearch(name, phone, email, nationalId, city, company, tagId, birthdayWithinDays,
                    anniversaryWithinDays, includeInactive);
        }
    }
}
