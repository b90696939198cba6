package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemUpdate;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of {@link NewItem} and {@link ItemUpdate} that need no database: identifiers,
 * weights, metal and purity, price mode, amounts, kind and quantity. Problems are added to a
 * {@link Fields}, so that the caller can add the template's findings and report all at once.
 */
final class ItemRules {
    /** Letters, digits and . _ - /; a SKU made by the SDK (scrap lots) has a ':' and cannot clash. */
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
    /** Printable ASCII without spaces, as barcode symbologies and HUIDs are. */
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final int MAX_SUPPLIER_FACTS = 20;

    private ItemRules() {
    }

    /**
     * Checks a new item.
     *
     * @param item the input (not null)
     * @param currency the shop's currency
     * @param fields where problems go
     * @return the draft with defaults filled in (meaningful only if no problem was found)
     */
    static ItemDraft newItem(NewItem item, Currency currency, Fields fields) {
        ItemKind kind = item.kind();
        if (kind == null || kind == ItemKind.SCRAP) {
            fields.reject("kind", kind, "must be UNIQUE_PIECE or COUNTED (scrap lots are kept by the SDK)");
            kind = ItemKind.UNIQUE_PIECE;
        }
        int quantity = quantity(kind, item.quantity(), fields);
        return common(new Common(item.sku(), item.barcode(), item.name(), item.description(), item.categoryId(),
                item.metal(), item.purity(), item.grossWeight(), item.stoneWeight(), item.netWeight(),
                item.priceMode(), item.makingChargeType(), item.makingChargeValue(), item.wastagePercent(),
                item.profitPercent(), item.stoneValue(), item.fixedPrice(), item.costPrice(), item.minStockLevel(),
                item.reorderQuantity(), item.hallmarkId(), item.attributes(), item.supplierInfo()), kind, quantity,
                currency, fields);
    }

    /**
     * Checks an update of an item of a given kind.
     *
     * @param update the input (not null)
     * @param kind the item's kind, which an update cannot change
     * @param currency the shop's currency
     * @param fields where problems go
     * @return the draft with defaults filled in; its quantity is meaningless
     */
    static ItemDraft update(ItemUpdate update, ItemKind kind, Currency currency, Fields fields) {
        return common(new Common(update.sku(), update.barcode(), update.name(), update.description(),
                update.categoryId(), update.metal(), update.purity(), update.grossWeight(), update.stoneWeight(),
                update.netWeight(), update.priceMode(), update.makingChargeType(), update.makingChargeValue(),
                update.wastagePercent(), update.profitPercent(), update.stoneValue(), update.fixedPrice(),
                update.costPrice(), update.minStockLevel(), update.reorderQuantity(), update.hallmarkId(),
                update.attributes(), update.supplierInfo()), kind, 0, currency, fields);
    }

    /** The fields NewItem and ItemUpdate share. */
    private record Common(String sku, String barcode, String name, String description, UUID categoryId,
            MetalType metal, Purity purity, Weight gross, Weight stone, Weight net, PriceMode priceMode,
            MakingChargeType makingChargeType, BigDecimal makingChargeValue, BigDecimal wastagePercent,
            BigDecimal profitPercent, Money stoneValue, Money fixedPrice, Money costPrice, Integer minStockLevel,
            Integer reorderQuantity, String hallmarkId, Map<String, Object> attributes,
            Map<String, String> supplierInfo) {
    }

