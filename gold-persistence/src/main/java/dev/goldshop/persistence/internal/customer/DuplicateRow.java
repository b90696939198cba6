package dev.goldshop.persistence.internal.customer;

import java.util.UUID;

/** Another customer that has one of the values being saved, and which ones. */
public final class DuplicateRow {
    public UUID id;
    public String customerCode;
    public boolean nationalIdMatch;
    public boolean phoneMatch;
    public boolean emailMatch;
}
