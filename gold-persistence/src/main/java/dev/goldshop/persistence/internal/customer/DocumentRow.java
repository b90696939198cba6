package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.DocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of {@code customer_documents}. */
public final class DocumentRow {
    public UUID id;
    public UUID customerId;
    public DocumentType documentType;
    public String documentName;
    public String filePath;
    public long fileSize;
    public String mimeType;
    public String description;
    public LocalDate expiryDate;
    public boolean verified;
    public UUID verifiedBy;
    public Instant verifiedAt;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
}
