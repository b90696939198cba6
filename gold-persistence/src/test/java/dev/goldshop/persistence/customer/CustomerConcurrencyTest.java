package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.DuplicateCustomerException;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The duplicate check holds under concurrency: clerks saving the same phone, e-mail or national
 * id at the same moment, on real threads and connections, end with exactly one customer; the
 * others are told which customer has it. Codes stay unique under concurrent creation.
 */
@ExtendWith(PostgresExtension.class)
class CustomerConcurrencyTest {
    private static final int THREADS = 6;
    private static final int ROUNDS = 5;
    private static CustomerBed bed;
    private static CallContext admin;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    /** Runs one create per thread at once and returns how many succeeded and how many were refused. */
    private static int[] race(IntFunction<CustomerDetails> details) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    return bed.profiles.create(admin, details.apply(thread), DuplicatePolicy.REJECT);
                }));
            }
            go.countDown();
            int won = 0;
            int refused = 0;
            for (Future<?> result : results) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DuplicateCustomerException.class);
                    refused++;
                }
            }
            return new int[] {won, refused};
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clerks_saving_the_same_phone_at_once_create_exactly_one_customer() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String phone = bed.phone();
            int[] outcome = race(t -> CustomerDetails.builder("Racer " + t).phone(phone).build());
            assertThat(outcome).containsExactly(1, THREADS - 1);
            assertThat(bed.count("SELECT count(*) FROM customers WHERE phone = ?", CustomerBed.e164(phone))).isEqualTo(1);
        }
    }

    @Test
    void clerks_saving_the_same_email_or_national_id_in_different_forms_at_once_create_exactly_one() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String email = "race" + round + "@example.com";
            int[] byEmail = race(t -> CustomerDetails.builder("Mail " + t).email(t % 2 == 0 ? email
                    : email.toUpperCase()).build());
            assertThat(byEmail).containsExactly(1, THREADS - 1);
            String id = "RC-" + round + "00" + round;
            int[] byId = race(t -> CustomerDetails.builder("Id " + t).nationalId(t % 2 == 0 ? id : id.toLowerCase())
                    .build());
            assertThat(byId).containsExactly(1, THREADS - 1);
        }
    }

    @Test
    void customers_created_at_once_get_distinct_codes() throws Exception {
        int[] outcome = race(t -> bed.person("Code", "Racer " + t).build());
        assertThat(outcome).containsExactly(THREADS, 0);
        assertThat(bed.count("SELECT count(DISTINCT customer_code) - count(*) FROM customers")).isZero();
    }
}
