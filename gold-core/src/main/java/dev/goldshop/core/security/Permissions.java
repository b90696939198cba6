package dev.goldshop.core.security;

import java.util.List;

/**
 * Every permission the SDK checks, as constants. A role holds a set of them; each facade method
 * documents the one it needs. Nothing is granted by default.
 */
public final class Permissions {
    private Permissions() {
    }

    // Users, roles and templates

    /** May create users. */
    public static final Permission USER_CREATE = Permission.parse("user:create");

    /** May read users. */
    public static final Permission USER_READ = Permission.parse("user:read");

    /** May change users' details and roles. */
    public static final Permission USER_UPDATE = Permission.parse("user:update");

    /** May deactivate and reactivate users. */
    public static final Permission USER_DEACTIVATE = Permission.parse("user:deactivate");

    /** May start a password reset for another user. */
    public static final Permission USER_RESET_PASSWORD = Permission.parse("user:reset_password");

    /** May create roles. */
    public static final Permission ROLE_CREATE = Permission.parse("role:create");

    /** May read roles. */
    public static final Permission ROLE_READ = Permission.parse("role:read");

    /** May change a role's permissions. */
    public static final Permission ROLE_UPDATE = Permission.parse("role:update");

    /** May delete unused roles. */
    public static final Permission ROLE_DELETE = Permission.parse("role:delete");

    /** May create permission templates. */
    public static final Permission TEMPLATE_CREATE = Permission.parse("permission_template:create");

    /** May read permission templates. */
    public static final Permission TEMPLATE_READ = Permission.parse("permission_template:read");

    /** May change custom permission templates. */
    public static final Permission TEMPLATE_UPDATE = Permission.parse("permission_template:update");

    /** May delete custom permission templates. */
    public static final Permission TEMPLATE_DELETE = Permission.parse("permission_template:delete");

    // Sessions, audit and alerts

    /** May list other users' sessions. */
    public static final Permission SESSION_READ = Permission.parse("session:read");

    /** May revoke other users' sessions. */
    public static final Permission SESSION_REVOKE = Permission.parse("session:revoke");

    /** May read the audit trail. */
    public static final Permission AUDIT_READ = Permission.parse("audit:read");

    /** May verify the audit trail's hash chain. */
    public static final Permission AUDIT_VERIFY = Permission.parse("audit:verify");

    /** May read security alerts. */
    public static final Permission ALERT_READ = Permission.parse("alert:read");

    /** May raise security alerts by hand. */
    public static final Permission ALERT_RAISE = Permission.parse("alert:raise");

    /** May move security alerts through their states. */
    public static final Permission ALERT_UPDATE = Permission.parse("alert:update");

    // Company settings

    /** May read company settings. */
    public static final Permission SETTINGS_READ = Permission.parse("settings:read");

    /** May change company settings. */
    public static final Permission SETTINGS_UPDATE = Permission.parse("settings:update");

    // Catalogue, stock and rates

    /** May read categories and templates. */
    public static final Permission CATEGORY_READ = Permission.parse("category:read");

    /** May create and change categories and templates. */
    public static final Permission CATEGORY_MANAGE = Permission.parse("category:manage");

    /** May read and search items. */
    public static final Permission INVENTORY_READ = Permission.parse("inventory:read");

    /** May create items. */
    public static final Permission INVENTORY_CREATE = Permission.parse("inventory:create");

    /** May change items. */
    public static final Permission INVENTORY_UPDATE = Permission.parse("inventory:update");

    /** May archive items. */
    public static final Permission INVENTORY_ARCHIVE = Permission.parse("inventory:archive");

    /** May see cost prices and stock valuation at cost. */
    public static final Permission INVENTORY_COST_READ = Permission.parse("inventory.cost:read");

    /** May receive, adjust and scrap stock. */
    public static final Permission STOCK_ADJUST = Permission.parse("stock:adjust");

    /** May read metal rates. */
    public static final Permission RATE_READ = Permission.parse("rate:read");

    /** May post metal rates. */
    public static final Permission RATE_POST = Permission.parse("rate:post");

    /** May price items and lines. */
    public static final Permission PRICING_QUOTE = Permission.parse("pricing:quote");

    // Sales, payments and books

