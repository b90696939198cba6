package dev.goldshop.core.pricing;

/** The parts of a price, in the order they are computed and printed. */
public enum ComponentKind {
    /** Net weight x sell rate. */
    METAL,
    /** Loss in manufacture, charged as a share of the metal value or of its weight. */
    WASTAGE,
    /** Labour: per gram, a percentage of the metal, or fixed per piece. */
    MAKING,
    /** The shop's profit on metal + wastage + making, where the market adds it separately. */
    PROFIT,
    /** The stones' own price. */
    STONES,
    /** The price of a fixed-price line: unit price x quantity. */
    PRICE,
    /** A discount, as a negative amount. */
    DISCOUNT,
    /** Sales tax, VAT or GST on the taxable base. */
    TAX
}
