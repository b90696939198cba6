package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.sales.SalesReports;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.books.Ledger;
import dev.goldshop.persistence.internal.catalog.StockLedger;
import dev.goldshop.persistence.internal.loyalty.LoyaltyLedger;
import dev.goldshop.persistence.internal.mapper.InvoiceItemMapper;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import dev.goldshop.persistence.internal.mapper.SalesReportMapper;
import dev.goldshop.persistence.internal.mapper.StoreCreditMapper;
import dev.goldshop.persistence.internal.rates.RateBook;
import dev.goldshop.persistence.internal.security.UnusualActivity;
import dev.goldshop.persistence.internal.settings.SettingsCache;

/**
 * Wires sales into an engine: the mappers and the five facades ({@link Invoices},
 * {@link Payments}, {@link dev.goldshop.core.sales.PointOfSale}, {@link Returns}, {@link SalesReports}). Uses the internal services of
 * settings, rates, the books, the stock, security and loyalty, so it is wired after all of them
 * (the last line of {@code CoreWiring}).
 */
public final class SalesWiring {
    private SalesWiring() {
    }

    /**
     * Registers the sales area.
     *
     * @param engine the engine being configured
     */
    public static void register(Engine engine) {
        engine.addMapper(InvoiceMapper.class);
        engine.addMapper(InvoiceItemMapper.class);
        engine.addMapper(PaymentMapper.class);
        engine.addMapper(StoreCreditMapper.class);
        engine.addMapper(SalesReportMapper.class);
        SalesSupport support = new SalesSupport(engine.calls(), engine.ids(), engine.service(SettingsCache.class),
                engine.service(RateBook.class), engine.service(Ledger.class), engine.service(StockLedger.class),
                engine.service(UnusualActivity.class), engine.json(), engine.currency());
        InvoiceViews views = new InvoiceViews(engine.json());
        LinePricer pricer = new LinePricer(support);
        DraftPricing pricing = new DraftPricing(support, pricer);
        DiscountPolicy discounts = new DiscountPolicy(support);
        Postings postings = new Postings(support);
        StoreCreditBook credit = new StoreCreditBook(support);
        LoyaltyLedger loyalty = engine.service(LoyaltyLedger.class);
        Drafts drafts = new Drafts(support, pricer, pricing, discounts, views);
        InvoiceReads reads = new InvoiceReads(pricing, views);
        Issuing issuing = new Issuing(support, pricing, discounts, postings, drafts, views);
        InvoicesService invoices = new InvoicesService(engine.calls(), drafts, issuing,
                new Voiding(support, postings, views), reads);
        PaymentsService payments = new PaymentsService(support,
                new PaymentTaking(support, new OldGoldValuer(support), credit, loyalty, postings));
        engine.registerFacade(Invoices.class, invoices);
        engine.registerFacade(Payments.class, payments);
        engine.registerFacade(dev.goldshop.core.sales.PointOfSale.class,
                new PointOfSaleService(engine.calls(), drafts, issuing, payments, reads));
        engine.registerFacade(Returns.class, new ReturnsService(engine.calls(),
                new CreditNotes(support, postings, credit, loyalty, views)));
        engine.registerFacade(SalesReports.class, new SalesReportsService(support));
    }
}
