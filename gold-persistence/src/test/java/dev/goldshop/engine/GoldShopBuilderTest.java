package dev.goldshop.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.engine.probe.ProbeModule;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The builder refuses missing, doubled and conflicting options at once, naming the value. */
class GoldShopBuilderTest {
    @Test
    void a_builder_without_a_database_says_how_to_give_one() {
        assertThatThrownBy(() -> GoldShop.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataSource(...)").hasMessageContaining("embedded(dataDir)");
    }

    @Test
    void a_second_database_is_refused_naming_the_first() {
        assertThatThrownBy(() -> GoldShop.builder().jdbcUrl("jdbc:postgresql://db/shop", "u", "p")
                .dataSource(new PGSimpleDataSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:postgresql://db/shop");
    }

    @Test
    void a_non_postgresql_url_is_refused() {
        assertThatThrownBy(() -> GoldShop.builder().jdbcUrl("jdbc:h2:mem:x", "sa", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:mem:x").hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void options_cannot_be_set_twice() {
        assertThatThrownBy(() -> GoldShop.builder().clock(Clock.systemUTC()).clock(Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> GoldShop.builder().module(new ProbeModule()).module(new ProbeModule()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("probe");
    }

    @Test
    void out_of_range_numbers_are_refused_with_the_range() {
        assertThatThrownBy(() -> GoldShop.builder().maxTransactionAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 20").hasMessageContaining("0");
        assertThatThrownBy(() -> GoldShop.builder().poolSize(500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
    }

    @Test
    void a_pool_size_with_a_host_data_source_is_a_conflict() {
        assertThatThrownBy(() -> GoldShop.builder().dataSource(new PGSimpleDataSource()).poolSize(5).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("poolSize(5)");
    }
}
