package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.UUID;

/** What a sale reads of an inventory item: how to describe and price it, and whether it is for sale. */
public final class SaleItemRow {
    public UUID id;
    public String sku;
    public String name;
    public ItemKind itemKind;
    public ItemStatus status;
    public MetalType metalType;
    public Purity purity;
    public Weight grossWeight;
    public Weight stoneWeight;
    public Weight netWeight;
    public PriceMode priceMode;
    public MakingChargeType makingChargeType;
    public BigDecimal makingChargeValue;
    public BigDecimal wastagePercent;
    public BigDecimal profitPercent;
    public Money stoneValue;
    public Money fixedPrice;
    public int quantity;
}
