package dev.goldshop.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;

/**
 * The migrated database against {@code spec/schema-requirements.md} and DOMAIN.md.
 *
 * <p>How: the spec's own SQL (every {@code ```sql} block after the first, parsed from the
 * committed copy of the spec) runs in an EMPTY scratch database in which the base tables it
 * refers to exist only as stand-ins ({@code id uuid PRIMARY KEY}). The catalogue after the
 * spec minus the catalogue before it is exactly what the spec creates: its tables with every
 * column, primary key, unique constraint, foreign key and index, the columns it adds to base
 * tables and the indexes it puts on them. Each of those elements must be present, and the
 * same, in a database migrated by the SDK's Flyway chain. Nothing is transcribed by hand, so
 * a typo in the migrations cannot be mirrored by a typo in the test.
 *
 * <p>The test also shows that the checker does fail: it mutates a fresh migrated database
 * (drops an index, changes a default, an ON DELETE rule, a varchar length, ...) and expects
 * every mutation to be reported by name.
 */
@ExtendWith(PostgresExtension.class)
class SchemaConformanceTest {

    /**
     * DOMAIN.md, "Base tables": the eleven tables whose names are fixed, with their minimum
     * columns (the names in {@code code} there, and the columns the brief fixes on top), and
     * the additions the trade needs. The spec's columns on categories, inventory_items and
     * customers are checked in full by the spec comparison; a few are repeated here because
     * DOMAIN.md names them ("plus the spec's image columns").
     */
    static final Map<String, List<String>> REQUIRED_COLUMNS = new LinkedHashMap<>();

    static {
        REQUIRED_COLUMNS.put("roles", List.of("id", "name", "description", "permissions", "is_system",
                "created_at", "updated_at", "version"));
        REQUIRED_COLUMNS.put("users", List.of("id", "username", "email", "full_name", "password_hash", "role_id",
                "is_active", "failed_login_count", "locked_until", "last_login_at", "created_at", "updated_at",
                "version"));
        REQUIRED_COLUMNS.put("category_templates", List.of("id", "name", "description", "attributes",
                "created_at", "updated_at", "version"));
        REQUIRED_COLUMNS.put("categories", List.of("id", "name", "parent_id", "template_id", "sort_order",
                "is_active", "image_url", "thumbnail_url", "icon_image_url", "created_at", "updated_at", "version"));
        REQUIRED_COLUMNS.put("inventory_items", List.of("id", "sku", "barcode", "name", "description",
                "category_id", "metal_type", "purity", "gross_weight", "stone_weight", "net_weight",
                "making_charge_type", "making_charge_value", "wastage_percent", "profit_percent", "stone_value",
                "cost_price", "price_mode", "fixed_price", "quantity", "min_stock_level", "reorder_quantity",
                "hallmark_id", "status", "attributes", "supplier_info", "primary_image_id", "gallery_images",
                "created_at", "updated_at", "version"));
        REQUIRED_COLUMNS.put("customers", List.of("id", "customer_code", "first_name", "last_name", "phone",
                "email", "lifetime_spend", "last_purchase_at", "is_active", "national_id", "profile_image_id",
                "created_at", "updated_at", "version"));
        REQUIRED_COLUMNS.put("invoices", List.of("id", "invoice_number", "invoice_year", "invoice_sequence",
                "invoice_type", "original_invoice_id", "customer_id", "status", "invoice_date", "currency",
                "metal_rates", "subtotal", "discount_total", "tax_total", "total", "amount_paid", "balance_due",
                "notes", "issued_by", "issued_at", "voided_by", "voided_at", "void_reason", "created_at",
                "updated_at", "version"));
        REQUIRED_COLUMNS.put("invoice_items", List.of("id", "invoice_id", "inventory_item_id", "description",
                "quantity", "metal_type", "purity", "net_weight", "rate_per_gram", "metal_value", "wastage_value",
                "making_charge", "profit_value", "stone_value", "discount", "tax_rate", "tax_amount", "line_total"));
        REQUIRED_COLUMNS.put("accounting_entries", List.of("id", "journal_id", "entry_date", "account_code",
                "debit", "credit", "description", "reference_type", "reference_id", "created_by", "created_at"));
        REQUIRED_COLUMNS.put("payments", List.of("id", "invoice_id", "customer_id", "amount", "method",
                "reference", "status", "paid_at", "received_by", "idempotency_key"));
        REQUIRED_COLUMNS.put("company_settings", List.of("id", "shop_name", "address", "tax_id", "currency",
                "tax_policy", "tax_rate", "rounding_mode", "invoice_prefix", "default_making_charge_type",
                "default_making_charge_value", "loyalty_point_value", "business_hours", "logo_image_id",
                "discount_limit_percent", "account_codes", "version"));
        // Additions the trade needs (DOMAIN.md, end of "Base tables"; DESIGN.md, "Scaling out").
        REQUIRED_COLUMNS.put("accounts", List.of("code", "name", "type", "is_active"));
        REQUIRED_COLUMNS.put("metal_rates", List.of("id", "metal_type", "purity", "buy_rate", "sell_rate",
                "effective_from", "source", "created_by", "created_at"));
        REQUIRED_COLUMNS.put("outbox_events", List.of("id", "aggregate_type", "aggregate_id", "event_type",
                "payload", "created_at", "published_at", "attempts"));
        REQUIRED_COLUMNS.put("invoice_counters", List.of("series", "year", "next_number"));
        REQUIRED_COLUMNS.put("scheduled_tasks", List.of("task_name", "task_instance", "task_data",
                "execution_time", "picked", "picked_by", "last_success", "last_failure", "consecutive_failures",
                "last_heartbeat", "version", "priority"));
    }

