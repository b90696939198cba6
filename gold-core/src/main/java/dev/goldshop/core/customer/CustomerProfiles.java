package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import java.util.Optional;
import java.util.UUID;

/**
 * Customer profiles: create, change, deactivate, find, search, the customer 360, and the
 * privacy rights of export and erasure. Obtain it with {@code shop.facade(CustomerProfiles.class)}.
 *
 * <p>Every method checks its permission before it looks at any argument; a refusal throws
 * {@link PermissionDeniedException} and leaves only its audit row. Every change writes exactly one
 * audit row, in which national ids are masked and birth dates and internal notes left out.
 */
public interface CustomerProfiles {

    /**
     * Creates a customer with a new code ({@code C} and six or more digits). Needs
     * {@link Permissions#CUSTOMER_CREATE}; with {@link DuplicatePolicy#ALLOW} also
     * {@link Permissions#CUSTOMER_DUPLICATE_OVERRIDE}. Duplicates are checked under a lock on
     * each value, so two clerks saving the same phone at once cannot both succeed.
     *
     * @param ctx who calls
     * @param details the customer's details
     * @param duplicates what to do if another customer has the same national id, phone or e-mail
     * @return the customer as the caller may see it
     * @throws PermissionDeniedException if a permission is missing
     * @throws ValidationException naming every invalid field
     * @throws DuplicateCustomerException if another customer has the same national id, phone or
     *     e-mail and {@code duplicates} is {@link DuplicatePolicy#REJECT}
     * @throws NotFoundException if the profile image does not exist
     * @throws BusinessRuleException if a national id is given and no {@code KeyProvider} is installed
     */
    Customer create(CallContext ctx, CustomerDetails details, DuplicatePolicy duplicates);

    /**
     * Replaces a customer's details (see {@link CustomerDetails} for the fields the caller
     * cannot read). Needs {@link Permissions#CUSTOMER_UPDATE}; with {@link DuplicatePolicy#ALLOW}
     * also {@link Permissions#CUSTOMER_DUPLICATE_OVERRIDE}. Only values that change are checked
     * for duplicates.
     *
     * @param ctx who calls
     * @param id the customer
     * @param details the new details
     * @param version the version the caller read
     * @param duplicates what to do on a duplicate national id, phone or e-mail
     * @return the customer as changed
     * @throws PermissionDeniedException if a permission is missing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the customer does not exist
     * @throws ConflictException if the customer changed since {@code version} was read, or a
     *     {@link DuplicateCustomerException}
     * @throws BusinessRuleException if the customer was erased, or a national id is given and
     *     no {@code KeyProvider} is installed
     */
    Customer update(CallContext ctx, UUID id, CustomerDetails details, long version, DuplicatePolicy duplicates);

    /**
     * Deactivates a customer: kept with all history, left out of searches unless asked for.
     * Needs {@link Permissions#CUSTOMER_DEACTIVATE}.
     *
     * @param ctx who calls
     * @param id the customer
     * @param version the version the caller read
     * @return the customer as changed
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     * @throws ConflictException if the customer changed since {@code version} was read
     * @throws BusinessRuleException if the customer was erased
     */
    Customer deactivate(CallContext ctx, UUID id, long version);

    /**
     * Reactivates a deactivated customer. Needs {@link Permissions#CUSTOMER_DEACTIVATE}.
     *
     * @param ctx who calls
     * @param id the customer
     * @param version the version the caller read
     * @return the customer as changed
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     * @throws ConflictException if the customer changed since {@code version} was read
     * @throws BusinessRuleException if the customer was erased (erasure is final)
     */
    Customer reactivate(CallContext ctx, UUID id, long version);

