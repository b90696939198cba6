package dev.goldshop.persistence.internal.rates;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.rates.PostedRate;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.MetalRateMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link MetalRates} over the metal_rates history and the {@link RateBook}. */
final class MetalRatesService implements MetalRates {
    /** The domain event of a posted rate, for automation rules such as "gold moved more than 2 %". */
    static final String POSTED = "metal_rate.posted";

    private final Calls calls;
    private final IdGenerator ids;
    private final RateBook book;

    MetalRatesService(Calls calls, IdGenerator ids, RateBook book) {
        this.calls = calls;
        this.ids = ids;
        this.book = book;
    }

    @Override
    public PostedRate post(CallContext ctx, NewMetalRate rate) {
        return calls.write(ctx, Permissions.RATE_POST, tx -> {
            if (rate == null) {
                throw ValidationException.of("rate", null, "is required");
            }
            Instant now = calls.clock().instant().truncatedTo(ChronoUnit.MICROS);
            NewMetalRate valid = RateValidation.check(rate, now);
            PostedRate posted = new PostedRate(ids.newId(), valid.metal(), valid.purity(), valid.buyRate(),
                    valid.sellRate(), valid.effectiveFrom(), valid.source(), valid.notes(), ctx.actor().userId(), now);
            MetalRateMapper rates = tx.mapper(MetalRateMapper.class);
            rates.insert(posted);
            rates.notifyChange();
            calls.transactions().markWritten(RateBook.CHANGE);
            tx.afterCommit(book::invalidate);
            Map<String, Object> view = auditView(posted);
            tx.publish(new DomainEvent(ids.newId(), POSTED, "metal_rate", posted.id(), now,
                    Map.of("metal_type", view.get("metal_type"), "purity", view.get("purity"),
                            "buy_rate", view.get("buy_rate"), "sell_rate", view.get("sell_rate"),
                            "effective_from", view.get("effective_from"), "source", view.get("source"))));
            return Audited.of(posted, AuditEvent.created("metal_rate", posted.id(), view));
        });
    }

    @Override
    public Optional<MetalRate> current(CallContext ctx, MetalType metal, Purity purity) {
        calls.authorize(ctx, Permissions.RATE_READ);
        RateValidation.lookup(metal, purity);
        return book.current(metal, purity);
    }

    @Override
    public Optional<MetalRate> at(CallContext ctx, MetalType metal, Purity purity, Instant when) {
        calls.authorize(ctx, Permissions.RATE_READ);
        RateValidation.lookup(metal, purity);
        if (when == null) {
            throw ValidationException.of("when", null, "is required");
        }
        return book.at(metal, purity, when);
    }

    @Override
    public Page<PostedRate> history(CallContext ctx, MetalType metal, Purity purity, Instant from, Instant to,
            PageRequest page) {
        calls.authorize(ctx, Permissions.RATE_READ);
        RateValidation.history(metal, purity, from, to, page != null);
        HistoryCursor after = HistoryCursor.decode(page.cursor());
        return calls.transactions().inTransaction(tx -> {
            List<PostedRate> rows = tx.mapper(MetalRateMapper.class).selectPage(metal, purity, from, to,
                    after == null ? null : after.effectiveFrom(), after == null ? null : after.id(),
                    page.limit() + 1);
            if (rows.size() <= page.limit()) {
                return new Page<>(rows, Optional.empty());
            }
            List<PostedRate> items = rows.subList(0, page.limit());
            return new Page<>(items, Optional.of(HistoryCursor.after(items.get(items.size() - 1)).encode()));
        });
    }

    @Override
    public List<MetalRate> currentBoard(CallContext ctx) {
        calls.authorize(ctx, Permissions.RATE_READ);
        return book.board();
    }

    /** Purity and the enum have no Jackson form of their own: write the stored values. */
    private static Map<String, Object> auditView(PostedRate rate) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("metal_type", rate.metal().code());
        view.put("purity", rate.purity().fineness());
        view.put("buy_rate", rate.buyRate());
        view.put("sell_rate", rate.sellRate());
        view.put("effective_from", rate.effectiveFrom().toString());
        view.put("source", rate.source());
        view.put("notes", rate.notes());
        return view;
    }
}
