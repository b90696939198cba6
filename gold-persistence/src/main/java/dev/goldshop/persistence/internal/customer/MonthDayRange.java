package dev.goldshop.persistence.internal.customer;

import java.time.LocalDate;
import java.util.List;

/**
 * A range of days of the year as {@code month * 100 + day} (101 to 1231), inclusive: how
 * "birthdays in the next N days" becomes one or two index ranges on
 * {@code customers.birth_month_day} (two when the window crosses New Year).
 *
 * <p>29 February is 229 and so lies inside any range from 228 to 301: in a year without it,
 * those customers are found when the window covers the turn from February to March, the day
 * they turn a year older.
 */
public final class MonthDayRange {
    /** The first day, as month * 100 + day. */
    public final int from;
    /** The last day, as month * 100 + day. */
    public final int to;

    MonthDayRange(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The days from {@code first} to {@code first + days}.
     *
     * @param first the first day
     * @param days how many days after it, 0 or more
     * @return one range, or two when the window crosses New Year; the whole year from 365 days
     */
    static List<MonthDayRange> window(LocalDate first, int days) {
        if (days >= 365) {
            return List.of(new MonthDayRange(101, 1231));
        }
        LocalDate last = first.plusDays(days);
        int from = of(first);
        int to = of(last);
        if (last.getYear() == first.getYear()) {
            return List.of(new MonthDayRange(from, to));
        }
        return List.of(new MonthDayRange(from, 1231), new MonthDayRange(101, to));
    }

    /**
     * A date's day of the year as stored.
     *
     * @param date the date
     * @return month * 100 + day
     */
    static int of(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
