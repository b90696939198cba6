package dev.goldshop.benchmarks.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.id.UuidV7;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * The floor of a bulk import: the same customer rows, produced by hand in chunks of the same
 * size, each chunk one transaction with one duplicate lookup against the saved customers (after
 * a check among the file's own rows in memory), one code allocation, one {@code COPY} of the
 * chunk's customers and one audit row. It normalises phones with the same library and encrypts
 * national ids the same way (AES-GCM bound to the row and key, HMAC blind index), so the rows are
 * the SDK's rows; it skips what a trusted source would let it skip (field-by-field validation
 * messages, advisory locks against concurrent clerks).
 */
public final class ImportFloor {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String CONTEXT = "goldshop.customer.national_id.v1";
    private static final String KEY_ID = "bench-1";
    private static final String COPY_CUSTOMERS = "COPY customers (id, customer_code, first_name, last_name, phone,"
            + " email, national_id, national_id_enc, national_id_key_id, national_id_bidx, date_of_birth, age,"
            + " street_address, city, address_type, custom_fields, is_active, created_at, updated_at, version)"
            + " FROM STDIN";
    private final SecureRandom random = new SecureRandom();
    // Time-ordered ids as the SDK's: random ones would scatter the primary key's inserts over the index.
    private final IdGenerator ids = new UuidV7();
    private final DataSource data;
    private final UUID ownerId;
    private final String ownerName;

    /**
     * Creates the floor.
     *
     * @param data the floor's pool
     * @param ownerId who imports
     * @param ownerName the name audit rows keep
     */
    public ImportFloor(DataSource data, UUID ownerId, String ownerName) {
        this.data = data;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
    }

    /**
     * Imports rows in chunks.
     *
     * @param rows the customers
     * @param chunkSize rows per transaction
     * @return customers inserted
     * @throws SQLException if the database refuses, or a row repeats a phone, e-mail or national
     *     id (the bench's rows never do)
     */
    public long importAll(List<CustomerDetails> rows, int chunkSize) throws SQLException {
        long inserted = 0;
        int chunk = 0;
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < rows.size(); from += chunkSize) {
            inserted += importChunk(rows.subList(from, Math.min(rows.size(), from + chunkSize)), ++chunk, from + 1,
                    seen);
        }
        return inserted;
    }

    private int importChunk(List<CustomerDetails> rows, int chunk, int firstRow, Set<String> seen)
            throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> phones = new ArrayList<>(rows.size());
        List<String> emails = new ArrayList<>(rows.size());
        List<String> indexes = new ArrayList<>(rows.size());
        for (CustomerDetails d : rows) {
            phones.add(claim(seen, "phone:", e164(d.phone())));
            emails.add(claim(seen, "email:", d.email().strip().toLowerCase(Locale.ROOT)));
            indexes.add(claim(seen, "national_id:", BlindIndex.of(d.nationalId())));
        }
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                rejectSavedDuplicates(c, phones, emails, indexes);
                List<Long> codes = codes(c, rows.size());
                String ts = now.toString();
                CopyText copy = new CopyText(rows.size() * 400);
                for (int i = 0; i < rows.size(); i++) {
                    CustomerDetails d = rows.get(i);
                    UUID id = ids.newId();
                    String nationalId = d.nationalId().strip();
                    copy.field(id).field(String.format(Locale.ROOT, "C%06d", codes.get(i)))
                            .field(d.firstName().strip()).field(d.lastName().strip()).field(phones.get(i))
                            .field(d.email().strip()).field("****" + nationalId.substring(nationalId.length() - 4))
                            .field(seal(id, nationalId)).field(KEY_ID).field(indexes.get(i)).field(d.dateOfBirth())
                            .field(Period.between(d.dateOfBirth(), today).getYears()).field(d.address().street())
                            .field(d.address().city()).field("home").field(null).field("t").field(ts).field(ts)
                            .field(0);
                    copy.endRow();
                }
                long copied = copy.copyInto(c, COPY_CUSTOMERS);
                if (copied != rows.size()) {
                    throw new SQLException("COPY loaded " + copied + " of " + rows.size() + " customers");
                }
                audit(c, chunk, firstRow, rows.size(), now);
                c.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Remembers a value the file claims, refusing one an earlier row claimed. */
    private static String claim(Set<String> seen, String kind, String value) throws SQLException {
        if (!seen.add(kind + value)) {
            throw new SQLException("the bench's rows are unique; " + kind + value + " repeats an earlier row");
        }
        return value;
    }

    /** One statement for the chunk: does any live customer already hold one of the values? */
    private static void rejectSavedDuplicates(Connection c, List<String> phones, List<String> emails,
            List<String> indexes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM customers WHERE erased_at IS NULL"
                + " AND (phone = ANY(?) OR lower(email) = ANY(?) OR national_id_bidx = ANY(?))")) {
            // Planned for each chunk's values: a plan cached while the table was nearly empty would
            // scan it whole, comparing every row with every value, as the table grows.
            s.unwrap(PGStatement.class).setPrepareThreshold(0);
            s.setArray(1, c.createArrayOf("text", phones.toArray()));
            s.setArray(2, c.createArrayOf("text", emails.toArray()));
            s.setArray(3, c.createArrayOf("text", indexes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new SQLException("the bench's rows are unique; found " + rs.getLong(1) + " duplicates");
                }
            }
        }
    }

    private static List<Long> codes(Connection c, int count) throws SQLException {
        List<Long> codes = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('customer_code_seq') FROM generate_series(1, ?)")) {
            s.setInt(1, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getLong(1));
                }
            }
        }
        return codes;
    }

    /** The chunk's audit row, with the facts the SDK records. */
    private void audit(Connection c, int chunk, int firstRow, int imported, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_logs (id, user_id, action_type,"
                + " resource_type, additional_context, created_at, outcome, actor_name) VALUES (?, ?, 'import',"
                + " 'customer', ?::jsonb, ?, 'success', ?)")) {
            s.setObject(1, ids.newId());
            s.setObject(2, ownerId);
            s.setString(3, "{\"chunk\": " + chunk + ", \"first_row\": " + firstRow + ", \"last_row\": "
                    + (firstRow + imported - 1) + ", \"imported\": " + imported
                    + ", \"rejected\": 0, \"duplicates\": \"REJECT\"}");
            s.setTimestamp(4, Timestamp.from(now));
            s.setString(5, ownerName);
            s.executeUpdate();
        }
    }

    private static String e164(String typed) {
        try {
            return PHONES.format(PHONES.parse(typed, "US"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(typed, e);
        }
    }

    private String seal(UUID id, String nationalId) {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Bench.keys().encryptionKey(KEY_ID), "AES"),
                    new GCMParameterSpec(128, iv));
            cipher.updateAAD((CONTEXT + "|" + id + "|" + KEY_ID).getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(nationalId.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
