package dev.goldshop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class GoldShopSmokeTest {
    @Test
    void an_engine_starts_on_a_migrated_database_and_lists_its_tables(TestDatabase db) {
        try (GoldShop shop = db.engineBuilder().build()) {
            SchemaInfo info = shop.schemaInfo();
            assertThat(info.version()).isNotEqualTo("none");
            assertThat(info.tables()).contains("customers", "invoices", "audit_logs");
        }
    }
}
