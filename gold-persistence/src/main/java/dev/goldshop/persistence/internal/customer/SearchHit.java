package dev.goldshop.persistence.internal.customer;

import java.util.UUID;

/** One search result with its sort key, from which the next page's cursor is made. */
public final class SearchHit {
    public UUID id;
    public String customerCode;
    public String firstName;
    public String lastName;
    public String phone;
    public String email;
    public String city;
    public String companyName;
    public boolean active;
    public String searchName;
}
