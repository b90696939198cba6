package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;

/** The rows the Z report's queries return. */
public final class ReportRows {
    private ReportRows() {
    }

    /** Sums over the sales (or credit notes) of a day. */
    public static final class Totals {
        public int documents;
        public Money total;
        public Money subtotal;
        public Money discount;
        public Money tax;
    }

    /** What one method received and gave back in a day. */
    public static final class MethodTakings {
        public PaymentMethod method;
        public Money received;
        public Money refunded;
    }

    /** Old gold of one metal and purity taken in a day. */
    public static final class OldGold {
        public MetalType metalType;
        public Purity purity;
        public Weight weight;
        public Money value;
        public int intakes;
    }

    /** Grams of one metal and purity on the sales or credit notes of a day. */
    public static final class Grams {
        public InvoiceType invoiceType;
        public MetalType metalType;
        public Purity purity;
        public Weight grams;
    }
}