    /**
     * A customer's profile. Needs {@link Permissions#CUSTOMER_READ}. The national id and birth
     * date are unmasked when the caller also holds {@link Permissions#CUSTOMER_PII_READ}, internal
     * notes shown with {@link Permissions#CUSTOMER_INTERNAL_NOTES_READ}; such a read is audited
     * (action {@code reveal}, naming the fields shown).
     *
     * @param ctx who calls
     * @param id the customer
     * @return the customer, or empty if there is none with that id
     * @throws PermissionDeniedException if the permission is missing
     * @throws BusinessRuleException if the national id must be decrypted and no {@code KeyProvider} is installed
     * @throws StorageException if the stored national id fails authentication (altered data or a wrong key)
     */
    Optional<Customer> find(CallContext ctx, UUID id);

    /**
     * Searches customers, in name order. Needs {@link Permissions#CUSTOMER_READ}. Every
     * criterion is served by an index, so searches stay fast on a million customers.
     *
     * @param ctx who calls
     * @param search the criteria
     * @param page which page
     * @return one page of customers
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if a criterion or the cursor is invalid
     * @throws BusinessRuleException if searching by national id and no {@code KeyProvider} is installed
     */
    Page<CustomerSummary> search(CallContext ctx, CustomerSearch search, PageRequest page);

    /**
     * The customer 360: profile with purchase summary, tags, relationships, preferences, the ten
     * latest communications and the open follow-ups. Needs {@link Permissions#CUSTOMER_READ};
     * communications are included when the caller also holds {@link Permissions#COMMUNICATION_READ}.
     * Masking and auditing of the profile are as in {@link #find}.
     *
     * @param ctx who calls
     * @param id the customer
     * @return the overview
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     */
    CustomerOverview overview(CallContext ctx, UUID id);

    /**
     * Everything the SDK holds about a customer, unmasked, for data portability. Needs
     * {@link Permissions#CUSTOMER_EXPORT}; audited (action {@code export}).
     *
     * @param ctx who calls
     * @param id the customer
     * @return the export
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     * @throws BusinessRuleException if the national id must be decrypted and no {@code KeyProvider} is installed
     */
    CustomerExport export(CallContext ctx, UUID id);

    /**
     * Erases a customer's personal data on the customer's request: names become
     * {@code "Erased customer"}; contacts, identifiers, birth date, addresses, business details,
     * custom fields and notes are cleared; documents, communications, relationships, tags and
     * preferences are deleted; the customer is deactivated for good. The row, its code and its
     * sales totals stay, so that invoices, payments and the books are untouched. Publishes
     * {@code customer.erased} with the document files to delete. Needs
     * {@link Permissions#CUSTOMER_ERASE}.
     *
     * @param ctx who calls
     * @param id the customer
     * @param reason why (the request's reference), 1 to 500 characters
     * @return what was removed
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the reason is missing or too long
     * @throws NotFoundException if the customer does not exist
     * @throws BusinessRuleException if the customer was already erased
     */
    ErasureReceipt erase(CallContext ctx, UUID id, String reason);

    /**
     * Brings the {@code age} column up to date for customers whose birthday was in the last
     * seven days on the shop's clock (a daily job; seven days absorb missed runs). Found through
     * the birthday index, never by scanning every customer. Needs {@link Permissions#CUSTOMER_UPDATE}.
     *
     * @param ctx who calls (usually {@code CallContext.system("customer-ages")})
     * @return how many customers' ages changed
     * @throws PermissionDeniedException if the permission is missing
     */
    int refreshAges(CallContext ctx);

    /**
     * Re-encrypts every stored national id with the provider's current key and recomputes its
     * blind index, in one transaction, locking each row it rewrites. Run after adding a key to
     * the {@code KeyProvider}; retire the old key only afterwards. Needs
     * {@link Permissions#CUSTOMER_PII_ROTATE}.
     *
     * @param ctx who calls
     * @return the key now in use and how many rows were rewritten
     * @throws PermissionDeniedException if the permission is missing
     * @throws BusinessRuleException if no {@code KeyProvider} is installed
     * @throws StorageException if a stored national id fails authentication
     */
    KeyRotation rotatePiiKeys(CallContext ctx);
}
