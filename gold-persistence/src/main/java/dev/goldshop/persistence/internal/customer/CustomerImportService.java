package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerImport;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.ImportOptions;
import dev.goldshop.core.customer.ImportProgress;
import dev.goldshop.core.customer.ImportReport;
import dev.goldshop.core.customer.RejectedRow;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerImportMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bulk import facade. Rows are read a chunk at a time (the input may be a stream over a
 * file too big to hold), and each chunk is one transaction: validate every row with
 * {@link CustomerValidator} (as a single create does), drop rows naming a missing image, lock
 * and look up the chunk's duplicate keys in one statement each, then insert the survivors with
 * multi-row statements. Which values earlier chunks claimed is remembered only after their
 * commit, so a transaction that is retried decides again from the same state.
 */
final class CustomerImportService implements CustomerImport {
    /**
     * Rows per INSERT statement: 39 bind values a row stays well under the protocol's 65,535
     * bind values, and longer statements gain nothing measurable.
     */
    static final int ROWS_PER_STATEMENT = 500;
    private static final int CODE_ATTEMPTS = 10;

    private final CustomerSupport support;

    CustomerImportService(CustomerSupport support) {
        this.support = support;
    }

    @Override
    public ImportReport importCustomers(CallContext ctx, Iterable<CustomerDetails> rows, ImportOptions options,
            ImportProgress progress) {
        support.calls.authorize(ctx, Permissions.CUSTOMER_CREATE);
        if (options != null && options.duplicates() == DuplicatePolicy.ALLOW) {
            support.calls.authorize(ctx, Permissions.CUSTOMER_DUPLICATE_OVERRIDE);
        }
        CustomerSupport.required("rows", rows, "an Iterable of CustomerDetails (an empty one imports nothing)");
        CustomerSupport.required("options", options, "ImportOptions.defaults() or your own");
        CustomerSupport.required("progress", progress, "ImportProgress.NONE for no progress reports");
        boolean rejectDuplicates = options.duplicates() == DuplicatePolicy.REJECT;
        Map<String, Long> claimed = new HashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long rowsRead = 0;
        long imported = 0;
        int chunks = 0;
        Iterator<CustomerDetails> input = rows.iterator();
        while (input.hasNext()) {
            List<Numbered> chunk = new ArrayList<>(Math.min(options.chunkSize(), 1_024));
            while (input.hasNext() && chunk.size() < options.chunkSize()) {
                chunk.add(new Numbered(++rowsRead, input.next()));
            }
            int chunkNumber = chunks + 1;
            ChunkOutcome outcome = support.calls.writeAuthorized(ctx,
                    tx -> saveChunk(tx, chunk, chunkNumber, rejectDuplicates, claimed, options.duplicates()));
            chunks = chunkNumber;
            claimed.putAll(outcome.claimed());
            rejected.addAll(outcome.rejected());
            imported += outcome.imported();
            progress.chunkCommitted(rowsRead, imported, rejected.size());
        }
        return new ImportReport(rowsRead, imported, chunks, rejected);
    }

