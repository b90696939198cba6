package dev.goldshop.core.sales;

import dev.goldshop.core.context.CallContext;
import java.time.LocalDate;

/** Reports over the day's sales. The books' own reports (trial balance, ledgers) are in {@code Books}. */
public interface SalesReports {
    /**
     * The Z report of a day (see {@link ZReport} for what each figure means).
     *
     * @param ctx who calls; needs {@code report:read}
     * @param day the date in the shop's time zone
     * @return the report
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the day is missing
     */
    ZReport zReport(CallContext ctx, LocalDate day);
}
