package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceQuery;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.InvoiceItemMapper;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads invoices: one with its lines, or keyset pages of them (newest first, by id). A draft is
 * shown priced at the current rates and settings, as it would be stored by its next change.
 */
final class InvoiceReads {
    private final DraftPricing pricing;
    private final InvoiceViews views;

    InvoiceReads(DraftPricing pricing, InvoiceViews views) {
        this.pricing = pricing;
        this.views = views;
    }

    Optional<Invoice> get(Tx tx, UUID invoiceId) {
        InvoiceRow row = invoiceId == null ? null : tx.mapper(InvoiceMapper.class).selectById(invoiceId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(show(row, tx.mapper(InvoiceItemMapper.class).selectByInvoice(invoiceId)));
    }

    Page<Invoice> list(Tx tx, InvoiceQuery query, PageRequest page) {
        if (query == null) {
            throw ValidationException.of("query", null, "is required: InvoiceQuery.all() for every invoice");
        }
        if (page == null) {
            throw ValidationException.of("page", null, "is required: PageRequest.first() for the first page");
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw ValidationException.of("query.to", query.to(), "must not be before query.from " + query.from());
        }
        UUID after = null;
        if (page.cursor() != null) {
            String id = Cursors.decode(page.cursor(), 1).get(0);
            try {
                after = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("cursor", page.cursor(),
                        "is not a cursor of this list; pass the nextCursor of the previous page, or none for the first");
            }
        }
        List<InvoiceRow> rows = tx.mapper(InvoiceMapper.class).selectPage(query.customerId(), query.type(),
                query.status(), query.from(), query.to(), after, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        if (more) {
            rows = rows.subList(0, page.limit());
        }
        Map<UUID, List<LineRow>> lines = new HashMap<>();
        if (!rows.isEmpty()) {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.id));
            for (LineRow line : tx.mapper(InvoiceItemMapper.class).selectByInvoices(ids)) {
                lines.computeIfAbsent(line.invoiceId, k -> new ArrayList<>()).add(line);
            }
        }
        List<Invoice> invoices = new ArrayList<>();
        for (InvoiceRow row : rows) {
            invoices.add(show(row, lines.getOrDefault(row.id, List.of())));
        }
        Optional<String> next = more ? Optional.of(Cursors.encode(rows.get(rows.size() - 1).id.toString()))
                : Optional.empty();
        return new Page<>(invoices, next);
    }

    private Invoice show(InvoiceRow row, List<LineRow> lines) {
        if (row.status == InvoiceStatus.DRAFT) {
            DraftPricing.Repriced now = pricing.repriceForRead(lines);
            now.totals().applyTo(row);
            return views.invoice(row, now.lines(), now.rates());
        }
        return views.invoice(row, lines, views.frozenRates(row.metalRates));
    }
}
