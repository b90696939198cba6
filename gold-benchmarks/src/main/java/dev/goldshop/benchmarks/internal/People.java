package dev.goldshop.benchmarks.internal;

import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.PostalAddress;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic customers from a fixed seed: names of the shop's usual clientele (Gulf, Iranian,
 * South Asian, Western), phones in the forms clerks type, cities, e-mails, national ids and
 * birth dates. Customer {@code i} is always the same person, so a search can ask for values it
 * knows exist, and the floor can compute the same normal forms.
 */
public final class People {
    static final String[] FIRST = {"Ahmad", "Fatima", "Mohammed", "Aisha", "Omar", "Zahra", "Ali", "Maryam",
        "Hassan", "Leila", "Reza", "Sara", "Amir", "Nasrin", "Dariush", "Shirin", "Rahul", "Priya", "Arjun",
        "Ananya", "Vikram", "Deepa", "Sanjay", "Kavya", "John", "Emma", "James", "Olivia", "William", "Sophia",
        "Yusuf", "Noura", "Khalid", "Huda", "Tariq", "Layla", "Parisa", "Kian", "Neha", "Imran"};
    static final String[] LAST = {"Al-Mansouri", "Haddad", "Karimi", "Rahimi", "Hosseini", "Mohammadi", "Ahmadi",
        "Rezaei", "Sharma", "Patel", "Gupta", "Iyer", "Reddy", "Nair", "Khan", "Qureshi", "Smith", "Johnson",
        "Brown", "Taylor", "Wilson", "Al-Farsi", "Al-Hashimi", "Nasser", "Saleh", "Farahani", "Tehrani",
        "Kapoor", "Mehta", "Chopra", "O'Connor", "Fernandes", "D'Souza", "Sadeghi", "Jafari", "Moradi",
        "Bakr", "Yousef", "Rashid", "Malik"};
    static final String[] CITIES = {"Dubai", "Abu Dhabi", "Sharjah", "Tehran", "Isfahan", "Shiraz", "Mumbai",
        "Delhi", "Bangalore", "Chennai", "Hyderabad", "London", "Manchester", "New York", "Toronto", "Doha",
        "Muscat", "Kuwait City", "Riyadh", "Jeddah"};
    private static final long SEED = 7_919L;

    private People() {
    }

    /**
     * Customers {@code from} to {@code from + count - 1}, generated as they are read.
     *
     * @param from the first index
     * @param count how many
     * @return the details
     */
    public static List<CustomerDetails> range(int from, int count) {
        return new AbstractList<>() {
            @Override
            public CustomerDetails get(int index) {
                return person(from + index);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /**
     * Customer number {@code i}.
     *
     * @param i the index, from 0 (below 7,000,000)
     * @return the details, as a clerk would type them
     */
    public static CustomerDetails person(int i) {
        SplittableRandom r = new SplittableRandom(SEED * 31 + i);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        return CustomerDetails.builder(first).lastName(last).phone(typedPhone(i))
                .email(first.toLowerCase(java.util.Locale.ROOT) + "." + i + "@example.com")
                .nationalId(nationalId(i))
                .dateOfBirth(LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 65)))
                .address(new PostalAddress(r.nextInt(200) + 1 + " Market Street", CITIES[r.nextInt(CITIES.length)],
                        null, null, null, null))
                .build();
    }

    /**
     * The phone of customer {@code i} as typed (one of a few usual forms).
     *
     * @param i the index
     * @return for example {@code (415) 300-0012}
     */
    public static String typedPhone(int i) {
        String digits = String.valueOf(3_000_000 + i);
        return switch (i % 3) {
            case 0 -> "(415) " + digits.substring(0, 3) + "-" + digits.substring(3);
            case 1 -> "415." + digits.substring(0, 3) + "." + digits.substring(3);
            default -> "+1 415 " + digits;
        };
    }

    /**
     * The E.164 form the SDK stores.
     *
     * @param i the index
     * @return for example {@code +14153000012}
     */
    public static String e164Phone(int i) {
        return "+1415" + (3_000_000 + i);
    }

    /**
     * The national id of customer {@code i}.
     *
     * @param i the index
     * @return for example {@code AE-784-0000012}
     */
    public static String nationalId(int i) {
        return String.format(java.util.Locale.ROOT, "AE-784-%07d", i);
    }
}