    private static ItemDraft common(Common c, ItemKind kind, int quantity, Currency currency, Fields fields) {
        if (c.sku() == null || !SKU.matcher(c.sku()).matches()) {
            fields.reject("sku", c.sku(), "must be 1 to 100 letters, digits or . _ - /, starting with a letter or digit");
        }
        if (c.barcode() != null && !CODE.matcher(c.barcode()).matches()) {
            fields.reject("barcode", c.barcode(), "must be 1 to 100 printable characters without spaces, or absent");
        }
        fields.requiredText("name", c.name(), 255);
        fields.optionalText("description", c.description(), 4000);
        checkMetal(c.metal(), c.purity(), fields);
        Weight gross = c.gross() == null ? Weight.ZERO : c.gross();
        Weight stone = c.stone() == null ? Weight.ZERO : c.stone();
        Weight net = Weight.ZERO;
        boolean weightsAgree = stone.compareTo(gross) <= 0;
        if (!weightsAgree) {
            fields.reject("stoneWeight", stone, "must not exceed the gross weight " + gross);
        } else {
            net = gross.minus(stone);
            if (c.net() != null && !c.net().equals(net)) {
                fields.reject("netWeight", c.net(), "must equal grossWeight - stoneWeight = " + net
                        + " (or be left out, to be computed)");
            }
        }
        PriceMode mode = c.priceMode();
        MakingChargeType makingType = c.makingChargeType();
        BigDecimal makingValue = c.makingChargeValue();
        if (mode == null) {
            fields.reject("priceMode", null, "is required: WEIGHT or FIXED");
        } else if (mode == PriceMode.WEIGHT) {
            checkWeightPriced(c, weightsAgree ? net : null, fields);
        } else if (c.fixedPrice() == null) {
            fields.reject("fixedPrice", null, "is required for a fixed-priced item");
        }
        if (makingType == null && mode == PriceMode.FIXED) {
            makingType = MakingChargeType.PER_GRAM;
        }
        if (makingValue == null && mode == PriceMode.FIXED) {
            makingValue = BigDecimal.ZERO;
        }
        fields.decimal("makingChargeValue", makingValue);
        if (makingType == MakingChargeType.PERCENT) {
            fields.percent("makingChargeValue", makingValue);
        }
        fields.percent("wastagePercent", c.wastagePercent());
        fields.percent("profitPercent", c.profitPercent());
        fields.amount("stoneValue", c.stoneValue(), currency);
        fields.amount("fixedPrice", c.fixedPrice(), currency);
        fields.amount("costPrice", c.costPrice(), currency);
        fields.count("minStockLevel", c.minStockLevel(), 0);
        fields.count("reorderQuantity", c.reorderQuantity(), 0);
        if (c.hallmarkId() != null) {
            if (kind != ItemKind.UNIQUE_PIECE) {
                fields.reject("hallmarkId", c.hallmarkId(), "is stamped on a unique piece; counted stock carries none");
            } else if (!CODE.matcher(c.hallmarkId()).matches()) {
                fields.reject("hallmarkId", c.hallmarkId(), "must be 1 to 100 printable characters without spaces");
            }
        }
        checkSupplier(c.supplierInfo(), fields);
        return new ItemDraft(c.sku(), c.barcode(), c.name(), c.description(), c.categoryId(), kind, c.metal(),
                c.purity(), gross, stone, net, mode, makingType, makingValue, orZero(c.wastagePercent()),
                orZero(c.profitPercent()), c.stoneValue(), c.fixedPrice(), c.costPrice(), quantity,
                c.minStockLevel() == null ? 0 : c.minStockLevel(),
                c.reorderQuantity() == null ? 0 : c.reorderQuantity(), c.hallmarkId(), c.attributes(),
                c.supplierInfo());
    }

    private static int quantity(ItemKind kind, Integer given, Fields fields) {
        if (kind == ItemKind.UNIQUE_PIECE) {
            if (given != null && given != 1) {
                fields.reject("quantity", given, "must be 1 for a unique piece (one piece, one tag)");
            }
            return 1;
        }
        fields.count("quantity", given, 0);
        return given == null ? 0 : given;
    }

    private static void checkMetal(MetalType metal, Purity purity, Fields fields) {
        if (metal == null && purity != null) {
            fields.reject("metal", null, "is required when a purity is given");
        } else if (metal != null && purity == null) {
            fields.reject("purity", null, "is required when a metal is given");
        } else if (metal != null && !metal.accepts(purity)) {
            fields.reject("purity", purity, "is not a fineness of " + metal.code() + "; accepted: "
                    + metal.minimumPurity() + " to " + metal.maximumPurity());
        }
    }

    /** The rules of weight pricing; {@code net} is null when the weights already disagree. */
    private static void checkWeightPriced(Common c, Weight net, Fields fields) {
        if (c.metal() == null) {
            fields.reject("metal", null, "is required for a weight-priced item");
        }
        if (c.purity() == null) {
            fields.reject("purity", null, "is required for a weight-priced item");
        }
        if (net != null && net.isZero()) {
            fields.reject("netWeight", net, "must be above 0 g for a weight-priced item");
        }
        if (c.makingChargeType() == null) {
            fields.reject("makingChargeType", null, "is required for a weight-priced item: PER_GRAM, PERCENT or FIXED");
        }
        if (c.makingChargeValue() == null) {
            fields.reject("makingChargeValue", null, "is required for a weight-priced item (0 for none)");
        }
        if (c.fixedPrice() != null) {
            fields.reject("fixedPrice", c.fixedPrice(), "applies only to fixed-priced items; leave it out");
        }
    }

    private static void checkSupplier(Map<String, String> supplier, Fields fields) {
        if (supplier.size() > MAX_SUPPLIER_FACTS) {
            fields.reject("supplierInfo", supplier.size() + " entries", "must have at most " + MAX_SUPPLIER_FACTS
                    + " entries");
        }
        supplier.forEach((key, value) -> {
            if (key == null || key.isBlank() || Fields.length(key) > 50) {
                fields.reject("supplierInfo", key, "keys must be non-blank text of at most 50 characters");
            } else {
                fields.requiredText("supplierInfo." + key, value, 200);
            }
        });
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
