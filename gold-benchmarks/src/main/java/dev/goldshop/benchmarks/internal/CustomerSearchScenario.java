package dev.goldshop.benchmarks.internal;

import dev.goldshop.core.customer.CustomerImport;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerSummary;
import dev.goldshop.core.customer.CustomerTag;
import dev.goldshop.core.customer.CustomerTags;
import dev.goldshop.core.customer.ImportOptions;
import dev.goldshop.core.customer.ImportProgress;
import dev.goldshop.core.customer.TagDetails;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * {@code customer_search}: partial name, phone, national id and tag searches for a page of 20,
 * at 1 and 4 threads, over the mode's customers (those {@link BulkImport} left, topped up through
 * the SDK's import). The floor runs the statement the SDK runs, in one round trip, with its
 * inputs already normalised (E.164 phone, blind index computed in Java), and reads every column
 * of the page's rows into a record, as the SDK maps each row into a result object. Each side
 * warms up with {@value #WARMUP_SEARCHES} unrecorded searches and records at least
 * {@value #SAMPLES_PER_ROUND} a round, so that the p99 of a round is a percentile and not the
 * slowest search or two.
 */
public final class CustomerSearchScenario {
    private static final int PAGE = 20;
    private static final int[] THREADS = {1, 4};
    private static final int TAGS = 12;
    /**
     * Searches a round records at least, over all workers: the figure is a p99, and the p99 of
     * 150 searches is their second slowest, one scheduler hiccup; of 2,000 it is the 20th.
     */
    private static final int SAMPLES_PER_ROUND = 2_000;
    /**
     * Searches of the unrecorded warm-up round, over all workers: enough for the JIT to compile
     * both sides' paths (thousands of calls), which 30 searches were not, so that the first
     * rounds measured the interpreter.
     */
    private static final int WARMUP_SEARCHES = 2_000;

    private final Bench bench;
    private final Mode mode;
    private final Console console;

    /**
     * Creates the scenario.
     *
     * @param bench the bench
     * @param mode the sizes
     * @param console progress
     */
    public CustomerSearchScenario(Bench bench, Mode mode, Console console) {
        this.bench = bench;
        this.mode = mode;
        this.console = console;
    }

    /** One kind of search: how the SDK is asked, and the floor's statement with its one bind value. */
    private record Kind(String name, java.util.function.IntFunction<CustomerSearch> sdk, String floorWhere,
            java.util.function.IntFunction<Object> floorValue) {
    }

    /**
     * One row of the floor's page, read column by column as a hand-written repository reads the
     * columns it selects: the SDK builds a result object per row, so the floor builds one too.
     */
    private record Hit(UUID id, String code, String firstName, String lastName, String phone, String email,
            String city, String companyName, boolean active, String searchName) {

        static Hit read(ResultSet rs) throws SQLException {
            return new Hit(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                    rs.getString(10));
        }
    }

    /**
     * Runs it.
     *
     * @return one row per kind and thread count
     * @throws Exception if a search fails
     */
    public List<ScenarioResult> run() throws Exception {
        long have = Sql.number(bench.admin(), "SELECT count(*) FROM customers");
        CustomerImport imports = bench.shop().facade(CustomerImport.class);
        for (int from = (int) have; from < mode.customers(); from += 100_000) {
            int count = Math.min(100_000, mode.customers() - from);
            console.progress("customer_search: importing customers " + from + " to " + (from + count));
            imports.importCustomers(bench.owner(), People.range(from, count), ImportOptions.defaults(),
                    ImportProgress.NONE);
        }
        List<UUID> tags = tag();
        Sql.exec(bench.admin(), "VACUUM ANALYZE customers", "VACUUM ANALYZE customer_tag_assignments");
        int customers = mode.customers();
        CustomerProfiles profiles = bench.shop().facade(CustomerProfiles.class);
        String live = "c.erased_at IS NULL AND c.is_active AND ";
        List<Kind> kinds = List.of(
                new Kind("name", q -> CustomerSearch.builder().name(namePart(q)).build(),
                        live + "c.search_name LIKE '%' || customer_search_text(?) || '%'", CustomerSearchScenario::namePart),
                new Kind("phone", q -> CustomerSearch.builder().phone(People.typedPhone(person(q, customers))).build(),
                        live + "c.phone = ?", q -> People.e164Phone(person(q, customers))),
                new Kind("national_id", q -> CustomerSearch.builder().nationalId(
                        People.nationalId(person(q, customers))).build(), live + "c.national_id_bidx = ?",
                        q -> BlindIndex.of(People.nationalId(person(q, customers)))),
                new Kind("tag", q -> CustomerSearch.builder().tagId(tags.get(q % tags.size())).build(),
                        live + "EXISTS (SELECT 1 FROM customer_tag_assignments a WHERE a.customer_id = c.id"
                                + " AND a.tag_id = ?)", q -> tags.get(q % tags.size())));
        List<ScenarioResult> results = new ArrayList<>();
        for (Kind kind : kinds) {
            String sql = "SELECT c.id, c.customer_code, c.first_name, c.last_name, c.phone, c.email, c.city,"
                    + " c.company_name, c.is_active, c.search_name FROM customers c WHERE " + kind.floorWhere()
                    + " ORDER BY c.search_name, c.id LIMIT " + (PAGE + 1);
            for (int threads : THREADS) {
                Operation search = (side, worker, sequence) -> {
                    int q = (int) (worker * 1_000_003L + sequence * 7_919L) & 0x3fffffff;
                    if (side == Side.SDK) {
                        Page<CustomerSummary> page = profiles.search(bench.owner(), kind.sdk().apply(q),
                                PageRequest.first(PAGE));
                        check(page.items().size(), kind, q);
                    } else {
                        try (Connection c = bench.floor().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                            s.setObject(1, kind.floorValue().apply(q));
                            List<Hit> hits = new ArrayList<>(PAGE);
                            try (ResultSet rs = s.executeQuery()) {
                                while (rs.next() && hits.size() < PAGE) {
                                    hits.add(Hit.read(rs));
                                }
                            }
                            check(hits.size(), kind, q);
                        }
                    }
                };
                long perWorker = Math.max(mode.searchesPerRound(), SAMPLES_PER_ROUND / threads);
                Measurement m = new Rounds(console, bench.trips()).measure("customer_search " + kind.name() + " "
                        + threads + " threads", new Rounds.Plan(threads, Duration.ofMinutes(5), perWorker),
                        mode.rounds(), new Rounds.Plan(threads, Duration.ofMinutes(1), WARMUP_SEARCHES / threads),
                        search);
                results.add(ScenarioResult.p99("customer_search." + kind.name(), m, threads, customers));
            }
        }
        return results;
    }

    /** Every search asks for something that exists; an empty page would measure a miss. */
    private static void check(int found, Kind kind, int q) {
        if (found == 0) {
            throw new IllegalStateException("customer_search " + kind.name() + " query " + q + " found nothing");
        }
    }

    private static int person(int q, int customers) {
        return new SplittableRandom(q).nextInt(customers);
    }

    /** Three or four letters from inside a last name, as a clerk types part of a name. */
    private static String namePart(int q) {
        SplittableRandom r = new SplittableRandom(q);
        while (true) {
            String last = People.LAST[r.nextInt(People.LAST.length)].toLowerCase(java.util.Locale.ROOT);
            int length = 3 + r.nextInt(2);
            int from = r.nextInt(last.length() - length + 1);
            String part = last.substring(from, from + length);
            if (part.chars().allMatch(Character::isLetter)) {
                return part;
            }
        }
    }

    /** Twelve tags through the SDK; each customer gets one or two of them (a fixed hash), by SQL. */
    private List<UUID> tag() {
        console.progress("customer_search: tagging customers");
        CustomerTags facade = bench.shop().facade(CustomerTags.class);
        String[] names = {"VIP", "Wedding", "Bridal set", "Investor", "Coins", "Old gold", "Corporate", "Diwali",
            "Eid", "Nowruz", "Referral", "Wholesale"};
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < TAGS; i++) {
            CustomerTag tag = facade.create(bench.owner(), new TagDetails(names[i], null, null));
            ids.add(tag.id());
        }
        Sql.exec(bench.admin(), "INSERT INTO customer_tag_assignments (customer_id, tag_id, assigned_at)"
                + " SELECT c.id, (ARRAY['" + String.join("','", ids.stream().map(UUID::toString).toList())
                + "']::uuid[])[1 + abs(hashtext(c.id::text || k::text)) % " + TAGS + "], now()"
                + " FROM customers c, generate_series(1, 2) k WHERE k = 1 OR abs(hashtext(c.id::text)) % 3 = 0"
                + " ON CONFLICT DO NOTHING");
        return ids;
    }
}
