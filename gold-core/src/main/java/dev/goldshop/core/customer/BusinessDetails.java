package dev.goldshop.core.customer;

/**
 * The customer's business, for trade customers and invoices to a company; every part is optional.
 *
 * @param companyName at most 200 characters
 * @param position the customer's position there, at most 100 characters
 * @param phone the business telephone number, stored in E.164 form
 * @param address the business address, at most 1,000 characters
 * @param taxId the company's tax id, at most 50 characters (masked in audit rows)
 */
public record BusinessDetails(String companyName, String position, String phone, String address, String taxId) {
}
