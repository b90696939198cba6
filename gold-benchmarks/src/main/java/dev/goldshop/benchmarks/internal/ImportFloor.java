package dev.goldshop.benchmarks.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.goldshop.core.customer.CustomerDetails;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The floor of a bulk import: the same customer rows, produced by hand in chunks of the same
 * size, each chunk one transaction with one duplicate lookup, one code allocation, one batched
 * insert and one audit row. It normalises phones with the same library and encrypts national
 * ids the same way (AES-GCM bound to the row and key, HMAC blind index), so the rows are the
 * SDK's rows; it skips what a trusted source would let it skip (field-by-field validation
 * messages, advisory locks against concurrent clerks).
 */
public final class ImportFloor {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String CONTEXT = "goldshop.customer.national_id.v1";
    private static final String KEY_ID = "bench-1";
    private final SecureRandom random = new SecureRandom();
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
     * @throws SQLException if the database refuses
     */
    public long importAll(List<CustomerDetails> rows, int chunkSize) throws SQLException {
        long inserted = 0;
        int chunk = 0;
        for (int from = 0; from < rows.size(); from += chunkSize) {
            inserted += importChunk(rows.subList(from, Math.min(rows.size(), from + chunkSize)), ++chunk, from + 1);
        }
        return inserted;
    }

    private int importChunk(List<CustomerDetails> rows, int chunk, int firstRow) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> phones = new ArrayList<>(rows.size());
        List<String> emails = new ArrayList<>(rows.size());
        List<String> indexes = new ArrayList<>(rows.size());
        for (CustomerDetails d : rows) {
            phones.add(e164(d.phone()));
            emails.add(d.email().toLowerCase(Locale.ROOT));
            indexes.add(BlindIndex.of(d.nationalId()));
        }
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM customers WHERE erased_at IS NULL"
                        + " AND (phone = ANY(?) OR lower(email) = ANY(?) OR national_id_bidx = ANY(?))")) {
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
                List<Long> codes = new ArrayList<>(rows.size());
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT nextval('customer_code_seq') FROM generate_series(1, ?)")) {
                    s.setInt(1, rows.size());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            codes.add(rs.getLong(1));
                        }
                    }
                }
                Timestamp ts = Timestamp.from(now);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO customers (id, customer_code, first_name,"
                        + " last_name, phone, email, national_id, national_id_enc, national_id_key_id, national_id_bidx,"
                        + " date_of_birth, age, street_address, city, address_type, custom_fields, is_active,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'home',"
                        + " '{}'::jsonb, true, ?, ?, 0)")) {
                    for (int i = 0; i < rows.size(); i++) {
                        CustomerDetails d = rows.get(i);
                        UUID id = UUID.randomUUID();
                        String nationalId = d.nationalId().strip();
                        s.setObject(1, id);
                        s.setString(2, String.format(Locale.ROOT, "C%06d", codes.get(i)));
                        s.setString(3, d.firstName().strip());
                        s.setString(4, d.lastName().strip());
                        s.setString(5, phones.get(i));
                        s.setString(6, d.email().strip());
                        s.setString(7, "****" + nationalId.substring(nationalId.length() - 4));
                        s.setString(8, seal(id, nationalId));
                        s.setString(9, KEY_ID);
                        s.setString(10, indexes.get(i));
                        s.setObject(11, d.dateOfBirth());
                        s.setInt(12, Period.between(d.dateOfBirth(), today).getYears());
                        s.setString(13, d.address().street());
                        s.setString(14, d.address().city());
                        s.setTimestamp(15, ts);
                        s.setTimestamp(16, ts);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_logs (id, user_id, action_type,"
                        + " resource_type, additional_context, created_at, outcome, actor_name) VALUES (?, ?, 'import',"
                        + " 'customer', ?::jsonb, ?, 'success', ?)")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, ownerId);
                    s.setString(3, "{\"chunk\": " + chunk + ", \"first_row\": " + firstRow + ", \"last_row\": "
                            + (firstRow + rows.size() - 1) + ", \"imported\": " + rows.size()
                            + ", \"rejected\": 0, \"duplicates\": \"REJECT\"}");
                    s.setTimestamp(4, ts);
                    s.setString(5, ownerName);
                    s.executeUpdate();
                }
                c.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
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
