package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.AssignedTag;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerTag;
import dev.goldshop.core.customer.CustomerTags;
import dev.goldshop.core.customer.TagDetails;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import dev.goldshop.persistence.internal.mapper.CustomerTagMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The tags facade: tags, assignments, and tagging a whole search in one statement. */
final class CustomerTagsService implements CustomerTags {
    /** The resource type of tags in audit rows. */
    static final String RESOURCE = "customer_tag";
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final CustomerSupport support;

    CustomerTagsService(CustomerSupport support) {
        this.support = support;
    }

    @Override
    public CustomerTag create(CallContext ctx, TagDetails details) {
        return support.calls.write(ctx, Permissions.CUSTOMER_TAG_MANAGE, tx -> {
            TagRow row = validate(details);
            row.id = support.ids.newId();
            row.createdAt = support.now();
            CustomerTagMapper tags = tx.mapper(CustomerTagMapper.class);
            tags.insert(row);
            CustomerTag tag = toTag(tags.selectById(row.id));
            return Audited.of(tag, AuditEvent.created(RESOURCE, row.id, tag));
        });
    }

    @Override
    public CustomerTag update(CallContext ctx, UUID id, TagDetails details, long version) {
        return support.calls.write(ctx, Permissions.CUSTOMER_TAG_MANAGE, tx -> {
            TagRow before = require(tx, id);
            TagRow row = validate(details);
            row.id = id;
            row.version = version;
            CustomerTagMapper tags = tx.mapper(CustomerTagMapper.class);
            if (tags.update(row) == 0) {
                throw stale(id, version);
            }
            CustomerTag after = toTag(tags.selectById(id));
            return Audited.of(after, AuditEvent.updated(RESOURCE, id, toTag(before), after));
        });
    }

    @Override
    public void delete(CallContext ctx, UUID id, long version) {
        support.calls.write(ctx, Permissions.CUSTOMER_TAG_MANAGE, tx -> {
            TagRow before = require(tx, id);
            if (tx.mapper(CustomerTagMapper.class).delete(id, version) == 0) {
                throw stale(id, version);
            }
            return Audited.of(null, AuditEvent.deleted(RESOURCE, id, toTag(before)));
        });
    }

    @Override
    public Page<CustomerTag> list(CallContext ctx, PageRequest page) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            CustomerSupport.required("page", page, "PageRequest.first() for the first page");
            String afterName = null;
            UUID afterId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursors.decode(page.cursor(), 2);
                afterName = parts.get(0);
                afterId = CustomerDocumentsService.uuid(parts.get(1), page.cursor());
            }
            List<TagRow> rows = tx.mapper(CustomerTagMapper.class).selectPage(afterName, afterId, page.limit() + 1);
            return Pages.of(rows, page.limit(), CustomerTagsService::toTag,
                    r -> Cursors.encode(r.name.toLowerCase(Locale.ROOT), r.id.toString()));
        });
    }

    @Override
    public List<AssignedTag> tagsOf(CallContext ctx, UUID customerId) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            support.require(tx, customerId);
            return assignedTo(tx, customerId);
        });
    }

    @Override
    public AssignedTag assign(CallContext ctx, UUID customerId, UUID tagId) {
        return support.calls.write(ctx, Permissions.CUSTOMER_TAG_ASSIGN, tx -> {
            CustomerSupport.required("tagId", tagId, "the tag's id");
            support.requireLive(tx, customerId);
            require(tx, tagId);
            CustomerTagMapper tags = tx.mapper(CustomerTagMapper.class);
            boolean added = tags.insertAssignment(customerId, tagId, support.now(), CustomerSupport.userOf(ctx)) == 1;
            AssignedTag assigned = toAssigned(tags.selectAssigned(customerId, tagId).get(0));
            return Audited.of(assigned, new AuditEvent("assign_tag", CustomerSupport.RESOURCE, customerId, null,
                    null, Map.of("tag_id", tagId.toString(), "already_assigned", !added)));
        });
    }

    @Override
    public boolean unassign(CallContext ctx, UUID customerId, UUID tagId) {
        return support.calls.write(ctx, Permissions.CUSTOMER_TAG_ASSIGN, tx -> {
            CustomerSupport.required("customerId", customerId, "the customer's id");
            CustomerSupport.required("tagId", tagId, "the tag's id");
            boolean removed = tx.mapper(CustomerTagMapper.class).deleteAssignment(customerId, tagId) == 1;
            return Audited.of(removed, new AuditEvent("unassign_tag", CustomerSupport.RESOURCE, customerId, null,
                    null, Map.of("tag_id", tagId.toString(), "was_assigned", removed)));
        });
    }

    @Override
    public int assignToSearch(CallContext ctx, UUID tagId, CustomerSearch search) {
        return support.calls.write(ctx, Permissions.CUSTOMER_TAG_ASSIGN, tx -> {
            CustomerSupport.required("tagId", tagId, "the tag's id");
            if (search == null || search.isUnrestricted()) {
                throw ValidationException.of("search", search, "needs at least one criterion; tagging every "
                        + "customer is refused as a likely mistake");
            }
            require(tx, tagId);
            ShopRules rules = support.rules(tx);
            Instant now = support.now();
            CustomerSearchQuery query = CustomerSearchQuery.from(search, rules.today(), rules.phoneRegion(),
                    support.cipher::blindIndex, null, 1).assigning(tagId, CustomerSupport.userOf(ctx), now);
            int added = tx.mapper(CustomerMapper.class).assignTagToSearch(query);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("search", search.toString());
            facts.put("assigned", added);
            return Audited.of(added, new AuditEvent("assign_to_search", RESOURCE, tagId, null, null, facts));
        });
    }

    /**
     * A customer's tags.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @return the tags with their assignments, by name
     */
    static List<AssignedTag> assignedTo(Tx tx, UUID customerId) {
        return tx.mapper(CustomerTagMapper.class).selectAssigned(customerId, null).stream()
                .map(CustomerTagsService::toAssigned).toList();
    }

    private static TagRow validate(TagDetails details) {
        Problems p = new Problems();
        TagRow row = new TagRow();
        if (details == null) {
            p.add("details", null, "are required: name, colour, description");
            p.throwIfAny();
        }
        row.name = p.line("name", details.name(), 100, true);
        String colour = p.line("colour", details.colour(), 7, false);
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            p.add("colour", colour, "must be #RRGGBB, for example #D4AF37");
            colour = null;
        }
        row.color = colour == null ? null : colour.toUpperCase(Locale.ROOT);
        row.description = p.multiline("description", details.description(), 1000);
        p.throwIfAny();
        return row;
    }

    private static TagRow require(Tx tx, UUID id) {
        CustomerSupport.required("id", id, "the tag's id");
        TagRow row = tx.mapper(CustomerTagMapper.class).selectById(id);
        if (row == null) {
            throw new NotFoundException(RESOURCE, id);
        }
        return row;
    }

    private static CustomerTag toTag(TagRow row) {
        return new CustomerTag(row.id, row.name, row.color, row.description, row.createdAt, row.version);
    }

    private static AssignedTag toAssigned(TagRow row) {
        return new AssignedTag(toTag(row), row.assignedAt, row.assignedBy);
    }

    private static ConflictException stale(UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "tag " + id
                + " was changed by someone else (expected version " + version + "); read it again", null);
    }
}