    private Audited<ChunkOutcome> saveChunk(Tx tx, List<Numbered> chunk, int chunkNumber, boolean rejectDuplicates,
            Map<String, Long> claimedBefore, DuplicatePolicy policy) {
        ShopRules rules = support.rules(tx);
        List<CustomFieldRow> definitions = support.definitions(tx);
        List<RejectedRow> rejected = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>(chunk.size());
        for (Numbered row : chunk) {
            if (row.details() == null) {
                rejected.add(new RejectedRow(row.number(),
                        List.of(new FieldError("row", null, "is missing: every element must be a CustomerDetails"))));
                continue;
            }
            try {
                CustomerValidator.Valid valid = CustomerValidator.validate(row.details(), rules, definitions);
                String index = valid.nationalId() == null ? null
                        : support.cipher.blindIndex(NationalIds.canonical(valid.nationalId()));
                candidates.add(new Candidate(row.number(), valid.values(), valid.nationalId(), index));
            } catch (ValidationException e) {
                rejected.add(new RejectedRow(row.number(), e.fieldErrors()));
            }
        }
        CustomerImportMapper mapper = tx.mapper(CustomerImportMapper.class);
        candidates = withExistingImages(mapper, candidates, rejected);
        Map<String, Long> claimed = new HashMap<>();
        if (rejectDuplicates) {
            candidates = withoutDuplicates(mapper, candidates, claimedBefore, claimed, rejected);
        }
        int inserted = insert(mapper, candidates, rules.today());
        rejected.sort(Comparator.comparingLong(RejectedRow::rowNumber));
        long firstRow = chunk.get(0).number();
        long lastRow = chunk.get(chunk.size() - 1).number();
        AuditEvent event = new AuditEvent("import", CustomerSupport.RESOURCE, null, null, null,
                Map.of("chunk", chunkNumber, "first_row", firstRow, "last_row", lastRow, "imported", inserted,
                        "rejected", rejected.size(), "duplicates", policy.name()));
        return Audited.of(new ChunkOutcome(inserted, rejected, claimed), event);
    }

