package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.GramsSold;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.OldGoldTaken;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.SalesReports;
import dev.goldshop.core.sales.Takings;
import dev.goldshop.core.sales.ZReport;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.SalesReportMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SalesReports}: the Z report, read in one transaction (one snapshot) from the documents
 * of the day: sales and credit notes by their invoice date, voids, payments and old gold by
 * their time, the day running from midnight to midnight in the shop's time zone.
 */
final class SalesReportsService implements SalesReports {
    private final SalesSupport support;

    SalesReportsService(SalesSupport support) {
        this.support = support;
    }

    @Override
    public ZReport zReport(CallContext ctx, LocalDate day) {
        return support.calls.read(ctx, Permissions.REPORT_READ, tx -> {
            if (day == null) {
                throw ValidationException.of("day", null, "is required: the date in the shop's time zone");
            }
            return report(tx, day);
        });
    }

    private ZReport report(Tx tx, LocalDate day) {
        SalesReportMapper reports = tx.mapper(SalesReportMapper.class);
        ZoneId zone = support.zone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        ReportRows.Totals sales = reports.selectTotals(InvoiceType.SALE, day);
        ReportRows.Totals returns = reports.selectTotals(InvoiceType.CREDIT_NOTE, day);
        Money average = sales.documents == 0 ? support.zero()
                : Money.of(sales.total.amount().divide(BigDecimal.valueOf(sales.documents), sales.total.scale(),
                        RoundingMode.HALF_UP), support.currency);

        Map<PaymentMethod, ReportRows.MethodTakings> byMethod = new EnumMap<>(PaymentMethod.class);
        for (ReportRows.MethodTakings row : reports.selectTakings(from, to)) {
            byMethod.put(row.method, row);
        }
        List<Takings> takings = new ArrayList<>();
        Money totalTakings = support.zero();
        for (ReportRows.MethodTakings row : byMethod.values()) {
            Money net = row.received.minus(row.refunded);
            takings.add(new Takings(row.method, row.received, row.refunded, net));
            totalTakings = totalTakings.plus(net);
        }

        List<OldGoldTaken> oldGold = new ArrayList<>();
        for (ReportRows.OldGold row : reports.selectOldGold(from, to)) {
            oldGold.add(new OldGoldTaken(row.metalType, row.purity, row.weight, row.value, row.intakes));
        }
        oldGold.sort(Comparator.comparing(OldGoldTaken::metal).thenComparing(OldGoldTaken::purity,
                Comparator.reverseOrder()));

        return new ZReport(day, sales.documents, returns.documents, reports.countVoids(from, to), sales.total,
                returns.total, sales.total.minus(returns.total), sales.subtotal.minus(returns.subtotal),
                sales.discount, sales.tax.minus(returns.tax), average, takings, totalTakings, oldGold,
                grams(reports.selectGrams(day)));
    }

    private static List<GramsSold> grams(List<ReportRows.Grams> rows) {
        Map<String, Weight[]> byMetal = new LinkedHashMap<>();
        Map<String, ReportRows.Grams> keys = new LinkedHashMap<>();
        for (ReportRows.Grams row : rows) {
            String key = row.metalType.code() + "/" + row.purity.fineness().toPlainString();
            Weight[] soldAndReturned = byMetal.computeIfAbsent(key, k -> new Weight[] {Weight.ZERO, Weight.ZERO});
            keys.putIfAbsent(key, row);
            int slot = row.invoiceType == InvoiceType.SALE ? 0 : 1;
            soldAndReturned[slot] = soldAndReturned[slot].plus(row.grams);
        }
        List<GramsSold> grams = new ArrayList<>();
        byMetal.forEach((key, weights) -> {
            MetalType metal = keys.get(key).metalType;
            Purity purity = keys.get(key).purity;
            BigDecimal net = weights[0].grams().subtract(weights[1].grams());
            grams.add(new GramsSold(metal, purity, weights[0], weights[1], net));
        });
        grams.sort(Comparator.comparing(GramsSold::metal).thenComparing(GramsSold::purity, Comparator.reverseOrder()));
        return grams;
    }
}
