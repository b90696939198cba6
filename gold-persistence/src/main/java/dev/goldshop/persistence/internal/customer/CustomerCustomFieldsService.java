package dev.goldshop.persistence.internal.customer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomField;
import dev.goldshop.core.customer.CustomFieldDefinition;
import dev.goldshop.core.customer.CustomFieldType;
import dev.goldshop.core.customer.CustomerCustomFields;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerCustomFieldMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The custom fields facade: the shop's own customer fields. */
final class CustomerCustomFieldsService implements CustomerCustomFields {
    /** The resource type of definitions in audit rows. */
    static final String RESOURCE = "customer_custom_field";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    private static final int MAX_CHOICES = 100;

    private final CustomerSupport support;

    CustomerCustomFieldsService(CustomerSupport support) {
        this.support = support;
    }

    @Override
    public CustomField define(CallContext ctx, CustomFieldDefinition definition, Long expectedVersion) {
        return support.calls.write(ctx, Permissions.SETTINGS_UPDATE, tx -> {
            CustomFieldRow row = validate(definition);
            CustomerCustomFieldMapper fields = tx.mapper(CustomerCustomFieldMapper.class);
            CustomFieldRow before = fields.selectByName(row.name);
            row.updatedAt = support.now();
            if (expectedVersion == null) {
                if (before != null) {
                    throw new ConflictException(ErrorCode.DUPLICATE, "a custom field named '" + row.name
                            + "' exists (version " + before.version + "); pass that version to change it", null);
                }
                row.id = support.ids.newId();
                row.createdAt = row.updatedAt;
                fields.insert(row);
            } else {
                if (before == null) {
                    throw new NotFoundException(RESOURCE, row.name);
                }
                row.version = expectedVersion;
                if (fields.update(row) == 0) {
                    throw new ConflictException(ErrorCode.STALE_VERSION, "custom field '" + row.name
                            + "' was changed by someone else (expected version " + expectedVersion + ")", null);
                }
            }
            CustomField after = toField(fields.selectByName(row.name));
            return Audited.of(after, before == null ? AuditEvent.created(RESOURCE, after.id(), after)
                    : AuditEvent.updated(RESOURCE, after.id(), toField(before), after));
        });
    }

    @Override
    public void remove(CallContext ctx, String name, long version) {
        support.calls.write(ctx, Permissions.SETTINGS_UPDATE, tx -> {
            CustomerSupport.required("name", name, "the field's name");
            CustomerCustomFieldMapper fields = tx.mapper(CustomerCustomFieldMapper.class);
            CustomFieldRow before = fields.selectByName(name);
            if (before == null) {
                throw new NotFoundException(RESOURCE, name);
            }
            if (fields.delete(name, version) == 0) {
                throw new ConflictException(ErrorCode.STALE_VERSION, "custom field '" + name
                        + "' was changed by someone else (expected version " + version + ")", null);
            }
            return Audited.of(null, AuditEvent.deleted(RESOURCE, before.id, toField(before)));
        });
    }

    @Override
    public List<CustomField> list(CallContext ctx) {
        return support.calls.read(ctx, Permissions.CUSTOMER_READ,
                tx -> support.definitions(tx).stream().map(CustomerCustomFieldsService::toField).toList());
    }

    private static CustomFieldRow validate(CustomFieldDefinition definition) {
        Problems p = new Problems();
        if (definition == null) {
            p.add("definition", null, "is required: name, type, whether required, allowed values");
            p.throwIfAny();
        }
        CustomFieldRow row = new CustomFieldRow();
        if (definition.name() == null || !NAME.matcher(definition.name()).matches()) {
            p.add("name", definition.name(), "must be a lower-case letter, then up to 49 lower-case letters, digits or _");
        }
        row.name = definition.name();
        String label = p.line("label", definition.label(), 100, false);
        row.label = label == null ? definition.name() : label;
        if (definition.type() == null) {
            p.add("type", null, "is required: text, number, date, boolean or choice");
        }
        row.fieldType = definition.type();
        row.required = definition.required();
        ArrayNode allowed = CustomerJson.nodes().arrayNode();
        List<String> values = definition.allowedValues();
        if (definition.type() == CustomFieldType.CHOICE) {
            if (values.isEmpty() || values.size() > MAX_CHOICES) {
                p.add("allowedValues", values.size() + " values", "must be 1 to " + MAX_CHOICES + " values for a choice");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                String value = p.line("allowedValues[" + i + "]", values.get(i), 100, true);
                if (value != null && !seen.add(value)) {
                    p.add("allowedValues[" + i + "]", value, "is listed twice");
                } else if (value != null) {
                    allowed.add(value);
                }
            }
        } else if (!values.isEmpty()) {
            p.add("allowedValues", values, "must be empty unless the type is choice");
        }
        row.allowedValues = allowed;
        p.throwIfAny();
        return row;
    }

    private static CustomField toField(CustomFieldRow row) {
        return new CustomField(row.id, new CustomFieldDefinition(row.name, row.label, row.fieldType, row.required,
                CustomFieldRules.allowedValues(row)), row.version);
    }
}