    /** Indexes beyond the spec that queries, uniqueness rules or db-scheduler rely on. */
    static final List<String> REQUIRED_INDEXES = List.of(
            "uq_users_username_lower", "uq_inventory_items_hallmark_id",
            "idx_invoice_items_invoice_id", "idx_payments_invoice_id", "idx_accounting_entries_journal_id",
            "idx_accounting_entries_account_date", "idx_invoices_customer_date",
            "uq_metal_rates_metal_purity_effective_from", "idx_outbox_events_unpublished",
            "execution_time_idx", "last_heartbeat_idx", "priority_execution_time_idx");

    /** The base tables the spec may refer to without creating them (stand-ins in the scratch database). */
    static final Set<String> BASE_TABLES = Set.of("users", "roles", "categories", "category_templates",
            "inventory_items", "customers", "invoices", "invoice_items", "accounting_entries", "payments",
            "company_settings");

    private static SpecSql spec;
    /** What the spec creates, read from the scratch database. */
    private static CatalogSnapshot expected;

    @BeforeAll
    static void runTheSpecInAnEmptyDatabase(TestDatabase db) throws SQLException {
        spec = SpecSql.load();
        expected = specCatalogue(db);
    }

    @Test
    @DisplayName("the spec's SQL, run in an empty database, yields every table, index and added column it names")
    void the_spec_catalogue_is_complete() {
        assertThat(spec.baseTablesReferenced())
                .as("tables the spec uses without creating them must be base tables")
                .isSubsetOf(BASE_TABLES)
                .contains("users", "customers", "categories", "inventory_items");
        assertThat(expected.tables).as(expected.summary()).containsExactlyInAnyOrderElementsOf(spec.createdTables);
        assertThat(spec.createdTables).hasSize(20);
        assertThat(expected.indexes.keySet()).containsAll(spec.createdIndexes.keySet());
        spec.createdIndexes.forEach((index, table) ->
                assertThat(expected.indexes.get(index).table()).as(index).isEqualTo(table));
        assertThat(expected.columns.keySet()).containsAll(spec.addedColumns);
        assertThat(expected.primaryKeys.keySet()).containsExactlyInAnyOrderElementsOf(spec.createdTables);
        assertThat(expected.uniques).isNotEmpty();
        assertThat(expected.foreignKeys).isNotEmpty();
        // The stand-ins' own columns and keys are not part of what the spec requires.
        assertThat(expected.columns).doesNotContainKeys("users.id", "customers.id", "categories.id", "inventory_items.id");
    }

    @Test
    @DisplayName("the migrated database has every table, column, key, foreign key and index of the spec, identical")
    void the_migrated_database_conforms_to_the_spec(TestDatabase db) throws SQLException {
        List<String> differences;
        try (Connection c = db.connect()) {
            differences = expected.differencesFrom(CatalogSnapshot.read(c));
        }
        if (!differences.isEmpty()) {
            fail("The migrated database differs from spec/schema-requirements.md in " + differences.size()
                    + " place(s):\n  " + String.join("\n  ", differences));
        }
    }

