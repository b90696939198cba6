package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerRef;
import dev.goldshop.core.customer.CustomerRelationship;
import dev.goldshop.core.customer.CustomerRelationships;
import dev.goldshop.core.customer.NewRelationship;
import dev.goldshop.core.customer.ReferralNode;
import dev.goldshop.core.customer.ReferralTree;
import dev.goldshop.core.customer.RelationshipType;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import dev.goldshop.persistence.internal.mapper.CustomerRelationshipMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The relationships facade: links shown from both sides, and referral trees. */
final class CustomerRelationshipsService implements CustomerRelationships {
    /** The resource type of links in audit rows. */
    static final String RESOURCE = "customer_relationship";

    private final CustomerSupport support;

    CustomerRelationshipsService(CustomerSupport support) {
        this.support = support;
    }

    @Override
    public CustomerRelationship link(CallContext ctx, NewRelationship link) {
        return support.calls.write(ctx, Permissions.CUSTOMER_UPDATE, tx -> {
            Problems p = new Problems();
            if (link == null) {
                p.add("link", null, "is required: two customers and a type");
                p.throwIfAny();
            }
            if (link.customerId() == null) {
                p.add("customerId", null, "is required");
            }
            if (link.relatedCustomerId() == null) {
                p.add("relatedCustomerId", null, "is required");
            }
            if (link.customerId() != null && link.customerId().equals(link.relatedCustomerId())) {
                p.add("relatedCustomerId", link.relatedCustomerId(), "must be another customer than customerId");
            }
            if (link.type() == null) {
                p.add("type", null, "is required: family, business_partner, referral or friend");
            }
            String description = p.line("description", link.description(), 255, false);
            p.throwIfAny();
            CustomerRow from = support.requireLive(tx, link.customerId());
            CustomerRow to = support.requireLive(tx, link.relatedCustomerId());
            CustomerRelationshipMapper relationships = tx.mapper(CustomerRelationshipMapper.class);
            CustomerMapper customers = tx.mapper(CustomerMapper.class);
            if (link.type() == RelationshipType.REFERRAL) {
                // One lock for all referrals: the cycle check reads a whole tree, which a row lock cannot cover.
                customers.lockKey("customer.referrals");
                CustomerRefRow referrer = relationships.selectReferrer(to.id);
                if (referrer != null) {
                    throw new ConflictException(ErrorCode.DUPLICATE, "customer " + to.customerCode
                            + " was already referred by " + referrer.customerCode + "; a customer has one referrer", null);
                }
                if (relationships.referralReaches(to.id, from.id)) {
                    throw new BusinessRuleException("customer " + from.customerCode + " was referred, directly or "
                            + "through others, by " + to.customerCode + "; referring back would close a cycle");
                }
            } else {
                customers.lockKey("customer.relationship:" + pairKey(from.id, to.id) + ":" + link.type().code());
            }
            RelationshipRow existing = relationships.selectPair(from.id, to.id, link.type());
            if (existing != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "customers " + from.customerCode + " and "
                        + to.customerCode + " are already linked as " + link.type().code() + " (relationship "
                        + existing.id + ")", null);
            }
            RelationshipRow row = new RelationshipRow();
            row.id = support.ids.newId();
            row.customerId = from.id;
            row.relatedCustomerId = to.id;
            row.relationshipType = link.type();
            row.relationshipDescription = description;
            row.createdAt = support.now();
            row.updatedAt = row.createdAt;
            relationships.insert(row);
            CustomerRelationship view = toView(relationships.selectFor(from.id, row.id).get(0), from.id);
            return Audited.of(view, AuditEvent.created(RESOURCE, row.id, view));
        });
    }

    @Override
    public void unlink(CallContext ctx, UUID id, long version) {
        support.calls.write(ctx, Permissions.CUSTOMER_UPDATE, tx -> {
            CustomerSupport.required("id", id, "the relationship's id");
            CustomerRelationshipMapper relationships = tx.mapper(CustomerRelationshipMapper.class);
            RelationshipRow before = relationships.selectById(id);
            if (before == null) {
                throw new NotFoundException(RESOURCE, id);
            }
            if (relationships.delete(id, version) == 0) {
                throw new ConflictException(ErrorCode.STALE_VERSION, "relationship " + id
                        + " was changed by someone else (expected version " + version + ")", null);
            }
            Map<String, Object> old = new HashMap<>();
            old.put("customer_id", String.valueOf(before.customerId));
            old.put("related_customer_id", String.valueOf(before.relatedCustomerId));
            old.put("type", before.relationshipType.code());
            old.put("description", before.relationshipDescription);
            return Audited.of(null, AuditEvent.deleted(RESOURCE, id, old));
        });
    }

    @Override
    public List<CustomerRelationship> list(CallContext ctx, UUID customerId) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            support.require(tx, customerId);
            return viewsOf(tx, customerId);
        });
    }

    @Override
    public ReferralTree referralTree(CallContext ctx, UUID customerId) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ, tx -> {
            support.require(tx, customerId);
            CustomerRelationshipMapper relationships = tx.mapper(CustomerRelationshipMapper.class);
            // One level and one customer more than shown, to know whether the tree was cut.
            List<ReferralRow> rows = relationships.selectReferralTree(customerId, MAX_REFERRAL_DEPTH + 1,
                    MAX_REFERRAL_NODES + 1);
            boolean truncated = rows.size() > MAX_REFERRAL_NODES
                    || rows.stream().anyMatch(r -> r.depth > MAX_REFERRAL_DEPTH);
            Map<UUID, List<ReferralRow>> children = new HashMap<>();
            ReferralRow root = null;
            int kept = 0;
            for (ReferralRow row : rows) {
                if (row.depth > MAX_REFERRAL_DEPTH || kept == MAX_REFERRAL_NODES) {
                    continue;
                }
                kept++;
                if (row.depth == 0) {
                    root = row;
                } else {
                    children.computeIfAbsent(row.parentId, k -> new ArrayList<>()).add(row);
                }
            }
            CustomerRefRow referrer = relationships.selectReferrer(customerId);
            CustomerRef referredBy = referrer == null ? null
                    : CustomerViews.ref(referrer.id, referrer.customerCode, referrer.firstName, referrer.lastName);
            return new ReferralTree(node(root, children), referredBy, truncated, MAX_REFERRAL_DEPTH);
        });
    }

    private static ReferralNode node(ReferralRow row, Map<UUID, List<ReferralRow>> children) {
        List<ReferralNode> referred = new ArrayList<>();
        for (ReferralRow child : children.getOrDefault(row.customerId, List.of())) {
            referred.add(node(child, children));
        }
        return new ReferralNode(CustomerViews.ref(row.customerId, row.customerCode, row.firstName, row.lastName),
                referred);
    }

    /**
     * A customer's links from both sides.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @return the links as that customer sees them
     */
    static List<CustomerRelationship> viewsOf(Tx tx, UUID customerId) {
        return tx.mapper(CustomerRelationshipMapper.class).selectFor(customerId, null).stream()
                .map(r -> toView(r, customerId)).toList();
    }

    private static CustomerRelationship toView(RelationshipRow row, UUID viewpoint) {
        return new CustomerRelationship(row.id, viewpoint, row.relationshipType, row.relationshipDescription,
                CustomerViews.ref(row.otherId, row.otherCode, row.otherFirstName, row.otherLastName), row.outgoing,
                row.active, row.createdAt, row.version);
    }

    private static String pairKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }
}
