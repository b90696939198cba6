package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.CommunicationType;
import dev.goldshop.core.customer.Direction;
import dev.goldshop.core.customer.FollowUpStatus;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code customer_communication_history}, with its customer when read as a due follow-up. */
public final class CommunicationRow {
    public UUID id;
    public UUID customerId;
    public CommunicationType communicationType;
    public Direction direction;
    public String subject;
    public String content;
    public Instant communicationDate;
    public boolean followUpRequired;
    public Instant followUpDate;
    public FollowUpStatus status;
    public UUID createdBy;
    public Instant createdAt;
    public long version;
    public UUID assignedTo;
    public UUID followUpOf;
    public String outcome;
    public Instant completedAt;
    public UUID completedBy;
    public String customerCode;
    public String customerFirstName;
    public String customerLastName;
}
