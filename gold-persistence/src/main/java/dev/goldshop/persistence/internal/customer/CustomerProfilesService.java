package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Communication;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerExport;
import dev.goldshop.core.customer.CustomerOverview;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerSummary;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.ErasureReceipt;
import dev.goldshop.core.customer.KeyRotation;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The profiles facade: create, update, (de)activate, find, search, the 360 view; export,
 * erasure and key rotation are delegated to {@link CustomerPrivacy}.
 */
final class CustomerProfilesService implements CustomerProfiles {
    /** How many communications the 360 view shows. */
    static final int RECENT_COMMUNICATIONS = 10;
    /** How many open follow-ups the 360 view shows. */
    static final int OPEN_FOLLOW_UPS = 50;
    private static final int CODE_ATTEMPTS = 10;

    private final CustomerSupport support;
    private final CustomerPrivacy privacy;

    CustomerProfilesService(CustomerSupport support, CustomerPrivacy privacy) {
        this.support = support;
        this.privacy = privacy;
    }

    @Override
    public Customer create(CallContext ctx, CustomerDetails details, DuplicatePolicy duplicates) {
        support.calls.authorize(ctx, Permissions.CUSTOMER_CREATE);
        if (duplicates == DuplicatePolicy.ALLOW) {
            support.calls.authorize(ctx, Permissions.CUSTOMER_DUPLICATE_OVERRIDE);
        }
        CustomerSupport.Reveal reveal = support.revealFor(ctx);
        return support.calls.writeAuthorized(ctx, tx -> {
            CustomerSupport.required("duplicates", duplicates, "DuplicatePolicy.REJECT or ALLOW");
            ShopRules rules = support.rules(tx);
            CustomerValidator.Valid valid = CustomerValidator.validate(details, rules, support.definitions(tx));
            CustomerRow row = valid.values();
            row.id = support.ids.newId();
            String index = valid.nationalId() == null ? null
                    : support.cipher.blindIndex(NationalIds.canonical(valid.nationalId()));
            if (duplicates == DuplicatePolicy.REJECT) {
                DuplicateGuard.check(tx, null, row.phone, row.email, index);
            }
            seal(row, valid.nationalId(), index);
            row.age = age(row.dateOfBirth, rules.today());
            row.createdAt = support.now();
            row.updatedAt = row.createdAt;
            insertWithNewCode(tx.mapper(CustomerMapper.class), row);
            CustomerRow after = tx.mapper(CustomerMapper.class).selectById(row.id);
            AuditEvent event = AuditEvent.created(CustomerSupport.RESOURCE, row.id, support.auditView(tx, after));
            return Audited.of(support.view(tx, after, reveal, valid.nationalId()),
                    duplicates == DuplicatePolicy.ALLOW ? event.with("duplicate_override", true) : event);
        });
    }

    @Override
    public Customer update(CallContext ctx, UUID id, CustomerDetails details, long version,
            DuplicatePolicy duplicates) {
        support.calls.authorize(ctx, Permissions.CUSTOMER_UPDATE);
        if (duplicates == DuplicatePolicy.ALLOW) {
            support.calls.authorize(ctx, Permissions.CUSTOMER_DUPLICATE_OVERRIDE);
        }
        CustomerSupport.Reveal reveal = support.revealFor(ctx);
        return support.calls.writeAuthorized(ctx, tx -> {
            CustomerSupport.required("duplicates", duplicates, "DuplicatePolicy.REJECT or ALLOW");
            CustomerRow before = support.requireLive(tx, id);
            ShopRules rules = support.rules(tx);
            CustomerValidator.Valid valid = CustomerValidator.validate(details, rules, support.definitions(tx));
            CustomerRow row = valid.values();
            row.id = id;
            row.version = version;
            boolean keepNationalId = !reveal.pii() && details.nationalId() == null;
            String index = null;
            if (keepNationalId) {
                copySealed(before, row);
            } else if (valid.nationalId() != null) {
                index = support.cipher.blindIndex(NationalIds.canonical(valid.nationalId()));
            }
            if (!reveal.pii() && details.dateOfBirth() == null) {
                row.dateOfBirth = before.dateOfBirth;
            }
            if (!reveal.notes() && details.internalNotes() == null) {
                row.internalNotes = before.internalNotes;
            }
            if (duplicates == DuplicatePolicy.REJECT) {
                DuplicateGuard.check(tx, id, Objects.equals(row.phone, before.phone) ? null : row.phone,
                        sameEmail(row.email, before.email) ? null : row.email,
                        Objects.equals(index, before.nationalIdBidx) ? null : index);
            }
            if (!keepNationalId) {
                seal(row, valid.nationalId(), index);
            }
            row.age = age(row.dateOfBirth, rules.today());
            row.updatedAt = support.now();
            CustomerMapper customers = tx.mapper(CustomerMapper.class);
            if (customers.update(row) == 0) {
                throw stale(id, version);
            }
            CustomerRow after = customers.selectById(id);
            AuditEvent event = AuditEvent.updated(CustomerSupport.RESOURCE, id, support.auditView(tx, before),
                    support.auditView(tx, after)).with("protected_fields_changed", protectedChanges(before, after));
            return Audited.of(support.view(tx, after, reveal, keepNationalId ? null : valid.nationalId()),
                    duplicates == DuplicatePolicy.ALLOW ? event.with("duplicate_override", true) : event);
        });
    }

