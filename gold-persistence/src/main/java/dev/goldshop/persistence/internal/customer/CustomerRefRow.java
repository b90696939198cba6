package dev.goldshop.persistence.internal.customer;

import java.util.UUID;

/** A customer's id, code and name. */
public final class CustomerRefRow {
    public UUID id;
    public String customerCode;
    public String firstName;
    public String lastName;
}