    @Test
    @DisplayName("the base tables of DOMAIN.md and the trade's additions have every column they must have")
    void the_base_tables_have_their_columns(TestDatabase db) throws SQLException {
        CatalogSnapshot actual;
        try (Connection c = db.connect()) {
            actual = CatalogSnapshot.read(c);
        }
        List<String> missing = new ArrayList<>();
        REQUIRED_COLUMNS.forEach((table, columns) -> {
            if (!actual.tables.contains(table)) {
                missing.add("table " + table);
                return;
            }
            columns.stream().filter(column -> !actual.columns.containsKey(table + "." + column))
                    .forEach(column -> missing.add("column " + table + "." + column));
        });
        REQUIRED_INDEXES.stream().filter(index -> !actual.indexes.containsKey(index))
                .forEach(index -> missing.add("index " + index));
        assertThat(missing).as("missing from the migrated database").isEmpty();
        assertThat(actual.tables).containsAll(BASE_TABLES);
        assertThat(actual.primaryKeys.get("invoice_counters").columns()).containsExactly("series", "year");
        assertThat(actual.primaryKeys.get("scheduled_tasks").columns()).containsExactly("task_name", "task_instance");
    }

    @Test
    @DisplayName("the checker reports, by name, every kind of difference planted in a migrated database")
    void the_checker_reports_each_planted_difference(TestDatabase db) throws SQLException {
        TestDatabase mutated = db.createMigratedDatabase();
        try {
            List<String> report;
            try (Connection c = mutated.connect(); Statement s = c.createStatement()) {
                // A spec index on a base table, dropped.
                s.execute("DROP INDEX idx_customers_city");
                // A default changed.
                s.execute("ALTER TABLE images ALTER COLUMN sort_order SET DEFAULT 1");
                // An ON DELETE rule changed (CASCADE -> RESTRICT), whatever the constraint is called.
                String fk = foreignKeyName(c, "customer_documents", "customer_id");
                s.execute("ALTER TABLE customer_documents DROP CONSTRAINT " + fk + ", ADD CONSTRAINT " + fk
                        + " FOREIGN KEY (customer_id) REFERENCES customers(id) ON DELETE RESTRICT");
                // A foreign key the spec adds to a base table, dropped.
                s.execute("ALTER TABLE inventory_items DROP CONSTRAINT " + foreignKeyName(c, "inventory_items", "primary_image_id"));
                // A varchar widened, a numeric's precision changed.
                s.execute("ALTER TABLE customers ALTER COLUMN national_id TYPE VARCHAR(60)");
                s.execute("ALTER TABLE kpi_targets ALTER COLUMN achievement_rate TYPE DECIMAL(6,2)");
                // A NOT NULL dropped.
                s.execute("ALTER TABLE images ALTER COLUMN file_name DROP NOT NULL");
                // An inline UNIQUE dropped.
                s.execute("ALTER TABLE customer_tags DROP CONSTRAINT customer_tags_name_key");
                // An index redefined under the same name.
                s.execute("DROP INDEX idx_images_primary");
                s.execute("CREATE INDEX idx_images_primary ON images(is_primary, entity_id)");
                // A column dropped.
                s.execute("ALTER TABLE dashboard_widgets DROP COLUMN updated_at");
                // A composite primary key with its columns swapped.
                s.execute("ALTER TABLE customer_tag_assignments DROP CONSTRAINT customer_tag_assignments_pkey, "
                        + "ADD PRIMARY KEY (tag_id, customer_id)");
                // A whole table dropped.
                s.execute("DROP TABLE security_alerts");
                report = expected.differencesFrom(CatalogSnapshot.read(c));
            }
            assertThat(report).as(String.join("\n", report))
                    .anySatisfy(line -> assertThat(line).startsWith("index idx_customers_city: missing"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("column images.sort_order: default expected [0] but was [1]"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("foreign key customer_documents(customer_id) -> customers(id): "
                            + "ON DELETE expected CASCADE but was RESTRICT"))
                    .anySatisfy(line -> assertThat(line).startsWith("foreign key inventory_items(primary_image_id) -> images(id): missing"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("column customers.national_id: type expected "
                            + "character varying(50) but was character varying(60)"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("column kpi_targets.achievement_rate: type expected "
                            + "numeric(5,2) but was numeric(6,2)"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("column images.file_name: nullability expected NOT NULL but was NULL"))
                    .anySatisfy(line -> assertThat(line).startsWith("unique constraint customer_tags_name_key on customer_tags(name): missing"))
                    .anySatisfy(line -> assertThat(line).startsWith("index customer_tags_name_key: missing"))
                    .anySatisfy(line -> assertThat(line).startsWith("index idx_images_primary: definition expected "
                            + "CREATE INDEX idx_images_primary ON public.images USING btree (entity_id, is_primary) but was"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("column dashboard_widgets.updated_at: missing"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("primary key of customer_tag_assignments: columns expected "
                            + "(customer_id, tag_id) but was (tag_id, customer_id)"))
                    .anySatisfy(line -> assertThat(line).isEqualTo("table security_alerts: missing"))
                    .anySatisfy(line -> assertThat(line).startsWith("foreign key security_alerts(resolved_by) -> users(id): missing"))
                    .anySatisfy(line -> assertThat(line).startsWith("index idx_security_alerts_user: missing"));
            // And nothing that was left alone is reported.
            List<String> touched = List.of("idx_customers_city", "images", "customer_documents", "inventory_items",
                    "customers.national_id", "kpi_targets", "customer_tags", "dashboard_widgets",
                    "customer_tag_assignments", "security_alerts");
            assertThat(report).allSatisfy(line -> assertThat(touched).anySatisfy(t -> assertThat(line).contains(t)));
        } finally {
            mutated.drop();
        }
    }

    @Test
    @DisplayName("the committed copy of the spec is the shared spec, byte for byte")
    void the_spec_copy_is_current() throws IOException {
        Path shared = null;
        for (String candidate : List.of("../../shared/spec/schema-requirements.md", "../shared/spec/schema-requirements.md")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p)) {
                shared = p;
                break;
            }
        }
        Assumptions.assumeThat(shared).as("no shared spec next to this checkout (" + Path.of("").toAbsolutePath() + ")")
                .isNotNull();
        byte[] copy;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SpecSql.RESOURCE)) {
            assertThat(in).as(SpecSql.RESOURCE + " on the test classpath").isNotNull();
            copy = in.readAllBytes();
        }
        assertThat(copy).as("src/test/resources/" + SpecSql.RESOURCE + " must equal " + shared.toAbsolutePath().normalize()
                + "; copy it again (and check the migrations against the change)").isEqualTo(Files.readAllBytes(shared));
    }

    /** The rules the schema itself enforces, whatever code writes to it. */
    @Nested
    @DisplayName("the schema enforces the trade's invariants")
    class Invariants {

        @Test
        @DisplayName("a journal that does not balance is refused at commit")
        void unbalanced_journal_is_refused_at_commit(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                UUID journal = UUID.randomUUID();
                entry(c, journal, "1100", "100.00", "0");
                entry(c, journal, "4000", "0", "99.99");
                PSQLException e = catchSql(c::commit);
                assertThat(e.getSQLState()).isEqualTo("P0001");
                assertThat(e.getServerErrorMessage().getConstraint()).isEqualTo("ck_accounting_entries_journal_balanced");
                assertThat(e.getMessage()).contains("does not balance");
            }
        }

        @Test
        @DisplayName("a balanced journal commits, and its entries can then be neither updated nor deleted")
        void balanced_journal_commits_and_is_immutable(TestDatabase db) throws SQLException {
            UUID journal = UUID.randomUUID();
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                entry(c, journal, "1100", "110.00", "0");
                entry(c, journal, "4000", "0", "100.00");
                entry(c, journal, "2100", "0", "10.00");
                c.commit();
                c.setAutoCommit(true);
                PSQLException update = catchSql(() -> exec(c,
                        "UPDATE accounting_entries SET description = 'x' WHERE journal_id = '" + journal + "'"));
                assertThat(update.getServerErrorMessage().getConstraint()).isEqualTo("ck_accounting_entries_immutable");
                PSQLException delete = catchSql(() -> exec(c,
                        "DELETE FROM accounting_entries WHERE journal_id = '" + journal + "'"));
                assertThat(delete.getServerErrorMessage().getConstraint()).isEqualTo("ck_accounting_entries_immutable");
                assertThat(count(c, "SELECT count(*) FROM accounting_entries WHERE journal_id = '" + journal + "'")).isEqualTo(3);
            }
        }

        @Test
        @DisplayName("an entry has exactly one side, never negative")
        void entry_has_one_side(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                for (String[] sides : new String[][] {{"1", "1"}, {"0", "0"}, {"-1", "0"}, {"0", "-1"}}) {
                    PSQLException e = catchSql(() -> entry(c, UUID.randomUUID(), "1000", sides[0], sides[1]));
                    assertThat(e.getServerErrorMessage().getConstraint()).as(String.join("/", sides))
                            .isEqualTo("ck_accounting_entries_one_side");
                }
                PSQLException e = catchSql(() -> entry(c, UUID.randomUUID(), "no-such-account", "1", "0"));
                assertThat(e.getSQLState()).isEqualTo("23503");
            }
        }

        @Test
        @DisplayName("stock never goes below zero, weights add up, hallmarks are unique")
        void stock_rules(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                String sku = "SKU-" + UUID.randomUUID();
                exec(c, "INSERT INTO inventory_items (sku, name, metal_type, purity, gross_weight, stone_weight, net_weight, "
                        + "quantity, hallmark_id) VALUES ('" + sku + "', 'Ring', 'gold', 750, 5.250, 0.250, 5.000, 1, 'HUID-" + sku + "')");
                assertThat(constraintOf(() -> exec(c,
                        "UPDATE inventory_items SET quantity = quantity - 2 WHERE sku = '" + sku + "'")))
                        .isEqualTo("ck_inventory_items_quantity");
                assertThat(constraintOf(() -> exec(c,
                        "UPDATE inventory_items SET net_weight = 5.100 WHERE sku = '" + sku + "'")))
                        .isEqualTo("ck_inventory_items_net_weight_formula");
                assertThat(constraintOf(() -> exec(c,
                        "UPDATE inventory_items SET purity = 1000.01 WHERE sku = '" + sku + "'")))
                        .isEqualTo("ck_inventory_items_purity");
                assertThat(constraintOf(() -> exec(c,
                        "INSERT INTO inventory_items (sku, name, metal_type, purity, hallmark_id) "
                                + "VALUES ('other-" + sku + "', 'Ring', 'gold', 750, 'HUID-" + sku + "')")))
                        .isEqualTo("uq_inventory_items_hallmark_id");
            }
        }