    /** Rejects rows whose profile image does not exist (the foreign key would fail the whole chunk). */
    private static List<Candidate> withExistingImages(CustomerImportMapper mapper, List<Candidate> candidates,
            List<RejectedRow> rejected) {
        Set<UUID> wanted = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.row().profileImageId != null) {
                wanted.add(c.row().profileImageId);
            }
        }
        if (wanted.isEmpty()) {
            return candidates;
        }
        Set<UUID> existing = new HashSet<>(mapper.selectImageIds(new ArrayList<>(wanted)));
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            UUID image = c.row().profileImageId;
            if (image != null && !existing.contains(image)) {
                rejected.add(new RejectedRow(c.number(), List.of(new FieldError("profileImageId", image.toString(),
                        "must be an image stored through gold-media; there is no image with this id"))));
            } else {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * Rejects rows that repeat a saved customer's value or an earlier row's, under the same
     * advisory locks as {@link DuplicateGuard}, taken in one statement in the same order.
     */
    private static List<Candidate> withoutDuplicates(CustomerImportMapper mapper, List<Candidate> candidates,
            Map<String, Long> claimedBefore, Map<String, Long> claimed, List<RejectedRow> rejected) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (Candidate c : candidates) {
            for (DuplicateKey key : c.keys()) {
                keys.add(key.lock());
            }
            addIfPresent(phones, c.row().phone);
            addIfPresent(emails, c.lowerEmail());
            addIfPresent(indexes, c.nationalIdIndex());
        }
        if (keys.isEmpty()) {
            return candidates;
        }
        mapper.lockKeys(new ArrayList<>(keys));
        Map<String, String> owners = new HashMap<>();
        for (ImportDuplicateRow found : mapper.selectDuplicates(phones, emails, indexes)) {
            putIfPresent(owners, DuplicateKey.PHONE, found.phone, found.customerCode);
            putIfPresent(owners, DuplicateKey.EMAIL, found.email, found.customerCode);
            putIfPresent(owners, DuplicateKey.NATIONAL_ID, found.nationalIdBidx, found.customerCode);
        }
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<FieldError> errors = new ArrayList<>();
            for (DuplicateKey key : c.keys()) {
                String owner = owners.get(key.lock());
                Long earlier = claimedBefore.containsKey(key.lock()) ? claimedBefore.get(key.lock())
                        : claimed.get(key.lock());
                // An earlier row is named even when its chunk committed: the file is what the caller fixes.
                if (earlier != null) {
                    errors.add(new FieldError(key.field(), key.shown(), "repeats row " + earlier + " of this import"));
                } else if (owner != null) {
                    errors.add(new FieldError(key.field(), key.shown(), "already belongs to customer " + owner));
                }
            }
            if (errors.isEmpty()) {
                kept.add(c);
                for (DuplicateKey key : c.keys()) {
                    claimed.put(key.lock(), c.number());
                }
            } else {
                rejected.add(new RejectedRow(c.number(), errors));
            }
        }
        return kept;
    }

    private int insert(CustomerImportMapper mapper, List<Candidate> candidates, LocalDate today) {
        if (candidates.isEmpty()) {
            return 0;
        }
        Instant now = support.now();
        List<CustomerRow> pending = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            CustomerRow row = c.row();
            row.id = support.ids.newId();
            seal(row, c.nationalId(), c.nationalIdIndex());
            row.age = row.dateOfBirth == null ? null : Period.between(row.dateOfBirth, today).getYears();
            row.createdAt = now;
            row.updatedAt = now;
            pending.add(row);
        }
        int inserted = 0;
        for (int attempt = 0; attempt < CODE_ATTEMPTS && !pending.isEmpty(); attempt++) {
            List<Long> numbers = mapper.nextCustomerNumbers(pending.size());
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).customerCode = String.format(java.util.Locale.ROOT, "C%06d", numbers.get(i));
            }
            Set<UUID> saved = new HashSet<>();
            for (int from = 0; from < pending.size(); from += ROWS_PER_STATEMENT) {
                saved.addAll(mapper.insertAll(pending.subList(from, Math.min(pending.size(), from + ROWS_PER_STATEMENT))));
            }
            inserted += saved.size();
            pending.removeIf(row -> saved.contains(row.id));
        }
        if (!pending.isEmpty()) {
            throw new dev.goldshop.core.error.ConflictException(dev.goldshop.core.error.ErrorCode.DUPLICATE,
                    "no free customer code after " + CODE_ATTEMPTS + " tries: rows inserted by hand hold the codes"
                            + " customer_code_seq hands out; move the sequence past them", null);
        }
        return inserted;
    }

    private void seal(CustomerRow row, String nationalId, String index) {
        if (nationalId == null) {
            return;
        }
        PiiCipher.Sealed sealed = support.cipher.seal(row.id, nationalId);
        row.nationalId = NationalIds.mask(nationalId);
        row.nationalIdEnc = sealed.ciphertext();
        row.nationalIdKeyId = sealed.keyId();
        row.nationalIdBidx = index;
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    private static void putIfPresent(Map<String, String> owners, String prefix, String value, String code) {
        if (value != null) {
            owners.putIfAbsent(prefix + value, code);
        }
    }

    /** An input row and its position, from 1. */
    private record Numbered(long number, CustomerDetails details) {
    }

    /** What one committed chunk did: the keys it claimed are remembered for later chunks. */
    private record ChunkOutcome(int imported, List<RejectedRow> rejected, Map<String, Long> claimed) {
    }

    /** A value that must be unique among live customers, as locked, looked up and reported. */
    private record DuplicateKey(String lock, String field, String shown) {
        // The lock keys of DuplicateGuard, so that imports and single creates exclude each other.
        static final String PHONE = "customer.phone:";
        static final String EMAIL = "customer.email:";
        static final String NATIONAL_ID = "customer.national_id:";
    }

    /** A valid row waiting to be saved. */
    private record Candidate(long number, CustomerRow row, String nationalId, String nationalIdIndex) {
        String lowerEmail() {
            return row.email == null ? null : row.email.toLowerCase(java.util.Locale.ROOT);
        }

        List<DuplicateKey> keys() {
            List<DuplicateKey> keys = new ArrayList<>(3);
            if (nationalIdIndex != null) {
                keys.add(new DuplicateKey(DuplicateKey.NATIONAL_ID + nationalIdIndex, "nationalId",
                        NationalIds.mask(nationalId)));
            }
            if (row.phone != null) {
                keys.add(new DuplicateKey(DuplicateKey.PHONE + row.phone, "phone", row.phone));
            }
            if (row.email != null) {
                keys.add(new DuplicateKey(DuplicateKey.EMAIL + lowerEmail(), "email", row.email));
            }
            return keys;
        }
    }
}
