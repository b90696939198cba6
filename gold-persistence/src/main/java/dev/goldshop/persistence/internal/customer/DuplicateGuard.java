package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.DuplicateCustomerException;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Refuses a second customer with the same national id, phone or e-mail, also under
 * concurrency: before looking, it takes a transaction-scoped advisory lock on each value (in a
 * fixed order, so two savers never deadlock). A second saver of the same value waits until the
 * first commits, and then (each statement in READ COMMITTED sees what committed before it)
 * finds the first one's row. A unique index cannot do this job, because a user with
 * {@code customer:duplicate_override} may save duplicates on purpose.
 */
final class DuplicateGuard {
    private DuplicateGuard() {
    }

    /**
     * Locks the values and refuses if another live customer has any of them.
     *
     * @param tx the transaction that will save the customer
     * @param excludeId the customer being saved, or {@code null} for a new one
     * @param phone the E.164 phone, or {@code null} if absent or unchanged
     * @param email the e-mail, or {@code null} if absent or unchanged
     * @param nationalIdIndex the blind index, or {@code null} if absent or unchanged
     * @throws DuplicateCustomerException naming the first customer found
     */
    static void check(Tx tx, UUID excludeId, String phone, String email, String nationalIdIndex) {
        String lowerEmail = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        TreeSet<String> keys = new TreeSet<>();
        if (phone != null) {
            keys.add("customer.phone:" + phone);
        }
        if (lowerEmail != null) {
            keys.add("customer.email:" + lowerEmail);
        }
        if (nationalIdIndex != null) {
            keys.add("customer.national_id:" + nationalIdIndex);
        }
        if (keys.isEmpty()) {
            return;
        }
        CustomerMapper customers = tx.mapper(CustomerMapper.class);
        for (String key : keys) {
            customers.lockKey(key);
        }
        List<DuplicateRow> found = customers.selectDuplicates(excludeId, phone, lowerEmail, nationalIdIndex);
        if (found.isEmpty()) {
            return;
        }
        DuplicateRow first = found.get(0);
        List<String> fields = new ArrayList<>();
        if (first.nationalIdMatch) {
            fields.add("nationalId");
        }
        if (first.phoneMatch) {
            fields.add("phone");
        }
        if (first.emailMatch) {
            fields.add("email");
        }
        throw new DuplicateCustomerException(first.id, first.customerCode, fields);
    }
}