    /** May read invoices. */
    public static final Permission INVOICE_READ = Permission.parse("invoice:read");

    /** May create and edit draft invoices. */
    public static final Permission INVOICE_CREATE = Permission.parse("invoice:create");

    /** May issue invoices. */
    public static final Permission INVOICE_ISSUE = Permission.parse("invoice:issue");

    /** May void issued invoices. */
    public static final Permission INVOICE_VOID = Permission.parse("invoice:void");

    /** May take returns through credit notes. */
    public static final Permission INVOICE_RETURN = Permission.parse("invoice:return");

    /** May give discounts above the policy limit. */
    public static final Permission DISCOUNT_OVERRIDE = Permission.parse("discount:override");

    /** May take payments. */
    public static final Permission PAYMENT_CREATE = Permission.parse("payment:create");

    /** May read payments. */
    public static final Permission PAYMENT_READ = Permission.parse("payment:read");

    /** May read the books. */
    public static final Permission LEDGER_READ = Permission.parse("ledger:read");

    /** May post manual journals. */
    public static final Permission LEDGER_POST = Permission.parse("ledger:post");

    /** May read sales and financial reports. */
    public static final Permission REPORT_READ = Permission.parse("report:read");

    // Customers

    /** May read and search customers (personal ids masked). */
    public static final Permission CUSTOMER_READ = Permission.parse("customer:read");

    /** May create customers. */
    public static final Permission CUSTOMER_CREATE = Permission.parse("customer:create");

    /** May change customers. */
    public static final Permission CUSTOMER_UPDATE = Permission.parse("customer:update");

    /** May deactivate customers. */
    public static final Permission CUSTOMER_DEACTIVATE = Permission.parse("customer:deactivate");

    /** May create a customer despite a likely duplicate. */
    public static final Permission CUSTOMER_DUPLICATE_OVERRIDE = Permission.parse("customer:duplicate_override");

    /** May see national ids, birth dates and id documents unmasked. */
    public static final Permission CUSTOMER_PII_READ = Permission.parse("customer.pii:read");

    /** May re-encrypt customers' national ids under the current key (key rotation). */
    public static final Permission CUSTOMER_PII_ROTATE = Permission.parse("customer.pii:rotate");

    /** May see customers' internal (staff-only) notes. */
    public static final Permission CUSTOMER_INTERNAL_NOTES_READ = Permission.parse("customer.internal_notes:read");

    /** May export a customer's data. */
    public static final Permission CUSTOMER_EXPORT = Permission.parse("customer:export");

    /** May erase a customer's personal data. */
    public static final Permission CUSTOMER_ERASE = Permission.parse("customer:erase");

    /** May read customer documents. */
    public static final Permission CUSTOMER_DOCUMENT_READ = Permission.parse("customer_document:read");

    /** May add and remove customer documents. */
    public static final Permission CUSTOMER_DOCUMENT_MANAGE = Permission.parse("customer_document:manage");

    /** May verify customer documents. */
    public static final Permission CUSTOMER_DOCUMENT_VERIFY = Permission.parse("customer_document:verify");

    /** May create, rename and delete tags. */
    public static final Permission CUSTOMER_TAG_MANAGE = Permission.parse("customer_tag:manage");

    /** May tag and untag customers. */
    public static final Permission CUSTOMER_TAG_ASSIGN = Permission.parse("customer_tag:assign");

    /** May read communication history and follow-ups. */
    public static final Permission COMMUNICATION_READ = Permission.parse("communication:read");

    /** May log communications and manage follow-ups. */
    public static final Permission COMMUNICATION_MANAGE = Permission.parse("communication:manage");

    // Images

    /** May read images. */
    public static final Permission IMAGE_READ = Permission.parse("image:read");

    /** May upload and arrange images. */
    public static final Permission IMAGE_UPLOAD = Permission.parse("image:upload");

    /** May delete images. */
    public static final Permission IMAGE_DELETE = Permission.parse("image:delete");

    // Loyalty

    /** May read balances and history. */
    public static final Permission LOYALTY_READ = Permission.parse("loyalty:read");

    /** May configure loyalty programs. */
    public static final Permission LOYALTY_PROGRAM_MANAGE = Permission.parse("loyalty_program:manage");

