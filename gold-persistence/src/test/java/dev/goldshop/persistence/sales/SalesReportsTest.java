package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.sales.ZReport;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Z report: what counts on which day of the shop's calendar. */
@ExtendWith(PostgresExtension.class)
class SalesReportsTest {
    private SalesBed bed;

    @BeforeEach
    void start(TestDatabase database) {
        bed = SalesBed.fresh(database);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void a_day_without_sales_reports_zeros() {
        ZReport z = bed.reports.zReport(bed.owner, bed.today());
        assertThat(z.invoiceCount()).isZero();
        assertThat(z.grossSales()).isEqualTo(usd("0.00"));
        assertThat(z.averageTicket()).isEqualTo(usd("0.00"));
        assertThat(z.takings()).isEmpty();
        assertThat(z.totalTakings()).isEqualTo(usd("0.00"));
        assertThat(z.oldGold()).isEmpty();
        assertThat(z.grams()).isEmpty();
    }

    @Test
    void voided_sales_drop_out_and_are_counted_as_voids_and_discounts_and_the_average_ticket_add_up() {
        Invoice kept = bed.sale(bed.cashier, null, NewLine.fixed("Chain", usd("100.00"), 1, usd("5.00")));
        Invoice second = bed.sale(bed.cashier, null, NewLine.fixed("Studs", usd("50.00"), 2, null));
        Invoice voided = bed.sale(bed.cashier, null, NewLine.fixed("Bangle", usd("400.00"), 1, null));
        bed.invoices.voidInvoice(bed.manager.withReason("typo"), voided.id(), voided.version());
        bed.payments.pay(bed.cashier, PaymentRequest.of(kept.id(), "k", Tender.cash(usd("97.85"))));
        ZReport z = bed.reports.zReport(bed.owner, bed.today());
        // 95.00 + 2.85 tax = 97.85; 100.00 + 3.00 tax = 103.00
        assertThat(z.invoiceCount()).isEqualTo(2);
        assertThat(z.voidCount()).isEqualTo(1);
        assertThat(z.grossSales()).isEqualTo(usd("200.85"));
        assertThat(z.netSalesExcludingTax()).isEqualTo(usd("195.00"));
        assertThat(z.discounts()).isEqualTo(usd("5.00"));
        assertThat(z.tax()).isEqualTo(usd("5.85"));
        assertThat(z.averageTicket()).isEqualTo(usd("100.43"));
        assertThat(z.takings()).extracting(t -> t.method() + " " + t.net().amount()).containsExactly("CASH 97.85");
        assertThat(second.total()).isEqualTo(usd("103.00"));
    }

    @Test
    void the_day_runs_from_midnight_to_midnight_in_the_shop_time_zone() {
        CompanySettings settings = bed.shop.facade(CompanySettings.class);
        ShopSettings current = settings.get(bed.owner);
        settings.update(bed.owner, current.toUpdate().timeZone(ZoneId.of("Asia/Kolkata")).build(), current.version());
        // 20:00 UTC on 10 March is 01:30 on 11 March in India
        bed.clock.set(LocalDate.of(2026, 3, 10).atTime(20, 0).toInstant(ZoneOffset.UTC));
        Invoice sale = bed.sale(bed.cashier, null, NewLine.fixed("Chain", usd("100.00"), 1, null));
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "k", Tender.cash(usd("103.00"))));
        assertThat(sale.invoiceDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(bed.reports.zReport(bed.owner, LocalDate.of(2026, 3, 10)).invoiceCount()).isZero();
        assertThat(bed.reports.zReport(bed.owner, LocalDate.of(2026, 3, 10)).takings()).isEmpty();
        ZReport z = bed.reports.zReport(bed.owner, LocalDate.of(2026, 3, 11));
        assertThat(z.invoiceCount()).isEqualTo(1);
        assertThat(z.totalTakings()).isEqualTo(usd("103.00"));
    }

    @Test
    void the_report_needs_report_read_and_a_day() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.reports.zReport(bed.cashier, bed.today()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("report:read");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThatThrownBy(() -> bed.reports.zReport(bed.owner, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("day");
    }
}
