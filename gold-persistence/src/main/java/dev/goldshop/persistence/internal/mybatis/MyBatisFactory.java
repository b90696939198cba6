package dev.goldshop.persistence.internal.mybatis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Currency;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.apache.ibatis.type.TypeHandlerRegistry;

/**
 * Builds the engine's one MyBatis configuration. Mapper SQL lives in XML files beside each
 * mapper interface; this class only sets the rules every mapper shares.
 */
public final class MyBatisFactory {
    private MyBatisFactory() {
    }

    /**
     * Creates a configuration with the SDK's type handlers and settings. Mappers are added
     * afterwards, by the engine and by modules, before the session factory is built.
     *
     * @param dataSource the engine's data source
     * @param json the engine's object mapper, for JSONB
     * @param shopCurrency the shop's currency, for money columns
     * @return the configuration
     */
    public static Configuration newConfiguration(DataSource dataSource, ObjectMapper json,
            Supplier<Currency> shopCurrency) {
        // Managed transactions: the engine (or the host) owns commit, rollback and close;
        // MyBatis must never commit or close a connection behind anyone's back.
        ManagedTransactionFactory transactions = new ManagedTransactionFactory();
        Properties managed = new Properties();
        managed.setProperty("closeConnection", "false");
        transactions.setProperties(managed);

        Configuration configuration = new Configuration(new Environment("goldshop", transactions, dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        // Statement-scoped cache: a second read in one transaction must see rows changed by
        // plain JDBC or triggers in between.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setCacheEnabled(false);
        configuration.setLazyLoadingEnabled(false);
        configuration.setDefaultStatementTimeout(60);
        configuration.setUseGeneratedKeys(false);
        configuration.setDefaultEnumTypeHandler(CodedEnumTypeHandler.class);

        TypeHandlerRegistry handlers = configuration.getTypeHandlerRegistry();
        handlers.register(UUID.class, new UuidTypeHandler());
        handlers.register(Instant.class, new InstantTypeHandler());
        handlers.register(InetAddress.class, new InetAddressTypeHandler());
        handlers.register(JsonNode.class, new JsonNodeTypeHandler(json));
        handlers.register(Money.class, new MoneyTypeHandler(shopCurrency));
        handlers.register(Weight.class, new WeightTypeHandler());
        handlers.register(Purity.class, new PurityTypeHandler());
        return configuration;
    }

    /**
     * Builds the session factory once every mapper is registered.
     *
     * @param configuration the finished configuration
     * @return the factory
     */
    public static SqlSessionFactory build(Configuration configuration) {
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
