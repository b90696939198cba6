package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;

/**
 * Bulk import of customers, for a shop moving from another system or loading a list from a
 * spreadsheet. Obtain it with {@code shop.facade(CustomerImport.class)}.
 *
 * <p>Each row is validated exactly as {@link CustomerProfiles#create} validates it (same rules,
 * same normal forms, national ids encrypted, duplicates checked under the same locks), but a bad
 * row does not stop the import: it is left out and reported with its row number, field, value
 * (masked where sensitive) and reason. Rows are saved in chunks, each chunk in one transaction
 * with one audit row (action {@code import}, counts only, no personal data), so a long import
 * neither holds one huge transaction nor writes an audit row per customer.
 */
public interface CustomerImport {

    /**
     * Imports customers. Needs {@link Permissions#CUSTOMER_CREATE}; with
     * {@link DuplicatePolicy#ALLOW} in the options also
     * {@link Permissions#CUSTOMER_DUPLICATE_OVERRIDE}, as for a single create.
     *
     * <p>With {@link DuplicatePolicy#REJECT}, a row whose national id, phone or e-mail belongs to
     * a customer already saved, or to an earlier row of the same import, is rejected and names
     * what it duplicates. Chunks committed before a failure that is not about one row (a lost
     * database, a callback that throws) stay imported; the audit trail records each of them.
     *
     * @param ctx who calls
     * @param rows the customers in input order; row numbers in the report count from 1; a
     *     {@code null} element is a rejected row
     * @param options chunk size and duplicate policy
     * @param progress told after each committed chunk; {@link ImportProgress#NONE} for silence
     * @return what was imported and every rejected row
     * @throws PermissionDeniedException if a permission is missing (nothing is read from
     *     {@code rows})
     * @throws ValidationException if {@code rows}, {@code options} or {@code progress} is missing
     * @throws BusinessRuleException if a row has a national id and no {@code KeyProvider} is
     *     installed (the chunk holding it is not saved)
     */
    ImportReport importCustomers(CallContext ctx, Iterable<CustomerDetails> rows, ImportOptions options,
            ImportProgress progress);
}
