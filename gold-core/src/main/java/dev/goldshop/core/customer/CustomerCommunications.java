package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Communication history (calls, e-mails, messages, visits, notes) and follow-ups. Obtain it
 * with {@code shop.facade(CustomerCommunications.class)}. Communications are recorded by users
 * (the spec's {@code created_by} is required), not by system jobs.
 */
public interface CustomerCommunications {

    /**
     * Records a communication, and a follow-up with it if one is planned. Needs
     * {@link Permissions#COMMUNICATION_MANAGE}.
     *
     * @param ctx who calls; must be a user
     * @param communication what happened
     * @return the recorded communication
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the customer or the follow-up's user does not exist
     * @throws BusinessRuleException if the caller is the system, or the customer was erased
     */
    Communication log(CallContext ctx, NewCommunication communication);

    /**
     * Schedules a follow-up on its own. Needs {@link Permissions#COMMUNICATION_MANAGE}.
     *
     * @param ctx who calls; must be a user
     * @param customerId the customer
     * @param plan when, who, what
     * @return the scheduled follow-up
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the customer or the user does not exist
     * @throws BusinessRuleException if the caller is the system, or the customer was erased
     */
    Communication scheduleFollowUp(CallContext ctx, UUID customerId, FollowUpPlan plan);

    /**
     * Marks a follow-up done, now. Needs {@link Permissions#COMMUNICATION_MANAGE}.
     *
     * @param ctx who calls
     * @param id the follow-up
     * @param outcome what came of it, at most 20,000 characters, or {@code null}
     * @param version the version the caller read
     * @return the follow-up as completed
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the outcome is too long
     * @throws NotFoundException if there is no such follow-up
     * @throws ConflictException if it changed since {@code version} was read
     * @throws BusinessRuleException if it is not scheduled (already completed or cancelled)
     */
    Communication completeFollowUp(CallContext ctx, UUID id, String outcome, long version);

    /**
     * Calls off a follow-up. Needs {@link Permissions#COMMUNICATION_MANAGE}.
     *
     * @param ctx who calls
     * @param id the follow-up
     * @param reason why, at most 20,000 characters, or {@code null}
     * @param version the version the caller read
     * @return the follow-up as cancelled
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the reason is too long
     * @throws NotFoundException if there is no such follow-up
     * @throws ConflictException if it changed since {@code version} was read
     * @throws BusinessRuleException if it is not scheduled
     */
    Communication cancelFollowUp(CallContext ctx, UUID id, String reason, long version);

    /**
     * A customer's communications and follow-ups, newest first. Needs
     * {@link Permissions#COMMUNICATION_READ}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @param page which page
     * @return one page of communications
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the cursor is invalid
     */
    Page<Communication> history(CallContext ctx, UUID customerId, PageRequest page);

    /**
     * A user's scheduled follow-ups due by the end of a day on the shop's clock: the day's and
     * the overdue ones, earliest first. Needs {@link Permissions#COMMUNICATION_READ}.
     *
     * @param ctx who calls
     * @param userId whose follow-ups
     * @param day the day, usually today
     * @param page which page
     * @return one page of follow-ups with their customers
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the user or day is missing, or the cursor invalid
     */
    Page<DueFollowUp> followUpsDue(CallContext ctx, UUID userId, LocalDate day, PageRequest page);
}