    @Override
    public Customer deactivate(CallContext ctx, UUID id, long version) {
        support.calls.authorize(ctx, Permissions.CUSTOMER_DEACTIVATE);
        return setActive(ctx, id, version, false);
    }

    @Override
    public Customer reactivate(CallContext ctx, UUID id, long version) {
        support.calls.authorize(ctx, Permissions.CUSTOMER_DEACTIVATE);
        return setActive(ctx, id, version, true);
    }

    private Customer setActive(CallContext ctx, UUID id, long version, boolean active) {
        CustomerSupport.Reveal reveal = support.revealFor(ctx);
        return support.calls.writeAuthorized(ctx, tx -> {
            CustomerRow before = support.requireLive(tx, id);
            CustomerMapper customers = tx.mapper(CustomerMapper.class);
            if (customers.updateActive(id, active, version, support.now()) == 0) {
                throw stale(id, version);
            }
            CustomerRow after = customers.selectById(id);
            return Audited.of(support.view(tx, after, reveal, null),
                    new AuditEvent(active ? "reactivate" : "deactivate", CustomerSupport.RESOURCE, id,
                            support.auditView(tx, before), support.auditView(tx, after), Map.of()));
        });
    }

    @Override
    public Optional<Customer> find(CallContext ctx, UUID id) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            CustomerSupport.required("id", id, "the customer's id");
            CustomerRow row = tx.mapper(CustomerMapper.class).selectById(id);
            if (row == null) {
                return Optional.empty();
            }
            return Optional.of(visibleProfile(tx, ctx, row));
        });
    }

    @Override
    public Page<CustomerSummary> search(CallContext ctx, CustomerSearch search, PageRequest page) {
        return support.calls.readOneStatement(ctx, Permissions.CUSTOMER_READ, tx -> {
            CustomerSupport.required("page", page, "PageRequest.first() for the first page");
            ShopRules rules = support.rules(tx);
            CustomerSearchQuery query = CustomerSearchQuery.from(search, rules.today(), rules.phoneRegion(),
                    support.cipher::blindIndex, page.cursor(), page.limit() + 1);
            return Pages.of(tx.mapper(CustomerMapper.class).search(query), page.limit(), CustomerViews::summary,
                    CustomerSearchQuery::cursorAfter);
        });
    }

    @Override
    public CustomerOverview overview(CallContext ctx, UUID id) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            CustomerRow row = support.require(tx, id);
            Customer customer = visibleProfile(tx, ctx, row);
            boolean communications = support.calls.holds(ctx, Permissions.COMMUNICATION_READ);
            List<Communication> recent = communications
                    ? CustomerCommunicationsService.recent(tx, id, RECENT_COMMUNICATIONS) : List.of();
            List<Communication> open = communications
                    ? CustomerCommunicationsService.openFollowUps(tx, id, OPEN_FOLLOW_UPS) : List.of();
            return new CustomerOverview(customer, CustomerTagsService.assignedTo(tx, id),
                    CustomerRelationshipsService.viewsOf(tx, id), CustomerPreferencesService.load(tx, id), recent,
                    open, communications);
        });
    }

    @Override
    public CustomerExport export(CallContext ctx, UUID id) {
        return support.calls.read(ctx, Permissions.CUSTOMER_EXPORT, tx -> privacy.export(tx, ctx, id));
    }

    @Override
    public ErasureReceipt erase(CallContext ctx, UUID id, String reason) {
        return support.calls.write(ctx, Permissions.CUSTOMER_ERASE, tx -> privacy.erase(tx, id, reason));
    }

    @Override
    public int refreshAges(CallContext ctx) {
        return support.calls.write(ctx, Permissions.CUSTOMER_UPDATE, tx -> {
            LocalDate today = support.rules(tx).today();
            // Seven days back absorbs a week of missed daily runs; the birthday index keeps it small.
            int changed = tx.mapper(CustomerMapper.class).refreshAges(today,
                    MonthDayRange.window(today.minusDays(7), 7));
            return Audited.of(changed, new AuditEvent("refresh_ages", CustomerSupport.RESOURCE, null, null, null,
                    Map.of("today", today.toString(), "changed", changed)));
        });
    }

    @Override
    public KeyRotation rotatePiiKeys(CallContext ctx) {
        return support.calls.write(ctx, Permissions.CUSTOMER_PII_ROTATE, privacy::rotate);
    }

    private Customer visibleProfile(Tx tx, CallContext ctx, CustomerRow row) {
        CustomerSupport.Reveal reveal = support.revealFor(ctx);
        Customer customer = support.view(tx, row, reveal, null);
        support.auditReveal(tx, ctx, row, reveal);
        return customer;
    }

    private void seal(CustomerRow row, String nationalId, String index) {
        if (nationalId == null) {
            row.nationalId = null;
            row.nationalIdEnc = null;
            row.nationalIdKeyId = null;
            row.nationalIdBidx = null;
            return;
        }
        PiiCipher.Sealed sealed = support.cipher.seal(row.id, nationalId);
        row.nationalId = NationalIds.mask(nationalId);
        row.nationalIdEnc = sealed.ciphertext();
        row.nationalIdKeyId = sealed.keyId();
        row.nationalIdBidx = index;
    }

    private static void copySealed(CustomerRow from, CustomerRow to) {
        to.nationalId = from.nationalId;
        to.nationalIdEnc = from.nationalIdEnc;
        to.nationalIdKeyId = from.nationalIdKeyId;
        to.nationalIdBidx = from.nationalIdBidx;
    }

    private static void insertWithNewCode(CustomerMapper customers, CustomerRow row) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            row.customerCode = String.format(Locale.ROOT, "C%06d", customers.nextCustomerNumber());
            if (customers.insert(row) == 1) {
                return;
            }
        }
        throw new ConflictException(ErrorCode.DUPLICATE, "no free customer code after " + CODE_ATTEMPTS
                + " tries: rows inserted by hand hold the codes customer_code_seq hands out; move the sequence past them",
                null);
    }

    private static Integer age(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, today).getYears();
    }

    private static boolean sameEmail(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static List<String> protectedChanges(CustomerRow before, CustomerRow after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.nationalIdBidx, after.nationalIdBidx)) {
            changed.add("nationalId");
        }
        if (!Objects.equals(before.dateOfBirth, after.dateOfBirth)) {
            changed.add("dateOfBirth");
        }
        if (!Objects.equals(before.internalNotes, after.internalNotes)) {
            changed.add("internalNotes");
        }
        return changed;
    }

    /**
     * The error for a version that no longer matches.
     *
     * @param id the customer
     * @param version the version the caller read
     * @return the exception
     */
    static ConflictException stale(UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "customer " + id
                + " was changed by someone else (expected version " + version + "); read it again", null);
    }

    /**
     * Refuses a reason that is missing or unfit for the audit trail.
     *
     * @param reason the reason
     * @return the reason, stripped
     */
    static String reason(String reason) {
        Problems problems = new Problems();
        String text = problems.line("reason", reason, 500, true);
        problems.throwIfAny();
        return text;
    }

    /**
     * Refuses a change to an erased customer (kept here so both services word it alike).
     *
     * @param row the customer
     */
    static void requireNotErased(CustomerRow row) {
        if (row.erased()) {
            throw new BusinessRuleException("customer " + row.customerCode + " was already erased on " + row.erasedAt);
        }
    }
}