        @Test
        @DisplayName("an issued invoice cannot be deleted, a draft can; numbers are unique")
        void invoice_rules(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                String number = "T-" + UUID.randomUUID();
                exec(c, "INSERT INTO invoices (currency, status, invoice_number, invoice_series, invoice_year, invoice_sequence) "
                        + "VALUES ('USD', 'issued', '" + number + "', 'T', 2024, 1)");
                assertThat(constraintOf(() -> exec(c, "DELETE FROM invoices WHERE invoice_number = '" + number + "'")))
                        .isEqualTo("ck_invoices_delete_draft_only");
                assertThat(constraintOf(() -> exec(c,
                        "INSERT INTO invoices (currency, status, invoice_number, invoice_series, invoice_year, invoice_sequence) "
                                + "VALUES ('USD', 'issued', '" + number + "', 'T', 2024, 2)")))
                        .isEqualTo("uq_invoices_invoice_number");
                assertThat(constraintOf(() -> exec(c,
                        "INSERT INTO invoices (currency, status) VALUES ('USD', 'issued')")))
                        .isEqualTo("ck_invoices_numbered_when_issued");
                String draft = "draft note " + UUID.randomUUID();
                exec(c, "INSERT INTO invoices (currency, notes) VALUES ('USD', '" + draft + "')");
                exec(c, "DELETE FROM invoices WHERE notes = '" + draft + "'");
                assertThat(count(c, "SELECT count(*) FROM invoices WHERE notes = '" + draft + "'")).isZero();
            }
        }

        @Test
        @DisplayName("usernames are unique whatever their case")
        void usernames_are_case_insensitive(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                String role = "role-" + UUID.randomUUID();
                exec(c, "INSERT INTO roles (name) VALUES ('" + role + "')");
                String user = "u" + UUID.randomUUID().toString().substring(0, 8);
                exec(c, "INSERT INTO users (username, email, full_name, password_hash, role_id) SELECT '" + user + "', '"
                        + user + "@a.test', 'A', '$argon2id$x', id FROM roles WHERE name = '" + role + "'");
                assertThat(constraintOf(() -> exec(c, "INSERT INTO users (username, email, full_name, password_hash, role_id) "
                        + "SELECT '" + user.toUpperCase() + "', 'other-" + user + "@a.test', 'B', '$argon2id$x', id FROM roles "
                        + "WHERE name = '" + role + "'")))
                        .isEqualTo("uq_users_username_lower");
            }
        }

        @Test
        @DisplayName("company settings are one seeded row whose default account codes exist in the chart")
        void company_settings_singleton(TestDatabase db) throws SQLException {
            try (Connection c = db.connect()) {
                assertThat(count(c, "SELECT count(*) FROM company_settings")).isEqualTo(1);
                assertThat(constraintOf(() -> exec(c,
                        "INSERT INTO company_settings (id, shop_name, currency) VALUES (2, 'x', 'USD')")))
                        .isEqualTo("ck_company_settings_singleton");
                assertThat(count(c, "SELECT count(*) FROM company_settings s, jsonb_each_text(s.account_codes) e "
                        + "WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.code = e.value)")).isZero();
                assertThat(count(c, "SELECT count(*) FROM jsonb_object_keys((SELECT account_codes FROM company_settings))"))
                        .isGreaterThanOrEqualTo(10);
            }
        }
    }

    // ------------------------------------------------------------------------------------

    /** Runs the spec in a new empty database and returns what it created there. */
    private static CatalogSnapshot specCatalogue(TestDatabase db) throws SQLException {
        String schema;
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        TestDatabase scratch = db.createEmptyDatabase();
        try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
            // Same schema name as the migrated database, so that index definitions compare as written.
            s.execute("CREATE SCHEMA IF NOT EXISTS " + quoteIdent(schema));
            s.execute("SET search_path TO " + quoteIdent(schema));
            for (String table : spec.baseTablesReferenced()) {
                s.execute("CREATE TABLE " + table + " (id uuid PRIMARY KEY)");
            }
            CatalogSnapshot before = CatalogSnapshot.read(c, schema);
            int n = 2;
            for (String block : spec.blocks) {
                try {
                    s.execute(block);
                } catch (SQLException e) {
                    throw new IllegalStateException("sql block " + n + " of the spec failed in an empty database: "
                            + e.getMessage() + "\n" + block, e);
                }
                n++;
            }
            return CatalogSnapshot.read(c, schema).minus(before);
        } finally {
            scratch.drop();
        }
    }

    private static String quoteIdent(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String foreignKeyName(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT con.conname
                  FROM pg_constraint con
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
                 WHERE con.conrelid = to_regclass(?) AND con.contype = 'f'
                   AND cardinality(con.conkey) = 1 AND a.attname = ?
                """)) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                Set<String> names = new TreeSet<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                assertThat(names).as("foreign keys on " + table + "." + column).hasSize(1);
                return quoteIdent(names.iterator().next());
            }
        }
    }

    private static void entry(Connection c, UUID journal, String account, String debit, String credit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounting_entries "
                + "(journal_id, entry_date, account_code, debit, credit) VALUES (?, CURRENT_DATE, ?, ?::numeric, ?::numeric)")) {
            ps.setObject(1, journal);
            ps.setString(2, account);
            ps.setString(3, debit);
            ps.setString(4, credit);
            ps.executeUpdate();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    private static PSQLException catchSql(SqlAction action) {
        try {
            action.run();
        } catch (PSQLException e) {
            return e;
        } catch (SQLException e) {
            throw new AssertionError("expected a PSQLException, got " + e, e);
        }
        throw new AssertionError("the statement should have been refused");
    }

    private static String constraintOf(SqlAction action) {
        PSQLException e = catchSql(action);
        assertThat(e.getServerErrorMessage()).as(e.getMessage()).isNotNull();
        return e.getServerErrorMessage().getConstraint();
    }
}
