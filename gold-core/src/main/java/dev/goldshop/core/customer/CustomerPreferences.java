package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import java.util.Optional;
import java.util.UUID;

/**
 * What customers like and how they want to be reached. One record per customer. Obtain it with
 * {@code shop.facade(CustomerPreferences.class)}.
 */
public interface CustomerPreferences {

    /**
     * A customer's preferences. Needs {@link Permissions#CUSTOMER_READ}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @return the preferences, or empty if none were saved
     * @throws PermissionDeniedException if the permission is missing
     */
    Optional<Preferences> find(CallContext ctx, UUID customerId);

    /**
     * Saves a customer's preferences, replacing what was there. Needs
     * {@link Permissions#CUSTOMER_UPDATE}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @param preferences the preferences
     * @param expectedVersion {@code null} to save them the first time; otherwise the version read
     * @return the preferences as saved
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the customer does not exist, or a version is given and the
     *     customer has no preferences yet
     * @throws ConflictException if they changed since {@code expectedVersion} was read, or
     *     {@code null} was given and they exist already
     * @throws BusinessRuleException if the customer was erased
     */
    Preferences save(CallContext ctx, UUID customerId, PreferencesInput preferences, Long expectedVersion);
}
