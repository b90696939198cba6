package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.loyalty.ExpiringPoints;
import dev.goldshop.core.loyalty.ExpiryRun;
import dev.goldshop.core.loyalty.Loyalty;
import dev.goldshop.core.loyalty.LoyaltyLiability;
import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.LoyaltyProgramDetails;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.core.loyalty.PointsBalance;
import dev.goldshop.core.loyalty.PointsEntry;
import dev.goldshop.core.loyalty.TierStatus;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Loyalty}: each method one call through {@link Calls}; the work in the area's parts. */
final class LoyaltyService implements Loyalty {
    private static final int MAX_EXPIRING_DAYS = 3650;

    private final LoyaltySupport support;
    private final Calls calls;
    private final Programs programs;
    private final Adjustments adjustments;
    private final Expiry expiry;

    LoyaltyService(LoyaltySupport support, Programs programs, Adjustments adjustments, Expiry expiry) {
        this.support = support;
        this.calls = support.calls;
        this.programs = programs;
        this.adjustments = adjustments;
        this.expiry = expiry;
    }

    @Override
    public LoyaltyProgram createProgram(CallContext ctx, LoyaltyProgramDetails details) {
        return calls.write(ctx, Permissions.LOYALTY_PROGRAM_MANAGE, tx -> {
            ProgramRules.check(details);
            LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
            ProgramRow row = programs.row(support.newId(), details, support.now());
            if (details.active()) {
                loyalty.deactivateOthers(row.id, row.updatedAt);
            }
            loyalty.insertProgram(row);
            ProgramRow stored = loyalty.selectProgramById(row.id);
            return Audited.of(programs.program(stored), AuditEvent.created(LoyaltySupport.PROGRAM, row.id,
                    Programs.audit(stored)));
        });
    }

    @Override
    public LoyaltyProgram updateProgram(CallContext ctx, UUID programId, LoyaltyProgramDetails details, long version) {
        return calls.write(ctx, Permissions.LOYALTY_PROGRAM_MANAGE, tx -> {
            ProgramRules.check(details);
            LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
            ProgramRow stored = programId == null ? null : loyalty.selectProgramById(programId);
            if (stored == null) {
                throw new NotFoundException(LoyaltySupport.PROGRAM, programId);
            }
            ProgramRow row = programs.row(programId, details, support.now());
            row.createdAt = stored.createdAt;
            row.version = version;
            if (details.active()) {
                loyalty.deactivateOthers(programId, row.updatedAt);
            }
            if (loyalty.updateProgram(row) == 0) {
                throw new ConflictException(ErrorCode.STALE_VERSION, "loyalty programme " + programId
                        + " was changed by someone else (expected version " + version + ", it is at "
                        + stored.version + ")", null);
            }
            ProgramRow after = loyalty.selectProgramById(programId);
            return Audited.of(programs.program(after), AuditEvent.updated(LoyaltySupport.PROGRAM, programId,
                    Programs.audit(stored), Programs.audit(after)));
        });
    }

    @Override
    public Optional<LoyaltyProgram> program(CallContext ctx, UUID programId) {
        return calls.read(ctx, Permissions.LOYALTY_READ, tx -> {
            ProgramRow row = programId == null ? null : tx.mapper(LoyaltyMapper.class).selectProgramById(programId);
            return row == null ? Optional.empty() : Optional.of(programs.program(row));
        });
    }

    @Override
    public Optional<LoyaltyProgram> activeProgram(CallContext ctx) {
        return calls.read(ctx, Permissions.LOYALTY_READ, programs::active);
    }

    @Override
    public List<LoyaltyProgram> programs(CallContext ctx) {
        return calls.read(ctx, Permissions.LOYALTY_READ,
                tx -> tx.mapper(LoyaltyMapper.class).selectPrograms().stream().map(programs::program).toList());
    }

    @Override
    public PointsEntry adjust(CallContext ctx, PointsAdjustment adjustment) {
        calls.authorize(ctx, Permissions.LOYALTY_ADJUST);
        try {
            return calls.writeAuthorized(ctx, tx -> adjustments.adjust(tx, ctx, adjustment));
        } catch (Adjustments.Replayed replayed) {
            return replayed.entry;
        }
    }

    @Override
    public ExpiryRun expire(CallContext ctx) {
        return calls.write(ctx, Permissions.LOYALTY_PROGRAM_MANAGE, tx -> expiry.run(tx, ctx));
    }

    @Override
    public PointsBalance balance(CallContext ctx, UUID customerId) {
        return calls.read(ctx, Permissions.LOYALTY_READ, tx -> {
            LoyaltySupport.requireCustomer(tx, customerId);
            Long points = tx.mapper(LoyaltyMapper.class).selectBalance(customerId);
            long balance = points == null ? 0 : points;
            return new PointsBalance(customerId, balance, support.valueOf(balance));
        });
    }

    @Override
    public Optional<TierStatus> tier(CallContext ctx, UUID customerId) {
        return calls.read(ctx, Permissions.LOYALTY_READ, tx -> {
            LoyaltySupport.requireCustomer(tx, customerId);
            return programs.active(tx).map(program -> programs.tier(tx, customerId, program));
        });
    }

    @Override
    public Page<PointsEntry> statement(CallContext ctx, UUID customerId, PageRequest page) {
        return calls.read(ctx, Permissions.LOYALTY_READ, tx -> {
            if (page == null) {
                throw ValidationException.of("page", null, "is required: PageRequest.first() for the first page");
            }
            Cursors.TimeAndId after = Cursors.decodeTimeAndId(page.cursor());
            LoyaltySupport.requireCustomer(tx, customerId);
            List<EntryRow> rows = tx.mapper(LoyaltyMapper.class).selectPage(customerId,
                    after == null ? null : after.at(), after == null ? null : after.id(), page.limit() + 1);
            boolean more = rows.size() > page.limit();
            if (more) {
                rows = rows.subList(0, page.limit());
            }
            Money zero = support.zero();
            List<PointsEntry> entries = rows.stream().map(r -> LoyaltyViews.entry(r, zero)).toList();
            EntryRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            return new Page<>(entries, more ? Optional.of(new Cursors.TimeAndId(last.createdAt, last.id).encode())
                    : Optional.empty());
        });
    }

    @Override
    public List<ExpiringPoints> expiringWithin(CallContext ctx, UUID customerId, int days) {
        return calls.read(ctx, Permissions.LOYALTY_READ, tx -> {
            if (days < 0 || days > MAX_EXPIRING_DAYS) {
                throw ValidationException.of("days", days, "must be 0 (today only) to " + MAX_EXPIRING_DAYS);
            }
            LoyaltySupport.requireCustomer(tx, customerId);
            LocalDate today = support.dateOf(support.now());
            return tx.mapper(LoyaltyMapper.class).selectExpiring(customerId, today, today.plusDays(days)).stream()
                    .map(r -> new ExpiringPoints(r.expiryDate, r.points)).toList();
        });
    }

    @Override
    public LoyaltyLiability liability(CallContext ctx) {
        return calls.read(ctx, Permissions.LOYALTY_READ, tx -> {
            LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
            long points = loyalty.sumBalances();
            Money booked = Money.of(loyalty.creditBalance(support.settings.accountCode(LoyaltyPostings.LIABILITY)),
                    support.currency);
            return new LoyaltyLiability(points, support.valueOf(points), booked);
        });
    }
}
