package dev.goldshop.persistence.internal.customer;

import java.util.UUID;

/** A customer's encrypted national id, as key rotation reads and rewrites it. */
public final class SealedRow {
    public UUID id;
    public String nationalIdEnc;
    public String nationalIdKeyId;
    public String nationalIdBidx;
}
