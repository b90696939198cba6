package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import java.util.List;

/**
 * The shop's own customer fields (ring size, preferred karat, religion for festival offers,
 * ...), against which {@link CustomerDetails#customFields()} is validated. Obtain it with
 * {@code shop.facade(CustomerCustomFields.class)}. Values already stored are kept when a
 * definition changes or goes; the new rules apply to the next save of each customer.
 */
public interface CustomerCustomFields {

    /**
     * Defines a field, or replaces the definition with that name. Needs
     * {@link Permissions#SETTINGS_UPDATE}.
     *
     * @param ctx who calls
     * @param definition the definition
     * @param expectedVersion {@code null} for a new field; otherwise the version read
     * @return the stored definition
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid part
     * @throws NotFoundException if a version is given and there is no field with that name
     * @throws ConflictException if the field changed since {@code expectedVersion}, or
     *     {@code null} was given and the name is taken
     */
    CustomField define(CallContext ctx, CustomFieldDefinition definition, Long expectedVersion);

    /**
     * Removes a field's definition. Needs {@link Permissions#SETTINGS_UPDATE}.
     *
     * @param ctx who calls
     * @param name the field's name
     * @param version the version the caller read
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no field with that name
     * @throws ConflictException if it changed since {@code version} was read
     */
    void remove(CallContext ctx, String name, long version);

    /**
     * Every field, by name. Needs {@link Permissions#CUSTOMER_READ}.
     *
     * @param ctx who calls
     * @return the definitions
     * @throws PermissionDeniedException if the permission is missing
     */
    List<CustomField> list(CallContext ctx);
}
