package dev.goldshop.persistence.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import dev.goldshop.persistence.internal.mybatis.MyBatisFactory;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search stays index-backed at scale: on 200,000 customers with realistic, accented names,
 * phones, cities, companies, birthdays, tags and anniversaries, the plan of every kind of
 * search (the mapper's own statement, built by the facade's own {@link CustomerSearchQuery},
 * with its real parameters) reads customers through an index and never by a sequential scan,
 * on the first page and after a cursor; and the searches return the rows they should.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerSearchPlanTest {
    private static final int ROWS = 200_000;
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final String SEARCH = CustomerMapper.class.getName() + ".search";

    private TestDatabase db;
    private Configuration mybatis;
    private UUID vipTag;

    @BeforeAll
    void fill(TestDatabase template) throws SQLException {
        db = template.createMigratedDatabase();
        mybatis = MyBatisFactory.newConfiguration(db.dataSource(), new ObjectMapper(),
                () -> Currency.getInstance("USD"));
        mybatis.addMapper(CustomerMapper.class);
        vipTag = UUID.randomUUID();
        long start = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO customers (id, customer_code, first_name, last_name, phone, email, city, company_name,
                                           date_of_birth, national_id, national_id_enc, national_id_key_id,
                                           national_id_bidx, created_at, updated_at)
                    SELECT gen_random_uuid(), 'P' || i,
                           (ARRAY['José','Maria','Ahmad','Fatima','Li','Wei','Olga','Sven','Zoë','Amélie','Reza','Sara',
                                  'Omar','Hana','Ingrid','Ravi','Priya','Kenji','Yuki','Chloé','Mohammed','Aisha',
                                  'Lucas','Emma','Noah','Mia','Søren','Björn','Élodie','Raúl','Jürgen','Ana',
                                  'Dmitri','Katarzyna','Tomás','Leïla','Nasrin','Parisa','Darius','Kian'])[1 + (i * 7) % 40],
                           (ARRAY['Núñez','García','Müller','Schmidt','Karimi','Hosseini','Rossi','Dubois','Nowak',
                                  'Kowalski','Andersson','Johansson','Tanaka','Suzuki','Wang','Zhang','Singh','Patel',
                                  'Al-Sayed','Haddad','Fernández','López','Martín','Jiménez','Ødegaard','Lefèvre',
                                  'Bergström','Öztürk','Yılmaz','Papadopoulos','Novák','Horváth','Ivanova','Petrov',
                                  'Rahimi','Moradi','Ahmadi','Jafari','Sadeghi','Kazemi','Nguyen','Tran','Kim','Park',
                                  'Smith','Johnson','Brown','Taylor','Wilson','Davies','O''Brien','MacLeod',
                                  'Van der Berg','De Vries','Costa','Silva','Santos','Oliveira','Ferreira','Gómez'])[1 + (i * 13) % 60],
                           '+1415' || lpad((2000000 + i)::text, 7, '0'),
                           'user' || i || '@example.com',
                           (ARRAY['Madrid','Tehran','Dubai','London','Paris','Berlin','Mumbai','Tokyo','New York',
                                  'São Paulo','Zürich','Istanbul','Cairo','Lagos','Sydney','Toronto','Lisbon','Warsaw',
                                  'Seoul','Mexico City'])[1 + (i * 11) % 20],
                           CASE WHEN i % 3 = 0 THEN 'Company ' || (i % 5000) END,
                           CASE WHEN i % 10 <> 0 THEN DATE '1950-01-01' + ((i * 37) % 25000) END,
                           '****' || right(i::text, 4), 'sealed', 'k1',
                           encode(sha256(convert_to('N' || i, 'UTF8')), 'hex'),
                           now(), now()
                      FROM generate_series(1, """ + ROWS + ") AS i");
            s.execute("INSERT INTO customer_tags (id, name) VALUES ('" + vipTag + "', 'VIP')");
            s.execute("""
                    INSERT INTO customer_tag_assignments (customer_id, tag_id)
                    SELECT id, '%s' FROM customers WHERE abs(hashtext(id::text)) %% 20 = 0
                    """.formatted(vipTag));
            s.execute("""
                    INSERT INTO customer_special_dates (customer_id, occasion_type, occasion_date)
                    SELECT id, 'anniversary', DATE '1990-01-01' + (abs(hashtext(id::text)) % 10000)
                      FROM customers WHERE abs(hashtext(id::text || 'a')) % 10 = 0
                    """);
            // Whole-table statistics (see InventorySearchPlanTest): plans that do not depend on a sample.
            s.execute("SET default_statistics_target = 1000");
            s.execute("ANALYZE customers");
            s.execute("ANALYZE customer_tag_assignments");
            s.execute("ANALYZE customer_special_dates");
        }
        System.out.printf("built %,d customers in %d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    void drop() {
        db.drop();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test rows' blind index: SHA-256 of "N" + number, standing in for the keyed HMAC. */
    private static final UnaryOperator<String> INDEX = canonical -> sha256Hex(canonical);

    private static CustomerSearchQuery query(CustomerSearch search, String cursor) {
        return CustomerSearchQuery.from(search, TODAY, "US", INDEX, cursor, 51);
    }

    private Map<String, CustomerSearch> searches() {
        Map<String, CustomerSearch> searches = new LinkedHashMap<>();
        searches.put("everyone, in name order", CustomerSearch.all());
        searches.put("a frequent name word", CustomerSearch.builder().name("nunez").build());
        searches.put("a rare name part", CustomerSearch.builder().name("odegaard bjor").build());
        searches.put("accents and case", CustomerSearch.builder().name("JOSÉ FERNANDEZ").build());
        searches.put("a two-letter prefix", CustomerSearch.builder().name("zo").build());
        searches.put("phone", CustomerSearch.builder().phone("(415) 212-3456").build());
        searches.put("email", CustomerSearch.builder().email("USER4242@example.com").build());
        searches.put("national id", CustomerSearch.builder().nationalId("n77777").build());
        searches.put("city", CustomerSearch.builder().city("são paulo").build());
        searches.put("company", CustomerSearch.builder().company("company 1234").build());
        searches.put("tag", CustomerSearch.builder().tagId(vipTag).build());
        searches.put("birthdays in a week", CustomerSearch.builder().birthdayWithinDays(7).build());
        searches.put("anniversaries in a month", CustomerSearch.builder().anniversaryWithinDays(30).build());
        searches.put("name, city and birthdays", CustomerSearch.builder().name("karimi").city("tehran")
                .birthdayWithinDays(60).build());
        searches.put("tag and city", CustomerSearch.builder().tagId(vipTag).city("dubai").build());
        return searches;
    }

    @Test
    void every_search_reads_customers_through_an_index_and_never_scans_the_table() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, CustomerSearch> search : searches().entrySet()) {
            CustomerSearchQuery first = query(search.getValue(), null);
            check(search.getKey(), first, failures);
            List<SearchHit> hits = run(first);
            if (hits.size() == 51) {
                String cursor = CustomerSearchQuery.cursorAfter(hits.get(49));
                check(search.getKey() + " (next page)", query(search.getValue(), cursor), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_searches_at_scale_find_what_they_should() throws Exception {
        assertThat(run(query(CustomerSearch.builder().phone("(415) 212-3456").build(), null)))
                .extracting(h -> h.customerCode).containsExactly("P123456");
        assertThat(run(query(CustomerSearch.builder().email("USER4242@example.com").build(), null)))
                .extracting(h -> h.customerCode).containsExactly("P4242");
        assertThat(run(query(CustomerSearch.builder().nationalId("n77777").build(), null)))
                .extracting(h -> h.customerCode).containsExactly("P77777");
        List<SearchHit> accents = run(query(CustomerSearch.builder().name("fernandez jose").build(), null));
        assertThat(accents).hasSize(51).allSatisfy(h -> {
            assertThat(h.firstName).isEqualTo("José");
            assertThat(h.lastName).isEqualTo("Fernández");
        });
        List<SearchHit> everyone = run(query(CustomerSearch.all(), null));
        assertThat(everyone).extracting(h -> h.searchName).isSorted();
        List<SearchHit> next = run(query(CustomerSearch.all(), CustomerSearchQuery.cursorAfter(everyone.get(49))));
        assertThat(next.get(0).searchName.compareTo(everyone.get(49).searchName)).isGreaterThanOrEqualTo(0);
        assertThat(next).extracting(h -> h.id).doesNotContainAnyElementsOf(everyone.subList(0, 50).stream()
                .map(h -> h.id).toList());
    }

    private void check(String name, CustomerSearchQuery query, List<String> failures) throws Exception {
        JsonNode plan = explain(query);
        List<String> nodes = new ArrayList<>();
        collect(plan, nodes);
        boolean seqScanOnCustomers = nodes.contains("Seq Scan customers");
        boolean indexOnCustomers = nodes.stream().anyMatch(n -> n.matches("(Index Scan|Index Only Scan|Bitmap Heap Scan)"
                + " customers"));
        System.out.println("plan of " + name + ": " + nodes);
        if (seqScanOnCustomers || !indexOnCustomers) {
            failures.add(name + ": " + nodes);
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        out.add(node.path("Node Type").asText() + " " + node.path("Relation Name").asText(""));
        for (JsonNode child : node.path("Plans")) {
            collect(child, out);
        }
    }

    private JsonNode explain(CustomerSearchQuery query) throws Exception {
        MappedStatement statement = mybatis.getMappedStatement(SEARCH);
        Map<String, Object> parameter = Map.of("q", query);
        BoundSql sql = statement.getBoundSql(parameter);
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("EXPLAIN (FORMAT JSON) " + sql.getSql())) {
            new DefaultParameterHandler(statement, parameter, sql).setParameters(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
            }
        }
    }

    private List<SearchHit> run(CustomerSearchQuery query) throws Exception {
        MappedStatement statement = mybatis.getMappedStatement(SEARCH);
        Map<String, Object> parameter = Map.of("q", query);
        BoundSql sql = statement.getBoundSql(parameter);
        List<SearchHit> hits = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql.getSql())) {
            new DefaultParameterHandler(statement, parameter, sql).setParameters(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SearchHit hit = new SearchHit();
                    hit.id = rs.getObject("id", UUID.class);
                    hit.customerCode = rs.getString("customer_code");
                    hit.firstName = rs.getString("first_name");
                    hit.lastName = rs.getString("last_name");
                    hit.searchName = rs.getString("search_name");
                    hits.add(hit);
                }
            }
        }
        return hits;
    }
}