    /** May adjust points by hand. */
    public static final Permission LOYALTY_ADJUST = Permission.parse("loyalty:adjust");

    /** May redeem points. */
    public static final Permission LOYALTY_REDEEM = Permission.parse("loyalty:redeem");

    // Analytics and automation

    /** May read KPIs and targets. */
    public static final Permission KPI_READ = Permission.parse("kpi:read");

    /** May set KPI targets. */
    public static final Permission KPI_MANAGE = Permission.parse("kpi:manage");

    /** May read analytics. */
    public static final Permission ANALYTICS_READ = Permission.parse("analytics:read");

    /** May define custom and scheduled reports. */
    public static final Permission REPORT_MANAGE = Permission.parse("report:manage");

    /** May arrange dashboards. */
    public static final Permission DASHBOARD_MANAGE = Permission.parse("dashboard:manage");

    /** May read automation rules and logs. */
    public static final Permission AUTOMATION_READ = Permission.parse("automation:read");

    /** May create and change automation rules. */
    public static final Permission AUTOMATION_MANAGE = Permission.parse("automation:manage");

    /** May read reorder suggestions. */
    public static final Permission REORDER_READ = Permission.parse("reorder:read");

    /** May approve or reject reorder suggestions. */
    public static final Permission REORDER_REVIEW = Permission.parse("reorder:review");

    /** Every permission above, in declaration order. */
    public static final List<Permission> ALL = List.of(
            USER_CREATE,
            USER_READ,
            USER_UPDATE,
            USER_DEACTIVATE,
            USER_RESET_PASSWORD,
            ROLE_CREATE,
            ROLE_READ,
            ROLE_UPDATE,
            ROLE_DELETE,
            TEMPLATE_CREATE,
            TEMPLATE_READ,
            TEMPLATE_UPDATE,
            TEMPLATE_DELETE,
            SESSION_READ,
            SESSION_REVOKE,
            AUDIT_READ,
            AUDIT_VERIFY,
            ALERT_READ,
            ALERT_RAISE,
            ALERT_UPDATE,
            SETTINGS_READ,
            SETTINGS_UPDATE,
            CATEGORY_READ,
            CATEGORY_MANAGE,
            INVENTORY_READ,
            INVENTORY_CREATE,
            INVENTORY_UPDATE,
            INVENTORY_ARCHIVE,
            INVENTORY_COST_READ,
            STOCK_ADJUST,
            RATE_READ,
            RATE_POST,
            PRICING_QUOTE,
            INVOICE_READ,
            INVOICE_CREATE,
            INVOICE_ISSUE,
            INVOICE_VOID,
            INVOICE_RETURN,
            DISCOUNT_OVERRIDE,
            PAYMENT_CREATE,
            PAYMENT_READ,
            LEDGER_READ,
            LEDGER_POST,
            REPORT_READ,
            CUSTOMER_READ,
            CUSTOMER_CREATE,
            CUSTOMER_UPDATE,
            CUSTOMER_DEACTIVATE,
            CUSTOMER_DUPLICATE_OVERRIDE,
            CUSTOMER_PII_READ,
            CUSTOMER_PII_ROTATE,
            CUSTOMER_INTERNAL_NOTES_READ,
            CUSTOMER_EXPORT,
            CUSTOMER_ERASE,
            CUSTOMER_DOCUMENT_READ,
            CUSTOMER_DOCUMENT_MANAGE,
            CUSTOMER_DOCUMENT_VERIFY,
            CUSTOMER_TAG_MANAGE,
            CUSTOMER_TAG_ASSIGN,
            COMMUNICATION_READ,
            COMMUNICATION_MANAGE,
            IMAGE_READ,
            IMAGE_UPLOAD,
            IMAGE_DELETE,
            LOYALTY_READ,
            LOYALTY_PROGRAM_MANAGE,
            LOYALTY_ADJUST,
            LOYALTY_REDEEM,
            KPI_READ,
            KPI_MANAGE,
            ANALYTICS_READ,
            REPORT_MANAGE,
            DASHBOARD_MANAGE,
            AUTOMATION_READ,
            AUTOMATION_MANAGE,
            REORDER_READ,
            REORDER_REVIEW);
}
